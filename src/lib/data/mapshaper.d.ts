/**
 * Minimal type declaration for the parts of mapshaper (which ships no types) that topology.ts uses.
 */
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory inputs (file name → content) and resolves to output file name → content. */
  function applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, string>>;
  const mapshaper: {applyCommands: typeof applyCommands};
  export default mapshaper;
}
