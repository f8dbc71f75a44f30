// Text that was produced from other files (a rendered Helm template, a YAML block scalar holding a properties file,
// a Markdown code block holding a script): the reader of the produced text asks where a span of it was written, so
// findings land in the file and on the characters the user must edit.
import type { Span } from '../types';

/** Where a span of produced text came from. */
export type Origin =
  /** Written literally at `span` of `path`; `exact` when the produced characters equal the written ones one to one
   *  (so an offset inside maps to an offset inside; otherwise only the whole span is known). */
  | { kind: 'written'; path: string; span: Span; exact: boolean; via?: string; chain?: { path: string; span: Span; via: string }[] }
  /** Produced by something the reader does not evaluate, or from a value not in the workspace: unknown, not empty. */
  | { kind: 'unknown'; reason: string; path?: string; span?: Span };

export interface ProducedText {
  /** A name for the produced text (e.g. `chart/templates/statefulset.yaml (rendered)`); not a real file. */
  name: string;
  text: string;
  /** Where [start, end) of `text` came from; undefined when it spans several origins or none is known. */
  origin(span: Span): Origin | undefined;
  /** Why some character of [start, end) is not known (produced by something not evaluated, e.g. Helm's `lookup`):
   *  a value made of it is unknown, not what the text says. Undefined when every character is known. */
  unknownWithin?(span: Span): string | undefined;
}
