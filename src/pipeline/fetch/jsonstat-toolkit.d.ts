/** The part of jsonstat-toolkit's API the fetch uses (the package ships no types). */
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    label: string;
  }
  interface JsonStatDimension {
    id: string[];
    label: string;
    Category(id: string): JsonStatCategory | null;
  }
  interface JsonStatData {
    value: number | null;
    status: string | null;
  }
  interface JsonStatDataset {
    class: string;
    id: string[];
    size: number[];
    n: number;
    updated?: string;
    label?: string;
    extension?: Record<string, unknown>;
    Dimension(id: string): JsonStatDimension | null;
    Data(coordinates: Record<string, string>): JsonStatData | JsonStatData[] | null;
  }
  export default function JSONstat(input: unknown): JsonStatDataset;
}
