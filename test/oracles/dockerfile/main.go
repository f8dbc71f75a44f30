// Oracle for the Dockerfile reader's differential test: BuildKit's own Dockerfile frontend (parser, shell lexer,
// dispatcher) turns each case into the image config of every stage. Reads JSON lines
// {"dockerfile": "...", "buildArgs": {...}} on stdin and writes one JSON line per case. No daemon, no network:
// base images resolve through a stub that returns an empty config labelled with the resolved reference.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/moby/buildkit/client/llb/sourceresolver"
	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerui"
	digest "github.com/opencontainers/go-digest"
)

type input struct {
	Dockerfile string            `json:"dockerfile"`
	BuildArgs  map[string]string `json:"buildArgs"`
}

type stageOut struct {
	Index      int        `json:"index"`
	Name       string     `json:"name"`
	Base       string     `json:"base,omitempty"`
	Env        [][]string `json:"env,omitempty"`
	WorkingDir string     `json:"workdir,omitempty"`
	Entrypoint []string   `json:"entrypoint,omitempty"`
	Cmd        []string   `json:"cmd,omitempty"`
	Error      string     `json:"error,omitempty"`
}

type output struct {
	Error  string     `json:"error,omitempty"`
	Stages []stageOut `json:"stages,omitempty"`
}

type stub struct{}

func (stub) ResolveImageConfig(ctx context.Context, ref string, opt sourceresolver.Opt) (string, digest.Digest, []byte, error) {
	cfg := map[string]any{
		"architecture": "amd64",
		"os":           "linux",
		"rootfs":       map[string]any{"type": "layers", "diff_ids": []string{"sha256:0000000000000000000000000000000000000000000000000000000000000000"}},
		"config":       map[string]any{"Labels": map[string]string{"oracle.base": ref}},
	}
	dt, err := json.Marshal(cfg)
	return ref, "", dt, err
}

func run(in input) output {
	dt := []byte(in.Dockerfile)
	res, err := parser.Parse(strings.NewReader(in.Dockerfile))
	if err != nil {
		return output{Error: err.Error()}
	}
	stages, _, err := instructions.Parse(res.AST, nil)
	if err != nil {
		return output{Error: err.Error()}
	}
	var out output
	for i, st := range stages {
		so := stageOut{Index: i, Name: st.Name}
		if st.Name == "" && i != len(stages)-1 {
			so.Error = "unnamed stage: not a target"
			out.Stages = append(out.Stages, so)
			continue
		}
		args := map[string]string{}
		for k, v := range in.BuildArgs {
			args[k] = v
		}
		opt := dockerfile2llb.ConvertOpt{MetaResolver: stub{}}
		opt.Config = dockerui.Config{BuildArgs: args, Target: st.Name}
		r, err := dockerfile2llb.Dockerfile2LLB(context.Background(), dt, opt)
		if err != nil {
			so.Error = err.Error()
			out.Stages = append(out.Stages, so)
			continue
		}
		c := r.Image.Config
		so.Base = c.Labels["oracle.base"]
		for _, e := range c.Env {
			k, v, _ := strings.Cut(e, "=")
			so.Env = append(so.Env, []string{k, v})
		}
		so.WorkingDir = c.WorkingDir
		so.Entrypoint = c.Entrypoint
		so.Cmd = c.Cmd
		out.Stages = append(out.Stages, so)
	}
	return out
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		var in input
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			fmt.Fprintln(os.Stderr, "bad input:", err)
			os.Exit(2)
		}
		b, _ := json.Marshal(run(in))
		w.Write(b)
		w.WriteByte('\n')
	}
}
