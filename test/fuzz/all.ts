import type { FuzzProperty } from './check';
import { PROPERTIES_PARSER } from './propertiesParser';
import { ENV_FILE } from './envFile';
import { INTERPOLATION } from './interpolation';
import { COMPOSE_MODEL } from './composeModel';
import { FIX_CONVERGENCE } from './fixConvergence';
import { REPARSE } from './reparse';
import { LEAKS } from './leaks';

/** Every property, in the order they run. */
export const ALL_PROPERTIES: FuzzProperty[] = [...PROPERTIES_PARSER, ...ENV_FILE, ...INTERPOLATION, ...COMPOSE_MODEL, ...FIX_CONVERGENCE, ...REPARSE, ...LEAKS];
