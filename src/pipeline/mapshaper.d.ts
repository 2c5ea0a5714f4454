/**
 * Minimal type declaration for the parts of mapshaper (which ships no types) that topology.ts uses.
 */
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory inputs (file name → content) and resolves to output file name → content. */
    applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, string>>;
  };
  export default mapshaper;
}
