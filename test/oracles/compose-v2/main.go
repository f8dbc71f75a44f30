// compose-v2: the compose oracle of the differential tests (test/unit/compose-oracle.test.ts). It loads a project
// with Compose v2's own loader (compose-spec/compose-go/v2, the one inside `docker compose`) and the options the
// Compose CLI passes it (docker/compose v5 pkg/compose/loader.go buildProjectOptions + cmd/compose/config.go), and
// prints each service's resolved model as JSON. It never talks to a Docker engine or the network: no remote
// (git/OCI) resource loaders are registered, so such references fail like `docker compose --offline`.
//
// Usage (flags as `docker compose`):
//
//	compose-v2 [-f FILE]... [--project-directory DIR] [--env-file FILE]... [--profile P]... [-p NAME] [FILE...]
//	compose-v2 --batch   < [{"dir": "...", "env": {"K": "V"}, "args": ["-f", "x.yaml"]}, ...]
//
// Without -f (or positional files) it discovers compose.yaml / docker-compose.yml and its override from the current
// directory upwards, like the CLI. The environment Compose runs in is this process's environment (in batch mode,
// exactly each job's `env`). Output: {"services": {name: {...}}, ...}; on a loader error {"error": "..."} and exit 1.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/sirupsen/logrus"
)

type volumeOut struct {
	Type     string `json:"type"`
	Source   string `json:"source,omitempty"`
	Target   string `json:"target,omitempty"`
	ReadOnly bool   `json:"read_only,omitempty"`
}

type envFileOut struct {
	Path     string `json:"path"`
	Required bool   `json:"required"`
	Format   string `json:"format,omitempty"`
	Exists   bool   `json:"exists"`
}

type buildOut struct {
	Context    string             `json:"context,omitempty"`
	Dockerfile string             `json:"dockerfile,omitempty"`
	Args       map[string]*string `json:"args,omitempty"`
	Target     string             `json:"target,omitempty"`
}

type serviceOut struct {
	// Enabled: started by `docker compose up` with the active profiles.
	Enabled bool `json:"enabled"`
	// Environment: name → value, null for a pass-through (`- KEY`, `KEY:`) the project environment does not answer.
	Environment map[string]*string `json:"environment"`
	// EnvironmentError: resolving a disabled service's env_file failed (Compose does not resolve disabled services,
	// so this never fails a load; reported here to compare with what we say about them).
	EnvironmentError string       `json:"environment_error,omitempty"`
	Image            string       `json:"image,omitempty"`
	EnvFile          []envFileOut `json:"env_file"`
	Volumes          []volumeOut  `json:"volumes"`
	Build            *buildOut    `json:"build,omitempty"`
	Profiles         []string     `json:"profiles"`
}

type projectOut struct {
	Name         string                `json:"name"`
	WorkingDir   string                `json:"working_dir"`
	ComposeFiles []string              `json:"compose_files"`
	Profiles     []string              `json:"profiles"`
	Services     map[string]serviceOut `json:"services"`
}

type errorOut struct {
	Error string `json:"error"`
}

type options struct {
	files      []string
	projectDir string
	envFiles   []string
	profiles   []string
	name       string
}

func parseArgs(args []string) (options, error) {
	var o options
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(a, "=")
		if !strings.HasPrefix(a, "-") {
			o.files = append(o.files, a)
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return o, fmt.Errorf("flag %s needs a value", a)
			}
			i++
			val = args[i]
		}
		switch name {
		case "-f", "--file":
			o.files = append(o.files, val)
		case "--project-directory":
			o.projectDir = val
		case "--env-file":
			o.envFiles = append(o.envFiles, val)
		case "--profile":
			o.profiles = append(o.profiles, val)
		case "-p", "--project-name":
			o.name = val
		default:
			return o, fmt.Errorf("unknown flag %s", name)
		}
	}
	return o, nil
}

// load mirrors docker/compose v5.6.0 pkg/compose/loader.go (buildProjectOptions, postProcessProject) with the
// `config` command's own options first (cmd/compose/config.go toProjectOptionsFns). env_file entries are kept
// (WithDiscardEnvFile off) so they can be printed; the resolved environment is the same either way.
func load(ctx context.Context, o options) (*types.Project, error) {
	fns := []cli.ProjectOptionsFn{
		cli.WithInterpolation(true),
		cli.WithResolvedPaths(true),
		cli.WithNormalization(true),
		cli.WithConsistency(true),
		cli.WithDefaultProfiles(o.profiles...),
		cli.WithWorkingDirectory(o.projectDir),
		cli.WithOsEnv,
	}
	if _, present := os.LookupEnv("PWD"); !present {
		if pwd, err := os.Getwd(); err == nil {
			fns = append(fns, cli.WithEnv([]string{"PWD=" + pwd}))
		}
	}
	fns = append(fns,
		cli.WithEnvFiles(o.envFiles...),
		cli.WithDotEnv,
		cli.WithConfigFileEnv,
		cli.WithDefaultConfigPath,
		cli.WithEnvFiles(o.envFiles...),
		cli.WithDotEnv,
		cli.WithDefaultProfiles(o.profiles...),
		cli.WithName(o.name),
	)
	po, err := cli.NewProjectOptions(o.files, fns...)
	if err != nil {
		return nil, err
	}
	if len(po.ConfigPaths) == 0 {
		// the CLI's own message (cmd/compose: api.ErrNotFound)
		return nil, errors.New("no configuration file provided: not found")
	}
	p, err := po.LoadProject(ctx)
	if err != nil {
		return nil, err
	}
	if p.Name == "" {
		return nil, errors.New("project name can't be empty. Use ProjectName option to set a valid name")
	}
	return p, nil
}

