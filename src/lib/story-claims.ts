/**
 * Checks the claims a story's frontmatter makes (headline, standfirst, summary, hero text) against the data.
 * Pure: the caller passes the figure lookup. Claims in the body are checked by the `<Claim>` component.
 */
import {checkClaim, ClaimError, claimFailure, type ClaimValue} from './claims.ts';
import type {FrontmatterClaim} from './story-schema.ts';

/**
 * Throws a ClaimError for the first frontmatter claim that no longer holds, naming the page, the field and the words.
 * @example checkFrontmatterClaims('/stories/falling-crime-rate/', story.claims ?? [], lookup)
 */
export function checkFrontmatterClaims(
  page: string,
  claims: readonly FrontmatterClaim[],
  lookup: (id: string) => ClaimValue
): void {
  for (const claim of claims) {
    const spec = {that: claim.that, ids: claim.ids, value: claim.value};
    let result;
    try {
      result = checkClaim(spec, lookup);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ClaimError(`${message} (claim "${claim.words}" in the ${claim.in} of ${page})`);
    }
    if (!result.holds) throw new ClaimError(`${claimFailure(page, claim.words, spec, result)} (in the ${claim.in})`);
  }
}
