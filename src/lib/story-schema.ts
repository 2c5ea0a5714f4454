/**
 * The frontmatter contract for stories in `content/stories/*.mdx`. Knows nothing about Astro's loaders or pages:
 * `src/content.config.ts` wires it into the collection and unit tests parse it directly.
 */
import {z} from 'astro/zod';
import {claimTests} from './claims.ts';

/** The four subjects the site covers; each story belongs to exactly one. */
export const topics = ['crime-rate', 'trafficking', 'organised-crime', 'contract-violence'] as const;

/** A topic slug, e.g. `'crime-rate'`. */
export type Topic = (typeof topics)[number];

/** Reader-facing names of the topics. */
export const topicLabels: Readonly<Record<Topic, string>> = {
  'crime-rate': 'Crime rate',
  trafficking: 'Human trafficking',
  'organised-crime': 'Organised crime',
  'contract-violence': 'Contract violence'
};

/** One source a story draws on, listed in its Sources section. */
export const sourceSchema = z.object({
  /** Organisation that published the data or report, e.g. `"Statistics Norway (SSB)"`. */
  publisher: z.string().min(2),
  /** Title of the table, dataset or report as the publisher gives it. */
  title: z.string().min(2),
  /** The publisher's table id where there is one, e.g. `"08484"`. */
  tableId: z.string().min(1).optional(),
  /** Where a reader can find the source. */
  url: z.url(),
  /** Date the source was read or downloaded (ISO date). */
  accessed: z.coerce.date()
});

/**
 * A data-dependent statement in the headline, standfirst, summary or hero text, checked at build time like a
 * `<Claim>` in the body (see src/lib/claims.ts): the build fails, quoting `words`, when the figures no longer
 * satisfy the test.
 */
export const frontmatterClaimSchema = z.object({
  /** The frontmatter field the words appear in. */
  in: z.enum(['title', 'dek', 'summary', 'heroAlt']),
  /** The words the check stands behind, copied exactly from that field. */
  words: z.string().min(3),
  /** The test: increasing, decreasing, greater, less, equal, highest or lowest. */
  that: z.enum(claimTests),
  /** Figure ids (grammar in src/lib/figures.ts), in the order the test reads them. */
  ids: z.array(z.string().min(3)).min(1),
  /** A literal for greater/less/equal with a single id. */
  value: z.union([z.number(), z.string()]).optional()
});

/** A frontmatter claim after validation. */
export type FrontmatterClaim = z.infer<typeof frontmatterClaimSchema>;

/** A source entry after validation. */
export type Source = z.infer<typeof sourceSchema>;

/** Frontmatter of a story. Every field is required unless it says otherwise. */
export const storySchema = z
  .object({
    /** Headline, shown as the page's only `<h1>`. Plain text, no trailing full stop. */
    title: z.string().min(10).max(120),
    /** Standfirst under the headline: one or two sentences that state the finding. */
    dek: z.string().min(20).max(320),
    /** URL slug: the story lives at `/stories/<slug>/`. Lower-case kebab-case. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "falling-crime-rate"'),
    /** First publication date (ISO date). */
    published: z.coerce.date(),
    /** Date of the last substantive update; defaults to the publication date. */
    updated: z.coerce.date().optional(),
    /** Author line, e.g. `"By the Crime in Norway data team"`. */
    byline: z.string().min(3),
    /** The subject the story belongs to; decides its label and where it appears on the cover. */
    topic: z.enum(topics),
    /** Summary for search results, feeds and social cards (the page's meta description). */
    summary: z.string().min(50).max(300),
    /** Text alternative of the hero graphic: what the chart at the top of the story (and on its cover card) shows. */
    heroAlt: z.string().min(20),
    /**
     * The graphic at the top of the story and on its cover card: a registered chart (src/lib/charts/registry.ts)
     * and its state, drawn at build time, e.g. `{chart: "offencesPer1000"}` or
     * `{chart: "traffickingJustice", state: {series: ["victims", "convicted"]}}`. An unknown chart or state fails
     * the build.
     */
    hero: z
      .object({
        chart: z.string().min(3),
        state: z.record(z.string(), z.unknown()).optional()
      })
      .optional(),
    /**
     * The one number that sums the story up, shown on the cover and on the share image: a figure id from the
     * derived data (see src/lib/figures.ts) and a label that says what it is, e.g.
     * `{id: "offences.national.2024.per1000", label: "offences reported per 1,000 inhabitants in 2024"}`.
     */
    keyFigure: z
      .object({
        /** Figure id resolved at build time; an unknown id fails the build. */
        id: z.string().min(3),
        /** What the number is, in a few words, including its year or period. */
        label: z.string().min(5)
      })
      .optional(),
    /**
     * Optional. Norwegian words for the story's subject, e.g. `["kontraktsvold", "vold som tjeneste"]`, printed
     * under the byline so readers and the site search find the story by the terms Norwegian sources use.
     */
    norwegianTerms: z.array(z.string().min(2)).optional(),
    /** Every source the story cites. A story without sources does not build. */
    sources: z.array(sourceSchema).min(1, 'a story needs at least one source'),
    /** Data-dependent statements in the fields above, each checked against the data at build time. */
    claims: z.array(frontmatterClaimSchema).optional()
  })
  .refine((s) => !s.updated || s.updated >= s.published, {
    message: '"updated" must not be earlier than "published"',
    path: ['updated']
  })
  .superRefine((s, ctx) => {
    (s.claims ?? []).forEach((claim, i) => {
      if (!s[claim.in].includes(claim.words)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${claim.words}" does not appear in ${claim.in}`,
          path: ['claims', i, 'words']
        });
      }
    });
  });

/** Validated story frontmatter. */
export type StoryData = z.infer<typeof storySchema>;
