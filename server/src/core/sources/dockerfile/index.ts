// The Dockerfile source: what a Dockerfile (or a compose `build:`) makes of a Nacos image. See types.ts.
export type * from './types';
export { parseDockerfile, evaluateDockerfile, dockerfileImage, parseImageRef, type ParsedDockerfile, type EvaluatedDockerfile } from './evaluate';
export { imageFromComposeBuild, buildArgsOf, isDockerfileName, type ComposeBuildImage } from './build';