func ptrMap(m types.MappingWithEquals) map[string]*string {
	out := map[string]*string{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func describe(p *types.Project) projectOut {
	out := projectOut{
		Name: p.Name, WorkingDir: p.WorkingDir, ComposeFiles: p.ComposeFiles, Profiles: p.Profiles,
		Services: map[string]serviceOut{},
	}
	if out.Profiles == nil {
		out.Profiles = []string{}
	}
	add := func(s types.ServiceConfig, enabled bool, envErr error) {
		so := serviceOut{
			Enabled:     enabled,
			Environment: ptrMap(s.Environment),
			Image:       s.Image,
			EnvFile:     []envFileOut{},
			Volumes:     []volumeOut{},
			Profiles:    s.Profiles,
		}
		if envErr != nil {
			so.EnvironmentError = envErr.Error()
		}
		if so.Profiles == nil {
			so.Profiles = []string{}
		}
		for _, ef := range s.EnvFiles {
			_, statErr := os.Stat(ef.Path)
			so.EnvFile = append(so.EnvFile, envFileOut{Path: ef.Path, Required: bool(ef.Required), Format: ef.Format, Exists: statErr == nil})
		}
		for _, v := range s.Volumes {
			so.Volumes = append(so.Volumes, volumeOut{Type: v.Type, Source: v.Source, Target: v.Target, ReadOnly: v.ReadOnly})
		}
		if s.Build != nil {
			so.Build = &buildOut{Context: s.Build.Context, Dockerfile: s.Build.Dockerfile, Args: ptrMap(s.Build.Args), Target: s.Build.Target}
		}
		out.Services[s.Name] = so
	}
	for _, s := range p.Services {
		add(s, true, nil)
	}
	// Compose resolves only enabled services; a disabled one is resolved alone here, the same way
	// (types.Project.WithServicesEnvironmentResolved), so its environment can still be compared.
	names := make([]string, 0, len(p.DisabledServices))
	for n := range p.DisabledServices {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		one := &types.Project{Name: p.Name, WorkingDir: p.WorkingDir, Environment: p.Environment,
			Services: types.Services{n: p.DisabledServices[n]}}
		resolved, err := one.WithServicesEnvironmentResolved(false)
		if err != nil {
			add(p.DisabledServices[n], false, err)
		} else {
			add(resolved.Services[n], false, nil)
		}
	}
	return out
}

// run answers one invocation: the JSON text and the exit code.
func run(ctx context.Context, args []string) ([]byte, int) {
	o, err := parseArgs(args)
	var p *types.Project
	if err == nil {
		p, err = load(ctx, o)
	}
	if err != nil {
		b, _ := json.Marshal(errorOut{Error: err.Error()})
		return b, 1
	}
	b, err := json.Marshal(describe(p))
	if err != nil {
		b, _ = json.Marshal(errorOut{Error: err.Error()})
		return b, 2
	}
	return b, 0
}

type job struct {
	Dir  string            `json:"dir"`
	Env  map[string]string `json:"env"`
	Args []string          `json:"args"`
}

type jobResult struct {
	Code int             `json:"code"`
	Out  json.RawMessage `json:"out"`
}

// batch runs many projects in one process (the schema is compiled once); each job sees exactly its own environment
// and working directory, as a fresh `docker compose` process would.
func batch(ctx context.Context) int {
	data, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	var jobs []job
	if err := json.Unmarshal(data, &jobs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	results := make([]jobResult, len(jobs))
	for i, j := range jobs {
		os.Clearenv()
		for k, v := range j.Env {
			os.Setenv(k, v)
		}
		if err := os.Chdir(j.Dir); err != nil {
			b, _ := json.Marshal(errorOut{Error: err.Error()})
			results[i] = jobResult{Code: 1, Out: b}
			continue
		}
		b, code := run(ctx, j.Args)
		results[i] = jobResult{Code: code, Out: b}
	}
	b, _ := json.Marshal(results)
	os.Stdout.Write(b)
	return 0
}

func main() {
	logrus.SetOutput(os.Stderr)
	logrus.SetLevel(logrus.ErrorLevel)
	ctx := context.Background()
	if len(os.Args) == 2 && os.Args[1] == "--batch" {
		os.Exit(batch(ctx))
	}
	b, code := run(ctx, os.Args[1:])
	os.Stdout.Write(append(b, '\n'))
	os.Exit(code)
}
