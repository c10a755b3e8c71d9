/** Types for parse-prometheus-text-format, which ships none. */
declare module 'parse-prometheus-text-format' {
  /** One metric family as parsed. */
  export interface ParsedFamily {
    /** The family name. */
    readonly name: string;
    /** HELP text, or ''. */
    readonly help: string;
    /** COUNTER, GAUGE, HISTOGRAM, SUMMARY or UNTYPED. */
    readonly type: string;
    /** The samples, in the parser's own shape. */
    readonly metrics: readonly unknown[];
  }
  /** Parses a text exposition; throws on any line that is not valid. */
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
