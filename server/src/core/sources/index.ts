// The deployment formats, in the order their nodes are listed. A new format is one module here (and its tests):
// nothing in rules/ or fixes/ changes (ARCHITECTURE.md, "sources").
import type { NodeSource } from './types';
import { propertiesSource } from './properties';
import { composeSource } from './compose/source';
import { shellSource } from './shell/source';
import { dockerfileSource } from './dockerfile/source';
import { k8sSource } from './k8s/source';
import { helmSource } from './helm/source';

export const SOURCES: readonly NodeSource[] = [propertiesSource, composeSource, shellSource, dockerfileSource, k8sSource, helmSource];
export type { NodeSource, SourceContext, SourceProblem, SourceResult, TextMemo } from './types';
