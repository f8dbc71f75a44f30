// The hover's request and answer.
import type { AnalysisResult } from '../../model/analysis';
import type { LintSettings } from '../../settings';
import type { Span } from '../../types';

export interface HoverRequest {
  /** Absolute path of the document. */
  path: string;
  text: string;
  offset: number;
  /** The latest analysis (undefined before the first one: the hover then explains without node values). */
  result: AnalysisResult | undefined;
  settings: LintSettings;
  /** Workspace-relative path, for link texts. */
  rel: (path: string) => string;
  /** File URI of a path, for links. */
  uri: (path: string) => string;
  /** Text of another file (to turn provenance offsets into line numbers). */
  read: (path: string) => string | undefined;
}

export interface HoverResult {
  markdown: string;
  /** The hovered word (key, variable name, placeholder) as offsets into the text. */
  span: Span;
}
