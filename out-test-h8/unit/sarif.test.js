"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.regexpCode = exports2.getEsmExportName = exports2.getProperty = exports2.safeStringify = exports2.stringify = exports2.strConcat = exports2.addCodeArg = exports2.str = exports2._ = exports2.nil = exports2._Code = exports2.Name = exports2.IDENTIFIER = exports2._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports2._CodeOrName = _CodeOrName;
    exports2.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports2.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports2.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports2._Code = _Code;
    exports2.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports2._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports2.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports2.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports2.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports2.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports2.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports2.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports2.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports2.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports2.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports2.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValueScope = exports2.ValueScopeName = exports2.Scope = exports2.varKinds = exports2.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports2.UsedValueState = UsedValueState = {}));
    exports2.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports2.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports2.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports2.varKinds.var : exports2.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports2.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.or = exports2.and = exports2.not = exports2.CodeGen = exports2.operators = exports2.varKinds = exports2.ValueScopeName = exports2.ValueScope = exports2.Scope = exports2.Name = exports2.regexpCode = exports2.stringify = exports2.getProperty = exports2.nil = exports2.strConcat = exports2.str = exports2._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports2, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports2, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports2, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports2, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports2, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports2, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports2, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports2.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports2.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports2.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports2.not = not;
    var andCode = mappend(exports2.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports2.and = and;
    var orCode = mappend(exports2.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports2.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkStrictMode = exports2.getErrorPath = exports2.Type = exports2.useFunc = exports2.setEvaluated = exports2.evaluatedPropsToName = exports2.mergeEvaluated = exports2.eachItem = exports2.unescapeJsonPointer = exports2.escapeJsonPointer = exports2.escapeFragment = exports2.unescapeFragment = exports2.schemaRefOrVal = exports2.schemaHasRulesButRef = exports2.schemaHasRules = exports2.checkUnknownRules = exports2.alwaysValidSchema = exports2.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports2.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports2.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports2.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports2.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports2.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports2.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports2.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports2.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports2.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports2.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports2.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports2.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports2.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports2.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports2.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports2.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports2.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports2.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports2.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendErrors = exports2.resetErrorsCount = exports2.reportExtraError = exports2.reportError = exports2.keyword$DataError = exports2.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports2.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports2.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports2.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports2.reportError = reportError;
    function reportExtraError(cxt, error = exports2.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports2.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports2.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports2.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolOrEmptySchema = exports2.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports2.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports2.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getRules = exports2.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports2.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports2.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.shouldUseRule = exports2.shouldUseGroup = exports2.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports2.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports2.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports2.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reportTypeError = exports2.checkDataTypes = exports2.checkDataType = exports2.coerceAndCheckDataType = exports2.getJSONTypes = exports2.getSchemaTypes = exports2.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports2.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports2.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports2.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports2.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports2.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports2.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports2.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports2.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateUnion = exports2.validateArray = exports2.usePattern = exports2.callValidateCode = exports2.schemaProperties = exports2.allSchemaProperties = exports2.noPropertyInData = exports2.propertyInData = exports2.isOwnProperty = exports2.hasPropFunc = exports2.reportMissingProp = exports2.checkMissingProp = exports2.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports2.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports2.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports2.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports2.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports2.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports2.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports2.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports2.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports2.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports2.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports2.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports2.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports2.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateKeywordUsage = exports2.validSchemaType = exports2.funcKeywordCode = exports2.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports2.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports2.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports2.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports2.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendSubschemaMode = exports2.extendSubschemaData = exports2.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports2.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports2.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports2.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports2, module2) {
    "use strict";
    var traverse = module2.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getSchemaRefs = exports2.resolveUrl = exports2.normalizeId = exports2._getFullPath = exports2.getFullPath = exports2.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports2.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports2.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports2._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports2.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports2.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports2.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getData = exports2.KeywordCxt = exports2.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports2.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports2.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports2.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports2.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports2.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveSchema = exports2.getCompilingSchema = exports2.resolveRef = exports2.compileSchema = exports2.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports2.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports2.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports2.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports2.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports2.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports2, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports2, module2) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports2, module2) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports2, module2) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports2.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports2.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before2) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before2);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before2} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.callRef = exports2.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports2.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports2.callRef = callRef;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports2.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports2.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports2.validateAdditionalItems = validateAdditionalItems;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports2.validateTuple = validateTuple;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateSchemaDeps = exports2.validatePropertyDeps = exports2.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports2.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports2.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports2.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports2.validateSchemaDeps = validateSchemaDeps;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports2.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports2.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.contentVocabulary = exports2.metadataVocabulary = void 0;
    exports2.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports2.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports2.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports2.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports2, module2) {
    module2.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports2.Ajv = Ajv2;
    module2.exports = exports2 = Ajv2;
    module2.exports.Ajv = Ajv2;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// test/unit/sarif.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_ajv = __toESM(require_ajv());
var ROOT = (0, import_node_fs.existsSync)((0, import_node_path.resolve)(__dirname, "../../package.json")) ? (0, import_node_path.resolve)(__dirname, "../..") : process.cwd();
var CLI = (0, import_node_path.join)(ROOT, "dist/cli.js");
var SCHEMA = (0, import_node_path.join)(ROOT, "test/fixtures/sarif/sarif-2.1.0-subset.schema.json");
var URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
var isUriReference = (s) => URI_CHARS.test(s);
var isUri = (s) => isUriReference(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s);
var isDateTime = (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s));
function validator() {
  const ajv = new import_ajv.default({ allErrors: true, strict: true, strictTuples: false, strictRequired: false });
  ajv.addFormat("uri", isUri);
  ajv.addFormat("uri-reference", isUriReference);
  ajv.addFormat("date-time", isDateTime);
  return ajv.compile(JSON.parse((0, import_node_fs.readFileSync)(SCHEMA, "utf8")));
}
function cli(args, cwd) {
  const r = (0, import_node_child_process.spawnSync)(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 6e4 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
(0, import_node_test.describe)("SARIF 2.1.0 output", () => {
  let dir;
  const validate = validator();
  (0, import_node_test.before)(() => {
    dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "nal-sarif-"));
    (0, import_node_fs.cpSync)((0, import_node_path.join)(ROOT, "examples"), (0, import_node_path.join)(dir, "examples"), { recursive: true });
    (0, import_node_fs.mkdirSync)((0, import_node_path.join)(dir, "examples/my cluster/\u8282\u70B9/conf"), { recursive: true });
    (0, import_node_fs.writeFileSync)(
      (0, import_node_path.join)(dir, "examples/my cluster/\u8282\u70B9/conf/application.properties"),
      "nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n"
    );
  });
  (0, import_node_test.after)(() => (0, import_node_fs.rmSync)(dir, { recursive: true, force: true }));
  (0, import_node_test.test)("the schema itself compiles (draft-07) and rejects what SARIF forbids", () => {
    import_strict.default.equal(validate({ version: "2.1.0", runs: [] }), true);
    import_strict.default.equal(validate({ version: "2.0.0", runs: [] }), false, "only 2.1.0");
    import_strict.default.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "info" }] }] }), false, 'level "info" is not SARIF');
    import_strict.default.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, locations: [{ physicalLocation: { artifactLocation: { uri: "a b" }, region: { startLine: 1 } } }] }] }] }), false, "a space is not allowed in a URI");
    import_strict.default.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, locations: [{ physicalLocation: { artifactLocation: { uri: "a" }, region: { startLine: 0 } } }] }] }] }), false, "lines are 1-based");
  });
  for (const locale of ["en", "zh-cn"]) {
    (0, import_node_test.test)(`the CLI's SARIF validates (${locale})`, () => {
      const r = cli(["examples", "--format", "sarif", "--locale", locale], dir);
      import_strict.default.equal(r.code, 1, r.err);
      const log = JSON.parse(r.out);
      const ok = validate(log);
      import_strict.default.ok(ok, JSON.stringify(validate.errors?.slice(0, 10), null, 1));
      const run = log.runs[0];
      import_strict.default.ok(run.results.length > 5, "findings reported");
      const ids = new Set(run.tool.driver.rules.map((x) => x.id));
      for (const res of run.results) {
        import_strict.default.ok(ids.has(res.ruleId), `${res.ruleId} is described in tool.driver.rules`);
        import_strict.default.ok(res.locations[0].physicalLocation.region.startLine >= 1);
        import_strict.default.ok(!/^\//.test(res.locations[0].physicalLocation.artifactLocation.uri), "URIs are relative to the scanned directory");
      }
      for (const rule of run.tool.driver.rules) import_strict.default.match(String(rule.helpUri), new RegExp(`/docs/rules/${rule.id}\\.md$`));
      const spaced = run.results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri.includes("my%20cluster"));
      import_strict.default.ok(spaced, 'the file under "my cluster" is reported with an encoded URI');
      import_strict.default.ok(spaced.locations[0].physicalLocation.artifactLocation.uri.includes("%E8%8A%82%E7%82%B9"), "non-ASCII is percent-encoded");
      for (const secret of ["VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=", "my-own-value-for-node3"]) import_strict.default.ok(!r.out.includes(secret), "no secret in SARIF");
    });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS9jb2RlZ2VuL2NvZGUudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS9jb2RlZ2VuL3Njb3BlLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL2NvbXBpbGUvY29kZWdlbi9pbmRleC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL3V0aWwudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS9uYW1lcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL2Vycm9ycy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL3ZhbGlkYXRlL2Jvb2xTY2hlbWEudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS9ydWxlcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL3ZhbGlkYXRlL2FwcGxpY2FiaWxpdHkudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS92YWxpZGF0ZS9kYXRhVHlwZS50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL3ZhbGlkYXRlL2RlZmF1bHRzLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy9jb2RlLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL2NvbXBpbGUvdmFsaWRhdGUva2V5d29yZC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL3ZhbGlkYXRlL3N1YnNjaGVtYS50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvZmFzdC1kZWVwLWVxdWFsL2luZGV4LmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9qc29uLXNjaGVtYS10cmF2ZXJzZS9pbmRleC5qcyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9jb21waWxlL3Jlc29sdmUudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS92YWxpZGF0ZS9pbmRleC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi9ydW50aW1lL3ZhbGlkYXRpb25fZXJyb3IudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS9yZWZfZXJyb3IudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvY29tcGlsZS9pbmRleC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2Rpc3QvcmVmcy9kYXRhLmpzb24iLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Zhc3QtdXJpL2xpYi91dGlscy5qcyIsICIuLi8uLi9ub2RlX21vZHVsZXMvZmFzdC11cmkvbGliL3NjaGVtZXMuanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Zhc3QtdXJpL2luZGV4LmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3J1bnRpbWUvdXJpLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL2NvcmUudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2NvcmUvaWQudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2NvcmUvcmVmLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy9jb3JlL2luZGV4LnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL2xpbWl0TnVtYmVyLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL211bHRpcGxlT2YudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvcnVudGltZS91Y3MybGVuZ3RoLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL2xpbWl0TGVuZ3RoLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL3BhdHRlcm4udHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL3ZhbGlkYXRpb24vbGltaXRQcm9wZXJ0aWVzLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL3JlcXVpcmVkLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL2xpbWl0SXRlbXMudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvcnVudGltZS9lcXVhbC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvdmFsaWRhdGlvbi91bmlxdWVJdGVtcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvdmFsaWRhdGlvbi9jb25zdC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvdmFsaWRhdGlvbi9lbnVtLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy92YWxpZGF0aW9uL2luZGV4LnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy9hcHBsaWNhdG9yL2FkZGl0aW9uYWxJdGVtcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvYXBwbGljYXRvci9pdGVtcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvYXBwbGljYXRvci9wcmVmaXhJdGVtcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvYXBwbGljYXRvci9pdGVtczIwMjAudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvY29udGFpbnMudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvZGVwZW5kZW5jaWVzLnRzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL3ZvY2FidWxhcmllcy9hcHBsaWNhdG9yL3Byb3BlcnR5TmFtZXMudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvYWRkaXRpb25hbFByb3BlcnRpZXMudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvcHJvcGVydGllcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvYXBwbGljYXRvci9wYXR0ZXJuUHJvcGVydGllcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvYXBwbGljYXRvci9ub3QudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvYW55T2YudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3Ivb25lT2YudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvYWxsT2YudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvaWYudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvdGhlbkVsc2UudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2FwcGxpY2F0b3IvaW5kZXgudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2Zvcm1hdC9mb3JtYXQudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2Zvcm1hdC9pbmRleC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvbWV0YWRhdGEudHMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL2Fqdi9saWIvdm9jYWJ1bGFyaWVzL2RyYWZ0Ny50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvZGlzY3JpbWluYXRvci90eXBlcy50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2xpYi92b2NhYnVsYXJpZXMvZGlzY3JpbWluYXRvci9pbmRleC50cyIsICIuLi8uLi9ub2RlX21vZHVsZXMvYWp2L2Rpc3QvcmVmcy9qc29uLXNjaGVtYS1kcmFmdC0wNy5qc29uIiwgIi4uLy4uL25vZGVfbW9kdWxlcy9hanYvbGliL2Fqdi50cyIsICIuLi8uLi90ZXN0L3VuaXQvc2FyaWYudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1leHRyYW5lb3VzLWNsYXNzXG5leHBvcnQgYWJzdHJhY3QgY2xhc3MgX0NvZGVPck5hbWUge1xuICBhYnN0cmFjdCByZWFkb25seSBzdHI6IHN0cmluZ1xuICBhYnN0cmFjdCByZWFkb25seSBuYW1lczogVXNlZE5hbWVzXG4gIGFic3RyYWN0IHRvU3RyaW5nKCk6IHN0cmluZ1xuICBhYnN0cmFjdCBlbXB0eVN0cigpOiBib29sZWFuXG59XG5cbmV4cG9ydCBjb25zdCBJREVOVElGSUVSID0gL15bYS16JF9dW2EteiRfMC05XSokL2lcblxuZXhwb3J0IGNsYXNzIE5hbWUgZXh0ZW5kcyBfQ29kZU9yTmFtZSB7XG4gIHJlYWRvbmx5IHN0cjogc3RyaW5nXG4gIGNvbnN0cnVjdG9yKHM6IHN0cmluZykge1xuICAgIHN1cGVyKClcbiAgICBpZiAoIUlERU5USUZJRVIudGVzdChzKSkgdGhyb3cgbmV3IEVycm9yKFwiQ29kZUdlbjogbmFtZSBtdXN0IGJlIGEgdmFsaWQgaWRlbnRpZmllclwiKVxuICAgIHRoaXMuc3RyID0gc1xuICB9XG5cbiAgdG9TdHJpbmcoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5zdHJcbiAgfVxuXG4gIGVtcHR5U3RyKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiBmYWxzZVxuICB9XG5cbiAgZ2V0IG5hbWVzKCk6IFVzZWROYW1lcyB7XG4gICAgcmV0dXJuIHtbdGhpcy5zdHJdOiAxfVxuICB9XG59XG5cbmV4cG9ydCBjbGFzcyBfQ29kZSBleHRlbmRzIF9Db2RlT3JOYW1lIHtcbiAgcmVhZG9ubHkgX2l0ZW1zOiByZWFkb25seSBDb2RlSXRlbVtdXG4gIHByaXZhdGUgX3N0cj86IHN0cmluZ1xuICBwcml2YXRlIF9uYW1lcz86IFVzZWROYW1lc1xuXG4gIGNvbnN0cnVjdG9yKGNvZGU6IHN0cmluZyB8IHJlYWRvbmx5IENvZGVJdGVtW10pIHtcbiAgICBzdXBlcigpXG4gICAgdGhpcy5faXRlbXMgPSB0eXBlb2YgY29kZSA9PT0gXCJzdHJpbmdcIiA/IFtjb2RlXSA6IGNvZGVcbiAgfVxuXG4gIHRvU3RyaW5nKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuc3RyXG4gIH1cblxuICBlbXB0eVN0cigpOiBib29sZWFuIHtcbiAgICBpZiAodGhpcy5faXRlbXMubGVuZ3RoID4gMSkgcmV0dXJuIGZhbHNlXG4gICAgY29uc3QgaXRlbSA9IHRoaXMuX2l0ZW1zWzBdXG4gICAgcmV0dXJuIGl0ZW0gPT09IFwiXCIgfHwgaXRlbSA9PT0gJ1wiXCInXG4gIH1cblxuICBnZXQgc3RyKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuICh0aGlzLl9zdHIgPz89IHRoaXMuX2l0ZW1zLnJlZHVjZSgoczogc3RyaW5nLCBjOiBDb2RlSXRlbSkgPT4gYCR7c30ke2N9YCwgXCJcIikpXG4gIH1cblxuICBnZXQgbmFtZXMoKTogVXNlZE5hbWVzIHtcbiAgICByZXR1cm4gKHRoaXMuX25hbWVzID8/PSB0aGlzLl9pdGVtcy5yZWR1Y2UoKG5hbWVzOiBVc2VkTmFtZXMsIGMpID0+IHtcbiAgICAgIGlmIChjIGluc3RhbmNlb2YgTmFtZSkgbmFtZXNbYy5zdHJdID0gKG5hbWVzW2Muc3RyXSB8fCAwKSArIDFcbiAgICAgIHJldHVybiBuYW1lc1xuICAgIH0sIHt9KSlcbiAgfVxufVxuXG5leHBvcnQgdHlwZSBDb2RlSXRlbSA9IE5hbWUgfCBzdHJpbmcgfCBudW1iZXIgfCBib29sZWFuIHwgbnVsbFxuXG5leHBvcnQgdHlwZSBVc2VkTmFtZXMgPSBSZWNvcmQ8c3RyaW5nLCBudW1iZXIgfCB1bmRlZmluZWQ+XG5cbmV4cG9ydCB0eXBlIENvZGUgPSBfQ29kZSB8IE5hbWVcblxuZXhwb3J0IHR5cGUgU2FmZUV4cHIgPSBDb2RlIHwgbnVtYmVyIHwgYm9vbGVhbiB8IG51bGxcblxuZXhwb3J0IGNvbnN0IG5pbCA9IG5ldyBfQ29kZShcIlwiKVxuXG50eXBlIENvZGVBcmcgPSBTYWZlRXhwciB8IHN0cmluZyB8IHVuZGVmaW5lZFxuXG5leHBvcnQgZnVuY3Rpb24gXyhzdHJzOiBUZW1wbGF0ZVN0cmluZ3NBcnJheSwgLi4uYXJnczogQ29kZUFyZ1tdKTogX0NvZGUge1xuICBjb25zdCBjb2RlOiBDb2RlSXRlbVtdID0gW3N0cnNbMF1dXG4gIGxldCBpID0gMFxuICB3aGlsZSAoaSA8IGFyZ3MubGVuZ3RoKSB7XG4gICAgYWRkQ29kZUFyZyhjb2RlLCBhcmdzW2ldKVxuICAgIGNvZGUucHVzaChzdHJzWysraV0pXG4gIH1cbiAgcmV0dXJuIG5ldyBfQ29kZShjb2RlKVxufVxuXG5jb25zdCBwbHVzID0gbmV3IF9Db2RlKFwiK1wiKVxuXG5leHBvcnQgZnVuY3Rpb24gc3RyKHN0cnM6IFRlbXBsYXRlU3RyaW5nc0FycmF5LCAuLi5hcmdzOiAoQ29kZUFyZyB8IHN0cmluZ1tdKVtdKTogX0NvZGUge1xuICBjb25zdCBleHByOiBDb2RlSXRlbVtdID0gW3NhZmVTdHJpbmdpZnkoc3Ryc1swXSldXG4gIGxldCBpID0gMFxuICB3aGlsZSAoaSA8IGFyZ3MubGVuZ3RoKSB7XG4gICAgZXhwci5wdXNoKHBsdXMpXG4gICAgYWRkQ29kZUFyZyhleHByLCBhcmdzW2ldKVxuICAgIGV4cHIucHVzaChwbHVzLCBzYWZlU3RyaW5naWZ5KHN0cnNbKytpXSkpXG4gIH1cbiAgb3B0aW1pemUoZXhwcilcbiAgcmV0dXJuIG5ldyBfQ29kZShleHByKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gYWRkQ29kZUFyZyhjb2RlOiBDb2RlSXRlbVtdLCBhcmc6IENvZGVBcmcgfCBzdHJpbmdbXSk6IHZvaWQge1xuICBpZiAoYXJnIGluc3RhbmNlb2YgX0NvZGUpIGNvZGUucHVzaCguLi5hcmcuX2l0ZW1zKVxuICBlbHNlIGlmIChhcmcgaW5zdGFuY2VvZiBOYW1lKSBjb2RlLnB1c2goYXJnKVxuICBlbHNlIGNvZGUucHVzaChpbnRlcnBvbGF0ZShhcmcpKVxufVxuXG5mdW5jdGlvbiBvcHRpbWl6ZShleHByOiBDb2RlSXRlbVtdKTogdm9pZCB7XG4gIGxldCBpID0gMVxuICB3aGlsZSAoaSA8IGV4cHIubGVuZ3RoIC0gMSkge1xuICAgIGlmIChleHByW2ldID09PSBwbHVzKSB7XG4gICAgICBjb25zdCByZXMgPSBtZXJnZUV4cHJJdGVtcyhleHByW2kgLSAxXSwgZXhwcltpICsgMV0pXG4gICAgICBpZiAocmVzICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgZXhwci5zcGxpY2UoaSAtIDEsIDMsIHJlcylcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICAgIGV4cHJbaSsrXSA9IFwiK1wiXG4gICAgfVxuICAgIGkrK1xuICB9XG59XG5cbmZ1bmN0aW9uIG1lcmdlRXhwckl0ZW1zKGE6IENvZGVJdGVtLCBiOiBDb2RlSXRlbSk6IENvZGVJdGVtIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGIgPT09ICdcIlwiJykgcmV0dXJuIGFcbiAgaWYgKGEgPT09ICdcIlwiJykgcmV0dXJuIGJcbiAgaWYgKHR5cGVvZiBhID09IFwic3RyaW5nXCIpIHtcbiAgICBpZiAoYiBpbnN0YW5jZW9mIE5hbWUgfHwgYVthLmxlbmd0aCAtIDFdICE9PSAnXCInKSByZXR1cm5cbiAgICBpZiAodHlwZW9mIGIgIT0gXCJzdHJpbmdcIikgcmV0dXJuIGAke2Euc2xpY2UoMCwgLTEpfSR7Yn1cImBcbiAgICBpZiAoYlswXSA9PT0gJ1wiJykgcmV0dXJuIGEuc2xpY2UoMCwgLTEpICsgYi5zbGljZSgxKVxuICAgIHJldHVyblxuICB9XG4gIGlmICh0eXBlb2YgYiA9PSBcInN0cmluZ1wiICYmIGJbMF0gPT09ICdcIicgJiYgIShhIGluc3RhbmNlb2YgTmFtZSkpIHJldHVybiBgXCIke2F9JHtiLnNsaWNlKDEpfWBcbiAgcmV0dXJuXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzdHJDb25jYXQoYzE6IENvZGUsIGMyOiBDb2RlKTogQ29kZSB7XG4gIHJldHVybiBjMi5lbXB0eVN0cigpID8gYzEgOiBjMS5lbXB0eVN0cigpID8gYzIgOiBzdHJgJHtjMX0ke2MyfWBcbn1cblxuLy8gVE9ETyBkbyBub3QgYWxsb3cgYXJyYXlzIGhlcmVcbmZ1bmN0aW9uIGludGVycG9sYXRlKHg/OiBzdHJpbmcgfCBzdHJpbmdbXSB8IG51bWJlciB8IGJvb2xlYW4gfCBudWxsKTogU2FmZUV4cHIgfCBzdHJpbmcge1xuICByZXR1cm4gdHlwZW9mIHggPT0gXCJudW1iZXJcIiB8fCB0eXBlb2YgeCA9PSBcImJvb2xlYW5cIiB8fCB4ID09PSBudWxsXG4gICAgPyB4XG4gICAgOiBzYWZlU3RyaW5naWZ5KEFycmF5LmlzQXJyYXkoeCkgPyB4LmpvaW4oXCIsXCIpIDogeClcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN0cmluZ2lmeSh4OiB1bmtub3duKTogQ29kZSB7XG4gIHJldHVybiBuZXcgX0NvZGUoc2FmZVN0cmluZ2lmeSh4KSlcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNhZmVTdHJpbmdpZnkoeDogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh4KVxuICAgIC5yZXBsYWNlKC9cXHUyMDI4L2csIFwiXFxcXHUyMDI4XCIpXG4gICAgLnJlcGxhY2UoL1xcdTIwMjkvZywgXCJcXFxcdTIwMjlcIilcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdldFByb3BlcnR5KGtleTogQ29kZSB8IHN0cmluZyB8IG51bWJlcik6IENvZGUge1xuICByZXR1cm4gdHlwZW9mIGtleSA9PSBcInN0cmluZ1wiICYmIElERU5USUZJRVIudGVzdChrZXkpID8gbmV3IF9Db2RlKGAuJHtrZXl9YCkgOiBfYFske2tleX1dYFxufVxuXG4vL0RvZXMgYmVzdCBlZmZvcnQgdG8gZm9ybWF0IHRoZSBuYW1lIHByb3Blcmx5XG5leHBvcnQgZnVuY3Rpb24gZ2V0RXNtRXhwb3J0TmFtZShrZXk6IENvZGUgfCBzdHJpbmcgfCBudW1iZXIpOiBDb2RlIHtcbiAgaWYgKHR5cGVvZiBrZXkgPT0gXCJzdHJpbmdcIiAmJiBJREVOVElGSUVSLnRlc3Qoa2V5KSkge1xuICAgIHJldHVybiBuZXcgX0NvZGUoYCR7a2V5fWApXG4gIH1cbiAgdGhyb3cgbmV3IEVycm9yKGBDb2RlR2VuOiBpbnZhbGlkIGV4cG9ydCBuYW1lOiAke2tleX0sIHVzZSBleHBsaWNpdCAkaWQgbmFtZSBtYXBwaW5nYClcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2V4cENvZGUocng6IFJlZ0V4cCk6IENvZGUge1xuICByZXR1cm4gbmV3IF9Db2RlKHJ4LnRvU3RyaW5nKCkpXG59XG4iLCAiaW1wb3J0IHtfLCBuaWwsIENvZGUsIE5hbWV9IGZyb20gXCIuL2NvZGVcIlxuXG5pbnRlcmZhY2UgTmFtZUdyb3VwIHtcbiAgcHJlZml4OiBzdHJpbmdcbiAgaW5kZXg6IG51bWJlclxufVxuXG5leHBvcnQgaW50ZXJmYWNlIE5hbWVWYWx1ZSB7XG4gIHJlZjogVmFsdWVSZWZlcmVuY2UgLy8gdGhpcyBpcyB0aGUgcmVmZXJlbmNlIHRvIGFueSB2YWx1ZSB0aGF0IGNhbiBiZSByZWZlcnJlZCB0byBmcm9tIGdlbmVyYXRlZCBjb2RlIHZpYSBgZ2xvYmFsc2AgdmFyIGluIHRoZSBjbG9zdXJlXG4gIGtleT86IHVua25vd24gLy8gYW55IGtleSB0byBpZGVudGlmeSBhIGdsb2JhbCB0byBhdm9pZCBkdXBsaWNhdGVzLCBpZiBub3QgcGFzc2VkIHJlZiBpcyB1c2VkXG4gIGNvZGU/OiBDb2RlIC8vIHRoaXMgaXMgdGhlIGNvZGUgY3JlYXRpbmcgdGhlIHZhbHVlIG5lZWRlZCBmb3Igc3RhbmRhbG9uZSBjb2RlIHdpdF9vdXQgY2xvc3VyZSAtIGNhbiBiZSBhIHByaW1pdGl2ZSB2YWx1ZSwgZnVuY3Rpb24gb3IgaW1wb3J0IChgcmVxdWlyZWApXG59XG5cbmV4cG9ydCB0eXBlIFZhbHVlUmVmZXJlbmNlID0gdW5rbm93biAvLyBwb3NzaWJseSBtYWtlIENvZGVHZW4gcGFyYW1ldGVyaXplZCB0eXBlIG9uIHRoaXMgdHlwZVxuXG5jbGFzcyBWYWx1ZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICByZWFkb25seSB2YWx1ZT86IE5hbWVWYWx1ZVxuICBjb25zdHJ1Y3RvcihuYW1lOiBWYWx1ZVNjb3BlTmFtZSkge1xuICAgIHN1cGVyKGBDb2RlR2VuOiBcImNvZGVcIiBmb3IgJHtuYW1lfSBub3QgZGVmaW5lZGApXG4gICAgdGhpcy52YWx1ZSA9IG5hbWUudmFsdWVcbiAgfVxufVxuXG5pbnRlcmZhY2UgU2NvcGVPcHRpb25zIHtcbiAgcHJlZml4ZXM/OiBTZXQ8c3RyaW5nPlxuICBwYXJlbnQ/OiBTY29wZVxufVxuXG5pbnRlcmZhY2UgVmFsdWVTY29wZU9wdGlvbnMgZXh0ZW5kcyBTY29wZU9wdGlvbnMge1xuICBzY29wZTogU2NvcGVTdG9yZVxuICBlczU/OiBib29sZWFuXG4gIGxpbmVzPzogYm9vbGVhblxufVxuXG5leHBvcnQgdHlwZSBTY29wZVN0b3JlID0gUmVjb3JkPHN0cmluZywgVmFsdWVSZWZlcmVuY2VbXSB8IHVuZGVmaW5lZD5cblxudHlwZSBTY29wZVZhbHVlcyA9IHtcbiAgW1ByZWZpeCBpbiBzdHJpbmddPzogTWFwPHVua25vd24sIFZhbHVlU2NvcGVOYW1lPlxufVxuXG5leHBvcnQgdHlwZSBTY29wZVZhbHVlU2V0cyA9IHtcbiAgW1ByZWZpeCBpbiBzdHJpbmddPzogU2V0PFZhbHVlU2NvcGVOYW1lPlxufVxuXG5leHBvcnQgZW51bSBVc2VkVmFsdWVTdGF0ZSB7XG4gIFN0YXJ0ZWQsXG4gIENvbXBsZXRlZCxcbn1cblxuZXhwb3J0IHR5cGUgVXNlZFNjb3BlVmFsdWVzID0ge1xuICBbUHJlZml4IGluIHN0cmluZ10/OiBNYXA8VmFsdWVTY29wZU5hbWUsIFVzZWRWYWx1ZVN0YXRlIHwgdW5kZWZpbmVkPlxufVxuXG5leHBvcnQgY29uc3QgdmFyS2luZHMgPSB7XG4gIGNvbnN0OiBuZXcgTmFtZShcImNvbnN0XCIpLFxuICBsZXQ6IG5ldyBOYW1lKFwibGV0XCIpLFxuICB2YXI6IG5ldyBOYW1lKFwidmFyXCIpLFxufVxuXG5leHBvcnQgY2xhc3MgU2NvcGUge1xuICBwcm90ZWN0ZWQgcmVhZG9ubHkgX25hbWVzOiB7W1ByZWZpeCBpbiBzdHJpbmddPzogTmFtZUdyb3VwfSA9IHt9XG4gIHByb3RlY3RlZCByZWFkb25seSBfcHJlZml4ZXM/OiBTZXQ8c3RyaW5nPlxuICBwcm90ZWN0ZWQgcmVhZG9ubHkgX3BhcmVudD86IFNjb3BlXG5cbiAgY29uc3RydWN0b3Ioe3ByZWZpeGVzLCBwYXJlbnR9OiBTY29wZU9wdGlvbnMgPSB7fSkge1xuICAgIHRoaXMuX3ByZWZpeGVzID0gcHJlZml4ZXNcbiAgICB0aGlzLl9wYXJlbnQgPSBwYXJlbnRcbiAgfVxuXG4gIHRvTmFtZShuYW1lT3JQcmVmaXg6IE5hbWUgfCBzdHJpbmcpOiBOYW1lIHtcbiAgICByZXR1cm4gbmFtZU9yUHJlZml4IGluc3RhbmNlb2YgTmFtZSA/IG5hbWVPclByZWZpeCA6IHRoaXMubmFtZShuYW1lT3JQcmVmaXgpXG4gIH1cblxuICBuYW1lKHByZWZpeDogc3RyaW5nKTogTmFtZSB7XG4gICAgcmV0dXJuIG5ldyBOYW1lKHRoaXMuX25ld05hbWUocHJlZml4KSlcbiAgfVxuXG4gIHByb3RlY3RlZCBfbmV3TmFtZShwcmVmaXg6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgbmcgPSB0aGlzLl9uYW1lc1twcmVmaXhdIHx8IHRoaXMuX25hbWVHcm91cChwcmVmaXgpXG4gICAgcmV0dXJuIGAke3ByZWZpeH0ke25nLmluZGV4Kyt9YFxuICB9XG5cbiAgcHJpdmF0ZSBfbmFtZUdyb3VwKHByZWZpeDogc3RyaW5nKTogTmFtZUdyb3VwIHtcbiAgICBpZiAodGhpcy5fcGFyZW50Py5fcHJlZml4ZXM/LmhhcyhwcmVmaXgpIHx8ICh0aGlzLl9wcmVmaXhlcyAmJiAhdGhpcy5fcHJlZml4ZXMuaGFzKHByZWZpeCkpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYENvZGVHZW46IHByZWZpeCBcIiR7cHJlZml4fVwiIGlzIG5vdCBhbGxvd2VkIGluIHRoaXMgc2NvcGVgKVxuICAgIH1cbiAgICByZXR1cm4gKHRoaXMuX25hbWVzW3ByZWZpeF0gPSB7cHJlZml4LCBpbmRleDogMH0pXG4gIH1cbn1cblxuaW50ZXJmYWNlIFNjb3BlUGF0aCB7XG4gIHByb3BlcnR5OiBzdHJpbmdcbiAgaXRlbUluZGV4OiBudW1iZXJcbn1cblxuZXhwb3J0IGNsYXNzIFZhbHVlU2NvcGVOYW1lIGV4dGVuZHMgTmFtZSB7XG4gIHJlYWRvbmx5IHByZWZpeDogc3RyaW5nXG4gIHZhbHVlPzogTmFtZVZhbHVlXG4gIHNjb3BlUGF0aD86IENvZGVcblxuICBjb25zdHJ1Y3RvcihwcmVmaXg6IHN0cmluZywgbmFtZVN0cjogc3RyaW5nKSB7XG4gICAgc3VwZXIobmFtZVN0cilcbiAgICB0aGlzLnByZWZpeCA9IHByZWZpeFxuICB9XG5cbiAgc2V0VmFsdWUodmFsdWU6IE5hbWVWYWx1ZSwge3Byb3BlcnR5LCBpdGVtSW5kZXh9OiBTY29wZVBhdGgpOiB2b2lkIHtcbiAgICB0aGlzLnZhbHVlID0gdmFsdWVcbiAgICB0aGlzLnNjb3BlUGF0aCA9IF9gLiR7bmV3IE5hbWUocHJvcGVydHkpfVske2l0ZW1JbmRleH1dYFxuICB9XG59XG5cbmludGVyZmFjZSBWU09wdGlvbnMgZXh0ZW5kcyBWYWx1ZVNjb3BlT3B0aW9ucyB7XG4gIF9uOiBDb2RlXG59XG5cbmNvbnN0IGxpbmUgPSBfYFxcbmBcblxuZXhwb3J0IGNsYXNzIFZhbHVlU2NvcGUgZXh0ZW5kcyBTY29wZSB7XG4gIHByb3RlY3RlZCByZWFkb25seSBfdmFsdWVzOiBTY29wZVZhbHVlcyA9IHt9XG4gIHByb3RlY3RlZCByZWFkb25seSBfc2NvcGU6IFNjb3BlU3RvcmVcbiAgcmVhZG9ubHkgb3B0czogVlNPcHRpb25zXG5cbiAgY29uc3RydWN0b3Iob3B0czogVmFsdWVTY29wZU9wdGlvbnMpIHtcbiAgICBzdXBlcihvcHRzKVxuICAgIHRoaXMuX3Njb3BlID0gb3B0cy5zY29wZVxuICAgIHRoaXMub3B0cyA9IHsuLi5vcHRzLCBfbjogb3B0cy5saW5lcyA/IGxpbmUgOiBuaWx9XG4gIH1cblxuICBnZXQoKTogU2NvcGVTdG9yZSB7XG4gICAgcmV0dXJuIHRoaXMuX3Njb3BlXG4gIH1cblxuICBuYW1lKHByZWZpeDogc3RyaW5nKTogVmFsdWVTY29wZU5hbWUge1xuICAgIHJldHVybiBuZXcgVmFsdWVTY29wZU5hbWUocHJlZml4LCB0aGlzLl9uZXdOYW1lKHByZWZpeCkpXG4gIH1cblxuICB2YWx1ZShuYW1lT3JQcmVmaXg6IFZhbHVlU2NvcGVOYW1lIHwgc3RyaW5nLCB2YWx1ZTogTmFtZVZhbHVlKTogVmFsdWVTY29wZU5hbWUge1xuICAgIGlmICh2YWx1ZS5yZWYgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKFwiQ29kZUdlbjogcmVmIG11c3QgYmUgcGFzc2VkIGluIHZhbHVlXCIpXG4gICAgY29uc3QgbmFtZSA9IHRoaXMudG9OYW1lKG5hbWVPclByZWZpeCkgYXMgVmFsdWVTY29wZU5hbWVcbiAgICBjb25zdCB7cHJlZml4fSA9IG5hbWVcbiAgICBjb25zdCB2YWx1ZUtleSA9IHZhbHVlLmtleSA/PyB2YWx1ZS5yZWZcbiAgICBsZXQgdnMgPSB0aGlzLl92YWx1ZXNbcHJlZml4XVxuICAgIGlmICh2cykge1xuICAgICAgY29uc3QgX25hbWUgPSB2cy5nZXQodmFsdWVLZXkpXG4gICAgICBpZiAoX25hbWUpIHJldHVybiBfbmFtZVxuICAgIH0gZWxzZSB7XG4gICAgICB2cyA9IHRoaXMuX3ZhbHVlc1twcmVmaXhdID0gbmV3IE1hcCgpXG4gICAgfVxuICAgIHZzLnNldCh2YWx1ZUtleSwgbmFtZSlcblxuICAgIGNvbnN0IHMgPSB0aGlzLl9zY29wZVtwcmVmaXhdIHx8ICh0aGlzLl9zY29wZVtwcmVmaXhdID0gW10pXG4gICAgY29uc3QgaXRlbUluZGV4ID0gcy5sZW5ndGhcbiAgICBzW2l0ZW1JbmRleF0gPSB2YWx1ZS5yZWZcbiAgICBuYW1lLnNldFZhbHVlKHZhbHVlLCB7cHJvcGVydHk6IHByZWZpeCwgaXRlbUluZGV4fSlcbiAgICByZXR1cm4gbmFtZVxuICB9XG5cbiAgZ2V0VmFsdWUocHJlZml4OiBzdHJpbmcsIGtleU9yUmVmOiB1bmtub3duKTogVmFsdWVTY29wZU5hbWUgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHZzID0gdGhpcy5fdmFsdWVzW3ByZWZpeF1cbiAgICBpZiAoIXZzKSByZXR1cm5cbiAgICByZXR1cm4gdnMuZ2V0KGtleU9yUmVmKVxuICB9XG5cbiAgc2NvcGVSZWZzKHNjb3BlTmFtZTogTmFtZSwgdmFsdWVzOiBTY29wZVZhbHVlcyB8IFNjb3BlVmFsdWVTZXRzID0gdGhpcy5fdmFsdWVzKTogQ29kZSB7XG4gICAgcmV0dXJuIHRoaXMuX3JlZHVjZVZhbHVlcyh2YWx1ZXMsIChuYW1lOiBWYWx1ZVNjb3BlTmFtZSkgPT4ge1xuICAgICAgaWYgKG5hbWUuc2NvcGVQYXRoID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgQ29kZUdlbjogbmFtZSBcIiR7bmFtZX1cIiBoYXMgbm8gdmFsdWVgKVxuICAgICAgcmV0dXJuIF9gJHtzY29wZU5hbWV9JHtuYW1lLnNjb3BlUGF0aH1gXG4gICAgfSlcbiAgfVxuXG4gIHNjb3BlQ29kZShcbiAgICB2YWx1ZXM6IFNjb3BlVmFsdWVzIHwgU2NvcGVWYWx1ZVNldHMgPSB0aGlzLl92YWx1ZXMsXG4gICAgdXNlZFZhbHVlcz86IFVzZWRTY29wZVZhbHVlcyxcbiAgICBnZXRDb2RlPzogKG46IFZhbHVlU2NvcGVOYW1lKSA9PiBDb2RlIHwgdW5kZWZpbmVkXG4gICk6IENvZGUge1xuICAgIHJldHVybiB0aGlzLl9yZWR1Y2VWYWx1ZXMoXG4gICAgICB2YWx1ZXMsXG4gICAgICAobmFtZTogVmFsdWVTY29wZU5hbWUpID0+IHtcbiAgICAgICAgaWYgKG5hbWUudmFsdWUgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBDb2RlR2VuOiBuYW1lIFwiJHtuYW1lfVwiIGhhcyBubyB2YWx1ZWApXG4gICAgICAgIHJldHVybiBuYW1lLnZhbHVlLmNvZGVcbiAgICAgIH0sXG4gICAgICB1c2VkVmFsdWVzLFxuICAgICAgZ2V0Q29kZVxuICAgIClcbiAgfVxuXG4gIHByaXZhdGUgX3JlZHVjZVZhbHVlcyhcbiAgICB2YWx1ZXM6IFNjb3BlVmFsdWVzIHwgU2NvcGVWYWx1ZVNldHMsXG4gICAgdmFsdWVDb2RlOiAobjogVmFsdWVTY29wZU5hbWUpID0+IENvZGUgfCB1bmRlZmluZWQsXG4gICAgdXNlZFZhbHVlczogVXNlZFNjb3BlVmFsdWVzID0ge30sXG4gICAgZ2V0Q29kZT86IChuOiBWYWx1ZVNjb3BlTmFtZSkgPT4gQ29kZSB8IHVuZGVmaW5lZFxuICApOiBDb2RlIHtcbiAgICBsZXQgY29kZTogQ29kZSA9IG5pbFxuICAgIGZvciAoY29uc3QgcHJlZml4IGluIHZhbHVlcykge1xuICAgICAgY29uc3QgdnMgPSB2YWx1ZXNbcHJlZml4XVxuICAgICAgaWYgKCF2cykgY29udGludWVcbiAgICAgIGNvbnN0IG5hbWVTZXQgPSAodXNlZFZhbHVlc1twcmVmaXhdID0gdXNlZFZhbHVlc1twcmVmaXhdIHx8IG5ldyBNYXAoKSlcbiAgICAgIHZzLmZvckVhY2goKG5hbWU6IFZhbHVlU2NvcGVOYW1lKSA9PiB7XG4gICAgICAgIGlmIChuYW1lU2V0LmhhcyhuYW1lKSkgcmV0dXJuXG4gICAgICAgIG5hbWVTZXQuc2V0KG5hbWUsIFVzZWRWYWx1ZVN0YXRlLlN0YXJ0ZWQpXG4gICAgICAgIGxldCBjID0gdmFsdWVDb2RlKG5hbWUpXG4gICAgICAgIGlmIChjKSB7XG4gICAgICAgICAgY29uc3QgZGVmID0gdGhpcy5vcHRzLmVzNSA/IHZhcktpbmRzLnZhciA6IHZhcktpbmRzLmNvbnN0XG4gICAgICAgICAgY29kZSA9IF9gJHtjb2RlfSR7ZGVmfSAke25hbWV9ID0gJHtjfTske3RoaXMub3B0cy5fbn1gXG4gICAgICAgIH0gZWxzZSBpZiAoKGMgPSBnZXRDb2RlPy4obmFtZSkpKSB7XG4gICAgICAgICAgY29kZSA9IF9gJHtjb2RlfSR7Y30ke3RoaXMub3B0cy5fbn1gXG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgdGhyb3cgbmV3IFZhbHVlRXJyb3IobmFtZSlcbiAgICAgICAgfVxuICAgICAgICBuYW1lU2V0LnNldChuYW1lLCBVc2VkVmFsdWVTdGF0ZS5Db21wbGV0ZWQpXG4gICAgICB9KVxuICAgIH1cbiAgICByZXR1cm4gY29kZVxuICB9XG59XG4iLCAiaW1wb3J0IHR5cGUge1Njb3BlVmFsdWVTZXRzLCBOYW1lVmFsdWUsIFZhbHVlU2NvcGUsIFZhbHVlU2NvcGVOYW1lfSBmcm9tIFwiLi9zY29wZVwiXG5pbXBvcnQge18sIG5pbCwgX0NvZGUsIENvZGUsIE5hbWUsIFVzZWROYW1lcywgQ29kZUl0ZW0sIGFkZENvZGVBcmcsIF9Db2RlT3JOYW1lfSBmcm9tIFwiLi9jb2RlXCJcbmltcG9ydCB7U2NvcGUsIHZhcktpbmRzfSBmcm9tIFwiLi9zY29wZVwiXG5cbmV4cG9ydCB7Xywgc3RyLCBzdHJDb25jYXQsIG5pbCwgZ2V0UHJvcGVydHksIHN0cmluZ2lmeSwgcmVnZXhwQ29kZSwgTmFtZSwgQ29kZX0gZnJvbSBcIi4vY29kZVwiXG5leHBvcnQge1Njb3BlLCBTY29wZVN0b3JlLCBWYWx1ZVNjb3BlLCBWYWx1ZVNjb3BlTmFtZSwgU2NvcGVWYWx1ZVNldHMsIHZhcktpbmRzfSBmcm9tIFwiLi9zY29wZVwiXG5cbi8vIHR5cGUgZm9yIGV4cHJlc3Npb25zIHRoYXQgY2FuIGJlIHNhZmVseSBpbnNlcnRlZCBpbiBjb2RlIHdpdGhvdXQgcXVvdGVzXG5leHBvcnQgdHlwZSBTYWZlRXhwciA9IENvZGUgfCBudW1iZXIgfCBib29sZWFuIHwgbnVsbFxuXG4vLyB0eXBlIHRoYXQgaXMgZWl0aGVyIENvZGUgb2YgZnVuY3Rpb24gdGhhdCBhZGRzIGNvZGUgdG8gQ29kZUdlbiBpbnN0YW5jZSB1c2luZyBpdHMgbWV0aG9kc1xuZXhwb3J0IHR5cGUgQmxvY2sgPSBDb2RlIHwgKCgpID0+IHZvaWQpXG5cbmV4cG9ydCBjb25zdCBvcGVyYXRvcnMgPSB7XG4gIEdUOiBuZXcgX0NvZGUoXCI+XCIpLFxuICBHVEU6IG5ldyBfQ29kZShcIj49XCIpLFxuICBMVDogbmV3IF9Db2RlKFwiPFwiKSxcbiAgTFRFOiBuZXcgX0NvZGUoXCI8PVwiKSxcbiAgRVE6IG5ldyBfQ29kZShcIj09PVwiKSxcbiAgTkVROiBuZXcgX0NvZGUoXCIhPT1cIiksXG4gIE5PVDogbmV3IF9Db2RlKFwiIVwiKSxcbiAgT1I6IG5ldyBfQ29kZShcInx8XCIpLFxuICBBTkQ6IG5ldyBfQ29kZShcIiYmXCIpLFxuICBBREQ6IG5ldyBfQ29kZShcIitcIiksXG59XG5cbmFic3RyYWN0IGNsYXNzIE5vZGUge1xuICBhYnN0cmFjdCByZWFkb25seSBuYW1lczogVXNlZE5hbWVzXG5cbiAgb3B0aW1pemVOb2RlcygpOiB0aGlzIHwgQ2hpbGROb2RlIHwgQ2hpbGROb2RlW10gfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKF9uYW1lczogVXNlZE5hbWVzLCBfY29uc3RhbnRzOiBDb25zdGFudHMpOiB0aGlzIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgLy8gZ2V0IGNvdW50KCk6IG51bWJlciB7XG4gIC8vICAgcmV0dXJuIDFcbiAgLy8gfVxufVxuXG5jbGFzcyBEZWYgZXh0ZW5kcyBOb2RlIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSB2YXJLaW5kOiBOYW1lLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbmFtZTogTmFtZSxcbiAgICBwcml2YXRlIHJocz86IFNhZmVFeHByXG4gICkge1xuICAgIHN1cGVyKClcbiAgfVxuXG4gIHJlbmRlcih7ZXM1LCBfbn06IENHT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgY29uc3QgdmFyS2luZCA9IGVzNSA/IHZhcktpbmRzLnZhciA6IHRoaXMudmFyS2luZFxuICAgIGNvbnN0IHJocyA9IHRoaXMucmhzID09PSB1bmRlZmluZWQgPyBcIlwiIDogYCA9ICR7dGhpcy5yaHN9YFxuICAgIHJldHVybiBgJHt2YXJLaW5kfSAke3RoaXMubmFtZX0ke3Joc307YCArIF9uXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogdGhpcyB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKCFuYW1lc1t0aGlzLm5hbWUuc3RyXSkgcmV0dXJuXG4gICAgaWYgKHRoaXMucmhzKSB0aGlzLnJocyA9IG9wdGltaXplRXhwcih0aGlzLnJocywgbmFtZXMsIGNvbnN0YW50cylcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgZ2V0IG5hbWVzKCk6IFVzZWROYW1lcyB7XG4gICAgcmV0dXJuIHRoaXMucmhzIGluc3RhbmNlb2YgX0NvZGVPck5hbWUgPyB0aGlzLnJocy5uYW1lcyA6IHt9XG4gIH1cbn1cblxuY2xhc3MgQXNzaWduIGV4dGVuZHMgTm9kZSB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IGxoczogQ29kZSxcbiAgICBwdWJsaWMgcmhzOiBTYWZlRXhwcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHNpZGVFZmZlY3RzPzogYm9vbGVhblxuICApIHtcbiAgICBzdXBlcigpXG4gIH1cblxuICByZW5kZXIoe19ufTogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dGhpcy5saHN9ID0gJHt0aGlzLnJoc307YCArIF9uXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogdGhpcyB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMubGhzIGluc3RhbmNlb2YgTmFtZSAmJiAhbmFtZXNbdGhpcy5saHMuc3RyXSAmJiAhdGhpcy5zaWRlRWZmZWN0cykgcmV0dXJuXG4gICAgdGhpcy5yaHMgPSBvcHRpbWl6ZUV4cHIodGhpcy5yaHMsIG5hbWVzLCBjb25zdGFudHMpXG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIGdldCBuYW1lcygpOiBVc2VkTmFtZXMge1xuICAgIGNvbnN0IG5hbWVzID0gdGhpcy5saHMgaW5zdGFuY2VvZiBOYW1lID8ge30gOiB7Li4udGhpcy5saHMubmFtZXN9XG4gICAgcmV0dXJuIGFkZEV4cHJOYW1lcyhuYW1lcywgdGhpcy5yaHMpXG4gIH1cbn1cblxuY2xhc3MgQXNzaWduT3AgZXh0ZW5kcyBBc3NpZ24ge1xuICBjb25zdHJ1Y3RvcihcbiAgICBsaHM6IENvZGUsXG4gICAgcHJpdmF0ZSByZWFkb25seSBvcDogQ29kZSxcbiAgICByaHM6IFNhZmVFeHByLFxuICAgIHNpZGVFZmZlY3RzPzogYm9vbGVhblxuICApIHtcbiAgICBzdXBlcihsaHMsIHJocywgc2lkZUVmZmVjdHMpXG4gIH1cblxuICByZW5kZXIoe19ufTogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dGhpcy5saHN9ICR7dGhpcy5vcH09ICR7dGhpcy5yaHN9O2AgKyBfblxuICB9XG59XG5cbmNsYXNzIExhYmVsIGV4dGVuZHMgTm9kZSB7XG4gIHJlYWRvbmx5IG5hbWVzOiBVc2VkTmFtZXMgPSB7fVxuICBjb25zdHJ1Y3RvcihyZWFkb25seSBsYWJlbDogTmFtZSkge1xuICAgIHN1cGVyKClcbiAgfVxuXG4gIHJlbmRlcih7X259OiBDR09wdGlvbnMpOiBzdHJpbmcge1xuICAgIHJldHVybiBgJHt0aGlzLmxhYmVsfTpgICsgX25cbiAgfVxufVxuXG5jbGFzcyBCcmVhayBleHRlbmRzIE5vZGUge1xuICByZWFkb25seSBuYW1lczogVXNlZE5hbWVzID0ge31cbiAgY29uc3RydWN0b3IocmVhZG9ubHkgbGFiZWw/OiBDb2RlKSB7XG4gICAgc3VwZXIoKVxuICB9XG5cbiAgcmVuZGVyKHtfbn06IENHT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgY29uc3QgbGFiZWwgPSB0aGlzLmxhYmVsID8gYCAke3RoaXMubGFiZWx9YCA6IFwiXCJcbiAgICByZXR1cm4gYGJyZWFrJHtsYWJlbH07YCArIF9uXG4gIH1cbn1cblxuY2xhc3MgVGhyb3cgZXh0ZW5kcyBOb2RlIHtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgZXJyb3I6IENvZGUpIHtcbiAgICBzdXBlcigpXG4gIH1cblxuICByZW5kZXIoe19ufTogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYHRocm93ICR7dGhpcy5lcnJvcn07YCArIF9uXG4gIH1cblxuICBnZXQgbmFtZXMoKTogVXNlZE5hbWVzIHtcbiAgICByZXR1cm4gdGhpcy5lcnJvci5uYW1lc1xuICB9XG59XG5cbmNsYXNzIEFueUNvZGUgZXh0ZW5kcyBOb2RlIHtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSBjb2RlOiBTYWZlRXhwcikge1xuICAgIHN1cGVyKClcbiAgfVxuXG4gIHJlbmRlcih7X259OiBDR09wdGlvbnMpOiBzdHJpbmcge1xuICAgIHJldHVybiBgJHt0aGlzLmNvZGV9O2AgKyBfblxuICB9XG5cbiAgb3B0aW1pemVOb2RlcygpOiB0aGlzIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gYCR7dGhpcy5jb2RlfWAgPyB0aGlzIDogdW5kZWZpbmVkXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogdGhpcyB7XG4gICAgdGhpcy5jb2RlID0gb3B0aW1pemVFeHByKHRoaXMuY29kZSwgbmFtZXMsIGNvbnN0YW50cylcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgZ2V0IG5hbWVzKCk6IFVzZWROYW1lcyB7XG4gICAgcmV0dXJuIHRoaXMuY29kZSBpbnN0YW5jZW9mIF9Db2RlT3JOYW1lID8gdGhpcy5jb2RlLm5hbWVzIDoge31cbiAgfVxufVxuXG5hYnN0cmFjdCBjbGFzcyBQYXJlbnROb2RlIGV4dGVuZHMgTm9kZSB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IG5vZGVzOiBDaGlsZE5vZGVbXSA9IFtdKSB7XG4gICAgc3VwZXIoKVxuICB9XG5cbiAgcmVuZGVyKG9wdHM6IENHT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMubm9kZXMucmVkdWNlKChjb2RlLCBuKSA9PiBjb2RlICsgbi5yZW5kZXIob3B0cyksIFwiXCIpXG4gIH1cblxuICBvcHRpbWl6ZU5vZGVzKCk6IHRoaXMgfCBDaGlsZE5vZGUgfCBDaGlsZE5vZGVbXSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qge25vZGVzfSA9IHRoaXNcbiAgICBsZXQgaSA9IG5vZGVzLmxlbmd0aFxuICAgIHdoaWxlIChpLS0pIHtcbiAgICAgIGNvbnN0IG4gPSBub2Rlc1tpXS5vcHRpbWl6ZU5vZGVzKClcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KG4pKSBub2Rlcy5zcGxpY2UoaSwgMSwgLi4ubilcbiAgICAgIGVsc2UgaWYgKG4pIG5vZGVzW2ldID0gblxuICAgICAgZWxzZSBub2Rlcy5zcGxpY2UoaSwgMSlcbiAgICB9XG4gICAgcmV0dXJuIG5vZGVzLmxlbmd0aCA+IDAgPyB0aGlzIDogdW5kZWZpbmVkXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogdGhpcyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qge25vZGVzfSA9IHRoaXNcbiAgICBsZXQgaSA9IG5vZGVzLmxlbmd0aFxuICAgIHdoaWxlIChpLS0pIHtcbiAgICAgIC8vIGl0ZXJhdGluZyBiYWNrd2FyZHMgaW1wcm92ZXMgMS1wYXNzIG9wdGltaXphdGlvblxuICAgICAgY29uc3QgbiA9IG5vZGVzW2ldXG4gICAgICBpZiAobi5vcHRpbWl6ZU5hbWVzKG5hbWVzLCBjb25zdGFudHMpKSBjb250aW51ZVxuICAgICAgc3VidHJhY3ROYW1lcyhuYW1lcywgbi5uYW1lcylcbiAgICAgIG5vZGVzLnNwbGljZShpLCAxKVxuICAgIH1cbiAgICByZXR1cm4gbm9kZXMubGVuZ3RoID4gMCA/IHRoaXMgOiB1bmRlZmluZWRcbiAgfVxuXG4gIGdldCBuYW1lcygpOiBVc2VkTmFtZXMge1xuICAgIHJldHVybiB0aGlzLm5vZGVzLnJlZHVjZSgobmFtZXM6IFVzZWROYW1lcywgbikgPT4gYWRkTmFtZXMobmFtZXMsIG4ubmFtZXMpLCB7fSlcbiAgfVxuXG4gIC8vIGdldCBjb3VudCgpOiBudW1iZXIge1xuICAvLyAgIHJldHVybiB0aGlzLm5vZGVzLnJlZHVjZSgoYywgbikgPT4gYyArIG4uY291bnQsIDEpXG4gIC8vIH1cbn1cblxuYWJzdHJhY3QgY2xhc3MgQmxvY2tOb2RlIGV4dGVuZHMgUGFyZW50Tm9kZSB7XG4gIHJlbmRlcihvcHRzOiBDR09wdGlvbnMpOiBzdHJpbmcge1xuICAgIHJldHVybiBcIntcIiArIG9wdHMuX24gKyBzdXBlci5yZW5kZXIob3B0cykgKyBcIn1cIiArIG9wdHMuX25cbiAgfVxufVxuXG5jbGFzcyBSb290IGV4dGVuZHMgUGFyZW50Tm9kZSB7fVxuXG5jbGFzcyBFbHNlIGV4dGVuZHMgQmxvY2tOb2RlIHtcbiAgc3RhdGljIHJlYWRvbmx5IGtpbmQgPSBcImVsc2VcIlxufVxuXG5jbGFzcyBJZiBleHRlbmRzIEJsb2NrTm9kZSB7XG4gIHN0YXRpYyByZWFkb25seSBraW5kID0gXCJpZlwiXG4gIGVsc2U/OiBJZiB8IEVsc2VcbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSBjb25kaXRpb246IENvZGUgfCBib29sZWFuLFxuICAgIG5vZGVzPzogQ2hpbGROb2RlW11cbiAgKSB7XG4gICAgc3VwZXIobm9kZXMpXG4gIH1cblxuICByZW5kZXIob3B0czogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICBsZXQgY29kZSA9IGBpZigke3RoaXMuY29uZGl0aW9ufSlgICsgc3VwZXIucmVuZGVyKG9wdHMpXG4gICAgaWYgKHRoaXMuZWxzZSkgY29kZSArPSBcImVsc2UgXCIgKyB0aGlzLmVsc2UucmVuZGVyKG9wdHMpXG4gICAgcmV0dXJuIGNvZGVcbiAgfVxuXG4gIG9wdGltaXplTm9kZXMoKTogSWYgfCBDaGlsZE5vZGVbXSB8IHVuZGVmaW5lZCB7XG4gICAgc3VwZXIub3B0aW1pemVOb2RlcygpXG4gICAgY29uc3QgY29uZCA9IHRoaXMuY29uZGl0aW9uXG4gICAgaWYgKGNvbmQgPT09IHRydWUpIHJldHVybiB0aGlzLm5vZGVzIC8vIGVsc2UgaXMgaWdub3JlZCBoZXJlXG4gICAgbGV0IGUgPSB0aGlzLmVsc2VcbiAgICBpZiAoZSkge1xuICAgICAgY29uc3QgbnMgPSBlLm9wdGltaXplTm9kZXMoKVxuICAgICAgZSA9IHRoaXMuZWxzZSA9IEFycmF5LmlzQXJyYXkobnMpID8gbmV3IEVsc2UobnMpIDogKG5zIGFzIEVsc2UgfCB1bmRlZmluZWQpXG4gICAgfVxuICAgIGlmIChlKSB7XG4gICAgICBpZiAoY29uZCA9PT0gZmFsc2UpIHJldHVybiBlIGluc3RhbmNlb2YgSWYgPyBlIDogZS5ub2Rlc1xuICAgICAgaWYgKHRoaXMubm9kZXMubGVuZ3RoKSByZXR1cm4gdGhpc1xuICAgICAgcmV0dXJuIG5ldyBJZihub3QoY29uZCksIGUgaW5zdGFuY2VvZiBJZiA/IFtlXSA6IGUubm9kZXMpXG4gICAgfVxuICAgIGlmIChjb25kID09PSBmYWxzZSB8fCAhdGhpcy5ub2Rlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWRcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgb3B0aW1pemVOYW1lcyhuYW1lczogVXNlZE5hbWVzLCBjb25zdGFudHM6IENvbnN0YW50cyk6IHRoaXMgfCB1bmRlZmluZWQge1xuICAgIHRoaXMuZWxzZSA9IHRoaXMuZWxzZT8ub3B0aW1pemVOYW1lcyhuYW1lcywgY29uc3RhbnRzKVxuICAgIGlmICghKHN1cGVyLm9wdGltaXplTmFtZXMobmFtZXMsIGNvbnN0YW50cykgfHwgdGhpcy5lbHNlKSkgcmV0dXJuXG4gICAgdGhpcy5jb25kaXRpb24gPSBvcHRpbWl6ZUV4cHIodGhpcy5jb25kaXRpb24sIG5hbWVzLCBjb25zdGFudHMpXG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIGdldCBuYW1lcygpOiBVc2VkTmFtZXMge1xuICAgIGNvbnN0IG5hbWVzID0gc3VwZXIubmFtZXNcbiAgICBhZGRFeHByTmFtZXMobmFtZXMsIHRoaXMuY29uZGl0aW9uKVxuICAgIGlmICh0aGlzLmVsc2UpIGFkZE5hbWVzKG5hbWVzLCB0aGlzLmVsc2UubmFtZXMpXG4gICAgcmV0dXJuIG5hbWVzXG4gIH1cblxuICAvLyBnZXQgY291bnQoKTogbnVtYmVyIHtcbiAgLy8gICByZXR1cm4gc3VwZXIuY291bnQgKyAodGhpcy5lbHNlPy5jb3VudCB8fCAwKVxuICAvLyB9XG59XG5cbmFic3RyYWN0IGNsYXNzIEZvciBleHRlbmRzIEJsb2NrTm9kZSB7XG4gIHN0YXRpYyByZWFkb25seSBraW5kID0gXCJmb3JcIlxufVxuXG5jbGFzcyBGb3JMb29wIGV4dGVuZHMgRm9yIHtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSBpdGVyYXRpb246IENvZGUpIHtcbiAgICBzdXBlcigpXG4gIH1cblxuICByZW5kZXIob3B0czogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYGZvcigke3RoaXMuaXRlcmF0aW9ufSlgICsgc3VwZXIucmVuZGVyKG9wdHMpXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogdGhpcyB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKCFzdXBlci5vcHRpbWl6ZU5hbWVzKG5hbWVzLCBjb25zdGFudHMpKSByZXR1cm5cbiAgICB0aGlzLml0ZXJhdGlvbiA9IG9wdGltaXplRXhwcih0aGlzLml0ZXJhdGlvbiwgbmFtZXMsIGNvbnN0YW50cylcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgZ2V0IG5hbWVzKCk6IFVzZWROYW1lcyB7XG4gICAgcmV0dXJuIGFkZE5hbWVzKHN1cGVyLm5hbWVzLCB0aGlzLml0ZXJhdGlvbi5uYW1lcylcbiAgfVxufVxuXG5jbGFzcyBGb3JSYW5nZSBleHRlbmRzIEZvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdmFyS2luZDogTmFtZSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG5hbWU6IE5hbWUsXG4gICAgcHJpdmF0ZSByZWFkb25seSBmcm9tOiBTYWZlRXhwcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRvOiBTYWZlRXhwclxuICApIHtcbiAgICBzdXBlcigpXG4gIH1cblxuICByZW5kZXIob3B0czogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICBjb25zdCB2YXJLaW5kID0gb3B0cy5lczUgPyB2YXJLaW5kcy52YXIgOiB0aGlzLnZhcktpbmRcbiAgICBjb25zdCB7bmFtZSwgZnJvbSwgdG99ID0gdGhpc1xuICAgIHJldHVybiBgZm9yKCR7dmFyS2luZH0gJHtuYW1lfT0ke2Zyb219OyAke25hbWV9PCR7dG99OyAke25hbWV9KyspYCArIHN1cGVyLnJlbmRlcihvcHRzKVxuICB9XG5cbiAgZ2V0IG5hbWVzKCk6IFVzZWROYW1lcyB7XG4gICAgY29uc3QgbmFtZXMgPSBhZGRFeHByTmFtZXMoc3VwZXIubmFtZXMsIHRoaXMuZnJvbSlcbiAgICByZXR1cm4gYWRkRXhwck5hbWVzKG5hbWVzLCB0aGlzLnRvKVxuICB9XG59XG5cbmNsYXNzIEZvckl0ZXIgZXh0ZW5kcyBGb3Ige1xuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGxvb3A6IFwib2ZcIiB8IFwiaW5cIixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHZhcktpbmQ6IE5hbWUsXG4gICAgcHJpdmF0ZSByZWFkb25seSBuYW1lOiBOYW1lLFxuICAgIHByaXZhdGUgaXRlcmFibGU6IENvZGVcbiAgKSB7XG4gICAgc3VwZXIoKVxuICB9XG5cbiAgcmVuZGVyKG9wdHM6IENHT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGBmb3IoJHt0aGlzLnZhcktpbmR9ICR7dGhpcy5uYW1lfSAke3RoaXMubG9vcH0gJHt0aGlzLml0ZXJhYmxlfSlgICsgc3VwZXIucmVuZGVyKG9wdHMpXG4gIH1cblxuICBvcHRpbWl6ZU5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogdGhpcyB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKCFzdXBlci5vcHRpbWl6ZU5hbWVzKG5hbWVzLCBjb25zdGFudHMpKSByZXR1cm5cbiAgICB0aGlzLml0ZXJhYmxlID0gb3B0aW1pemVFeHByKHRoaXMuaXRlcmFibGUsIG5hbWVzLCBjb25zdGFudHMpXG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIGdldCBuYW1lcygpOiBVc2VkTmFtZXMge1xuICAgIHJldHVybiBhZGROYW1lcyhzdXBlci5uYW1lcywgdGhpcy5pdGVyYWJsZS5uYW1lcylcbiAgfVxufVxuXG5jbGFzcyBGdW5jIGV4dGVuZHMgQmxvY2tOb2RlIHtcbiAgc3RhdGljIHJlYWRvbmx5IGtpbmQgPSBcImZ1bmNcIlxuICBjb25zdHJ1Y3RvcihcbiAgICBwdWJsaWMgbmFtZTogTmFtZSxcbiAgICBwdWJsaWMgYXJnczogQ29kZSxcbiAgICBwdWJsaWMgYXN5bmM/OiBib29sZWFuXG4gICkge1xuICAgIHN1cGVyKClcbiAgfVxuXG4gIHJlbmRlcihvcHRzOiBDR09wdGlvbnMpOiBzdHJpbmcge1xuICAgIGNvbnN0IF9hc3luYyA9IHRoaXMuYXN5bmMgPyBcImFzeW5jIFwiIDogXCJcIlxuICAgIHJldHVybiBgJHtfYXN5bmN9ZnVuY3Rpb24gJHt0aGlzLm5hbWV9KCR7dGhpcy5hcmdzfSlgICsgc3VwZXIucmVuZGVyKG9wdHMpXG4gIH1cbn1cblxuY2xhc3MgUmV0dXJuIGV4dGVuZHMgUGFyZW50Tm9kZSB7XG4gIHN0YXRpYyByZWFkb25seSBraW5kID0gXCJyZXR1cm5cIlxuXG4gIHJlbmRlcihvcHRzOiBDR09wdGlvbnMpOiBzdHJpbmcge1xuICAgIHJldHVybiBcInJldHVybiBcIiArIHN1cGVyLnJlbmRlcihvcHRzKVxuICB9XG59XG5cbmNsYXNzIFRyeSBleHRlbmRzIEJsb2NrTm9kZSB7XG4gIGNhdGNoPzogQ2F0Y2hcbiAgZmluYWxseT86IEZpbmFsbHlcblxuICByZW5kZXIob3B0czogQ0dPcHRpb25zKTogc3RyaW5nIHtcbiAgICBsZXQgY29kZSA9IFwidHJ5XCIgKyBzdXBlci5yZW5kZXIob3B0cylcbiAgICBpZiAodGhpcy5jYXRjaCkgY29kZSArPSB0aGlzLmNhdGNoLnJlbmRlcihvcHRzKVxuICAgIGlmICh0aGlzLmZpbmFsbHkpIGNvZGUgKz0gdGhpcy5maW5hbGx5LnJlbmRlcihvcHRzKVxuICAgIHJldHVybiBjb2RlXG4gIH1cblxuICBvcHRpbWl6ZU5vZGVzKCk6IHRoaXMge1xuICAgIHN1cGVyLm9wdGltaXplTm9kZXMoKVxuICAgIHRoaXMuY2F0Y2g/Lm9wdGltaXplTm9kZXMoKSBhcyBDYXRjaCB8IHVuZGVmaW5lZFxuICAgIHRoaXMuZmluYWxseT8ub3B0aW1pemVOb2RlcygpIGFzIEZpbmFsbHkgfCB1bmRlZmluZWRcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgb3B0aW1pemVOYW1lcyhuYW1lczogVXNlZE5hbWVzLCBjb25zdGFudHM6IENvbnN0YW50cyk6IHRoaXMge1xuICAgIHN1cGVyLm9wdGltaXplTmFtZXMobmFtZXMsIGNvbnN0YW50cylcbiAgICB0aGlzLmNhdGNoPy5vcHRpbWl6ZU5hbWVzKG5hbWVzLCBjb25zdGFudHMpXG4gICAgdGhpcy5maW5hbGx5Py5vcHRpbWl6ZU5hbWVzKG5hbWVzLCBjb25zdGFudHMpXG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIGdldCBuYW1lcygpOiBVc2VkTmFtZXMge1xuICAgIGNvbnN0IG5hbWVzID0gc3VwZXIubmFtZXNcbiAgICBpZiAodGhpcy5jYXRjaCkgYWRkTmFtZXMobmFtZXMsIHRoaXMuY2F0Y2gubmFtZXMpXG4gICAgaWYgKHRoaXMuZmluYWxseSkgYWRkTmFtZXMobmFtZXMsIHRoaXMuZmluYWxseS5uYW1lcylcbiAgICByZXR1cm4gbmFtZXNcbiAgfVxuXG4gIC8vIGdldCBjb3VudCgpOiBudW1iZXIge1xuICAvLyAgIHJldHVybiBzdXBlci5jb3VudCArICh0aGlzLmNhdGNoPy5jb3VudCB8fCAwKSArICh0aGlzLmZpbmFsbHk/LmNvdW50IHx8IDApXG4gIC8vIH1cbn1cblxuY2xhc3MgQ2F0Y2ggZXh0ZW5kcyBCbG9ja05vZGUge1xuICBzdGF0aWMgcmVhZG9ubHkga2luZCA9IFwiY2F0Y2hcIlxuICBjb25zdHJ1Y3RvcihyZWFkb25seSBlcnJvcjogTmFtZSkge1xuICAgIHN1cGVyKClcbiAgfVxuXG4gIHJlbmRlcihvcHRzOiBDR09wdGlvbnMpOiBzdHJpbmcge1xuICAgIHJldHVybiBgY2F0Y2goJHt0aGlzLmVycm9yfSlgICsgc3VwZXIucmVuZGVyKG9wdHMpXG4gIH1cbn1cblxuY2xhc3MgRmluYWxseSBleHRlbmRzIEJsb2NrTm9kZSB7XG4gIHN0YXRpYyByZWFkb25seSBraW5kID0gXCJmaW5hbGx5XCJcbiAgcmVuZGVyKG9wdHM6IENHT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgcmV0dXJuIFwiZmluYWxseVwiICsgc3VwZXIucmVuZGVyKG9wdHMpXG4gIH1cbn1cblxudHlwZSBTdGFydEJsb2NrTm9kZSA9IElmIHwgRm9yIHwgRnVuYyB8IFJldHVybiB8IFRyeVxuXG50eXBlIExlYWZOb2RlID0gRGVmIHwgQXNzaWduIHwgTGFiZWwgfCBCcmVhayB8IFRocm93IHwgQW55Q29kZVxuXG50eXBlIENoaWxkTm9kZSA9IFN0YXJ0QmxvY2tOb2RlIHwgTGVhZk5vZGVcblxudHlwZSBFbmRCbG9ja05vZGVUeXBlID1cbiAgfCB0eXBlb2YgSWZcbiAgfCB0eXBlb2YgRWxzZVxuICB8IHR5cGVvZiBGb3JcbiAgfCB0eXBlb2YgRnVuY1xuICB8IHR5cGVvZiBSZXR1cm5cbiAgfCB0eXBlb2YgQ2F0Y2hcbiAgfCB0eXBlb2YgRmluYWxseVxuXG50eXBlIENvbnN0YW50cyA9IFJlY29yZDxzdHJpbmcsIFNhZmVFeHByIHwgdW5kZWZpbmVkPlxuXG5leHBvcnQgaW50ZXJmYWNlIENvZGVHZW5PcHRpb25zIHtcbiAgZXM1PzogYm9vbGVhblxuICBsaW5lcz86IGJvb2xlYW5cbiAgb3duUHJvcGVydGllcz86IGJvb2xlYW5cbn1cblxuaW50ZXJmYWNlIENHT3B0aW9ucyBleHRlbmRzIENvZGVHZW5PcHRpb25zIHtcbiAgX246IFwiXFxuXCIgfCBcIlwiXG59XG5cbmV4cG9ydCBjbGFzcyBDb2RlR2VuIHtcbiAgcmVhZG9ubHkgX3Njb3BlOiBTY29wZVxuICByZWFkb25seSBfZXh0U2NvcGU6IFZhbHVlU2NvcGVcbiAgcmVhZG9ubHkgX3ZhbHVlczogU2NvcGVWYWx1ZVNldHMgPSB7fVxuICBwcml2YXRlIHJlYWRvbmx5IF9ub2RlczogUGFyZW50Tm9kZVtdXG4gIHByaXZhdGUgcmVhZG9ubHkgX2Jsb2NrU3RhcnRzOiBudW1iZXJbXSA9IFtdXG4gIHByaXZhdGUgcmVhZG9ubHkgX2NvbnN0YW50czogQ29uc3RhbnRzID0ge31cbiAgcHJpdmF0ZSByZWFkb25seSBvcHRzOiBDR09wdGlvbnNcblxuICBjb25zdHJ1Y3RvcihleHRTY29wZTogVmFsdWVTY29wZSwgb3B0czogQ29kZUdlbk9wdGlvbnMgPSB7fSkge1xuICAgIHRoaXMub3B0cyA9IHsuLi5vcHRzLCBfbjogb3B0cy5saW5lcyA/IFwiXFxuXCIgOiBcIlwifVxuICAgIHRoaXMuX2V4dFNjb3BlID0gZXh0U2NvcGVcbiAgICB0aGlzLl9zY29wZSA9IG5ldyBTY29wZSh7cGFyZW50OiBleHRTY29wZX0pXG4gICAgdGhpcy5fbm9kZXMgPSBbbmV3IFJvb3QoKV1cbiAgfVxuXG4gIHRvU3RyaW5nKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuX3Jvb3QucmVuZGVyKHRoaXMub3B0cylcbiAgfVxuXG4gIC8vIHJldHVybnMgdW5pcXVlIG5hbWUgaW4gdGhlIGludGVybmFsIHNjb3BlXG4gIG5hbWUocHJlZml4OiBzdHJpbmcpOiBOYW1lIHtcbiAgICByZXR1cm4gdGhpcy5fc2NvcGUubmFtZShwcmVmaXgpXG4gIH1cblxuICAvLyByZXNlcnZlcyB1bmlxdWUgbmFtZSBpbiB0aGUgZXh0ZXJuYWwgc2NvcGVcbiAgc2NvcGVOYW1lKHByZWZpeDogc3RyaW5nKTogVmFsdWVTY29wZU5hbWUge1xuICAgIHJldHVybiB0aGlzLl9leHRTY29wZS5uYW1lKHByZWZpeClcbiAgfVxuXG4gIC8vIHJlc2VydmVzIHVuaXF1ZSBuYW1lIGluIHRoZSBleHRlcm5hbCBzY29wZSBhbmQgYXNzaWducyB2YWx1ZSB0byBpdFxuICBzY29wZVZhbHVlKHByZWZpeE9yTmFtZTogVmFsdWVTY29wZU5hbWUgfCBzdHJpbmcsIHZhbHVlOiBOYW1lVmFsdWUpOiBOYW1lIHtcbiAgICBjb25zdCBuYW1lID0gdGhpcy5fZXh0U2NvcGUudmFsdWUocHJlZml4T3JOYW1lLCB2YWx1ZSlcbiAgICBjb25zdCB2cyA9IHRoaXMuX3ZhbHVlc1tuYW1lLnByZWZpeF0gfHwgKHRoaXMuX3ZhbHVlc1tuYW1lLnByZWZpeF0gPSBuZXcgU2V0KCkpXG4gICAgdnMuYWRkKG5hbWUpXG4gICAgcmV0dXJuIG5hbWVcbiAgfVxuXG4gIGdldFNjb3BlVmFsdWUocHJlZml4OiBzdHJpbmcsIGtleU9yUmVmOiB1bmtub3duKTogVmFsdWVTY29wZU5hbWUgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLl9leHRTY29wZS5nZXRWYWx1ZShwcmVmaXgsIGtleU9yUmVmKVxuICB9XG5cbiAgLy8gcmV0dXJuIGNvZGUgdGhhdCBhc3NpZ25zIHZhbHVlcyBpbiB0aGUgZXh0ZXJuYWwgc2NvcGUgdG8gdGhlIG5hbWVzIHRoYXQgYXJlIHVzZWQgaW50ZXJuYWxseVxuICAvLyAoc2FtZSBuYW1lcyB0aGF0IHdlcmUgcmV0dXJuZWQgYnkgZ2VuLnNjb3BlTmFtZSBvciBnZW4uc2NvcGVWYWx1ZSlcbiAgc2NvcGVSZWZzKHNjb3BlTmFtZTogTmFtZSk6IENvZGUge1xuICAgIHJldHVybiB0aGlzLl9leHRTY29wZS5zY29wZVJlZnMoc2NvcGVOYW1lLCB0aGlzLl92YWx1ZXMpXG4gIH1cblxuICBzY29wZUNvZGUoKTogQ29kZSB7XG4gICAgcmV0dXJuIHRoaXMuX2V4dFNjb3BlLnNjb3BlQ29kZSh0aGlzLl92YWx1ZXMpXG4gIH1cblxuICBwcml2YXRlIF9kZWYoXG4gICAgdmFyS2luZDogTmFtZSxcbiAgICBuYW1lT3JQcmVmaXg6IE5hbWUgfCBzdHJpbmcsXG4gICAgcmhzPzogU2FmZUV4cHIsXG4gICAgY29uc3RhbnQ/OiBib29sZWFuXG4gICk6IE5hbWUge1xuICAgIGNvbnN0IG5hbWUgPSB0aGlzLl9zY29wZS50b05hbWUobmFtZU9yUHJlZml4KVxuICAgIGlmIChyaHMgIT09IHVuZGVmaW5lZCAmJiBjb25zdGFudCkgdGhpcy5fY29uc3RhbnRzW25hbWUuc3RyXSA9IHJoc1xuICAgIHRoaXMuX2xlYWZOb2RlKG5ldyBEZWYodmFyS2luZCwgbmFtZSwgcmhzKSlcbiAgICByZXR1cm4gbmFtZVxuICB9XG5cbiAgLy8gYGNvbnN0YCBkZWNsYXJhdGlvbiAoYHZhcmAgaW4gZXM1IG1vZGUpXG4gIGNvbnN0KG5hbWVPclByZWZpeDogTmFtZSB8IHN0cmluZywgcmhzOiBTYWZlRXhwciwgX2NvbnN0YW50PzogYm9vbGVhbik6IE5hbWUge1xuICAgIHJldHVybiB0aGlzLl9kZWYodmFyS2luZHMuY29uc3QsIG5hbWVPclByZWZpeCwgcmhzLCBfY29uc3RhbnQpXG4gIH1cblxuICAvLyBgbGV0YCBkZWNsYXJhdGlvbiB3aXRoIG9wdGlvbmFsIGFzc2lnbm1lbnQgKGB2YXJgIGluIGVzNSBtb2RlKVxuICBsZXQobmFtZU9yUHJlZml4OiBOYW1lIHwgc3RyaW5nLCByaHM/OiBTYWZlRXhwciwgX2NvbnN0YW50PzogYm9vbGVhbik6IE5hbWUge1xuICAgIHJldHVybiB0aGlzLl9kZWYodmFyS2luZHMubGV0LCBuYW1lT3JQcmVmaXgsIHJocywgX2NvbnN0YW50KVxuICB9XG5cbiAgLy8gYHZhcmAgZGVjbGFyYXRpb24gd2l0aCBvcHRpb25hbCBhc3NpZ25tZW50XG4gIHZhcihuYW1lT3JQcmVmaXg6IE5hbWUgfCBzdHJpbmcsIHJocz86IFNhZmVFeHByLCBfY29uc3RhbnQ/OiBib29sZWFuKTogTmFtZSB7XG4gICAgcmV0dXJuIHRoaXMuX2RlZih2YXJLaW5kcy52YXIsIG5hbWVPclByZWZpeCwgcmhzLCBfY29uc3RhbnQpXG4gIH1cblxuICAvLyBhc3NpZ25tZW50IGNvZGVcbiAgYXNzaWduKGxoczogQ29kZSwgcmhzOiBTYWZlRXhwciwgc2lkZUVmZmVjdHM/OiBib29sZWFuKTogQ29kZUdlbiB7XG4gICAgcmV0dXJuIHRoaXMuX2xlYWZOb2RlKG5ldyBBc3NpZ24obGhzLCByaHMsIHNpZGVFZmZlY3RzKSlcbiAgfVxuXG4gIC8vIGArPWAgY29kZVxuICBhZGQobGhzOiBDb2RlLCByaHM6IFNhZmVFeHByKTogQ29kZUdlbiB7XG4gICAgcmV0dXJuIHRoaXMuX2xlYWZOb2RlKG5ldyBBc3NpZ25PcChsaHMsIG9wZXJhdG9ycy5BREQsIHJocykpXG4gIH1cblxuICAvLyBhcHBlbmRzIHBhc3NlZCBTYWZlRXhwciB0byBjb2RlIG9yIGV4ZWN1dGVzIEJsb2NrXG4gIGNvZGUoYzogQmxvY2sgfCBTYWZlRXhwcik6IENvZGVHZW4ge1xuICAgIGlmICh0eXBlb2YgYyA9PSBcImZ1bmN0aW9uXCIpIGMoKVxuICAgIGVsc2UgaWYgKGMgIT09IG5pbCkgdGhpcy5fbGVhZk5vZGUobmV3IEFueUNvZGUoYykpXG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIC8vIHJldHVybnMgY29kZSBmb3Igb2JqZWN0IGxpdGVyYWwgZm9yIHRoZSBwYXNzZWQgYXJndW1lbnQgbGlzdCBvZiBrZXktdmFsdWUgcGFpcnNcbiAgb2JqZWN0KC4uLmtleVZhbHVlczogW05hbWUgfCBzdHJpbmcsIFNhZmVFeHByIHwgc3RyaW5nXVtdKTogX0NvZGUge1xuICAgIGNvbnN0IGNvZGU6IENvZGVJdGVtW10gPSBbXCJ7XCJdXG4gICAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2Yga2V5VmFsdWVzKSB7XG4gICAgICBpZiAoY29kZS5sZW5ndGggPiAxKSBjb2RlLnB1c2goXCIsXCIpXG4gICAgICBjb2RlLnB1c2goa2V5KVxuICAgICAgaWYgKGtleSAhPT0gdmFsdWUgfHwgdGhpcy5vcHRzLmVzNSkge1xuICAgICAgICBjb2RlLnB1c2goXCI6XCIpXG4gICAgICAgIGFkZENvZGVBcmcoY29kZSwgdmFsdWUpXG4gICAgICB9XG4gICAgfVxuICAgIGNvZGUucHVzaChcIn1cIilcbiAgICByZXR1cm4gbmV3IF9Db2RlKGNvZGUpXG4gIH1cblxuICAvLyBgaWZgIGNsYXVzZSAob3Igc3RhdGVtZW50IGlmIGB0aGVuQm9keWAgYW5kLCBvcHRpb25hbGx5LCBgZWxzZUJvZHlgIGFyZSBwYXNzZWQpXG4gIGlmKGNvbmRpdGlvbjogQ29kZSB8IGJvb2xlYW4sIHRoZW5Cb2R5PzogQmxvY2ssIGVsc2VCb2R5PzogQmxvY2spOiBDb2RlR2VuIHtcbiAgICB0aGlzLl9ibG9ja05vZGUobmV3IElmKGNvbmRpdGlvbikpXG5cbiAgICBpZiAodGhlbkJvZHkgJiYgZWxzZUJvZHkpIHtcbiAgICAgIHRoaXMuY29kZSh0aGVuQm9keSkuZWxzZSgpLmNvZGUoZWxzZUJvZHkpLmVuZElmKClcbiAgICB9IGVsc2UgaWYgKHRoZW5Cb2R5KSB7XG4gICAgICB0aGlzLmNvZGUodGhlbkJvZHkpLmVuZElmKClcbiAgICB9IGVsc2UgaWYgKGVsc2VCb2R5KSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoJ0NvZGVHZW46IFwiZWxzZVwiIGJvZHkgd2l0aG91dCBcInRoZW5cIiBib2R5JylcbiAgICB9XG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIC8vIGBlbHNlIGlmYCBjbGF1c2UgLSBpbnZhbGlkIHdpdGhvdXQgYGlmYCBvciBhZnRlciBgZWxzZWAgY2xhdXNlc1xuICBlbHNlSWYoY29uZGl0aW9uOiBDb2RlIHwgYm9vbGVhbik6IENvZGVHZW4ge1xuICAgIHJldHVybiB0aGlzLl9lbHNlTm9kZShuZXcgSWYoY29uZGl0aW9uKSlcbiAgfVxuXG4gIC8vIGBlbHNlYCBjbGF1c2UgLSBvbmx5IHZhbGlkIGFmdGVyIGBpZmAgb3IgYGVsc2UgaWZgIGNsYXVzZXNcbiAgZWxzZSgpOiBDb2RlR2VuIHtcbiAgICByZXR1cm4gdGhpcy5fZWxzZU5vZGUobmV3IEVsc2UoKSlcbiAgfVxuXG4gIC8vIGVuZCBgaWZgIHN0YXRlbWVudCAobmVlZGVkIGlmIGdlbi5pZiB3YXMgdXNlZCBvbmx5IHdpdGggY29uZGl0aW9uKVxuICBlbmRJZigpOiBDb2RlR2VuIHtcbiAgICByZXR1cm4gdGhpcy5fZW5kQmxvY2tOb2RlKElmLCBFbHNlKVxuICB9XG5cbiAgcHJpdmF0ZSBfZm9yKG5vZGU6IEZvciwgZm9yQm9keT86IEJsb2NrKTogQ29kZUdlbiB7XG4gICAgdGhpcy5fYmxvY2tOb2RlKG5vZGUpXG4gICAgaWYgKGZvckJvZHkpIHRoaXMuY29kZShmb3JCb2R5KS5lbmRGb3IoKVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICAvLyBhIGdlbmVyaWMgYGZvcmAgY2xhdXNlIChvciBzdGF0ZW1lbnQgaWYgYGZvckJvZHlgIGlzIHBhc3NlZClcbiAgZm9yKGl0ZXJhdGlvbjogQ29kZSwgZm9yQm9keT86IEJsb2NrKTogQ29kZUdlbiB7XG4gICAgcmV0dXJuIHRoaXMuX2ZvcihuZXcgRm9yTG9vcChpdGVyYXRpb24pLCBmb3JCb2R5KVxuICB9XG5cbiAgLy8gYGZvcmAgc3RhdGVtZW50IGZvciBhIHJhbmdlIG9mIHZhbHVlc1xuICBmb3JSYW5nZShcbiAgICBuYW1lT3JQcmVmaXg6IE5hbWUgfCBzdHJpbmcsXG4gICAgZnJvbTogU2FmZUV4cHIsXG4gICAgdG86IFNhZmVFeHByLFxuICAgIGZvckJvZHk6IChpbmRleDogTmFtZSkgPT4gdm9pZCxcbiAgICB2YXJLaW5kOiBDb2RlID0gdGhpcy5vcHRzLmVzNSA/IHZhcktpbmRzLnZhciA6IHZhcktpbmRzLmxldFxuICApOiBDb2RlR2VuIHtcbiAgICBjb25zdCBuYW1lID0gdGhpcy5fc2NvcGUudG9OYW1lKG5hbWVPclByZWZpeClcbiAgICByZXR1cm4gdGhpcy5fZm9yKG5ldyBGb3JSYW5nZSh2YXJLaW5kLCBuYW1lLCBmcm9tLCB0byksICgpID0+IGZvckJvZHkobmFtZSkpXG4gIH1cblxuICAvLyBgZm9yLW9mYCBzdGF0ZW1lbnQgKGluIGVzNSBtb2RlIHJlcGxhY2Ugd2l0aCBhIG5vcm1hbCBmb3IgbG9vcClcbiAgZm9yT2YoXG4gICAgbmFtZU9yUHJlZml4OiBOYW1lIHwgc3RyaW5nLFxuICAgIGl0ZXJhYmxlOiBDb2RlLFxuICAgIGZvckJvZHk6IChpdGVtOiBOYW1lKSA9PiB2b2lkLFxuICAgIHZhcktpbmQ6IENvZGUgPSB2YXJLaW5kcy5jb25zdFxuICApOiBDb2RlR2VuIHtcbiAgICBjb25zdCBuYW1lID0gdGhpcy5fc2NvcGUudG9OYW1lKG5hbWVPclByZWZpeClcbiAgICBpZiAodGhpcy5vcHRzLmVzNSkge1xuICAgICAgY29uc3QgYXJyID0gaXRlcmFibGUgaW5zdGFuY2VvZiBOYW1lID8gaXRlcmFibGUgOiB0aGlzLnZhcihcIl9hcnJcIiwgaXRlcmFibGUpXG4gICAgICByZXR1cm4gdGhpcy5mb3JSYW5nZShcIl9pXCIsIDAsIF9gJHthcnJ9Lmxlbmd0aGAsIChpKSA9PiB7XG4gICAgICAgIHRoaXMudmFyKG5hbWUsIF9gJHthcnJ9WyR7aX1dYClcbiAgICAgICAgZm9yQm9keShuYW1lKVxuICAgICAgfSlcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuX2ZvcihuZXcgRm9ySXRlcihcIm9mXCIsIHZhcktpbmQsIG5hbWUsIGl0ZXJhYmxlKSwgKCkgPT4gZm9yQm9keShuYW1lKSlcbiAgfVxuXG4gIC8vIGBmb3ItaW5gIHN0YXRlbWVudC5cbiAgLy8gV2l0aCBvcHRpb24gYG93blByb3BlcnRpZXNgIHJlcGxhY2VkIHdpdGggYSBgZm9yLW9mYCBsb29wIGZvciBvYmplY3Qga2V5c1xuICBmb3JJbihcbiAgICBuYW1lT3JQcmVmaXg6IE5hbWUgfCBzdHJpbmcsXG4gICAgb2JqOiBDb2RlLFxuICAgIGZvckJvZHk6IChpdGVtOiBOYW1lKSA9PiB2b2lkLFxuICAgIHZhcktpbmQ6IENvZGUgPSB0aGlzLm9wdHMuZXM1ID8gdmFyS2luZHMudmFyIDogdmFyS2luZHMuY29uc3RcbiAgKTogQ29kZUdlbiB7XG4gICAgaWYgKHRoaXMub3B0cy5vd25Qcm9wZXJ0aWVzKSB7XG4gICAgICByZXR1cm4gdGhpcy5mb3JPZihuYW1lT3JQcmVmaXgsIF9gT2JqZWN0LmtleXMoJHtvYmp9KWAsIGZvckJvZHkpXG4gICAgfVxuICAgIGNvbnN0IG5hbWUgPSB0aGlzLl9zY29wZS50b05hbWUobmFtZU9yUHJlZml4KVxuICAgIHJldHVybiB0aGlzLl9mb3IobmV3IEZvckl0ZXIoXCJpblwiLCB2YXJLaW5kLCBuYW1lLCBvYmopLCAoKSA9PiBmb3JCb2R5KG5hbWUpKVxuICB9XG5cbiAgLy8gZW5kIGBmb3JgIGxvb3BcbiAgZW5kRm9yKCk6IENvZGVHZW4ge1xuICAgIHJldHVybiB0aGlzLl9lbmRCbG9ja05vZGUoRm9yKVxuICB9XG5cbiAgLy8gYGxhYmVsYCBzdGF0ZW1lbnRcbiAgbGFiZWwobGFiZWw6IE5hbWUpOiBDb2RlR2VuIHtcbiAgICByZXR1cm4gdGhpcy5fbGVhZk5vZGUobmV3IExhYmVsKGxhYmVsKSlcbiAgfVxuXG4gIC8vIGBicmVha2Agc3RhdGVtZW50XG4gIGJyZWFrKGxhYmVsPzogQ29kZSk6IENvZGVHZW4ge1xuICAgIHJldHVybiB0aGlzLl9sZWFmTm9kZShuZXcgQnJlYWsobGFiZWwpKVxuICB9XG5cbiAgLy8gYHJldHVybmAgc3RhdGVtZW50XG4gIHJldHVybih2YWx1ZTogQmxvY2sgfCBTYWZlRXhwcik6IENvZGVHZW4ge1xuICAgIGNvbnN0IG5vZGUgPSBuZXcgUmV0dXJuKClcbiAgICB0aGlzLl9ibG9ja05vZGUobm9kZSlcbiAgICB0aGlzLmNvZGUodmFsdWUpXG4gICAgaWYgKG5vZGUubm9kZXMubGVuZ3RoICE9PSAxKSB0aHJvdyBuZXcgRXJyb3IoJ0NvZGVHZW46IFwicmV0dXJuXCIgc2hvdWxkIGhhdmUgb25lIG5vZGUnKVxuICAgIHJldHVybiB0aGlzLl9lbmRCbG9ja05vZGUoUmV0dXJuKVxuICB9XG5cbiAgLy8gYHRyeWAgc3RhdGVtZW50XG4gIHRyeSh0cnlCb2R5OiBCbG9jaywgY2F0Y2hDb2RlPzogKGU6IE5hbWUpID0+IHZvaWQsIGZpbmFsbHlDb2RlPzogQmxvY2spOiBDb2RlR2VuIHtcbiAgICBpZiAoIWNhdGNoQ29kZSAmJiAhZmluYWxseUNvZGUpIHRocm93IG5ldyBFcnJvcignQ29kZUdlbjogXCJ0cnlcIiB3aXRob3V0IFwiY2F0Y2hcIiBhbmQgXCJmaW5hbGx5XCInKVxuICAgIGNvbnN0IG5vZGUgPSBuZXcgVHJ5KClcbiAgICB0aGlzLl9ibG9ja05vZGUobm9kZSlcbiAgICB0aGlzLmNvZGUodHJ5Qm9keSlcbiAgICBpZiAoY2F0Y2hDb2RlKSB7XG4gICAgICBjb25zdCBlcnJvciA9IHRoaXMubmFtZShcImVcIilcbiAgICAgIHRoaXMuX2N1cnJOb2RlID0gbm9kZS5jYXRjaCA9IG5ldyBDYXRjaChlcnJvcilcbiAgICAgIGNhdGNoQ29kZShlcnJvcilcbiAgICB9XG4gICAgaWYgKGZpbmFsbHlDb2RlKSB7XG4gICAgICB0aGlzLl9jdXJyTm9kZSA9IG5vZGUuZmluYWxseSA9IG5ldyBGaW5hbGx5KClcbiAgICAgIHRoaXMuY29kZShmaW5hbGx5Q29kZSlcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuX2VuZEJsb2NrTm9kZShDYXRjaCwgRmluYWxseSlcbiAgfVxuXG4gIC8vIGB0aHJvd2Agc3RhdGVtZW50XG4gIHRocm93KGVycm9yOiBDb2RlKTogQ29kZUdlbiB7XG4gICAgcmV0dXJuIHRoaXMuX2xlYWZOb2RlKG5ldyBUaHJvdyhlcnJvcikpXG4gIH1cblxuICAvLyBzdGFydCBzZWxmLWJhbGFuY2luZyBibG9ja1xuICBibG9jayhib2R5PzogQmxvY2ssIG5vZGVDb3VudD86IG51bWJlcik6IENvZGVHZW4ge1xuICAgIHRoaXMuX2Jsb2NrU3RhcnRzLnB1c2godGhpcy5fbm9kZXMubGVuZ3RoKVxuICAgIGlmIChib2R5KSB0aGlzLmNvZGUoYm9keSkuZW5kQmxvY2sobm9kZUNvdW50KVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICAvLyBlbmQgdGhlIGN1cnJlbnQgc2VsZi1iYWxhbmNpbmcgYmxvY2tcbiAgZW5kQmxvY2sobm9kZUNvdW50PzogbnVtYmVyKTogQ29kZUdlbiB7XG4gICAgY29uc3QgbGVuID0gdGhpcy5fYmxvY2tTdGFydHMucG9wKClcbiAgICBpZiAobGVuID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihcIkNvZGVHZW46IG5vdCBpbiBzZWxmLWJhbGFuY2luZyBibG9ja1wiKVxuICAgIGNvbnN0IHRvQ2xvc2UgPSB0aGlzLl9ub2Rlcy5sZW5ndGggLSBsZW5cbiAgICBpZiAodG9DbG9zZSA8IDAgfHwgKG5vZGVDb3VudCAhPT0gdW5kZWZpbmVkICYmIHRvQ2xvc2UgIT09IG5vZGVDb3VudCkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgQ29kZUdlbjogd3JvbmcgbnVtYmVyIG9mIG5vZGVzOiAke3RvQ2xvc2V9IHZzICR7bm9kZUNvdW50fSBleHBlY3RlZGApXG4gICAgfVxuICAgIHRoaXMuX25vZGVzLmxlbmd0aCA9IGxlblxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICAvLyBgZnVuY3Rpb25gIGhlYWRpbmcgKG9yIGRlZmluaXRpb24gaWYgZnVuY0JvZHkgaXMgcGFzc2VkKVxuICBmdW5jKG5hbWU6IE5hbWUsIGFyZ3M6IENvZGUgPSBuaWwsIGFzeW5jPzogYm9vbGVhbiwgZnVuY0JvZHk/OiBCbG9jayk6IENvZGVHZW4ge1xuICAgIHRoaXMuX2Jsb2NrTm9kZShuZXcgRnVuYyhuYW1lLCBhcmdzLCBhc3luYykpXG4gICAgaWYgKGZ1bmNCb2R5KSB0aGlzLmNvZGUoZnVuY0JvZHkpLmVuZEZ1bmMoKVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICAvLyBlbmQgZnVuY3Rpb24gZGVmaW5pdGlvblxuICBlbmRGdW5jKCk6IENvZGVHZW4ge1xuICAgIHJldHVybiB0aGlzLl9lbmRCbG9ja05vZGUoRnVuYylcbiAgfVxuXG4gIG9wdGltaXplKG4gPSAxKTogdm9pZCB7XG4gICAgd2hpbGUgKG4tLSA+IDApIHtcbiAgICAgIHRoaXMuX3Jvb3Qub3B0aW1pemVOb2RlcygpXG4gICAgICB0aGlzLl9yb290Lm9wdGltaXplTmFtZXModGhpcy5fcm9vdC5uYW1lcywgdGhpcy5fY29uc3RhbnRzKVxuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgX2xlYWZOb2RlKG5vZGU6IExlYWZOb2RlKTogQ29kZUdlbiB7XG4gICAgdGhpcy5fY3Vyck5vZGUubm9kZXMucHVzaChub2RlKVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICBwcml2YXRlIF9ibG9ja05vZGUobm9kZTogU3RhcnRCbG9ja05vZGUpOiB2b2lkIHtcbiAgICB0aGlzLl9jdXJyTm9kZS5ub2Rlcy5wdXNoKG5vZGUpXG4gICAgdGhpcy5fbm9kZXMucHVzaChub2RlKVxuICB9XG5cbiAgcHJpdmF0ZSBfZW5kQmxvY2tOb2RlKE4xOiBFbmRCbG9ja05vZGVUeXBlLCBOMj86IEVuZEJsb2NrTm9kZVR5cGUpOiBDb2RlR2VuIHtcbiAgICBjb25zdCBuID0gdGhpcy5fY3Vyck5vZGVcbiAgICBpZiAobiBpbnN0YW5jZW9mIE4xIHx8IChOMiAmJiBuIGluc3RhbmNlb2YgTjIpKSB7XG4gICAgICB0aGlzLl9ub2Rlcy5wb3AoKVxuICAgICAgcmV0dXJuIHRoaXNcbiAgICB9XG4gICAgdGhyb3cgbmV3IEVycm9yKGBDb2RlR2VuOiBub3QgaW4gYmxvY2sgXCIke04yID8gYCR7TjEua2luZH0vJHtOMi5raW5kfWAgOiBOMS5raW5kfVwiYClcbiAgfVxuXG4gIHByaXZhdGUgX2Vsc2VOb2RlKG5vZGU6IElmIHwgRWxzZSk6IENvZGVHZW4ge1xuICAgIGNvbnN0IG4gPSB0aGlzLl9jdXJyTm9kZVxuICAgIGlmICghKG4gaW5zdGFuY2VvZiBJZikpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcignQ29kZUdlbjogXCJlbHNlXCIgd2l0aG91dCBcImlmXCInKVxuICAgIH1cbiAgICB0aGlzLl9jdXJyTm9kZSA9IG4uZWxzZSA9IG5vZGVcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgcHJpdmF0ZSBnZXQgX3Jvb3QoKTogUm9vdCB7XG4gICAgcmV0dXJuIHRoaXMuX25vZGVzWzBdIGFzIFJvb3RcbiAgfVxuXG4gIHByaXZhdGUgZ2V0IF9jdXJyTm9kZSgpOiBQYXJlbnROb2RlIHtcbiAgICBjb25zdCBucyA9IHRoaXMuX25vZGVzXG4gICAgcmV0dXJuIG5zW25zLmxlbmd0aCAtIDFdXG4gIH1cblxuICBwcml2YXRlIHNldCBfY3Vyck5vZGUobm9kZTogUGFyZW50Tm9kZSkge1xuICAgIGNvbnN0IG5zID0gdGhpcy5fbm9kZXNcbiAgICBuc1tucy5sZW5ndGggLSAxXSA9IG5vZGVcbiAgfVxuXG4gIC8vIGdldCBub2RlQ291bnQoKTogbnVtYmVyIHtcbiAgLy8gICByZXR1cm4gdGhpcy5fcm9vdC5jb3VudFxuICAvLyB9XG59XG5cbmZ1bmN0aW9uIGFkZE5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGZyb206IFVzZWROYW1lcyk6IFVzZWROYW1lcyB7XG4gIGZvciAoY29uc3QgbiBpbiBmcm9tKSBuYW1lc1tuXSA9IChuYW1lc1tuXSB8fCAwKSArIChmcm9tW25dIHx8IDApXG4gIHJldHVybiBuYW1lc1xufVxuXG5mdW5jdGlvbiBhZGRFeHByTmFtZXMobmFtZXM6IFVzZWROYW1lcywgZnJvbTogU2FmZUV4cHIpOiBVc2VkTmFtZXMge1xuICByZXR1cm4gZnJvbSBpbnN0YW5jZW9mIF9Db2RlT3JOYW1lID8gYWRkTmFtZXMobmFtZXMsIGZyb20ubmFtZXMpIDogbmFtZXNcbn1cblxuZnVuY3Rpb24gb3B0aW1pemVFeHByPFQgZXh0ZW5kcyBTYWZlRXhwciB8IENvZGU+KGV4cHI6IFQsIG5hbWVzOiBVc2VkTmFtZXMsIGNvbnN0YW50czogQ29uc3RhbnRzKTogVFxuZnVuY3Rpb24gb3B0aW1pemVFeHByKGV4cHI6IFNhZmVFeHByLCBuYW1lczogVXNlZE5hbWVzLCBjb25zdGFudHM6IENvbnN0YW50cyk6IFNhZmVFeHByIHtcbiAgaWYgKGV4cHIgaW5zdGFuY2VvZiBOYW1lKSByZXR1cm4gcmVwbGFjZU5hbWUoZXhwcilcbiAgaWYgKCFjYW5PcHRpbWl6ZShleHByKSkgcmV0dXJuIGV4cHJcbiAgcmV0dXJuIG5ldyBfQ29kZShcbiAgICBleHByLl9pdGVtcy5yZWR1Y2UoKGl0ZW1zOiBDb2RlSXRlbVtdLCBjOiBTYWZlRXhwciB8IHN0cmluZykgPT4ge1xuICAgICAgaWYgKGMgaW5zdGFuY2VvZiBOYW1lKSBjID0gcmVwbGFjZU5hbWUoYylcbiAgICAgIGlmIChjIGluc3RhbmNlb2YgX0NvZGUpIGl0ZW1zLnB1c2goLi4uYy5faXRlbXMpXG4gICAgICBlbHNlIGl0ZW1zLnB1c2goYylcbiAgICAgIHJldHVybiBpdGVtc1xuICAgIH0sIFtdKVxuICApXG5cbiAgZnVuY3Rpb24gcmVwbGFjZU5hbWUobjogTmFtZSk6IFNhZmVFeHByIHtcbiAgICBjb25zdCBjID0gY29uc3RhbnRzW24uc3RyXVxuICAgIGlmIChjID09PSB1bmRlZmluZWQgfHwgbmFtZXNbbi5zdHJdICE9PSAxKSByZXR1cm4gblxuICAgIGRlbGV0ZSBuYW1lc1tuLnN0cl1cbiAgICByZXR1cm4gY1xuICB9XG5cbiAgZnVuY3Rpb24gY2FuT3B0aW1pemUoZTogU2FmZUV4cHIpOiBlIGlzIF9Db2RlIHtcbiAgICByZXR1cm4gKFxuICAgICAgZSBpbnN0YW5jZW9mIF9Db2RlICYmXG4gICAgICBlLl9pdGVtcy5zb21lKFxuICAgICAgICAoYykgPT4gYyBpbnN0YW5jZW9mIE5hbWUgJiYgbmFtZXNbYy5zdHJdID09PSAxICYmIGNvbnN0YW50c1tjLnN0cl0gIT09IHVuZGVmaW5lZFxuICAgICAgKVxuICAgIClcbiAgfVxufVxuXG5mdW5jdGlvbiBzdWJ0cmFjdE5hbWVzKG5hbWVzOiBVc2VkTmFtZXMsIGZyb206IFVzZWROYW1lcyk6IHZvaWQge1xuICBmb3IgKGNvbnN0IG4gaW4gZnJvbSkgbmFtZXNbbl0gPSAobmFtZXNbbl0gfHwgMCkgLSAoZnJvbVtuXSB8fCAwKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gbm90PFQgZXh0ZW5kcyBDb2RlIHwgU2FmZUV4cHI+KHg6IFQpOiBUXG5leHBvcnQgZnVuY3Rpb24gbm90KHg6IENvZGUgfCBTYWZlRXhwcik6IENvZGUgfCBTYWZlRXhwciB7XG4gIHJldHVybiB0eXBlb2YgeCA9PSBcImJvb2xlYW5cIiB8fCB0eXBlb2YgeCA9PSBcIm51bWJlclwiIHx8IHggPT09IG51bGwgPyAheCA6IF9gISR7cGFyKHgpfWBcbn1cblxuY29uc3QgYW5kQ29kZSA9IG1hcHBlbmQob3BlcmF0b3JzLkFORClcblxuLy8gYm9vbGVhbiBBTkQgKCYmKSBleHByZXNzaW9uIHdpdGggdGhlIHBhc3NlZCBhcmd1bWVudHNcbmV4cG9ydCBmdW5jdGlvbiBhbmQoLi4uYXJnczogQ29kZVtdKTogQ29kZSB7XG4gIHJldHVybiBhcmdzLnJlZHVjZShhbmRDb2RlKVxufVxuXG5jb25zdCBvckNvZGUgPSBtYXBwZW5kKG9wZXJhdG9ycy5PUilcblxuLy8gYm9vbGVhbiBPUiAofHwpIGV4cHJlc3Npb24gd2l0aCB0aGUgcGFzc2VkIGFyZ3VtZW50c1xuZXhwb3J0IGZ1bmN0aW9uIG9yKC4uLmFyZ3M6IENvZGVbXSk6IENvZGUge1xuICByZXR1cm4gYXJncy5yZWR1Y2Uob3JDb2RlKVxufVxuXG50eXBlIE1BcHBlbmQgPSAoeDogQ29kZSwgeTogQ29kZSkgPT4gQ29kZVxuXG5mdW5jdGlvbiBtYXBwZW5kKG9wOiBDb2RlKTogTUFwcGVuZCB7XG4gIHJldHVybiAoeCwgeSkgPT4gKHggPT09IG5pbCA/IHkgOiB5ID09PSBuaWwgPyB4IDogX2Ake3Bhcih4KX0gJHtvcH0gJHtwYXIoeSl9YClcbn1cblxuZnVuY3Rpb24gcGFyKHg6IENvZGUpOiBDb2RlIHtcbiAgcmV0dXJuIHggaW5zdGFuY2VvZiBOYW1lID8geCA6IF9gKCR7eH0pYFxufVxuIiwgImltcG9ydCB0eXBlIHtBbnlTY2hlbWEsIEV2YWx1YXRlZFByb3BlcnRpZXMsIEV2YWx1YXRlZEl0ZW1zfSBmcm9tIFwiLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge1NjaGVtYUN4dCwgU2NoZW1hT2JqQ3h0fSBmcm9tIFwiLlwiXG5pbXBvcnQge18sIGdldFByb3BlcnR5LCBDb2RlLCBOYW1lLCBDb2RlR2VufSBmcm9tIFwiLi9jb2RlZ2VuXCJcbmltcG9ydCB7X0NvZGV9IGZyb20gXCIuL2NvZGVnZW4vY29kZVwiXG5pbXBvcnQgdHlwZSB7UnVsZSwgVmFsaWRhdGlvblJ1bGVzfSBmcm9tIFwiLi9ydWxlc1wiXG5cbi8vIFRPRE8gcmVmYWN0b3IgdG8gdXNlIFNldFxuZXhwb3J0IGZ1bmN0aW9uIHRvSGFzaDxUIGV4dGVuZHMgc3RyaW5nID0gc3RyaW5nPihhcnI6IFRbXSk6IHtbSyBpbiBUXT86IHRydWV9IHtcbiAgY29uc3QgaGFzaDoge1tLIGluIFRdPzogdHJ1ZX0gPSB7fVxuICBmb3IgKGNvbnN0IGl0ZW0gb2YgYXJyKSBoYXNoW2l0ZW1dID0gdHJ1ZVxuICByZXR1cm4gaGFzaFxufVxuXG5leHBvcnQgZnVuY3Rpb24gYWx3YXlzVmFsaWRTY2hlbWEoaXQ6IFNjaGVtYUN4dCwgc2NoZW1hOiBBbnlTY2hlbWEpOiBib29sZWFuIHwgdm9pZCB7XG4gIGlmICh0eXBlb2Ygc2NoZW1hID09IFwiYm9vbGVhblwiKSByZXR1cm4gc2NoZW1hXG4gIGlmIChPYmplY3Qua2V5cyhzY2hlbWEpLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHRydWVcbiAgY2hlY2tVbmtub3duUnVsZXMoaXQsIHNjaGVtYSlcbiAgcmV0dXJuICFzY2hlbWFIYXNSdWxlcyhzY2hlbWEsIGl0LnNlbGYuUlVMRVMuYWxsKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tVbmtub3duUnVsZXMoaXQ6IFNjaGVtYUN4dCwgc2NoZW1hOiBBbnlTY2hlbWEgPSBpdC5zY2hlbWEpOiB2b2lkIHtcbiAgY29uc3Qge29wdHMsIHNlbGZ9ID0gaXRcbiAgaWYgKCFvcHRzLnN0cmljdFNjaGVtYSkgcmV0dXJuXG4gIGlmICh0eXBlb2Ygc2NoZW1hID09PSBcImJvb2xlYW5cIikgcmV0dXJuXG4gIGNvbnN0IHJ1bGVzID0gc2VsZi5SVUxFUy5rZXl3b3Jkc1xuICBmb3IgKGNvbnN0IGtleSBpbiBzY2hlbWEpIHtcbiAgICBpZiAoIXJ1bGVzW2tleV0pIGNoZWNrU3RyaWN0TW9kZShpdCwgYHVua25vd24ga2V5d29yZDogXCIke2tleX1cImApXG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNjaGVtYUhhc1J1bGVzKFxuICBzY2hlbWE6IEFueVNjaGVtYSxcbiAgcnVsZXM6IHtbS2V5IGluIHN0cmluZ10/OiBib29sZWFuIHwgUnVsZX1cbik6IGJvb2xlYW4ge1xuICBpZiAodHlwZW9mIHNjaGVtYSA9PSBcImJvb2xlYW5cIikgcmV0dXJuICFzY2hlbWFcbiAgZm9yIChjb25zdCBrZXkgaW4gc2NoZW1hKSBpZiAocnVsZXNba2V5XSkgcmV0dXJuIHRydWVcbiAgcmV0dXJuIGZhbHNlXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFIYXNSdWxlc0J1dFJlZihzY2hlbWE6IEFueVNjaGVtYSwgUlVMRVM6IFZhbGlkYXRpb25SdWxlcyk6IGJvb2xlYW4ge1xuICBpZiAodHlwZW9mIHNjaGVtYSA9PSBcImJvb2xlYW5cIikgcmV0dXJuICFzY2hlbWFcbiAgZm9yIChjb25zdCBrZXkgaW4gc2NoZW1hKSBpZiAoa2V5ICE9PSBcIiRyZWZcIiAmJiBSVUxFUy5hbGxba2V5XSkgcmV0dXJuIHRydWVcbiAgcmV0dXJuIGZhbHNlXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFSZWZPclZhbChcbiAge3RvcFNjaGVtYVJlZiwgc2NoZW1hUGF0aH06IFNjaGVtYU9iakN4dCxcbiAgc2NoZW1hOiB1bmtub3duLFxuICBrZXl3b3JkOiBzdHJpbmcsXG4gICRkYXRhPzogc3RyaW5nIHwgZmFsc2Vcbik6IENvZGUgfCBudW1iZXIgfCBib29sZWFuIHtcbiAgaWYgKCEkZGF0YSkge1xuICAgIGlmICh0eXBlb2Ygc2NoZW1hID09IFwibnVtYmVyXCIgfHwgdHlwZW9mIHNjaGVtYSA9PSBcImJvb2xlYW5cIikgcmV0dXJuIHNjaGVtYVxuICAgIGlmICh0eXBlb2Ygc2NoZW1hID09IFwic3RyaW5nXCIpIHJldHVybiBfYCR7c2NoZW1hfWBcbiAgfVxuICByZXR1cm4gX2Ake3RvcFNjaGVtYVJlZn0ke3NjaGVtYVBhdGh9JHtnZXRQcm9wZXJ0eShrZXl3b3JkKX1gXG59XG5cbmV4cG9ydCBmdW5jdGlvbiB1bmVzY2FwZUZyYWdtZW50KHN0cjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHVuZXNjYXBlSnNvblBvaW50ZXIoZGVjb2RlVVJJQ29tcG9uZW50KHN0cikpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVGcmFnbWVudChzdHI6IHN0cmluZyB8IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBlbmNvZGVVUklDb21wb25lbnQoZXNjYXBlSnNvblBvaW50ZXIoc3RyKSlcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZUpzb25Qb2ludGVyKHN0cjogc3RyaW5nIHwgbnVtYmVyKTogc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiBzdHIgPT0gXCJudW1iZXJcIikgcmV0dXJuIGAke3N0cn1gXG4gIHJldHVybiBzdHIucmVwbGFjZSgvfi9nLCBcIn4wXCIpLnJlcGxhY2UoL1xcLy9nLCBcIn4xXCIpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiB1bmVzY2FwZUpzb25Qb2ludGVyKHN0cjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0ci5yZXBsYWNlKC9+MS9nLCBcIi9cIikucmVwbGFjZSgvfjAvZywgXCJ+XCIpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlYWNoSXRlbTxUPih4czogVCB8IFRbXSwgZjogKHg6IFQpID0+IHZvaWQpOiB2b2lkIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkoeHMpKSB7XG4gICAgZm9yIChjb25zdCB4IG9mIHhzKSBmKHgpXG4gIH0gZWxzZSB7XG4gICAgZih4cylcbiAgfVxufVxuXG50eXBlIFNvbWVFdmFsdWF0ZWQgPSBFdmFsdWF0ZWRQcm9wZXJ0aWVzIHwgRXZhbHVhdGVkSXRlbXNcblxudHlwZSBNZXJnZUV2YWx1YXRlZEZ1bmM8VCBleHRlbmRzIFNvbWVFdmFsdWF0ZWQ+ID0gKFxuICBnZW46IENvZGVHZW4sXG4gIGZyb206IE5hbWUgfCBULFxuICB0bzogTmFtZSB8IEV4Y2x1ZGU8VCwgdHJ1ZT4gfCB1bmRlZmluZWQsXG4gIHRvTmFtZT86IHR5cGVvZiBOYW1lXG4pID0+IE5hbWUgfCBUXG5cbmludGVyZmFjZSBNYWtlTWVyZ2VGdW5jQXJnczxUIGV4dGVuZHMgU29tZUV2YWx1YXRlZD4ge1xuICBtZXJnZU5hbWVzOiAoZ2VuOiBDb2RlR2VuLCBmcm9tOiBOYW1lLCB0bzogTmFtZSkgPT4gdm9pZFxuICBtZXJnZVRvTmFtZTogKGdlbjogQ29kZUdlbiwgZnJvbTogVCwgdG86IE5hbWUpID0+IHZvaWRcbiAgbWVyZ2VWYWx1ZXM6IChmcm9tOiBULCB0bzogRXhjbHVkZTxULCB0cnVlPikgPT4gVFxuICByZXN1bHRUb05hbWU6IChnZW46IENvZGVHZW4sIHJlcz86IFQpID0+IE5hbWVcbn1cblxuZnVuY3Rpb24gbWFrZU1lcmdlRXZhbHVhdGVkPFQgZXh0ZW5kcyBTb21lRXZhbHVhdGVkPih7XG4gIG1lcmdlTmFtZXMsXG4gIG1lcmdlVG9OYW1lLFxuICBtZXJnZVZhbHVlcyxcbiAgcmVzdWx0VG9OYW1lLFxufTogTWFrZU1lcmdlRnVuY0FyZ3M8VD4pOiBNZXJnZUV2YWx1YXRlZEZ1bmM8VD4ge1xuICByZXR1cm4gKGdlbiwgZnJvbSwgdG8sIHRvTmFtZSkgPT4ge1xuICAgIGNvbnN0IHJlcyA9XG4gICAgICB0byA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gZnJvbVxuICAgICAgICA6IHRvIGluc3RhbmNlb2YgTmFtZVxuICAgICAgICA/IChmcm9tIGluc3RhbmNlb2YgTmFtZSA/IG1lcmdlTmFtZXMoZ2VuLCBmcm9tLCB0bykgOiBtZXJnZVRvTmFtZShnZW4sIGZyb20sIHRvKSwgdG8pXG4gICAgICAgIDogZnJvbSBpbnN0YW5jZW9mIE5hbWVcbiAgICAgICAgPyAobWVyZ2VUb05hbWUoZ2VuLCB0bywgZnJvbSksIGZyb20pXG4gICAgICAgIDogbWVyZ2VWYWx1ZXMoZnJvbSwgdG8pXG4gICAgcmV0dXJuIHRvTmFtZSA9PT0gTmFtZSAmJiAhKHJlcyBpbnN0YW5jZW9mIE5hbWUpID8gcmVzdWx0VG9OYW1lKGdlbiwgcmVzKSA6IHJlc1xuICB9XG59XG5cbmludGVyZmFjZSBNZXJnZUV2YWx1YXRlZCB7XG4gIHByb3BzOiBNZXJnZUV2YWx1YXRlZEZ1bmM8RXZhbHVhdGVkUHJvcGVydGllcz5cbiAgaXRlbXM6IE1lcmdlRXZhbHVhdGVkRnVuYzxFdmFsdWF0ZWRJdGVtcz5cbn1cblxuZXhwb3J0IGNvbnN0IG1lcmdlRXZhbHVhdGVkOiBNZXJnZUV2YWx1YXRlZCA9IHtcbiAgcHJvcHM6IG1ha2VNZXJnZUV2YWx1YXRlZCh7XG4gICAgbWVyZ2VOYW1lczogKGdlbiwgZnJvbSwgdG8pID0+XG4gICAgICBnZW4uaWYoX2Ake3RvfSAhPT0gdHJ1ZSAmJiAke2Zyb219ICE9PSB1bmRlZmluZWRgLCAoKSA9PiB7XG4gICAgICAgIGdlbi5pZihcbiAgICAgICAgICBfYCR7ZnJvbX0gPT09IHRydWVgLFxuICAgICAgICAgICgpID0+IGdlbi5hc3NpZ24odG8sIHRydWUpLFxuICAgICAgICAgICgpID0+IGdlbi5hc3NpZ24odG8sIF9gJHt0b30gfHwge31gKS5jb2RlKF9gT2JqZWN0LmFzc2lnbigke3RvfSwgJHtmcm9tfSlgKVxuICAgICAgICApXG4gICAgICB9KSxcbiAgICBtZXJnZVRvTmFtZTogKGdlbiwgZnJvbSwgdG8pID0+XG4gICAgICBnZW4uaWYoX2Ake3RvfSAhPT0gdHJ1ZWAsICgpID0+IHtcbiAgICAgICAgaWYgKGZyb20gPT09IHRydWUpIHtcbiAgICAgICAgICBnZW4uYXNzaWduKHRvLCB0cnVlKVxuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIGdlbi5hc3NpZ24odG8sIF9gJHt0b30gfHwge31gKVxuICAgICAgICAgIHNldEV2YWx1YXRlZChnZW4sIHRvLCBmcm9tKVxuICAgICAgICB9XG4gICAgICB9KSxcbiAgICBtZXJnZVZhbHVlczogKGZyb20sIHRvKSA9PiAoZnJvbSA9PT0gdHJ1ZSA/IHRydWUgOiB7Li4uZnJvbSwgLi4udG99KSxcbiAgICByZXN1bHRUb05hbWU6IGV2YWx1YXRlZFByb3BzVG9OYW1lLFxuICB9KSxcbiAgaXRlbXM6IG1ha2VNZXJnZUV2YWx1YXRlZCh7XG4gICAgbWVyZ2VOYW1lczogKGdlbiwgZnJvbSwgdG8pID0+XG4gICAgICBnZW4uaWYoX2Ake3RvfSAhPT0gdHJ1ZSAmJiAke2Zyb219ICE9PSB1bmRlZmluZWRgLCAoKSA9PlxuICAgICAgICBnZW4uYXNzaWduKHRvLCBfYCR7ZnJvbX0gPT09IHRydWUgPyB0cnVlIDogJHt0b30gPiAke2Zyb219ID8gJHt0b30gOiAke2Zyb219YClcbiAgICAgICksXG4gICAgbWVyZ2VUb05hbWU6IChnZW4sIGZyb20sIHRvKSA9PlxuICAgICAgZ2VuLmlmKF9gJHt0b30gIT09IHRydWVgLCAoKSA9PlxuICAgICAgICBnZW4uYXNzaWduKHRvLCBmcm9tID09PSB0cnVlID8gdHJ1ZSA6IF9gJHt0b30gPiAke2Zyb219ID8gJHt0b30gOiAke2Zyb219YClcbiAgICAgICksXG4gICAgbWVyZ2VWYWx1ZXM6IChmcm9tLCB0bykgPT4gKGZyb20gPT09IHRydWUgPyB0cnVlIDogTWF0aC5tYXgoZnJvbSwgdG8pKSxcbiAgICByZXN1bHRUb05hbWU6IChnZW4sIGl0ZW1zKSA9PiBnZW4udmFyKFwiaXRlbXNcIiwgaXRlbXMpLFxuICB9KSxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGV2YWx1YXRlZFByb3BzVG9OYW1lKGdlbjogQ29kZUdlbiwgcHM/OiBFdmFsdWF0ZWRQcm9wZXJ0aWVzKTogTmFtZSB7XG4gIGlmIChwcyA9PT0gdHJ1ZSkgcmV0dXJuIGdlbi52YXIoXCJwcm9wc1wiLCB0cnVlKVxuICBjb25zdCBwcm9wcyA9IGdlbi52YXIoXCJwcm9wc1wiLCBfYHt9YClcbiAgaWYgKHBzICE9PSB1bmRlZmluZWQpIHNldEV2YWx1YXRlZChnZW4sIHByb3BzLCBwcylcbiAgcmV0dXJuIHByb3BzXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXRFdmFsdWF0ZWQoZ2VuOiBDb2RlR2VuLCBwcm9wczogTmFtZSwgcHM6IHtbSyBpbiBzdHJpbmddPzogdHJ1ZX0pOiB2b2lkIHtcbiAgT2JqZWN0LmtleXMocHMpLmZvckVhY2goKHApID0+IGdlbi5hc3NpZ24oX2Ake3Byb3BzfSR7Z2V0UHJvcGVydHkocCl9YCwgdHJ1ZSkpXG59XG5cbmNvbnN0IHNuaXBwZXRzOiB7W1MgaW4gc3RyaW5nXT86IF9Db2RlfSA9IHt9XG5cbmV4cG9ydCBmdW5jdGlvbiB1c2VGdW5jKGdlbjogQ29kZUdlbiwgZjoge2NvZGU6IHN0cmluZ30pOiBOYW1lIHtcbiAgcmV0dXJuIGdlbi5zY29wZVZhbHVlKFwiZnVuY1wiLCB7XG4gICAgcmVmOiBmLFxuICAgIGNvZGU6IHNuaXBwZXRzW2YuY29kZV0gfHwgKHNuaXBwZXRzW2YuY29kZV0gPSBuZXcgX0NvZGUoZi5jb2RlKSksXG4gIH0pXG59XG5cbmV4cG9ydCBlbnVtIFR5cGUge1xuICBOdW0sXG4gIFN0cixcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdldEVycm9yUGF0aChcbiAgZGF0YVByb3A6IE5hbWUgfCBzdHJpbmcgfCBudW1iZXIsXG4gIGRhdGFQcm9wVHlwZT86IFR5cGUsXG4gIGpzUHJvcGVydHlTeW50YXg/OiBib29sZWFuXG4pOiBDb2RlIHwgc3RyaW5nIHtcbiAgLy8gbGV0IHBhdGhcbiAgaWYgKGRhdGFQcm9wIGluc3RhbmNlb2YgTmFtZSkge1xuICAgIGNvbnN0IGlzTnVtYmVyID0gZGF0YVByb3BUeXBlID09PSBUeXBlLk51bVxuICAgIHJldHVybiBqc1Byb3BlcnR5U3ludGF4XG4gICAgICA/IGlzTnVtYmVyXG4gICAgICAgID8gX2BcIltcIiArICR7ZGF0YVByb3B9ICsgXCJdXCJgXG4gICAgICAgIDogX2BcIlsnXCIgKyAke2RhdGFQcm9wfSArIFwiJ11cImBcbiAgICAgIDogaXNOdW1iZXJcbiAgICAgID8gX2BcIi9cIiArICR7ZGF0YVByb3B9YFxuICAgICAgOiBfYFwiL1wiICsgJHtkYXRhUHJvcH0ucmVwbGFjZSgvfi9nLCBcIn4wXCIpLnJlcGxhY2UoL1xcXFwvL2csIFwifjFcIilgIC8vIFRPRE8gbWF5YmUgdXNlIGdsb2JhbCBlc2NhcGVQb2ludGVyXG4gIH1cbiAgcmV0dXJuIGpzUHJvcGVydHlTeW50YXggPyBnZXRQcm9wZXJ0eShkYXRhUHJvcCkudG9TdHJpbmcoKSA6IFwiL1wiICsgZXNjYXBlSnNvblBvaW50ZXIoZGF0YVByb3ApXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1N0cmljdE1vZGUoXG4gIGl0OiBTY2hlbWFDeHQsXG4gIG1zZzogc3RyaW5nLFxuICBtb2RlOiBib29sZWFuIHwgXCJsb2dcIiA9IGl0Lm9wdHMuc3RyaWN0U2NoZW1hXG4pOiB2b2lkIHtcbiAgaWYgKCFtb2RlKSByZXR1cm5cbiAgbXNnID0gYHN0cmljdCBtb2RlOiAke21zZ31gXG4gIGlmIChtb2RlID09PSB0cnVlKSB0aHJvdyBuZXcgRXJyb3IobXNnKVxuICBpdC5zZWxmLmxvZ2dlci53YXJuKG1zZylcbn1cbiIsICJpbXBvcnQge05hbWV9IGZyb20gXCIuL2NvZGVnZW5cIlxuXG5jb25zdCBuYW1lcyA9IHtcbiAgLy8gdmFsaWRhdGlvbiBmdW5jdGlvbiBhcmd1bWVudHNcbiAgZGF0YTogbmV3IE5hbWUoXCJkYXRhXCIpLCAvLyBkYXRhIHBhc3NlZCB0byB2YWxpZGF0aW9uIGZ1bmN0aW9uXG4gIC8vIGFyZ3MgcGFzc2VkIGZyb20gcmVmZXJlbmNpbmcgc2NoZW1hXG4gIHZhbEN4dDogbmV3IE5hbWUoXCJ2YWxDeHRcIiksIC8vIHZhbGlkYXRpb24vZGF0YSBjb250ZXh0IC0gc2hvdWxkIG5vdCBiZSB1c2VkIGRpcmVjdGx5LCBpdCBpcyBkZXN0cnVjdHVyZWQgdG8gdGhlIG5hbWVzIGJlbG93XG4gIGluc3RhbmNlUGF0aDogbmV3IE5hbWUoXCJpbnN0YW5jZVBhdGhcIiksXG4gIHBhcmVudERhdGE6IG5ldyBOYW1lKFwicGFyZW50RGF0YVwiKSxcbiAgcGFyZW50RGF0YVByb3BlcnR5OiBuZXcgTmFtZShcInBhcmVudERhdGFQcm9wZXJ0eVwiKSxcbiAgcm9vdERhdGE6IG5ldyBOYW1lKFwicm9vdERhdGFcIiksIC8vIHJvb3QgZGF0YSAtIHNhbWUgYXMgdGhlIGRhdGEgcGFzc2VkIHRvIHRoZSBmaXJzdC90b3AgdmFsaWRhdGlvbiBmdW5jdGlvblxuICBkeW5hbWljQW5jaG9yczogbmV3IE5hbWUoXCJkeW5hbWljQW5jaG9yc1wiKSwgLy8gdXNlZCB0byBzdXBwb3J0IHJlY3Vyc2l2ZVJlZiBhbmQgZHluYW1pY1JlZlxuICAvLyBmdW5jdGlvbiBzY29wZWQgdmFyaWFibGVzXG4gIHZFcnJvcnM6IG5ldyBOYW1lKFwidkVycm9yc1wiKSwgLy8gbnVsbCBvciBhcnJheSBvZiB2YWxpZGF0aW9uIGVycm9yc1xuICBlcnJvcnM6IG5ldyBOYW1lKFwiZXJyb3JzXCIpLCAvLyBjb3VudGVyIG9mIHZhbGlkYXRpb24gZXJyb3JzXG4gIHRoaXM6IG5ldyBOYW1lKFwidGhpc1wiKSxcbiAgLy8gXCJnbG9iYWxzXCJcbiAgc2VsZjogbmV3IE5hbWUoXCJzZWxmXCIpLFxuICBzY29wZTogbmV3IE5hbWUoXCJzY29wZVwiKSxcbiAgLy8gSlREIHNlcmlhbGl6ZS9wYXJzZSBuYW1lIGZvciBKU09OIHN0cmluZyBhbmQgcG9zaXRpb25cbiAganNvbjogbmV3IE5hbWUoXCJqc29uXCIpLFxuICBqc29uUG9zOiBuZXcgTmFtZShcImpzb25Qb3NcIiksXG4gIGpzb25MZW46IG5ldyBOYW1lKFwianNvbkxlblwiKSxcbiAganNvblBhcnQ6IG5ldyBOYW1lKFwianNvblBhcnRcIiksXG59XG5cbmV4cG9ydCBkZWZhdWx0IG5hbWVzXG4iLCAiaW1wb3J0IHR5cGUge0tleXdvcmRFcnJvckN4dCwgS2V5d29yZEVycm9yRGVmaW5pdGlvbn0gZnJvbSBcIi4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtTY2hlbWFDeHR9IGZyb20gXCIuL2luZGV4XCJcbmltcG9ydCB7Q29kZUdlbiwgXywgc3RyLCBzdHJDb25jYXQsIENvZGUsIE5hbWV9IGZyb20gXCIuL2NvZGVnZW5cIlxuaW1wb3J0IHtTYWZlRXhwcn0gZnJvbSBcIi4vY29kZWdlbi9jb2RlXCJcbmltcG9ydCB7Z2V0RXJyb3JQYXRoLCBUeXBlfSBmcm9tIFwiLi91dGlsXCJcbmltcG9ydCBOIGZyb20gXCIuL25hbWVzXCJcblxuZXhwb3J0IGNvbnN0IGtleXdvcmRFcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogKHtrZXl3b3JkfSkgPT4gc3RyYG11c3QgcGFzcyBcIiR7a2V5d29yZH1cIiBrZXl3b3JkIHZhbGlkYXRpb25gLFxufVxuXG5leHBvcnQgY29uc3Qga2V5d29yZCREYXRhRXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6ICh7a2V5d29yZCwgc2NoZW1hVHlwZX0pID0+XG4gICAgc2NoZW1hVHlwZVxuICAgICAgPyBzdHJgXCIke2tleXdvcmR9XCIga2V5d29yZCBtdXN0IGJlICR7c2NoZW1hVHlwZX0gKCRkYXRhKWBcbiAgICAgIDogc3RyYFwiJHtrZXl3b3JkfVwiIGtleXdvcmQgaXMgaW52YWxpZCAoJGRhdGEpYCxcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFcnJvclBhdGhzIHtcbiAgaW5zdGFuY2VQYXRoPzogQ29kZVxuICBzY2hlbWFQYXRoPzogc3RyaW5nXG4gIHBhcmVudFNjaGVtYT86IGJvb2xlYW5cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlcG9ydEVycm9yKFxuICBjeHQ6IEtleXdvcmRFcnJvckN4dCxcbiAgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSBrZXl3b3JkRXJyb3IsXG4gIGVycm9yUGF0aHM/OiBFcnJvclBhdGhzLFxuICBvdmVycmlkZUFsbEVycm9ycz86IGJvb2xlYW5cbik6IHZvaWQge1xuICBjb25zdCB7aXR9ID0gY3h0XG4gIGNvbnN0IHtnZW4sIGNvbXBvc2l0ZVJ1bGUsIGFsbEVycm9yc30gPSBpdFxuICBjb25zdCBlcnJPYmogPSBlcnJvck9iamVjdENvZGUoY3h0LCBlcnJvciwgZXJyb3JQYXRocylcbiAgaWYgKG92ZXJyaWRlQWxsRXJyb3JzID8/IChjb21wb3NpdGVSdWxlIHx8IGFsbEVycm9ycykpIHtcbiAgICBhZGRFcnJvcihnZW4sIGVyck9iailcbiAgfSBlbHNlIHtcbiAgICByZXR1cm5FcnJvcnMoaXQsIF9gWyR7ZXJyT2JqfV1gKVxuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXBvcnRFeHRyYUVycm9yKFxuICBjeHQ6IEtleXdvcmRFcnJvckN4dCxcbiAgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSBrZXl3b3JkRXJyb3IsXG4gIGVycm9yUGF0aHM/OiBFcnJvclBhdGhzXG4pOiB2b2lkIHtcbiAgY29uc3Qge2l0fSA9IGN4dFxuICBjb25zdCB7Z2VuLCBjb21wb3NpdGVSdWxlLCBhbGxFcnJvcnN9ID0gaXRcbiAgY29uc3QgZXJyT2JqID0gZXJyb3JPYmplY3RDb2RlKGN4dCwgZXJyb3IsIGVycm9yUGF0aHMpXG4gIGFkZEVycm9yKGdlbiwgZXJyT2JqKVxuICBpZiAoIShjb21wb3NpdGVSdWxlIHx8IGFsbEVycm9ycykpIHtcbiAgICByZXR1cm5FcnJvcnMoaXQsIE4udkVycm9ycylcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVzZXRFcnJvcnNDb3VudChnZW46IENvZGVHZW4sIGVycnNDb3VudDogTmFtZSk6IHZvaWQge1xuICBnZW4uYXNzaWduKE4uZXJyb3JzLCBlcnJzQ291bnQpXG4gIGdlbi5pZihfYCR7Ti52RXJyb3JzfSAhPT0gbnVsbGAsICgpID0+XG4gICAgZ2VuLmlmKFxuICAgICAgZXJyc0NvdW50LFxuICAgICAgKCkgPT4gZ2VuLmFzc2lnbihfYCR7Ti52RXJyb3JzfS5sZW5ndGhgLCBlcnJzQ291bnQpLFxuICAgICAgKCkgPT4gZ2VuLmFzc2lnbihOLnZFcnJvcnMsIG51bGwpXG4gICAgKVxuICApXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBleHRlbmRFcnJvcnMoe1xuICBnZW4sXG4gIGtleXdvcmQsXG4gIHNjaGVtYVZhbHVlLFxuICBkYXRhLFxuICBlcnJzQ291bnQsXG4gIGl0LFxufTogS2V5d29yZEVycm9yQ3h0KTogdm9pZCB7XG4gIC8qIGlzdGFuYnVsIGlnbm9yZSBpZiAqL1xuICBpZiAoZXJyc0NvdW50ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihcImFqdiBpbXBsZW1lbnRhdGlvbiBlcnJvclwiKVxuICBjb25zdCBlcnIgPSBnZW4ubmFtZShcImVyclwiKVxuICBnZW4uZm9yUmFuZ2UoXCJpXCIsIGVycnNDb3VudCwgTi5lcnJvcnMsIChpKSA9PiB7XG4gICAgZ2VuLmNvbnN0KGVyciwgX2Ake04udkVycm9yc31bJHtpfV1gKVxuICAgIGdlbi5pZihfYCR7ZXJyfS5pbnN0YW5jZVBhdGggPT09IHVuZGVmaW5lZGAsICgpID0+XG4gICAgICBnZW4uYXNzaWduKF9gJHtlcnJ9Lmluc3RhbmNlUGF0aGAsIHN0ckNvbmNhdChOLmluc3RhbmNlUGF0aCwgaXQuZXJyb3JQYXRoKSlcbiAgICApXG4gICAgZ2VuLmFzc2lnbihfYCR7ZXJyfS5zY2hlbWFQYXRoYCwgc3RyYCR7aXQuZXJyU2NoZW1hUGF0aH0vJHtrZXl3b3JkfWApXG4gICAgaWYgKGl0Lm9wdHMudmVyYm9zZSkge1xuICAgICAgZ2VuLmFzc2lnbihfYCR7ZXJyfS5zY2hlbWFgLCBzY2hlbWFWYWx1ZSlcbiAgICAgIGdlbi5hc3NpZ24oX2Ake2Vycn0uZGF0YWAsIGRhdGEpXG4gICAgfVxuICB9KVxufVxuXG5mdW5jdGlvbiBhZGRFcnJvcihnZW46IENvZGVHZW4sIGVyck9iajogQ29kZSk6IHZvaWQge1xuICBjb25zdCBlcnIgPSBnZW4uY29uc3QoXCJlcnJcIiwgZXJyT2JqKVxuICBnZW4uaWYoXG4gICAgX2Ake04udkVycm9yc30gPT09IG51bGxgLFxuICAgICgpID0+IGdlbi5hc3NpZ24oTi52RXJyb3JzLCBfYFske2Vycn1dYCksXG4gICAgX2Ake04udkVycm9yc30ucHVzaCgke2Vycn0pYFxuICApXG4gIGdlbi5jb2RlKF9gJHtOLmVycm9yc30rK2ApXG59XG5cbmZ1bmN0aW9uIHJldHVybkVycm9ycyhpdDogU2NoZW1hQ3h0LCBlcnJzOiBDb2RlKTogdm9pZCB7XG4gIGNvbnN0IHtnZW4sIHZhbGlkYXRlTmFtZSwgc2NoZW1hRW52fSA9IGl0XG4gIGlmIChzY2hlbWFFbnYuJGFzeW5jKSB7XG4gICAgZ2VuLnRocm93KF9gbmV3ICR7aXQuVmFsaWRhdGlvbkVycm9yIGFzIE5hbWV9KCR7ZXJyc30pYClcbiAgfSBlbHNlIHtcbiAgICBnZW4uYXNzaWduKF9gJHt2YWxpZGF0ZU5hbWV9LmVycm9yc2AsIGVycnMpXG4gICAgZ2VuLnJldHVybihmYWxzZSlcbiAgfVxufVxuXG5jb25zdCBFID0ge1xuICBrZXl3b3JkOiBuZXcgTmFtZShcImtleXdvcmRcIiksXG4gIHNjaGVtYVBhdGg6IG5ldyBOYW1lKFwic2NoZW1hUGF0aFwiKSwgLy8gYWxzbyB1c2VkIGluIEpURCBlcnJvcnNcbiAgcGFyYW1zOiBuZXcgTmFtZShcInBhcmFtc1wiKSxcbiAgcHJvcGVydHlOYW1lOiBuZXcgTmFtZShcInByb3BlcnR5TmFtZVwiKSxcbiAgbWVzc2FnZTogbmV3IE5hbWUoXCJtZXNzYWdlXCIpLFxuICBzY2hlbWE6IG5ldyBOYW1lKFwic2NoZW1hXCIpLFxuICBwYXJlbnRTY2hlbWE6IG5ldyBOYW1lKFwicGFyZW50U2NoZW1hXCIpLFxufVxuXG5mdW5jdGlvbiBlcnJvck9iamVjdENvZGUoXG4gIGN4dDogS2V5d29yZEVycm9yQ3h0LFxuICBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgZXJyb3JQYXRocz86IEVycm9yUGF0aHNcbik6IENvZGUge1xuICBjb25zdCB7Y3JlYXRlRXJyb3JzfSA9IGN4dC5pdFxuICBpZiAoY3JlYXRlRXJyb3JzID09PSBmYWxzZSkgcmV0dXJuIF9ge31gXG4gIHJldHVybiBlcnJvck9iamVjdChjeHQsIGVycm9yLCBlcnJvclBhdGhzKVxufVxuXG5mdW5jdGlvbiBlcnJvck9iamVjdChcbiAgY3h0OiBLZXl3b3JkRXJyb3JDeHQsXG4gIGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uLFxuICBlcnJvclBhdGhzOiBFcnJvclBhdGhzID0ge31cbik6IENvZGUge1xuICBjb25zdCB7Z2VuLCBpdH0gPSBjeHRcbiAgY29uc3Qga2V5VmFsdWVzOiBbTmFtZSwgU2FmZUV4cHIgfCBzdHJpbmddW10gPSBbXG4gICAgZXJyb3JJbnN0YW5jZVBhdGgoaXQsIGVycm9yUGF0aHMpLFxuICAgIGVycm9yU2NoZW1hUGF0aChjeHQsIGVycm9yUGF0aHMpLFxuICBdXG4gIGV4dHJhRXJyb3JQcm9wcyhjeHQsIGVycm9yLCBrZXlWYWx1ZXMpXG4gIHJldHVybiBnZW4ub2JqZWN0KC4uLmtleVZhbHVlcylcbn1cblxuZnVuY3Rpb24gZXJyb3JJbnN0YW5jZVBhdGgoe2Vycm9yUGF0aH06IFNjaGVtYUN4dCwge2luc3RhbmNlUGF0aH06IEVycm9yUGF0aHMpOiBbTmFtZSwgQ29kZV0ge1xuICBjb25zdCBpbnN0UGF0aCA9IGluc3RhbmNlUGF0aFxuICAgID8gc3RyYCR7ZXJyb3JQYXRofSR7Z2V0RXJyb3JQYXRoKGluc3RhbmNlUGF0aCwgVHlwZS5TdHIpfWBcbiAgICA6IGVycm9yUGF0aFxuICByZXR1cm4gW04uaW5zdGFuY2VQYXRoLCBzdHJDb25jYXQoTi5pbnN0YW5jZVBhdGgsIGluc3RQYXRoKV1cbn1cblxuZnVuY3Rpb24gZXJyb3JTY2hlbWFQYXRoKFxuICB7a2V5d29yZCwgaXQ6IHtlcnJTY2hlbWFQYXRofX06IEtleXdvcmRFcnJvckN4dCxcbiAge3NjaGVtYVBhdGgsIHBhcmVudFNjaGVtYX06IEVycm9yUGF0aHNcbik6IFtOYW1lLCBzdHJpbmcgfCBDb2RlXSB7XG4gIGxldCBzY2hQYXRoID0gcGFyZW50U2NoZW1hID8gZXJyU2NoZW1hUGF0aCA6IHN0cmAke2VyclNjaGVtYVBhdGh9LyR7a2V5d29yZH1gXG4gIGlmIChzY2hlbWFQYXRoKSB7XG4gICAgc2NoUGF0aCA9IHN0cmAke3NjaFBhdGh9JHtnZXRFcnJvclBhdGgoc2NoZW1hUGF0aCwgVHlwZS5TdHIpfWBcbiAgfVxuICByZXR1cm4gW0Uuc2NoZW1hUGF0aCwgc2NoUGF0aF1cbn1cblxuZnVuY3Rpb24gZXh0cmFFcnJvclByb3BzKFxuICBjeHQ6IEtleXdvcmRFcnJvckN4dCxcbiAge3BhcmFtcywgbWVzc2FnZX06IEtleXdvcmRFcnJvckRlZmluaXRpb24sXG4gIGtleVZhbHVlczogW05hbWUsIFNhZmVFeHByIHwgc3RyaW5nXVtdXG4pOiB2b2lkIHtcbiAgY29uc3Qge2tleXdvcmQsIGRhdGEsIHNjaGVtYVZhbHVlLCBpdH0gPSBjeHRcbiAgY29uc3Qge29wdHMsIHByb3BlcnR5TmFtZSwgdG9wU2NoZW1hUmVmLCBzY2hlbWFQYXRofSA9IGl0XG4gIGtleVZhbHVlcy5wdXNoKFxuICAgIFtFLmtleXdvcmQsIGtleXdvcmRdLFxuICAgIFtFLnBhcmFtcywgdHlwZW9mIHBhcmFtcyA9PSBcImZ1bmN0aW9uXCIgPyBwYXJhbXMoY3h0KSA6IHBhcmFtcyB8fCBfYHt9YF1cbiAgKVxuICBpZiAob3B0cy5tZXNzYWdlcykge1xuICAgIGtleVZhbHVlcy5wdXNoKFtFLm1lc3NhZ2UsIHR5cGVvZiBtZXNzYWdlID09IFwiZnVuY3Rpb25cIiA/IG1lc3NhZ2UoY3h0KSA6IG1lc3NhZ2VdKVxuICB9XG4gIGlmIChvcHRzLnZlcmJvc2UpIHtcbiAgICBrZXlWYWx1ZXMucHVzaChcbiAgICAgIFtFLnNjaGVtYSwgc2NoZW1hVmFsdWVdLFxuICAgICAgW0UucGFyZW50U2NoZW1hLCBfYCR7dG9wU2NoZW1hUmVmfSR7c2NoZW1hUGF0aH1gXSxcbiAgICAgIFtOLmRhdGEsIGRhdGFdXG4gICAgKVxuICB9XG4gIGlmIChwcm9wZXJ0eU5hbWUpIGtleVZhbHVlcy5wdXNoKFtFLnByb3BlcnR5TmFtZSwgcHJvcGVydHlOYW1lXSlcbn1cbiIsICJpbXBvcnQgdHlwZSB7S2V5d29yZEVycm9yRGVmaW5pdGlvbiwgS2V5d29yZEVycm9yQ3h0fSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge1NjaGVtYUN4dH0gZnJvbSBcIi4uXCJcbmltcG9ydCB7cmVwb3J0RXJyb3J9IGZyb20gXCIuLi9lcnJvcnNcIlxuaW1wb3J0IHtfLCBOYW1lfSBmcm9tIFwiLi4vY29kZWdlblwiXG5pbXBvcnQgTiBmcm9tIFwiLi4vbmFtZXNcIlxuXG5jb25zdCBib29sRXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6IFwiYm9vbGVhbiBzY2hlbWEgaXMgZmFsc2VcIixcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRvcEJvb2xPckVtcHR5U2NoZW1hKGl0OiBTY2hlbWFDeHQpOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwgc2NoZW1hLCB2YWxpZGF0ZU5hbWV9ID0gaXRcbiAgaWYgKHNjaGVtYSA9PT0gZmFsc2UpIHtcbiAgICBmYWxzZVNjaGVtYUVycm9yKGl0LCBmYWxzZSlcbiAgfSBlbHNlIGlmICh0eXBlb2Ygc2NoZW1hID09IFwib2JqZWN0XCIgJiYgc2NoZW1hLiRhc3luYyA9PT0gdHJ1ZSkge1xuICAgIGdlbi5yZXR1cm4oTi5kYXRhKVxuICB9IGVsc2Uge1xuICAgIGdlbi5hc3NpZ24oX2Ake3ZhbGlkYXRlTmFtZX0uZXJyb3JzYCwgbnVsbClcbiAgICBnZW4ucmV0dXJuKHRydWUpXG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJvb2xPckVtcHR5U2NoZW1hKGl0OiBTY2hlbWFDeHQsIHZhbGlkOiBOYW1lKTogdm9pZCB7XG4gIGNvbnN0IHtnZW4sIHNjaGVtYX0gPSBpdFxuICBpZiAoc2NoZW1hID09PSBmYWxzZSkge1xuICAgIGdlbi52YXIodmFsaWQsIGZhbHNlKSAvLyBUT0RPIHZhclxuICAgIGZhbHNlU2NoZW1hRXJyb3IoaXQpXG4gIH0gZWxzZSB7XG4gICAgZ2VuLnZhcih2YWxpZCwgdHJ1ZSkgLy8gVE9ETyB2YXJcbiAgfVxufVxuXG5mdW5jdGlvbiBmYWxzZVNjaGVtYUVycm9yKGl0OiBTY2hlbWFDeHQsIG92ZXJyaWRlQWxsRXJyb3JzPzogYm9vbGVhbik6IHZvaWQge1xuICBjb25zdCB7Z2VuLCBkYXRhfSA9IGl0XG4gIC8vIFRPRE8gbWF5YmUgc29tZSBvdGhlciBpbnRlcmZhY2Ugc2hvdWxkIGJlIHVzZWQgZm9yIG5vbi1rZXl3b3JkIHZhbGlkYXRpb24gZXJyb3JzLi4uXG4gIGNvbnN0IGN4dDogS2V5d29yZEVycm9yQ3h0ID0ge1xuICAgIGdlbixcbiAgICBrZXl3b3JkOiBcImZhbHNlIHNjaGVtYVwiLFxuICAgIGRhdGEsXG4gICAgc2NoZW1hOiBmYWxzZSxcbiAgICBzY2hlbWFDb2RlOiBmYWxzZSxcbiAgICBzY2hlbWFWYWx1ZTogZmFsc2UsXG4gICAgcGFyYW1zOiB7fSxcbiAgICBpdCxcbiAgfVxuICByZXBvcnRFcnJvcihjeHQsIGJvb2xFcnJvciwgdW5kZWZpbmVkLCBvdmVycmlkZUFsbEVycm9ycylcbn1cbiIsICJpbXBvcnQgdHlwZSB7QWRkZWRLZXl3b3JkRGVmaW5pdGlvbn0gZnJvbSBcIi4uL3R5cGVzXCJcblxuY29uc3QgX2pzb25UeXBlcyA9IFtcInN0cmluZ1wiLCBcIm51bWJlclwiLCBcImludGVnZXJcIiwgXCJib29sZWFuXCIsIFwibnVsbFwiLCBcIm9iamVjdFwiLCBcImFycmF5XCJdIGFzIGNvbnN0XG5cbmV4cG9ydCB0eXBlIEpTT05UeXBlID0gKHR5cGVvZiBfanNvblR5cGVzKVtudW1iZXJdXG5cbmNvbnN0IGpzb25UeXBlczogU2V0PHN0cmluZz4gPSBuZXcgU2V0KF9qc29uVHlwZXMpXG5cbmV4cG9ydCBmdW5jdGlvbiBpc0pTT05UeXBlKHg6IHVua25vd24pOiB4IGlzIEpTT05UeXBlIHtcbiAgcmV0dXJuIHR5cGVvZiB4ID09IFwic3RyaW5nXCIgJiYganNvblR5cGVzLmhhcyh4KVxufVxuXG50eXBlIFZhbGlkYXRpb25UeXBlcyA9IHtcbiAgW0sgaW4gSlNPTlR5cGVdOiBib29sZWFuIHwgUnVsZUdyb3VwIHwgdW5kZWZpbmVkXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVmFsaWRhdGlvblJ1bGVzIHtcbiAgcnVsZXM6IFJ1bGVHcm91cFtdXG4gIHBvc3Q6IFJ1bGVHcm91cFxuICBhbGw6IHtbS2V5IGluIHN0cmluZ10/OiBib29sZWFuIHwgUnVsZX0gLy8gcnVsZXMgdGhhdCBoYXZlIHRvIGJlIHZhbGlkYXRlZFxuICBrZXl3b3Jkczoge1tLZXkgaW4gc3RyaW5nXT86IGJvb2xlYW59IC8vIGFsbCBrbm93biBrZXl3b3JkcyAoc3VwZXJzZXQgb2YgXCJhbGxcIilcbiAgdHlwZXM6IFZhbGlkYXRpb25UeXBlc1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGVHcm91cCB7XG4gIHR5cGU/OiBKU09OVHlwZVxuICBydWxlczogUnVsZVtdXG59XG5cbi8vIFRoaXMgaW50ZXJmYWNlIHdyYXBzIEtleXdvcmREZWZpbml0aW9uIGJlY2F1c2UgZGVmaW5pdGlvbiBjYW4gaGF2ZSBtdWx0aXBsZSBrZXl3b3Jkc1xuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAga2V5d29yZDogc3RyaW5nXG4gIGRlZmluaXRpb246IEFkZGVkS2V5d29yZERlZmluaXRpb25cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdldFJ1bGVzKCk6IFZhbGlkYXRpb25SdWxlcyB7XG4gIGNvbnN0IGdyb3VwczogUmVjb3JkPFwibnVtYmVyXCIgfCBcInN0cmluZ1wiIHwgXCJhcnJheVwiIHwgXCJvYmplY3RcIiwgUnVsZUdyb3VwPiA9IHtcbiAgICBudW1iZXI6IHt0eXBlOiBcIm51bWJlclwiLCBydWxlczogW119LFxuICAgIHN0cmluZzoge3R5cGU6IFwic3RyaW5nXCIsIHJ1bGVzOiBbXX0sXG4gICAgYXJyYXk6IHt0eXBlOiBcImFycmF5XCIsIHJ1bGVzOiBbXX0sXG4gICAgb2JqZWN0OiB7dHlwZTogXCJvYmplY3RcIiwgcnVsZXM6IFtdfSxcbiAgfVxuICByZXR1cm4ge1xuICAgIHR5cGVzOiB7Li4uZ3JvdXBzLCBpbnRlZ2VyOiB0cnVlLCBib29sZWFuOiB0cnVlLCBudWxsOiB0cnVlfSxcbiAgICBydWxlczogW3tydWxlczogW119LCBncm91cHMubnVtYmVyLCBncm91cHMuc3RyaW5nLCBncm91cHMuYXJyYXksIGdyb3Vwcy5vYmplY3RdLFxuICAgIHBvc3Q6IHtydWxlczogW119LFxuICAgIGFsbDoge30sXG4gICAga2V5d29yZHM6IHt9LFxuICB9XG59XG4iLCAiaW1wb3J0IHR5cGUge0FueVNjaGVtYU9iamVjdH0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtTY2hlbWFPYmpDeHR9IGZyb20gXCIuLlwiXG5pbXBvcnQgdHlwZSB7SlNPTlR5cGUsIFJ1bGVHcm91cCwgUnVsZX0gZnJvbSBcIi4uL3J1bGVzXCJcblxuZXhwb3J0IGZ1bmN0aW9uIHNjaGVtYUhhc1J1bGVzRm9yVHlwZShcbiAge3NjaGVtYSwgc2VsZn06IFNjaGVtYU9iakN4dCxcbiAgdHlwZTogSlNPTlR5cGVcbik6IGJvb2xlYW4gfCB1bmRlZmluZWQge1xuICBjb25zdCBncm91cCA9IHNlbGYuUlVMRVMudHlwZXNbdHlwZV1cbiAgcmV0dXJuIGdyb3VwICYmIGdyb3VwICE9PSB0cnVlICYmIHNob3VsZFVzZUdyb3VwKHNjaGVtYSwgZ3JvdXApXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzaG91bGRVc2VHcm91cChzY2hlbWE6IEFueVNjaGVtYU9iamVjdCwgZ3JvdXA6IFJ1bGVHcm91cCk6IGJvb2xlYW4ge1xuICByZXR1cm4gZ3JvdXAucnVsZXMuc29tZSgocnVsZSkgPT4gc2hvdWxkVXNlUnVsZShzY2hlbWEsIHJ1bGUpKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gc2hvdWxkVXNlUnVsZShzY2hlbWE6IEFueVNjaGVtYU9iamVjdCwgcnVsZTogUnVsZSk6IGJvb2xlYW4gfCB1bmRlZmluZWQge1xuICByZXR1cm4gKFxuICAgIHNjaGVtYVtydWxlLmtleXdvcmRdICE9PSB1bmRlZmluZWQgfHxcbiAgICBydWxlLmRlZmluaXRpb24uaW1wbGVtZW50cz8uc29tZSgoa3dkKSA9PiBzY2hlbWFba3dkXSAhPT0gdW5kZWZpbmVkKVxuICApXG59XG4iLCAiaW1wb3J0IHR5cGUge1xuICBLZXl3b3JkRXJyb3JEZWZpbml0aW9uLFxuICBLZXl3b3JkRXJyb3JDeHQsXG4gIEVycm9yT2JqZWN0LFxuICBBbnlTY2hlbWFPYmplY3QsXG59IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7U2NoZW1hT2JqQ3h0fSBmcm9tIFwiLi5cIlxuaW1wb3J0IHtpc0pTT05UeXBlLCBKU09OVHlwZX0gZnJvbSBcIi4uL3J1bGVzXCJcbmltcG9ydCB7c2NoZW1hSGFzUnVsZXNGb3JUeXBlfSBmcm9tIFwiLi9hcHBsaWNhYmlsaXR5XCJcbmltcG9ydCB7cmVwb3J0RXJyb3J9IGZyb20gXCIuLi9lcnJvcnNcIlxuaW1wb3J0IHtfLCBuaWwsIGFuZCwgbm90LCBvcGVyYXRvcnMsIENvZGUsIE5hbWV9IGZyb20gXCIuLi9jb2RlZ2VuXCJcbmltcG9ydCB7dG9IYXNoLCBzY2hlbWFSZWZPclZhbH0gZnJvbSBcIi4uL3V0aWxcIlxuXG5leHBvcnQgZW51bSBEYXRhVHlwZSB7XG4gIENvcnJlY3QsXG4gIFdyb25nLFxufVxuXG5leHBvcnQgZnVuY3Rpb24gZ2V0U2NoZW1hVHlwZXMoc2NoZW1hOiBBbnlTY2hlbWFPYmplY3QpOiBKU09OVHlwZVtdIHtcbiAgY29uc3QgdHlwZXMgPSBnZXRKU09OVHlwZXMoc2NoZW1hLnR5cGUpXG4gIGNvbnN0IGhhc051bGwgPSB0eXBlcy5pbmNsdWRlcyhcIm51bGxcIilcbiAgaWYgKGhhc051bGwpIHtcbiAgICBpZiAoc2NoZW1hLm51bGxhYmxlID09PSBmYWxzZSkgdGhyb3cgbmV3IEVycm9yKFwidHlwZTogbnVsbCBjb250cmFkaWN0cyBudWxsYWJsZTogZmFsc2VcIilcbiAgfSBlbHNlIHtcbiAgICBpZiAoIXR5cGVzLmxlbmd0aCAmJiBzY2hlbWEubnVsbGFibGUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKCdcIm51bGxhYmxlXCIgY2Fubm90IGJlIHVzZWQgd2l0aG91dCBcInR5cGVcIicpXG4gICAgfVxuICAgIGlmIChzY2hlbWEubnVsbGFibGUgPT09IHRydWUpIHR5cGVzLnB1c2goXCJudWxsXCIpXG4gIH1cbiAgcmV0dXJuIHR5cGVzXG59XG5cbi8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvbm8tcmVkdW5kYW50LXR5cGUtY29uc3RpdHVlbnRzXG5leHBvcnQgZnVuY3Rpb24gZ2V0SlNPTlR5cGVzKHRzOiB1bmtub3duIHwgdW5rbm93bltdKTogSlNPTlR5cGVbXSB7XG4gIGNvbnN0IHR5cGVzOiB1bmtub3duW10gPSBBcnJheS5pc0FycmF5KHRzKSA/IHRzIDogdHMgPyBbdHNdIDogW11cbiAgaWYgKHR5cGVzLmV2ZXJ5KGlzSlNPTlR5cGUpKSByZXR1cm4gdHlwZXNcbiAgdGhyb3cgbmV3IEVycm9yKFwidHlwZSBtdXN0IGJlIEpTT05UeXBlIG9yIEpTT05UeXBlW106IFwiICsgdHlwZXMuam9pbihcIixcIikpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb2VyY2VBbmRDaGVja0RhdGFUeXBlKGl0OiBTY2hlbWFPYmpDeHQsIHR5cGVzOiBKU09OVHlwZVtdKTogYm9vbGVhbiB7XG4gIGNvbnN0IHtnZW4sIGRhdGEsIG9wdHN9ID0gaXRcbiAgY29uc3QgY29lcmNlVG8gPSBjb2VyY2VUb1R5cGVzKHR5cGVzLCBvcHRzLmNvZXJjZVR5cGVzKVxuICBjb25zdCBjaGVja1R5cGVzID1cbiAgICB0eXBlcy5sZW5ndGggPiAwICYmXG4gICAgIShjb2VyY2VUby5sZW5ndGggPT09IDAgJiYgdHlwZXMubGVuZ3RoID09PSAxICYmIHNjaGVtYUhhc1J1bGVzRm9yVHlwZShpdCwgdHlwZXNbMF0pKVxuICBpZiAoY2hlY2tUeXBlcykge1xuICAgIGNvbnN0IHdyb25nVHlwZSA9IGNoZWNrRGF0YVR5cGVzKHR5cGVzLCBkYXRhLCBvcHRzLnN0cmljdE51bWJlcnMsIERhdGFUeXBlLldyb25nKVxuICAgIGdlbi5pZih3cm9uZ1R5cGUsICgpID0+IHtcbiAgICAgIGlmIChjb2VyY2VUby5sZW5ndGgpIGNvZXJjZURhdGEoaXQsIHR5cGVzLCBjb2VyY2VUbylcbiAgICAgIGVsc2UgcmVwb3J0VHlwZUVycm9yKGl0KVxuICAgIH0pXG4gIH1cbiAgcmV0dXJuIGNoZWNrVHlwZXNcbn1cblxuY29uc3QgQ09FUkNJQkxFOiBTZXQ8SlNPTlR5cGU+ID0gbmV3IFNldChbXCJzdHJpbmdcIiwgXCJudW1iZXJcIiwgXCJpbnRlZ2VyXCIsIFwiYm9vbGVhblwiLCBcIm51bGxcIl0pXG5mdW5jdGlvbiBjb2VyY2VUb1R5cGVzKHR5cGVzOiBKU09OVHlwZVtdLCBjb2VyY2VUeXBlcz86IGJvb2xlYW4gfCBcImFycmF5XCIpOiBKU09OVHlwZVtdIHtcbiAgcmV0dXJuIGNvZXJjZVR5cGVzXG4gICAgPyB0eXBlcy5maWx0ZXIoKHQpID0+IENPRVJDSUJMRS5oYXModCkgfHwgKGNvZXJjZVR5cGVzID09PSBcImFycmF5XCIgJiYgdCA9PT0gXCJhcnJheVwiKSlcbiAgICA6IFtdXG59XG5cbmZ1bmN0aW9uIGNvZXJjZURhdGEoaXQ6IFNjaGVtYU9iakN4dCwgdHlwZXM6IEpTT05UeXBlW10sIGNvZXJjZVRvOiBKU09OVHlwZVtdKTogdm9pZCB7XG4gIGNvbnN0IHtnZW4sIGRhdGEsIG9wdHN9ID0gaXRcbiAgY29uc3QgZGF0YVR5cGUgPSBnZW4ubGV0KFwiZGF0YVR5cGVcIiwgX2B0eXBlb2YgJHtkYXRhfWApXG4gIGNvbnN0IGNvZXJjZWQgPSBnZW4ubGV0KFwiY29lcmNlZFwiLCBfYHVuZGVmaW5lZGApXG4gIGlmIChvcHRzLmNvZXJjZVR5cGVzID09PSBcImFycmF5XCIpIHtcbiAgICBnZW4uaWYoX2Ake2RhdGFUeXBlfSA9PSAnb2JqZWN0JyAmJiBBcnJheS5pc0FycmF5KCR7ZGF0YX0pICYmICR7ZGF0YX0ubGVuZ3RoID09IDFgLCAoKSA9PlxuICAgICAgZ2VuXG4gICAgICAgIC5hc3NpZ24oZGF0YSwgX2Ake2RhdGF9WzBdYClcbiAgICAgICAgLmFzc2lnbihkYXRhVHlwZSwgX2B0eXBlb2YgJHtkYXRhfWApXG4gICAgICAgIC5pZihjaGVja0RhdGFUeXBlcyh0eXBlcywgZGF0YSwgb3B0cy5zdHJpY3ROdW1iZXJzKSwgKCkgPT4gZ2VuLmFzc2lnbihjb2VyY2VkLCBkYXRhKSlcbiAgICApXG4gIH1cbiAgZ2VuLmlmKF9gJHtjb2VyY2VkfSAhPT0gdW5kZWZpbmVkYClcbiAgZm9yIChjb25zdCB0IG9mIGNvZXJjZVRvKSB7XG4gICAgaWYgKENPRVJDSUJMRS5oYXModCkgfHwgKHQgPT09IFwiYXJyYXlcIiAmJiBvcHRzLmNvZXJjZVR5cGVzID09PSBcImFycmF5XCIpKSB7XG4gICAgICBjb2VyY2VTcGVjaWZpY1R5cGUodClcbiAgICB9XG4gIH1cbiAgZ2VuLmVsc2UoKVxuICByZXBvcnRUeXBlRXJyb3IoaXQpXG4gIGdlbi5lbmRJZigpXG5cbiAgZ2VuLmlmKF9gJHtjb2VyY2VkfSAhPT0gdW5kZWZpbmVkYCwgKCkgPT4ge1xuICAgIGdlbi5hc3NpZ24oZGF0YSwgY29lcmNlZClcbiAgICBhc3NpZ25QYXJlbnREYXRhKGl0LCBjb2VyY2VkKVxuICB9KVxuXG4gIGZ1bmN0aW9uIGNvZXJjZVNwZWNpZmljVHlwZSh0OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBzd2l0Y2ggKHQpIHtcbiAgICAgIGNhc2UgXCJzdHJpbmdcIjpcbiAgICAgICAgZ2VuXG4gICAgICAgICAgLmVsc2VJZihfYCR7ZGF0YVR5cGV9ID09IFwibnVtYmVyXCIgfHwgJHtkYXRhVHlwZX0gPT0gXCJib29sZWFuXCJgKVxuICAgICAgICAgIC5hc3NpZ24oY29lcmNlZCwgX2BcIlwiICsgJHtkYXRhfWApXG4gICAgICAgICAgLmVsc2VJZihfYCR7ZGF0YX0gPT09IG51bGxgKVxuICAgICAgICAgIC5hc3NpZ24oY29lcmNlZCwgX2BcIlwiYClcbiAgICAgICAgcmV0dXJuXG4gICAgICBjYXNlIFwibnVtYmVyXCI6XG4gICAgICAgIGdlblxuICAgICAgICAgIC5lbHNlSWYoXG4gICAgICAgICAgICBfYCR7ZGF0YVR5cGV9ID09IFwiYm9vbGVhblwiIHx8ICR7ZGF0YX0gPT09IG51bGxcbiAgICAgICAgICAgICAgfHwgKCR7ZGF0YVR5cGV9ID09IFwic3RyaW5nXCIgJiYgJHtkYXRhfSAmJiAke2RhdGF9ID09ICske2RhdGF9KWBcbiAgICAgICAgICApXG4gICAgICAgICAgLmFzc2lnbihjb2VyY2VkLCBfYCske2RhdGF9YClcbiAgICAgICAgcmV0dXJuXG4gICAgICBjYXNlIFwiaW50ZWdlclwiOlxuICAgICAgICBnZW5cbiAgICAgICAgICAuZWxzZUlmKFxuICAgICAgICAgICAgX2Ake2RhdGFUeXBlfSA9PT0gXCJib29sZWFuXCIgfHwgJHtkYXRhfSA9PT0gbnVsbFxuICAgICAgICAgICAgICB8fCAoJHtkYXRhVHlwZX0gPT09IFwic3RyaW5nXCIgJiYgJHtkYXRhfSAmJiAke2RhdGF9ID09ICske2RhdGF9ICYmICEoJHtkYXRhfSAlIDEpKWBcbiAgICAgICAgICApXG4gICAgICAgICAgLmFzc2lnbihjb2VyY2VkLCBfYCske2RhdGF9YClcbiAgICAgICAgcmV0dXJuXG4gICAgICBjYXNlIFwiYm9vbGVhblwiOlxuICAgICAgICBnZW5cbiAgICAgICAgICAuZWxzZUlmKF9gJHtkYXRhfSA9PT0gXCJmYWxzZVwiIHx8ICR7ZGF0YX0gPT09IDAgfHwgJHtkYXRhfSA9PT0gbnVsbGApXG4gICAgICAgICAgLmFzc2lnbihjb2VyY2VkLCBmYWxzZSlcbiAgICAgICAgICAuZWxzZUlmKF9gJHtkYXRhfSA9PT0gXCJ0cnVlXCIgfHwgJHtkYXRhfSA9PT0gMWApXG4gICAgICAgICAgLmFzc2lnbihjb2VyY2VkLCB0cnVlKVxuICAgICAgICByZXR1cm5cbiAgICAgIGNhc2UgXCJudWxsXCI6XG4gICAgICAgIGdlbi5lbHNlSWYoX2Ake2RhdGF9ID09PSBcIlwiIHx8ICR7ZGF0YX0gPT09IDAgfHwgJHtkYXRhfSA9PT0gZmFsc2VgKVxuICAgICAgICBnZW4uYXNzaWduKGNvZXJjZWQsIG51bGwpXG4gICAgICAgIHJldHVyblxuXG4gICAgICBjYXNlIFwiYXJyYXlcIjpcbiAgICAgICAgZ2VuXG4gICAgICAgICAgLmVsc2VJZihcbiAgICAgICAgICAgIF9gJHtkYXRhVHlwZX0gPT09IFwic3RyaW5nXCIgfHwgJHtkYXRhVHlwZX0gPT09IFwibnVtYmVyXCJcbiAgICAgICAgICAgICAgfHwgJHtkYXRhVHlwZX0gPT09IFwiYm9vbGVhblwiIHx8ICR7ZGF0YX0gPT09IG51bGxgXG4gICAgICAgICAgKVxuICAgICAgICAgIC5hc3NpZ24oY29lcmNlZCwgX2BbJHtkYXRhfV1gKVxuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBhc3NpZ25QYXJlbnREYXRhKHtnZW4sIHBhcmVudERhdGEsIHBhcmVudERhdGFQcm9wZXJ0eX06IFNjaGVtYU9iakN4dCwgZXhwcjogTmFtZSk6IHZvaWQge1xuICAvLyBUT0RPIHVzZSBnZW4ucHJvcGVydHlcbiAgZ2VuLmlmKF9gJHtwYXJlbnREYXRhfSAhPT0gdW5kZWZpbmVkYCwgKCkgPT5cbiAgICBnZW4uYXNzaWduKF9gJHtwYXJlbnREYXRhfVske3BhcmVudERhdGFQcm9wZXJ0eX1dYCwgZXhwcilcbiAgKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tEYXRhVHlwZShcbiAgZGF0YVR5cGU6IEpTT05UeXBlLFxuICBkYXRhOiBOYW1lLFxuICBzdHJpY3ROdW1zPzogYm9vbGVhbiB8IFwibG9nXCIsXG4gIGNvcnJlY3QgPSBEYXRhVHlwZS5Db3JyZWN0XG4pOiBDb2RlIHtcbiAgY29uc3QgRVEgPSBjb3JyZWN0ID09PSBEYXRhVHlwZS5Db3JyZWN0ID8gb3BlcmF0b3JzLkVRIDogb3BlcmF0b3JzLk5FUVxuICBsZXQgY29uZDogQ29kZVxuICBzd2l0Y2ggKGRhdGFUeXBlKSB7XG4gICAgY2FzZSBcIm51bGxcIjpcbiAgICAgIHJldHVybiBfYCR7ZGF0YX0gJHtFUX0gbnVsbGBcbiAgICBjYXNlIFwiYXJyYXlcIjpcbiAgICAgIGNvbmQgPSBfYEFycmF5LmlzQXJyYXkoJHtkYXRhfSlgXG4gICAgICBicmVha1xuICAgIGNhc2UgXCJvYmplY3RcIjpcbiAgICAgIGNvbmQgPSBfYCR7ZGF0YX0gJiYgdHlwZW9mICR7ZGF0YX0gPT0gXCJvYmplY3RcIiAmJiAhQXJyYXkuaXNBcnJheSgke2RhdGF9KWBcbiAgICAgIGJyZWFrXG4gICAgY2FzZSBcImludGVnZXJcIjpcbiAgICAgIGNvbmQgPSBudW1Db25kKF9gISgke2RhdGF9ICUgMSkgJiYgIWlzTmFOKCR7ZGF0YX0pYClcbiAgICAgIGJyZWFrXG4gICAgY2FzZSBcIm51bWJlclwiOlxuICAgICAgY29uZCA9IG51bUNvbmQoKVxuICAgICAgYnJlYWtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIF9gdHlwZW9mICR7ZGF0YX0gJHtFUX0gJHtkYXRhVHlwZX1gXG4gIH1cbiAgcmV0dXJuIGNvcnJlY3QgPT09IERhdGFUeXBlLkNvcnJlY3QgPyBjb25kIDogbm90KGNvbmQpXG5cbiAgZnVuY3Rpb24gbnVtQ29uZChfY29uZDogQ29kZSA9IG5pbCk6IENvZGUge1xuICAgIHJldHVybiBhbmQoX2B0eXBlb2YgJHtkYXRhfSA9PSBcIm51bWJlclwiYCwgX2NvbmQsIHN0cmljdE51bXMgPyBfYGlzRmluaXRlKCR7ZGF0YX0pYCA6IG5pbClcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tEYXRhVHlwZXMoXG4gIGRhdGFUeXBlczogSlNPTlR5cGVbXSxcbiAgZGF0YTogTmFtZSxcbiAgc3RyaWN0TnVtcz86IGJvb2xlYW4gfCBcImxvZ1wiLFxuICBjb3JyZWN0PzogRGF0YVR5cGVcbik6IENvZGUge1xuICBpZiAoZGF0YVR5cGVzLmxlbmd0aCA9PT0gMSkge1xuICAgIHJldHVybiBjaGVja0RhdGFUeXBlKGRhdGFUeXBlc1swXSwgZGF0YSwgc3RyaWN0TnVtcywgY29ycmVjdClcbiAgfVxuICBsZXQgY29uZDogQ29kZVxuICBjb25zdCB0eXBlcyA9IHRvSGFzaChkYXRhVHlwZXMpXG4gIGlmICh0eXBlcy5hcnJheSAmJiB0eXBlcy5vYmplY3QpIHtcbiAgICBjb25zdCBub3RPYmogPSBfYHR5cGVvZiAke2RhdGF9ICE9IFwib2JqZWN0XCJgXG4gICAgY29uZCA9IHR5cGVzLm51bGwgPyBub3RPYmogOiBfYCEke2RhdGF9IHx8ICR7bm90T2JqfWBcbiAgICBkZWxldGUgdHlwZXMubnVsbFxuICAgIGRlbGV0ZSB0eXBlcy5hcnJheVxuICAgIGRlbGV0ZSB0eXBlcy5vYmplY3RcbiAgfSBlbHNlIHtcbiAgICBjb25kID0gbmlsXG4gIH1cbiAgaWYgKHR5cGVzLm51bWJlcikgZGVsZXRlIHR5cGVzLmludGVnZXJcbiAgZm9yIChjb25zdCB0IGluIHR5cGVzKSBjb25kID0gYW5kKGNvbmQsIGNoZWNrRGF0YVR5cGUodCBhcyBKU09OVHlwZSwgZGF0YSwgc3RyaWN0TnVtcywgY29ycmVjdCkpXG4gIHJldHVybiBjb25kXG59XG5cbmV4cG9ydCB0eXBlIFR5cGVFcnJvciA9IEVycm9yT2JqZWN0PFwidHlwZVwiLCB7dHlwZTogc3RyaW5nfT5cblxuY29uc3QgdHlwZUVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiAoe3NjaGVtYX0pID0+IGBtdXN0IGJlICR7c2NoZW1hfWAsXG4gIHBhcmFtczogKHtzY2hlbWEsIHNjaGVtYVZhbHVlfSkgPT5cbiAgICB0eXBlb2Ygc2NoZW1hID09IFwic3RyaW5nXCIgPyBfYHt0eXBlOiAke3NjaGVtYX19YCA6IF9ge3R5cGU6ICR7c2NoZW1hVmFsdWV9fWAsXG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXBvcnRUeXBlRXJyb3IoaXQ6IFNjaGVtYU9iakN4dCk6IHZvaWQge1xuICBjb25zdCBjeHQgPSBnZXRUeXBlRXJyb3JDb250ZXh0KGl0KVxuICByZXBvcnRFcnJvcihjeHQsIHR5cGVFcnJvcilcbn1cblxuZnVuY3Rpb24gZ2V0VHlwZUVycm9yQ29udGV4dChpdDogU2NoZW1hT2JqQ3h0KTogS2V5d29yZEVycm9yQ3h0IHtcbiAgY29uc3Qge2dlbiwgZGF0YSwgc2NoZW1hfSA9IGl0XG4gIGNvbnN0IHNjaGVtYUNvZGUgPSBzY2hlbWFSZWZPclZhbChpdCwgc2NoZW1hLCBcInR5cGVcIilcbiAgcmV0dXJuIHtcbiAgICBnZW4sXG4gICAga2V5d29yZDogXCJ0eXBlXCIsXG4gICAgZGF0YSxcbiAgICBzY2hlbWE6IHNjaGVtYS50eXBlLFxuICAgIHNjaGVtYUNvZGUsXG4gICAgc2NoZW1hVmFsdWU6IHNjaGVtYUNvZGUsXG4gICAgcGFyZW50U2NoZW1hOiBzY2hlbWEsXG4gICAgcGFyYW1zOiB7fSxcbiAgICBpdCxcbiAgfVxufVxuIiwgImltcG9ydCB0eXBlIHtTY2hlbWFPYmpDeHR9IGZyb20gXCIuLlwiXG5pbXBvcnQge18sIGdldFByb3BlcnR5LCBzdHJpbmdpZnl9IGZyb20gXCIuLi9jb2RlZ2VuXCJcbmltcG9ydCB7Y2hlY2tTdHJpY3RNb2RlfSBmcm9tIFwiLi4vdXRpbFwiXG5cbmV4cG9ydCBmdW5jdGlvbiBhc3NpZ25EZWZhdWx0cyhpdDogU2NoZW1hT2JqQ3h0LCB0eT86IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB7cHJvcGVydGllcywgaXRlbXN9ID0gaXQuc2NoZW1hXG4gIGlmICh0eSA9PT0gXCJvYmplY3RcIiAmJiBwcm9wZXJ0aWVzKSB7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcHJvcGVydGllcykge1xuICAgICAgYXNzaWduRGVmYXVsdChpdCwga2V5LCBwcm9wZXJ0aWVzW2tleV0uZGVmYXVsdClcbiAgICB9XG4gIH0gZWxzZSBpZiAodHkgPT09IFwiYXJyYXlcIiAmJiBBcnJheS5pc0FycmF5KGl0ZW1zKSkge1xuICAgIGl0ZW1zLmZvckVhY2goKHNjaCwgaTogbnVtYmVyKSA9PiBhc3NpZ25EZWZhdWx0KGl0LCBpLCBzY2guZGVmYXVsdCkpXG4gIH1cbn1cblxuZnVuY3Rpb24gYXNzaWduRGVmYXVsdChpdDogU2NoZW1hT2JqQ3h0LCBwcm9wOiBzdHJpbmcgfCBudW1iZXIsIGRlZmF1bHRWYWx1ZTogdW5rbm93bik6IHZvaWQge1xuICBjb25zdCB7Z2VuLCBjb21wb3NpdGVSdWxlLCBkYXRhLCBvcHRzfSA9IGl0XG4gIGlmIChkZWZhdWx0VmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuXG4gIGNvbnN0IGNoaWxkRGF0YSA9IF9gJHtkYXRhfSR7Z2V0UHJvcGVydHkocHJvcCl9YFxuICBpZiAoY29tcG9zaXRlUnVsZSkge1xuICAgIGNoZWNrU3RyaWN0TW9kZShpdCwgYGRlZmF1bHQgaXMgaWdub3JlZCBmb3I6ICR7Y2hpbGREYXRhfWApXG4gICAgcmV0dXJuXG4gIH1cblxuICBsZXQgY29uZGl0aW9uID0gX2Ake2NoaWxkRGF0YX0gPT09IHVuZGVmaW5lZGBcbiAgaWYgKG9wdHMudXNlRGVmYXVsdHMgPT09IFwiZW1wdHlcIikge1xuICAgIGNvbmRpdGlvbiA9IF9gJHtjb25kaXRpb259IHx8ICR7Y2hpbGREYXRhfSA9PT0gbnVsbCB8fCAke2NoaWxkRGF0YX0gPT09IFwiXCJgXG4gIH1cbiAgLy8gYCR7Y2hpbGREYXRhfSA9PT0gdW5kZWZpbmVkYCArXG4gIC8vIChvcHRzLnVzZURlZmF1bHRzID09PSBcImVtcHR5XCIgPyBgIHx8ICR7Y2hpbGREYXRhfSA9PT0gbnVsbCB8fCAke2NoaWxkRGF0YX0gPT09IFwiXCJgIDogXCJcIilcbiAgZ2VuLmlmKGNvbmRpdGlvbiwgX2Ake2NoaWxkRGF0YX0gPSAke3N0cmluZ2lmeShkZWZhdWx0VmFsdWUpfWApXG59XG4iLCAiaW1wb3J0IHR5cGUge0FueVNjaGVtYSwgU2NoZW1hTWFwfSBmcm9tIFwiLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge1NjaGVtYUN4dH0gZnJvbSBcIi4uL2NvbXBpbGVcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7Q29kZUdlbiwgXywgYW5kLCBvciwgbm90LCBuaWwsIHN0ckNvbmNhdCwgZ2V0UHJvcGVydHksIENvZGUsIE5hbWV9IGZyb20gXCIuLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHthbHdheXNWYWxpZFNjaGVtYSwgVHlwZX0gZnJvbSBcIi4uL2NvbXBpbGUvdXRpbFwiXG5pbXBvcnQgTiBmcm9tIFwiLi4vY29tcGlsZS9uYW1lc1wiXG5pbXBvcnQge3VzZUZ1bmN9IGZyb20gXCIuLi9jb21waWxlL3V0aWxcIlxuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUmVwb3J0TWlzc2luZ1Byb3AoY3h0OiBLZXl3b3JkQ3h0LCBwcm9wOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwgZGF0YSwgaXR9ID0gY3h0XG4gIGdlbi5pZihub1Byb3BlcnR5SW5EYXRhKGdlbiwgZGF0YSwgcHJvcCwgaXQub3B0cy5vd25Qcm9wZXJ0aWVzKSwgKCkgPT4ge1xuICAgIGN4dC5zZXRQYXJhbXMoe21pc3NpbmdQcm9wZXJ0eTogX2Ake3Byb3B9YH0sIHRydWUpXG4gICAgY3h0LmVycm9yKClcbiAgfSlcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrTWlzc2luZ1Byb3AoXG4gIHtnZW4sIGRhdGEsIGl0OiB7b3B0c319OiBLZXl3b3JkQ3h0LFxuICBwcm9wZXJ0aWVzOiBzdHJpbmdbXSxcbiAgbWlzc2luZzogTmFtZVxuKTogQ29kZSB7XG4gIHJldHVybiBvcihcbiAgICAuLi5wcm9wZXJ0aWVzLm1hcCgocHJvcCkgPT5cbiAgICAgIGFuZChub1Byb3BlcnR5SW5EYXRhKGdlbiwgZGF0YSwgcHJvcCwgb3B0cy5vd25Qcm9wZXJ0aWVzKSwgX2Ake21pc3Npbmd9ID0gJHtwcm9wfWApXG4gICAgKVxuICApXG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXBvcnRNaXNzaW5nUHJvcChjeHQ6IEtleXdvcmRDeHQsIG1pc3Npbmc6IE5hbWUpOiB2b2lkIHtcbiAgY3h0LnNldFBhcmFtcyh7bWlzc2luZ1Byb3BlcnR5OiBtaXNzaW5nfSwgdHJ1ZSlcbiAgY3h0LmVycm9yKClcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGhhc1Byb3BGdW5jKGdlbjogQ29kZUdlbik6IE5hbWUge1xuICByZXR1cm4gZ2VuLnNjb3BlVmFsdWUoXCJmdW5jXCIsIHtcbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L3VuYm91bmQtbWV0aG9kXG4gICAgcmVmOiBPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LFxuICAgIGNvZGU6IF9gT2JqZWN0LnByb3RvdHlwZS5oYXNPd25Qcm9wZXJ0eWAsXG4gIH0pXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc093blByb3BlcnR5KGdlbjogQ29kZUdlbiwgZGF0YTogTmFtZSwgcHJvcGVydHk6IE5hbWUgfCBzdHJpbmcpOiBDb2RlIHtcbiAgcmV0dXJuIF9gJHtoYXNQcm9wRnVuYyhnZW4pfS5jYWxsKCR7ZGF0YX0sICR7cHJvcGVydHl9KWBcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHByb3BlcnR5SW5EYXRhKFxuICBnZW46IENvZGVHZW4sXG4gIGRhdGE6IE5hbWUsXG4gIHByb3BlcnR5OiBOYW1lIHwgc3RyaW5nLFxuICBvd25Qcm9wZXJ0aWVzPzogYm9vbGVhblxuKTogQ29kZSB7XG4gIGNvbnN0IGNvbmQgPSBfYCR7ZGF0YX0ke2dldFByb3BlcnR5KHByb3BlcnR5KX0gIT09IHVuZGVmaW5lZGBcbiAgcmV0dXJuIG93blByb3BlcnRpZXMgPyBfYCR7Y29uZH0gJiYgJHtpc093blByb3BlcnR5KGdlbiwgZGF0YSwgcHJvcGVydHkpfWAgOiBjb25kXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBub1Byb3BlcnR5SW5EYXRhKFxuICBnZW46IENvZGVHZW4sXG4gIGRhdGE6IE5hbWUsXG4gIHByb3BlcnR5OiBOYW1lIHwgc3RyaW5nLFxuICBvd25Qcm9wZXJ0aWVzPzogYm9vbGVhblxuKTogQ29kZSB7XG4gIGNvbnN0IGNvbmQgPSBfYCR7ZGF0YX0ke2dldFByb3BlcnR5KHByb3BlcnR5KX0gPT09IHVuZGVmaW5lZGBcbiAgcmV0dXJuIG93blByb3BlcnRpZXMgPyBvcihjb25kLCBub3QoaXNPd25Qcm9wZXJ0eShnZW4sIGRhdGEsIHByb3BlcnR5KSkpIDogY29uZFxufVxuXG5leHBvcnQgZnVuY3Rpb24gYWxsU2NoZW1hUHJvcGVydGllcyhzY2hlbWFNYXA/OiBTY2hlbWFNYXApOiBzdHJpbmdbXSB7XG4gIHJldHVybiBzY2hlbWFNYXAgPyBPYmplY3Qua2V5cyhzY2hlbWFNYXApLmZpbHRlcigocCkgPT4gcCAhPT0gXCJfX3Byb3RvX19cIikgOiBbXVxufVxuXG5leHBvcnQgZnVuY3Rpb24gc2NoZW1hUHJvcGVydGllcyhpdDogU2NoZW1hQ3h0LCBzY2hlbWFNYXA6IFNjaGVtYU1hcCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIGFsbFNjaGVtYVByb3BlcnRpZXMoc2NoZW1hTWFwKS5maWx0ZXIoXG4gICAgKHApID0+ICFhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoZW1hTWFwW3BdIGFzIEFueVNjaGVtYSlcbiAgKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gY2FsbFZhbGlkYXRlQ29kZShcbiAge3NjaGVtYUNvZGUsIGRhdGEsIGl0OiB7Z2VuLCB0b3BTY2hlbWFSZWYsIHNjaGVtYVBhdGgsIGVycm9yUGF0aH0sIGl0fTogS2V5d29yZEN4dCxcbiAgZnVuYzogQ29kZSxcbiAgY29udGV4dDogQ29kZSxcbiAgcGFzc1NjaGVtYT86IGJvb2xlYW5cbik6IENvZGUge1xuICBjb25zdCBkYXRhQW5kU2NoZW1hID0gcGFzc1NjaGVtYSA/IF9gJHtzY2hlbWFDb2RlfSwgJHtkYXRhfSwgJHt0b3BTY2hlbWFSZWZ9JHtzY2hlbWFQYXRofWAgOiBkYXRhXG4gIGNvbnN0IHZhbEN4dDogW05hbWUsIENvZGUgfCBudW1iZXJdW10gPSBbXG4gICAgW04uaW5zdGFuY2VQYXRoLCBzdHJDb25jYXQoTi5pbnN0YW5jZVBhdGgsIGVycm9yUGF0aCldLFxuICAgIFtOLnBhcmVudERhdGEsIGl0LnBhcmVudERhdGFdLFxuICAgIFtOLnBhcmVudERhdGFQcm9wZXJ0eSwgaXQucGFyZW50RGF0YVByb3BlcnR5XSxcbiAgICBbTi5yb290RGF0YSwgTi5yb290RGF0YV0sXG4gIF1cbiAgaWYgKGl0Lm9wdHMuZHluYW1pY1JlZikgdmFsQ3h0LnB1c2goW04uZHluYW1pY0FuY2hvcnMsIE4uZHluYW1pY0FuY2hvcnNdKVxuICBjb25zdCBhcmdzID0gX2Ake2RhdGFBbmRTY2hlbWF9LCAke2dlbi5vYmplY3QoLi4udmFsQ3h0KX1gXG4gIHJldHVybiBjb250ZXh0ICE9PSBuaWwgPyBfYCR7ZnVuY30uY2FsbCgke2NvbnRleHR9LCAke2FyZ3N9KWAgOiBfYCR7ZnVuY30oJHthcmdzfSlgXG59XG5cbmNvbnN0IG5ld1JlZ0V4cCA9IF9gbmV3IFJlZ0V4cGBcblxuZXhwb3J0IGZ1bmN0aW9uIHVzZVBhdHRlcm4oe2dlbiwgaXQ6IHtvcHRzfX06IEtleXdvcmRDeHQsIHBhdHRlcm46IHN0cmluZyk6IE5hbWUge1xuICBjb25zdCB1ID0gb3B0cy51bmljb2RlUmVnRXhwID8gXCJ1XCIgOiBcIlwiXG4gIGNvbnN0IHtyZWdFeHB9ID0gb3B0cy5jb2RlXG4gIGNvbnN0IHJ4ID0gcmVnRXhwKHBhdHRlcm4sIHUpXG5cbiAgcmV0dXJuIGdlbi5zY29wZVZhbHVlKFwicGF0dGVyblwiLCB7XG4gICAga2V5OiByeC50b1N0cmluZygpLFxuICAgIHJlZjogcngsXG4gICAgY29kZTogX2Ake3JlZ0V4cC5jb2RlID09PSBcIm5ldyBSZWdFeHBcIiA/IG5ld1JlZ0V4cCA6IHVzZUZ1bmMoZ2VuLCByZWdFeHApfSgke3BhdHRlcm59LCAke3V9KWAsXG4gIH0pXG59XG5cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0ZUFycmF5KGN4dDogS2V5d29yZEN4dCk6IE5hbWUge1xuICBjb25zdCB7Z2VuLCBkYXRhLCBrZXl3b3JkLCBpdH0gPSBjeHRcbiAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gIGlmIChpdC5hbGxFcnJvcnMpIHtcbiAgICBjb25zdCB2YWxpZEFyciA9IGdlbi5sZXQoXCJ2YWxpZFwiLCB0cnVlKVxuICAgIHZhbGlkYXRlSXRlbXMoKCkgPT4gZ2VuLmFzc2lnbih2YWxpZEFyciwgZmFsc2UpKVxuICAgIHJldHVybiB2YWxpZEFyclxuICB9XG4gIGdlbi52YXIodmFsaWQsIHRydWUpXG4gIHZhbGlkYXRlSXRlbXMoKCkgPT4gZ2VuLmJyZWFrKCkpXG4gIHJldHVybiB2YWxpZFxuXG4gIGZ1bmN0aW9uIHZhbGlkYXRlSXRlbXMobm90VmFsaWQ6ICgpID0+IHZvaWQpOiB2b2lkIHtcbiAgICBjb25zdCBsZW4gPSBnZW4uY29uc3QoXCJsZW5cIiwgX2Ake2RhdGF9Lmxlbmd0aGApXG4gICAgZ2VuLmZvclJhbmdlKFwiaVwiLCAwLCBsZW4sIChpKSA9PiB7XG4gICAgICBjeHQuc3Vic2NoZW1hKFxuICAgICAgICB7XG4gICAgICAgICAga2V5d29yZCxcbiAgICAgICAgICBkYXRhUHJvcDogaSxcbiAgICAgICAgICBkYXRhUHJvcFR5cGU6IFR5cGUuTnVtLFxuICAgICAgICB9LFxuICAgICAgICB2YWxpZFxuICAgICAgKVxuICAgICAgZ2VuLmlmKG5vdCh2YWxpZCksIG5vdFZhbGlkKVxuICAgIH0pXG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlVW5pb24oY3h0OiBLZXl3b3JkQ3h0KTogdm9pZCB7XG4gIGNvbnN0IHtnZW4sIHNjaGVtYSwga2V5d29yZCwgaXR9ID0gY3h0XG4gIC8qIGlzdGFuYnVsIGlnbm9yZSBpZiAqL1xuICBpZiAoIUFycmF5LmlzQXJyYXkoc2NoZW1hKSkgdGhyb3cgbmV3IEVycm9yKFwiYWp2IGltcGxlbWVudGF0aW9uIGVycm9yXCIpXG4gIGNvbnN0IGFsd2F5c1ZhbGlkID0gc2NoZW1hLnNvbWUoKHNjaDogQW55U2NoZW1hKSA9PiBhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoKSlcbiAgaWYgKGFsd2F5c1ZhbGlkICYmICFpdC5vcHRzLnVuZXZhbHVhdGVkKSByZXR1cm5cblxuICBjb25zdCB2YWxpZCA9IGdlbi5sZXQoXCJ2YWxpZFwiLCBmYWxzZSlcbiAgY29uc3Qgc2NoVmFsaWQgPSBnZW4ubmFtZShcIl92YWxpZFwiKVxuXG4gIGdlbi5ibG9jaygoKSA9PlxuICAgIHNjaGVtYS5mb3JFYWNoKChfc2NoOiBBbnlTY2hlbWEsIGk6IG51bWJlcikgPT4ge1xuICAgICAgY29uc3Qgc2NoQ3h0ID0gY3h0LnN1YnNjaGVtYShcbiAgICAgICAge1xuICAgICAgICAgIGtleXdvcmQsXG4gICAgICAgICAgc2NoZW1hUHJvcDogaSxcbiAgICAgICAgICBjb21wb3NpdGVSdWxlOiB0cnVlLFxuICAgICAgICB9LFxuICAgICAgICBzY2hWYWxpZFxuICAgICAgKVxuICAgICAgZ2VuLmFzc2lnbih2YWxpZCwgX2Ake3ZhbGlkfSB8fCAke3NjaFZhbGlkfWApXG4gICAgICBjb25zdCBtZXJnZWQgPSBjeHQubWVyZ2VWYWxpZEV2YWx1YXRlZChzY2hDeHQsIHNjaFZhbGlkKVxuICAgICAgLy8gY2FuIHNob3J0LWNpcmN1aXQgaWYgYHVuZXZhbHVhdGVkUHJvcGVydGllcy9JdGVtc2Agbm90IHN1cHBvcnRlZCAob3B0cy51bmV2YWx1YXRlZCAhPT0gdHJ1ZSlcbiAgICAgIC8vIG9yIGlmIGFsbCBwcm9wZXJ0aWVzIGFuZCBpdGVtcyB3ZXJlIGV2YWx1YXRlZCAoaXQucHJvcHMgPT09IHRydWUgJiYgaXQuaXRlbXMgPT09IHRydWUpXG4gICAgICBpZiAoIW1lcmdlZCkgZ2VuLmlmKG5vdCh2YWxpZCkpXG4gICAgfSlcbiAgKVxuXG4gIGN4dC5yZXN1bHQoXG4gICAgdmFsaWQsXG4gICAgKCkgPT4gY3h0LnJlc2V0KCksXG4gICAgKCkgPT4gY3h0LmVycm9yKHRydWUpXG4gIClcbn1cbiIsICJpbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi5cIlxuaW1wb3J0IHR5cGUge1xuICBBbnlTY2hlbWEsXG4gIFNjaGVtYVZhbGlkYXRlRnVuY3Rpb24sXG4gIEFueVZhbGlkYXRlRnVuY3Rpb24sXG4gIEFkZGVkS2V5d29yZERlZmluaXRpb24sXG4gIE1hY3JvS2V5d29yZERlZmluaXRpb24sXG4gIEZ1bmNLZXl3b3JkRGVmaW5pdGlvbixcbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtTY2hlbWFPYmpDeHR9IGZyb20gXCIuLlwiXG5pbXBvcnQge18sIG5pbCwgbm90LCBzdHJpbmdpZnksIENvZGUsIE5hbWUsIENvZGVHZW59IGZyb20gXCIuLi9jb2RlZ2VuXCJcbmltcG9ydCBOIGZyb20gXCIuLi9uYW1lc1wiXG5pbXBvcnQgdHlwZSB7SlNPTlR5cGV9IGZyb20gXCIuLi9ydWxlc1wiXG5pbXBvcnQge2NhbGxWYWxpZGF0ZUNvZGV9IGZyb20gXCIuLi8uLi92b2NhYnVsYXJpZXMvY29kZVwiXG5pbXBvcnQge2V4dGVuZEVycm9yc30gZnJvbSBcIi4uL2Vycm9yc1wiXG5cbnR5cGUgS2V5d29yZENvbXBpbGF0aW9uUmVzdWx0ID0gQW55U2NoZW1hIHwgU2NoZW1hVmFsaWRhdGVGdW5jdGlvbiB8IEFueVZhbGlkYXRlRnVuY3Rpb25cblxuZXhwb3J0IGZ1bmN0aW9uIG1hY3JvS2V5d29yZENvZGUoY3h0OiBLZXl3b3JkQ3h0LCBkZWY6IE1hY3JvS2V5d29yZERlZmluaXRpb24pOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwga2V5d29yZCwgc2NoZW1hLCBwYXJlbnRTY2hlbWEsIGl0fSA9IGN4dFxuICBjb25zdCBtYWNyb1NjaGVtYSA9IGRlZi5tYWNyby5jYWxsKGl0LnNlbGYsIHNjaGVtYSwgcGFyZW50U2NoZW1hLCBpdClcbiAgY29uc3Qgc2NoZW1hUmVmID0gdXNlS2V5d29yZChnZW4sIGtleXdvcmQsIG1hY3JvU2NoZW1hKVxuICBpZiAoaXQub3B0cy52YWxpZGF0ZVNjaGVtYSAhPT0gZmFsc2UpIGl0LnNlbGYudmFsaWRhdGVTY2hlbWEobWFjcm9TY2hlbWEsIHRydWUpXG5cbiAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gIGN4dC5zdWJzY2hlbWEoXG4gICAge1xuICAgICAgc2NoZW1hOiBtYWNyb1NjaGVtYSxcbiAgICAgIHNjaGVtYVBhdGg6IG5pbCxcbiAgICAgIGVyclNjaGVtYVBhdGg6IGAke2l0LmVyclNjaGVtYVBhdGh9LyR7a2V5d29yZH1gLFxuICAgICAgdG9wU2NoZW1hUmVmOiBzY2hlbWFSZWYsXG4gICAgICBjb21wb3NpdGVSdWxlOiB0cnVlLFxuICAgIH0sXG4gICAgdmFsaWRcbiAgKVxuICBjeHQucGFzcyh2YWxpZCwgKCkgPT4gY3h0LmVycm9yKHRydWUpKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gZnVuY0tleXdvcmRDb2RlKGN4dDogS2V5d29yZEN4dCwgZGVmOiBGdW5jS2V5d29yZERlZmluaXRpb24pOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwga2V5d29yZCwgc2NoZW1hLCBwYXJlbnRTY2hlbWEsICRkYXRhLCBpdH0gPSBjeHRcbiAgY2hlY2tBc3luY0tleXdvcmQoaXQsIGRlZilcbiAgY29uc3QgdmFsaWRhdGUgPVxuICAgICEkZGF0YSAmJiBkZWYuY29tcGlsZSA/IGRlZi5jb21waWxlLmNhbGwoaXQuc2VsZiwgc2NoZW1hLCBwYXJlbnRTY2hlbWEsIGl0KSA6IGRlZi52YWxpZGF0ZVxuICBjb25zdCB2YWxpZGF0ZVJlZiA9IHVzZUtleXdvcmQoZ2VuLCBrZXl3b3JkLCB2YWxpZGF0ZSlcbiAgY29uc3QgdmFsaWQgPSBnZW4ubGV0KFwidmFsaWRcIilcbiAgY3h0LmJsb2NrJGRhdGEodmFsaWQsIHZhbGlkYXRlS2V5d29yZClcbiAgY3h0Lm9rKGRlZi52YWxpZCA/PyB2YWxpZClcblxuICBmdW5jdGlvbiB2YWxpZGF0ZUtleXdvcmQoKTogdm9pZCB7XG4gICAgaWYgKGRlZi5lcnJvcnMgPT09IGZhbHNlKSB7XG4gICAgICBhc3NpZ25WYWxpZCgpXG4gICAgICBpZiAoZGVmLm1vZGlmeWluZykgbW9kaWZ5RGF0YShjeHQpXG4gICAgICByZXBvcnRFcnJzKCgpID0+IGN4dC5lcnJvcigpKVxuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCBydWxlRXJycyA9IGRlZi5hc3luYyA/IHZhbGlkYXRlQXN5bmMoKSA6IHZhbGlkYXRlU3luYygpXG4gICAgICBpZiAoZGVmLm1vZGlmeWluZykgbW9kaWZ5RGF0YShjeHQpXG4gICAgICByZXBvcnRFcnJzKCgpID0+IGFkZEVycnMoY3h0LCBydWxlRXJycykpXG4gICAgfVxuICB9XG5cbiAgZnVuY3Rpb24gdmFsaWRhdGVBc3luYygpOiBOYW1lIHtcbiAgICBjb25zdCBydWxlRXJycyA9IGdlbi5sZXQoXCJydWxlRXJyc1wiLCBudWxsKVxuICAgIGdlbi50cnkoXG4gICAgICAoKSA9PiBhc3NpZ25WYWxpZChfYGF3YWl0IGApLFxuICAgICAgKGUpID0+XG4gICAgICAgIGdlbi5hc3NpZ24odmFsaWQsIGZhbHNlKS5pZihcbiAgICAgICAgICBfYCR7ZX0gaW5zdGFuY2VvZiAke2l0LlZhbGlkYXRpb25FcnJvciBhcyBOYW1lfWAsXG4gICAgICAgICAgKCkgPT4gZ2VuLmFzc2lnbihydWxlRXJycywgX2Ake2V9LmVycm9yc2ApLFxuICAgICAgICAgICgpID0+IGdlbi50aHJvdyhlKVxuICAgICAgICApXG4gICAgKVxuICAgIHJldHVybiBydWxlRXJyc1xuICB9XG5cbiAgZnVuY3Rpb24gdmFsaWRhdGVTeW5jKCk6IENvZGUge1xuICAgIGNvbnN0IHZhbGlkYXRlRXJycyA9IF9gJHt2YWxpZGF0ZVJlZn0uZXJyb3JzYFxuICAgIGdlbi5hc3NpZ24odmFsaWRhdGVFcnJzLCBudWxsKVxuICAgIGFzc2lnblZhbGlkKG5pbClcbiAgICByZXR1cm4gdmFsaWRhdGVFcnJzXG4gIH1cblxuICBmdW5jdGlvbiBhc3NpZ25WYWxpZChfYXdhaXQ6IENvZGUgPSBkZWYuYXN5bmMgPyBfYGF3YWl0IGAgOiBuaWwpOiB2b2lkIHtcbiAgICBjb25zdCBwYXNzQ3h0ID0gaXQub3B0cy5wYXNzQ29udGV4dCA/IE4udGhpcyA6IE4uc2VsZlxuICAgIGNvbnN0IHBhc3NTY2hlbWEgPSAhKChcImNvbXBpbGVcIiBpbiBkZWYgJiYgISRkYXRhKSB8fCBkZWYuc2NoZW1hID09PSBmYWxzZSlcbiAgICBnZW4uYXNzaWduKFxuICAgICAgdmFsaWQsXG4gICAgICBfYCR7X2F3YWl0fSR7Y2FsbFZhbGlkYXRlQ29kZShjeHQsIHZhbGlkYXRlUmVmLCBwYXNzQ3h0LCBwYXNzU2NoZW1hKX1gLFxuICAgICAgZGVmLm1vZGlmeWluZ1xuICAgIClcbiAgfVxuXG4gIGZ1bmN0aW9uIHJlcG9ydEVycnMoZXJyb3JzOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgZ2VuLmlmKG5vdChkZWYudmFsaWQgPz8gdmFsaWQpLCBlcnJvcnMpXG4gIH1cbn1cblxuZnVuY3Rpb24gbW9kaWZ5RGF0YShjeHQ6IEtleXdvcmRDeHQpOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwgZGF0YSwgaXR9ID0gY3h0XG4gIGdlbi5pZihpdC5wYXJlbnREYXRhLCAoKSA9PiBnZW4uYXNzaWduKGRhdGEsIF9gJHtpdC5wYXJlbnREYXRhfVske2l0LnBhcmVudERhdGFQcm9wZXJ0eX1dYCkpXG59XG5cbmZ1bmN0aW9uIGFkZEVycnMoY3h0OiBLZXl3b3JkQ3h0LCBlcnJzOiBDb2RlKTogdm9pZCB7XG4gIGNvbnN0IHtnZW59ID0gY3h0XG4gIGdlbi5pZihcbiAgICBfYEFycmF5LmlzQXJyYXkoJHtlcnJzfSlgLFxuICAgICgpID0+IHtcbiAgICAgIGdlblxuICAgICAgICAuYXNzaWduKE4udkVycm9ycywgX2Ake04udkVycm9yc30gPT09IG51bGwgPyAke2VycnN9IDogJHtOLnZFcnJvcnN9LmNvbmNhdCgke2VycnN9KWApXG4gICAgICAgIC5hc3NpZ24oTi5lcnJvcnMsIF9gJHtOLnZFcnJvcnN9Lmxlbmd0aGApXG4gICAgICBleHRlbmRFcnJvcnMoY3h0KVxuICAgIH0sXG4gICAgKCkgPT4gY3h0LmVycm9yKClcbiAgKVxufVxuXG5mdW5jdGlvbiBjaGVja0FzeW5jS2V5d29yZCh7c2NoZW1hRW52fTogU2NoZW1hT2JqQ3h0LCBkZWY6IEZ1bmNLZXl3b3JkRGVmaW5pdGlvbik6IHZvaWQge1xuICBpZiAoZGVmLmFzeW5jICYmICFzY2hlbWFFbnYuJGFzeW5jKSB0aHJvdyBuZXcgRXJyb3IoXCJhc3luYyBrZXl3b3JkIGluIHN5bmMgc2NoZW1hXCIpXG59XG5cbmZ1bmN0aW9uIHVzZUtleXdvcmQoZ2VuOiBDb2RlR2VuLCBrZXl3b3JkOiBzdHJpbmcsIHJlc3VsdD86IEtleXdvcmRDb21waWxhdGlvblJlc3VsdCk6IE5hbWUge1xuICBpZiAocmVzdWx0ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihga2V5d29yZCBcIiR7a2V5d29yZH1cIiBmYWlsZWQgdG8gY29tcGlsZWApXG4gIHJldHVybiBnZW4uc2NvcGVWYWx1ZShcbiAgICBcImtleXdvcmRcIixcbiAgICB0eXBlb2YgcmVzdWx0ID09IFwiZnVuY3Rpb25cIiA/IHtyZWY6IHJlc3VsdH0gOiB7cmVmOiByZXN1bHQsIGNvZGU6IHN0cmluZ2lmeShyZXN1bHQpfVxuICApXG59XG5cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZFNjaGVtYVR5cGUoXG4gIHNjaGVtYTogdW5rbm93bixcbiAgc2NoZW1hVHlwZTogSlNPTlR5cGVbXSxcbiAgYWxsb3dVbmRlZmluZWQgPSBmYWxzZVxuKTogYm9vbGVhbiB7XG4gIC8vIFRPRE8gYWRkIHRlc3RzXG4gIHJldHVybiAoXG4gICAgIXNjaGVtYVR5cGUubGVuZ3RoIHx8XG4gICAgc2NoZW1hVHlwZS5zb21lKChzdCkgPT5cbiAgICAgIHN0ID09PSBcImFycmF5XCJcbiAgICAgICAgPyBBcnJheS5pc0FycmF5KHNjaGVtYSlcbiAgICAgICAgOiBzdCA9PT0gXCJvYmplY3RcIlxuICAgICAgICA/IHNjaGVtYSAmJiB0eXBlb2Ygc2NoZW1hID09IFwib2JqZWN0XCIgJiYgIUFycmF5LmlzQXJyYXkoc2NoZW1hKVxuICAgICAgICA6IHR5cGVvZiBzY2hlbWEgPT0gc3QgfHwgKGFsbG93VW5kZWZpbmVkICYmIHR5cGVvZiBzY2hlbWEgPT0gXCJ1bmRlZmluZWRcIilcbiAgICApXG4gIClcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlS2V5d29yZFVzYWdlKFxuICB7c2NoZW1hLCBvcHRzLCBzZWxmLCBlcnJTY2hlbWFQYXRofTogU2NoZW1hT2JqQ3h0LFxuICBkZWY6IEFkZGVkS2V5d29yZERlZmluaXRpb24sXG4gIGtleXdvcmQ6IHN0cmluZ1xuKTogdm9pZCB7XG4gIC8qIGlzdGFuYnVsIGlnbm9yZSBpZiAqL1xuICBpZiAoQXJyYXkuaXNBcnJheShkZWYua2V5d29yZCkgPyAhZGVmLmtleXdvcmQuaW5jbHVkZXMoa2V5d29yZCkgOiBkZWYua2V5d29yZCAhPT0ga2V5d29yZCkge1xuICAgIHRocm93IG5ldyBFcnJvcihcImFqdiBpbXBsZW1lbnRhdGlvbiBlcnJvclwiKVxuICB9XG5cbiAgY29uc3QgZGVwcyA9IGRlZi5kZXBlbmRlbmNpZXNcbiAgaWYgKGRlcHM/LnNvbWUoKGt3ZCkgPT4gIU9iamVjdC5wcm90b3R5cGUuaGFzT3duUHJvcGVydHkuY2FsbChzY2hlbWEsIGt3ZCkpKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBwYXJlbnQgc2NoZW1hIG11c3QgaGF2ZSBkZXBlbmRlbmNpZXMgb2YgJHtrZXl3b3JkfTogJHtkZXBzLmpvaW4oXCIsXCIpfWApXG4gIH1cblxuICBpZiAoZGVmLnZhbGlkYXRlU2NoZW1hKSB7XG4gICAgY29uc3QgdmFsaWQgPSBkZWYudmFsaWRhdGVTY2hlbWEoc2NoZW1hW2tleXdvcmRdKVxuICAgIGlmICghdmFsaWQpIHtcbiAgICAgIGNvbnN0IG1zZyA9XG4gICAgICAgIGBrZXl3b3JkIFwiJHtrZXl3b3JkfVwiIHZhbHVlIGlzIGludmFsaWQgYXQgcGF0aCBcIiR7ZXJyU2NoZW1hUGF0aH1cIjogYCArXG4gICAgICAgIHNlbGYuZXJyb3JzVGV4dChkZWYudmFsaWRhdGVTY2hlbWEuZXJyb3JzKVxuICAgICAgaWYgKG9wdHMudmFsaWRhdGVTY2hlbWEgPT09IFwibG9nXCIpIHNlbGYubG9nZ2VyLmVycm9yKG1zZylcbiAgICAgIGVsc2UgdGhyb3cgbmV3IEVycm9yKG1zZylcbiAgICB9XG4gIH1cbn1cbiIsICJpbXBvcnQgdHlwZSB7QW55U2NoZW1hfSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge1NjaGVtYU9iakN4dH0gZnJvbSBcIi4uXCJcbmltcG9ydCB7Xywgc3RyLCBnZXRQcm9wZXJ0eSwgQ29kZSwgTmFtZX0gZnJvbSBcIi4uL2NvZGVnZW5cIlxuaW1wb3J0IHtlc2NhcGVGcmFnbWVudCwgZ2V0RXJyb3JQYXRoLCBUeXBlfSBmcm9tIFwiLi4vdXRpbFwiXG5pbXBvcnQgdHlwZSB7SlNPTlR5cGV9IGZyb20gXCIuLi9ydWxlc1wiXG5cbmV4cG9ydCBpbnRlcmZhY2UgU3Vic2NoZW1hQ29udGV4dCB7XG4gIC8vIFRPRE8gdXNlIE9wdGlvbmFsPyBhbGlnbiB3aXRoIFNjaGVtQ3h0IHByb3BlcnR5IHR5cGVzXG4gIHNjaGVtYTogQW55U2NoZW1hXG4gIHNjaGVtYVBhdGg6IENvZGVcbiAgZXJyU2NoZW1hUGF0aDogc3RyaW5nXG4gIHRvcFNjaGVtYVJlZj86IENvZGVcbiAgZXJyb3JQYXRoPzogQ29kZVxuICBkYXRhTGV2ZWw/OiBudW1iZXJcbiAgZGF0YVR5cGVzPzogSlNPTlR5cGVbXVxuICBkYXRhPzogTmFtZVxuICBwYXJlbnREYXRhPzogTmFtZVxuICBwYXJlbnREYXRhUHJvcGVydHk/OiBDb2RlIHwgbnVtYmVyXG4gIGRhdGFOYW1lcz86IE5hbWVbXVxuICBkYXRhUGF0aEFycj86IChDb2RlIHwgbnVtYmVyKVtdXG4gIHByb3BlcnR5TmFtZT86IE5hbWVcbiAganRkRGlzY3JpbWluYXRvcj86IHN0cmluZ1xuICBqdGRNZXRhZGF0YT86IGJvb2xlYW5cbiAgY29tcG9zaXRlUnVsZT86IHRydWVcbiAgY3JlYXRlRXJyb3JzPzogYm9vbGVhblxuICBhbGxFcnJvcnM/OiBib29sZWFuXG59XG5cbmV4cG9ydCB0eXBlIFN1YnNjaGVtYUFyZ3MgPSBQYXJ0aWFsPHtcbiAga2V5d29yZDogc3RyaW5nXG4gIHNjaGVtYVByb3A6IHN0cmluZyB8IG51bWJlclxuICBzY2hlbWE6IEFueVNjaGVtYVxuICBzY2hlbWFQYXRoOiBDb2RlXG4gIGVyclNjaGVtYVBhdGg6IHN0cmluZ1xuICB0b3BTY2hlbWFSZWY6IENvZGVcbiAgZGF0YTogTmFtZSB8IENvZGVcbiAgZGF0YVByb3A6IENvZGUgfCBzdHJpbmcgfCBudW1iZXJcbiAgZGF0YVR5cGVzOiBKU09OVHlwZVtdXG4gIGRlZmluZWRQcm9wZXJ0aWVzOiBTZXQ8c3RyaW5nPlxuICBwcm9wZXJ0eU5hbWU6IE5hbWVcbiAgZGF0YVByb3BUeXBlOiBUeXBlXG4gIGp0ZERpc2NyaW1pbmF0b3I6IHN0cmluZ1xuICBqdGRNZXRhZGF0YTogYm9vbGVhblxuICBjb21wb3NpdGVSdWxlOiB0cnVlXG4gIGNyZWF0ZUVycm9yczogYm9vbGVhblxuICBhbGxFcnJvcnM6IGJvb2xlYW5cbn0+XG5cbmV4cG9ydCBmdW5jdGlvbiBnZXRTdWJzY2hlbWEoXG4gIGl0OiBTY2hlbWFPYmpDeHQsXG4gIHtrZXl3b3JkLCBzY2hlbWFQcm9wLCBzY2hlbWEsIHNjaGVtYVBhdGgsIGVyclNjaGVtYVBhdGgsIHRvcFNjaGVtYVJlZn06IFN1YnNjaGVtYUFyZ3Ncbik6IFN1YnNjaGVtYUNvbnRleHQge1xuICBpZiAoa2V5d29yZCAhPT0gdW5kZWZpbmVkICYmIHNjaGVtYSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKCdib3RoIFwia2V5d29yZFwiIGFuZCBcInNjaGVtYVwiIHBhc3NlZCwgb25seSBvbmUgYWxsb3dlZCcpXG4gIH1cblxuICBpZiAoa2V5d29yZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3Qgc2NoID0gaXQuc2NoZW1hW2tleXdvcmRdXG4gICAgcmV0dXJuIHNjaGVtYVByb3AgPT09IHVuZGVmaW5lZFxuICAgICAgPyB7XG4gICAgICAgICAgc2NoZW1hOiBzY2gsXG4gICAgICAgICAgc2NoZW1hUGF0aDogX2Ake2l0LnNjaGVtYVBhdGh9JHtnZXRQcm9wZXJ0eShrZXl3b3JkKX1gLFxuICAgICAgICAgIGVyclNjaGVtYVBhdGg6IGAke2l0LmVyclNjaGVtYVBhdGh9LyR7a2V5d29yZH1gLFxuICAgICAgICB9XG4gICAgICA6IHtcbiAgICAgICAgICBzY2hlbWE6IHNjaFtzY2hlbWFQcm9wXSxcbiAgICAgICAgICBzY2hlbWFQYXRoOiBfYCR7aXQuc2NoZW1hUGF0aH0ke2dldFByb3BlcnR5KGtleXdvcmQpfSR7Z2V0UHJvcGVydHkoc2NoZW1hUHJvcCl9YCxcbiAgICAgICAgICBlcnJTY2hlbWFQYXRoOiBgJHtpdC5lcnJTY2hlbWFQYXRofS8ke2tleXdvcmR9LyR7ZXNjYXBlRnJhZ21lbnQoc2NoZW1hUHJvcCl9YCxcbiAgICAgICAgfVxuICB9XG5cbiAgaWYgKHNjaGVtYSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKHNjaGVtYVBhdGggPT09IHVuZGVmaW5lZCB8fCBlcnJTY2hlbWFQYXRoID09PSB1bmRlZmluZWQgfHwgdG9wU2NoZW1hUmVmID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcignXCJzY2hlbWFQYXRoXCIsIFwiZXJyU2NoZW1hUGF0aFwiIGFuZCBcInRvcFNjaGVtYVJlZlwiIGFyZSByZXF1aXJlZCB3aXRoIFwic2NoZW1hXCInKVxuICAgIH1cbiAgICByZXR1cm4ge1xuICAgICAgc2NoZW1hLFxuICAgICAgc2NoZW1hUGF0aCxcbiAgICAgIHRvcFNjaGVtYVJlZixcbiAgICAgIGVyclNjaGVtYVBhdGgsXG4gICAgfVxuICB9XG5cbiAgdGhyb3cgbmV3IEVycm9yKCdlaXRoZXIgXCJrZXl3b3JkXCIgb3IgXCJzY2hlbWFcIiBtdXN0IGJlIHBhc3NlZCcpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBleHRlbmRTdWJzY2hlbWFEYXRhKFxuICBzdWJzY2hlbWE6IFN1YnNjaGVtYUNvbnRleHQsXG4gIGl0OiBTY2hlbWFPYmpDeHQsXG4gIHtkYXRhUHJvcCwgZGF0YVByb3BUeXBlOiBkcFR5cGUsIGRhdGEsIGRhdGFUeXBlcywgcHJvcGVydHlOYW1lfTogU3Vic2NoZW1hQXJnc1xuKTogdm9pZCB7XG4gIGlmIChkYXRhICE9PSB1bmRlZmluZWQgJiYgZGF0YVByb3AgIT09IHVuZGVmaW5lZCkge1xuICAgIHRocm93IG5ldyBFcnJvcignYm90aCBcImRhdGFcIiBhbmQgXCJkYXRhUHJvcFwiIHBhc3NlZCwgb25seSBvbmUgYWxsb3dlZCcpXG4gIH1cblxuICBjb25zdCB7Z2VufSA9IGl0XG5cbiAgaWYgKGRhdGFQcm9wICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCB7ZXJyb3JQYXRoLCBkYXRhUGF0aEFyciwgb3B0c30gPSBpdFxuICAgIGNvbnN0IG5leHREYXRhID0gZ2VuLmxldChcImRhdGFcIiwgX2Ake2l0LmRhdGF9JHtnZXRQcm9wZXJ0eShkYXRhUHJvcCl9YCwgdHJ1ZSlcbiAgICBkYXRhQ29udGV4dFByb3BzKG5leHREYXRhKVxuICAgIHN1YnNjaGVtYS5lcnJvclBhdGggPSBzdHJgJHtlcnJvclBhdGh9JHtnZXRFcnJvclBhdGgoZGF0YVByb3AsIGRwVHlwZSwgb3B0cy5qc1Byb3BlcnR5U3ludGF4KX1gXG4gICAgc3Vic2NoZW1hLnBhcmVudERhdGFQcm9wZXJ0eSA9IF9gJHtkYXRhUHJvcH1gXG4gICAgc3Vic2NoZW1hLmRhdGFQYXRoQXJyID0gWy4uLmRhdGFQYXRoQXJyLCBzdWJzY2hlbWEucGFyZW50RGF0YVByb3BlcnR5XVxuICB9XG5cbiAgaWYgKGRhdGEgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IG5leHREYXRhID0gZGF0YSBpbnN0YW5jZW9mIE5hbWUgPyBkYXRhIDogZ2VuLmxldChcImRhdGFcIiwgZGF0YSwgdHJ1ZSkgLy8gcmVwbGFjZWFibGUgaWYgdXNlZCBvbmNlP1xuICAgIGRhdGFDb250ZXh0UHJvcHMobmV4dERhdGEpXG4gICAgaWYgKHByb3BlcnR5TmFtZSAhPT0gdW5kZWZpbmVkKSBzdWJzY2hlbWEucHJvcGVydHlOYW1lID0gcHJvcGVydHlOYW1lXG4gICAgLy8gVE9ETyBzb21ldGhpbmcgaXMgcG9zc2libHkgd3JvbmcgaGVyZSB3aXRoIG5vdCBjaGFuZ2luZyBwYXJlbnREYXRhUHJvcGVydHkgYW5kIG5vdCBhcHBlbmRpbmcgZGF0YVBhdGhBcnJcbiAgfVxuXG4gIGlmIChkYXRhVHlwZXMpIHN1YnNjaGVtYS5kYXRhVHlwZXMgPSBkYXRhVHlwZXNcblxuICBmdW5jdGlvbiBkYXRhQ29udGV4dFByb3BzKF9uZXh0RGF0YTogTmFtZSk6IHZvaWQge1xuICAgIHN1YnNjaGVtYS5kYXRhID0gX25leHREYXRhXG4gICAgc3Vic2NoZW1hLmRhdGFMZXZlbCA9IGl0LmRhdGFMZXZlbCArIDFcbiAgICBzdWJzY2hlbWEuZGF0YVR5cGVzID0gW11cbiAgICBpdC5kZWZpbmVkUHJvcGVydGllcyA9IG5ldyBTZXQ8c3RyaW5nPigpXG4gICAgc3Vic2NoZW1hLnBhcmVudERhdGEgPSBpdC5kYXRhXG4gICAgc3Vic2NoZW1hLmRhdGFOYW1lcyA9IFsuLi5pdC5kYXRhTmFtZXMsIF9uZXh0RGF0YV1cbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gZXh0ZW5kU3Vic2NoZW1hTW9kZShcbiAgc3Vic2NoZW1hOiBTdWJzY2hlbWFDb250ZXh0LFxuICB7anRkRGlzY3JpbWluYXRvciwganRkTWV0YWRhdGEsIGNvbXBvc2l0ZVJ1bGUsIGNyZWF0ZUVycm9ycywgYWxsRXJyb3JzfTogU3Vic2NoZW1hQXJnc1xuKTogdm9pZCB7XG4gIGlmIChjb21wb3NpdGVSdWxlICE9PSB1bmRlZmluZWQpIHN1YnNjaGVtYS5jb21wb3NpdGVSdWxlID0gY29tcG9zaXRlUnVsZVxuICBpZiAoY3JlYXRlRXJyb3JzICE9PSB1bmRlZmluZWQpIHN1YnNjaGVtYS5jcmVhdGVFcnJvcnMgPSBjcmVhdGVFcnJvcnNcbiAgaWYgKGFsbEVycm9ycyAhPT0gdW5kZWZpbmVkKSBzdWJzY2hlbWEuYWxsRXJyb3JzID0gYWxsRXJyb3JzXG4gIHN1YnNjaGVtYS5qdGREaXNjcmltaW5hdG9yID0ganRkRGlzY3JpbWluYXRvciAvLyBub3QgaW5oZXJpdGVkXG4gIHN1YnNjaGVtYS5qdGRNZXRhZGF0YSA9IGp0ZE1ldGFkYXRhIC8vIG5vdCBpbmhlcml0ZWRcbn1cbiIsICIndXNlIHN0cmljdCc7XG5cbi8vIGRvIG5vdCBlZGl0IC5qcyBmaWxlcyBkaXJlY3RseSAtIGVkaXQgc3JjL2luZGV4LmpzdFxuXG5cblxubW9kdWxlLmV4cG9ydHMgPSBmdW5jdGlvbiBlcXVhbChhLCBiKSB7XG4gIGlmIChhID09PSBiKSByZXR1cm4gdHJ1ZTtcblxuICBpZiAoYSAmJiBiICYmIHR5cGVvZiBhID09ICdvYmplY3QnICYmIHR5cGVvZiBiID09ICdvYmplY3QnKSB7XG4gICAgaWYgKGEuY29uc3RydWN0b3IgIT09IGIuY29uc3RydWN0b3IpIHJldHVybiBmYWxzZTtcblxuICAgIHZhciBsZW5ndGgsIGksIGtleXM7XG4gICAgaWYgKEFycmF5LmlzQXJyYXkoYSkpIHtcbiAgICAgIGxlbmd0aCA9IGEubGVuZ3RoO1xuICAgICAgaWYgKGxlbmd0aCAhPSBiLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICAgICAgZm9yIChpID0gbGVuZ3RoOyBpLS0gIT09IDA7KVxuICAgICAgICBpZiAoIWVxdWFsKGFbaV0sIGJbaV0pKSByZXR1cm4gZmFsc2U7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG5cblxuXG4gICAgaWYgKGEuY29uc3RydWN0b3IgPT09IFJlZ0V4cCkgcmV0dXJuIGEuc291cmNlID09PSBiLnNvdXJjZSAmJiBhLmZsYWdzID09PSBiLmZsYWdzO1xuICAgIGlmIChhLnZhbHVlT2YgIT09IE9iamVjdC5wcm90b3R5cGUudmFsdWVPZikgcmV0dXJuIGEudmFsdWVPZigpID09PSBiLnZhbHVlT2YoKTtcbiAgICBpZiAoYS50b1N0cmluZyAhPT0gT2JqZWN0LnByb3RvdHlwZS50b1N0cmluZykgcmV0dXJuIGEudG9TdHJpbmcoKSA9PT0gYi50b1N0cmluZygpO1xuXG4gICAga2V5cyA9IE9iamVjdC5rZXlzKGEpO1xuICAgIGxlbmd0aCA9IGtleXMubGVuZ3RoO1xuICAgIGlmIChsZW5ndGggIT09IE9iamVjdC5rZXlzKGIpLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuXG4gICAgZm9yIChpID0gbGVuZ3RoOyBpLS0gIT09IDA7KVxuICAgICAgaWYgKCFPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LmNhbGwoYiwga2V5c1tpXSkpIHJldHVybiBmYWxzZTtcblxuICAgIGZvciAoaSA9IGxlbmd0aDsgaS0tICE9PSAwOykge1xuICAgICAgdmFyIGtleSA9IGtleXNbaV07XG5cbiAgICAgIGlmICghZXF1YWwoYVtrZXldLCBiW2tleV0pKSByZXR1cm4gZmFsc2U7XG4gICAgfVxuXG4gICAgcmV0dXJuIHRydWU7XG4gIH1cblxuICAvLyB0cnVlIGlmIGJvdGggTmFOLCBmYWxzZSBvdGhlcndpc2VcbiAgcmV0dXJuIGEhPT1hICYmIGIhPT1iO1xufTtcbiIsICIndXNlIHN0cmljdCc7XG5cbnZhciB0cmF2ZXJzZSA9IG1vZHVsZS5leHBvcnRzID0gZnVuY3Rpb24gKHNjaGVtYSwgb3B0cywgY2IpIHtcbiAgLy8gTGVnYWN5IHN1cHBvcnQgZm9yIHYwLjMuMSBhbmQgZWFybGllci5cbiAgaWYgKHR5cGVvZiBvcHRzID09ICdmdW5jdGlvbicpIHtcbiAgICBjYiA9IG9wdHM7XG4gICAgb3B0cyA9IHt9O1xuICB9XG5cbiAgY2IgPSBvcHRzLmNiIHx8IGNiO1xuICB2YXIgcHJlID0gKHR5cGVvZiBjYiA9PSAnZnVuY3Rpb24nKSA/IGNiIDogY2IucHJlIHx8IGZ1bmN0aW9uKCkge307XG4gIHZhciBwb3N0ID0gY2IucG9zdCB8fCBmdW5jdGlvbigpIHt9O1xuXG4gIF90cmF2ZXJzZShvcHRzLCBwcmUsIHBvc3QsIHNjaGVtYSwgJycsIHNjaGVtYSk7XG59O1xuXG5cbnRyYXZlcnNlLmtleXdvcmRzID0ge1xuICBhZGRpdGlvbmFsSXRlbXM6IHRydWUsXG4gIGl0ZW1zOiB0cnVlLFxuICBjb250YWluczogdHJ1ZSxcbiAgYWRkaXRpb25hbFByb3BlcnRpZXM6IHRydWUsXG4gIHByb3BlcnR5TmFtZXM6IHRydWUsXG4gIG5vdDogdHJ1ZSxcbiAgaWY6IHRydWUsXG4gIHRoZW46IHRydWUsXG4gIGVsc2U6IHRydWVcbn07XG5cbnRyYXZlcnNlLmFycmF5S2V5d29yZHMgPSB7XG4gIGl0ZW1zOiB0cnVlLFxuICBhbGxPZjogdHJ1ZSxcbiAgYW55T2Y6IHRydWUsXG4gIG9uZU9mOiB0cnVlXG59O1xuXG50cmF2ZXJzZS5wcm9wc0tleXdvcmRzID0ge1xuICAkZGVmczogdHJ1ZSxcbiAgZGVmaW5pdGlvbnM6IHRydWUsXG4gIHByb3BlcnRpZXM6IHRydWUsXG4gIHBhdHRlcm5Qcm9wZXJ0aWVzOiB0cnVlLFxuICBkZXBlbmRlbmNpZXM6IHRydWVcbn07XG5cbnRyYXZlcnNlLnNraXBLZXl3b3JkcyA9IHtcbiAgZGVmYXVsdDogdHJ1ZSxcbiAgZW51bTogdHJ1ZSxcbiAgY29uc3Q6IHRydWUsXG4gIHJlcXVpcmVkOiB0cnVlLFxuICBtYXhpbXVtOiB0cnVlLFxuICBtaW5pbXVtOiB0cnVlLFxuICBleGNsdXNpdmVNYXhpbXVtOiB0cnVlLFxuICBleGNsdXNpdmVNaW5pbXVtOiB0cnVlLFxuICBtdWx0aXBsZU9mOiB0cnVlLFxuICBtYXhMZW5ndGg6IHRydWUsXG4gIG1pbkxlbmd0aDogdHJ1ZSxcbiAgcGF0dGVybjogdHJ1ZSxcbiAgZm9ybWF0OiB0cnVlLFxuICBtYXhJdGVtczogdHJ1ZSxcbiAgbWluSXRlbXM6IHRydWUsXG4gIHVuaXF1ZUl0ZW1zOiB0cnVlLFxuICBtYXhQcm9wZXJ0aWVzOiB0cnVlLFxuICBtaW5Qcm9wZXJ0aWVzOiB0cnVlXG59O1xuXG5cbmZ1bmN0aW9uIF90cmF2ZXJzZShvcHRzLCBwcmUsIHBvc3QsIHNjaGVtYSwganNvblB0ciwgcm9vdFNjaGVtYSwgcGFyZW50SnNvblB0ciwgcGFyZW50S2V5d29yZCwgcGFyZW50U2NoZW1hLCBrZXlJbmRleCkge1xuICBpZiAoc2NoZW1hICYmIHR5cGVvZiBzY2hlbWEgPT0gJ29iamVjdCcgJiYgIUFycmF5LmlzQXJyYXkoc2NoZW1hKSkge1xuICAgIHByZShzY2hlbWEsIGpzb25QdHIsIHJvb3RTY2hlbWEsIHBhcmVudEpzb25QdHIsIHBhcmVudEtleXdvcmQsIHBhcmVudFNjaGVtYSwga2V5SW5kZXgpO1xuICAgIGZvciAodmFyIGtleSBpbiBzY2hlbWEpIHtcbiAgICAgIHZhciBzY2ggPSBzY2hlbWFba2V5XTtcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KHNjaCkpIHtcbiAgICAgICAgaWYgKGtleSBpbiB0cmF2ZXJzZS5hcnJheUtleXdvcmRzKSB7XG4gICAgICAgICAgZm9yICh2YXIgaT0wOyBpPHNjaC5sZW5ndGg7IGkrKylcbiAgICAgICAgICAgIF90cmF2ZXJzZShvcHRzLCBwcmUsIHBvc3QsIHNjaFtpXSwganNvblB0ciArICcvJyArIGtleSArICcvJyArIGksIHJvb3RTY2hlbWEsIGpzb25QdHIsIGtleSwgc2NoZW1hLCBpKTtcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIGlmIChrZXkgaW4gdHJhdmVyc2UucHJvcHNLZXl3b3Jkcykge1xuICAgICAgICBpZiAoc2NoICYmIHR5cGVvZiBzY2ggPT0gJ29iamVjdCcpIHtcbiAgICAgICAgICBmb3IgKHZhciBwcm9wIGluIHNjaClcbiAgICAgICAgICAgIF90cmF2ZXJzZShvcHRzLCBwcmUsIHBvc3QsIHNjaFtwcm9wXSwganNvblB0ciArICcvJyArIGtleSArICcvJyArIGVzY2FwZUpzb25QdHIocHJvcCksIHJvb3RTY2hlbWEsIGpzb25QdHIsIGtleSwgc2NoZW1hLCBwcm9wKTtcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIGlmIChrZXkgaW4gdHJhdmVyc2Uua2V5d29yZHMgfHwgKG9wdHMuYWxsS2V5cyAmJiAhKGtleSBpbiB0cmF2ZXJzZS5za2lwS2V5d29yZHMpKSkge1xuICAgICAgICBfdHJhdmVyc2Uob3B0cywgcHJlLCBwb3N0LCBzY2gsIGpzb25QdHIgKyAnLycgKyBrZXksIHJvb3RTY2hlbWEsIGpzb25QdHIsIGtleSwgc2NoZW1hKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcG9zdChzY2hlbWEsIGpzb25QdHIsIHJvb3RTY2hlbWEsIHBhcmVudEpzb25QdHIsIHBhcmVudEtleXdvcmQsIHBhcmVudFNjaGVtYSwga2V5SW5kZXgpO1xuICB9XG59XG5cblxuZnVuY3Rpb24gZXNjYXBlSnNvblB0cihzdHIpIHtcbiAgcmV0dXJuIHN0ci5yZXBsYWNlKC9+L2csICd+MCcpLnJlcGxhY2UoL1xcLy9nLCAnfjEnKTtcbn1cbiIsICJpbXBvcnQgdHlwZSB7QW55U2NoZW1hLCBBbnlTY2hlbWFPYmplY3QsIFVyaVJlc29sdmVyfSBmcm9tIFwiLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUgQWp2IGZyb20gXCIuLi9hanZcIlxuaW1wb3J0IHR5cGUge1VSSUNvbXBvbmVudH0gZnJvbSBcImZhc3QtdXJpXCJcbmltcG9ydCB7ZWFjaEl0ZW19IGZyb20gXCIuL3V0aWxcIlxuaW1wb3J0ICogYXMgZXF1YWwgZnJvbSBcImZhc3QtZGVlcC1lcXVhbFwiXG5pbXBvcnQgKiBhcyB0cmF2ZXJzZSBmcm9tIFwianNvbi1zY2hlbWEtdHJhdmVyc2VcIlxuXG4vLyB0aGUgaGFzaCBvZiBsb2NhbCByZWZlcmVuY2VzIGluc2lkZSB0aGUgc2NoZW1hIChjcmVhdGVkIGJ5IGdldFNjaGVtYVJlZnMpLCB1c2VkIGZvciBpbmxpbmUgcmVzb2x1dGlvblxuZXhwb3J0IHR5cGUgTG9jYWxSZWZzID0ge1tSZWYgaW4gc3RyaW5nXT86IEFueVNjaGVtYU9iamVjdH1cblxuLy8gVE9ETyByZWZhY3RvciB0byB1c2Uga2V5d29yZCBkZWZpbml0aW9uc1xuY29uc3QgU0lNUExFX0lOTElORUQgPSBuZXcgU2V0KFtcbiAgXCJ0eXBlXCIsXG4gIFwiZm9ybWF0XCIsXG4gIFwicGF0dGVyblwiLFxuICBcIm1heExlbmd0aFwiLFxuICBcIm1pbkxlbmd0aFwiLFxuICBcIm1heFByb3BlcnRpZXNcIixcbiAgXCJtaW5Qcm9wZXJ0aWVzXCIsXG4gIFwibWF4SXRlbXNcIixcbiAgXCJtaW5JdGVtc1wiLFxuICBcIm1heGltdW1cIixcbiAgXCJtaW5pbXVtXCIsXG4gIFwidW5pcXVlSXRlbXNcIixcbiAgXCJtdWx0aXBsZU9mXCIsXG4gIFwicmVxdWlyZWRcIixcbiAgXCJlbnVtXCIsXG4gIFwiY29uc3RcIixcbl0pXG5cbmV4cG9ydCBmdW5jdGlvbiBpbmxpbmVSZWYoc2NoZW1hOiBBbnlTY2hlbWEsIGxpbWl0OiBib29sZWFuIHwgbnVtYmVyID0gdHJ1ZSk6IGJvb2xlYW4ge1xuICBpZiAodHlwZW9mIHNjaGVtYSA9PSBcImJvb2xlYW5cIikgcmV0dXJuIHRydWVcbiAgaWYgKGxpbWl0ID09PSB0cnVlKSByZXR1cm4gIWhhc1JlZihzY2hlbWEpXG4gIGlmICghbGltaXQpIHJldHVybiBmYWxzZVxuICByZXR1cm4gY291bnRLZXlzKHNjaGVtYSkgPD0gbGltaXRcbn1cblxuY29uc3QgUkVGX0tFWVdPUkRTID0gbmV3IFNldChbXG4gIFwiJHJlZlwiLFxuICBcIiRyZWN1cnNpdmVSZWZcIixcbiAgXCIkcmVjdXJzaXZlQW5jaG9yXCIsXG4gIFwiJGR5bmFtaWNSZWZcIixcbiAgXCIkZHluYW1pY0FuY2hvclwiLFxuXSlcblxuZnVuY3Rpb24gaGFzUmVmKHNjaGVtYTogQW55U2NoZW1hT2JqZWN0KTogYm9vbGVhbiB7XG4gIGZvciAoY29uc3Qga2V5IGluIHNjaGVtYSkge1xuICAgIGlmIChSRUZfS0VZV09SRFMuaGFzKGtleSkpIHJldHVybiB0cnVlXG4gICAgY29uc3Qgc2NoID0gc2NoZW1hW2tleV1cbiAgICBpZiAoQXJyYXkuaXNBcnJheShzY2gpICYmIHNjaC5zb21lKGhhc1JlZikpIHJldHVybiB0cnVlXG4gICAgaWYgKHR5cGVvZiBzY2ggPT0gXCJvYmplY3RcIiAmJiBoYXNSZWYoc2NoKSkgcmV0dXJuIHRydWVcbiAgfVxuICByZXR1cm4gZmFsc2Vcbn1cblxuZnVuY3Rpb24gY291bnRLZXlzKHNjaGVtYTogQW55U2NoZW1hT2JqZWN0KTogbnVtYmVyIHtcbiAgbGV0IGNvdW50ID0gMFxuICBmb3IgKGNvbnN0IGtleSBpbiBzY2hlbWEpIHtcbiAgICBpZiAoa2V5ID09PSBcIiRyZWZcIikgcmV0dXJuIEluZmluaXR5XG4gICAgY291bnQrK1xuICAgIGlmIChTSU1QTEVfSU5MSU5FRC5oYXMoa2V5KSkgY29udGludWVcbiAgICBpZiAodHlwZW9mIHNjaGVtYVtrZXldID09IFwib2JqZWN0XCIpIHtcbiAgICAgIGVhY2hJdGVtKHNjaGVtYVtrZXldLCAoc2NoKSA9PiAoY291bnQgKz0gY291bnRLZXlzKHNjaCkpKVxuICAgIH1cbiAgICBpZiAoY291bnQgPT09IEluZmluaXR5KSByZXR1cm4gSW5maW5pdHlcbiAgfVxuICByZXR1cm4gY291bnRcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdldEZ1bGxQYXRoKHJlc29sdmVyOiBVcmlSZXNvbHZlciwgaWQgPSBcIlwiLCBub3JtYWxpemU/OiBib29sZWFuKTogc3RyaW5nIHtcbiAgaWYgKG5vcm1hbGl6ZSAhPT0gZmFsc2UpIGlkID0gbm9ybWFsaXplSWQoaWQpXG4gIGNvbnN0IHAgPSByZXNvbHZlci5wYXJzZShpZClcbiAgcmV0dXJuIF9nZXRGdWxsUGF0aChyZXNvbHZlciwgcClcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIF9nZXRGdWxsUGF0aChyZXNvbHZlcjogVXJpUmVzb2x2ZXIsIHA6IFVSSUNvbXBvbmVudCk6IHN0cmluZyB7XG4gIGNvbnN0IHNlcmlhbGl6ZWQgPSByZXNvbHZlci5zZXJpYWxpemUocClcbiAgcmV0dXJuIHNlcmlhbGl6ZWQuc3BsaXQoXCIjXCIpWzBdICsgXCIjXCJcbn1cblxuY29uc3QgVFJBSUxJTkdfU0xBU0hfSEFTSCA9IC8jXFwvPyQvXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplSWQoaWQ6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIHJldHVybiBpZCA/IGlkLnJlcGxhY2UoVFJBSUxJTkdfU0xBU0hfSEFTSCwgXCJcIikgOiBcIlwiXG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlVXJsKHJlc29sdmVyOiBVcmlSZXNvbHZlciwgYmFzZUlkOiBzdHJpbmcsIGlkOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZCA9IG5vcm1hbGl6ZUlkKGlkKVxuICByZXR1cm4gcmVzb2x2ZXIucmVzb2x2ZShiYXNlSWQsIGlkKVxufVxuXG5jb25zdCBBTkNIT1IgPSAvXlthLXpfXVstYS16MC05Ll9dKiQvaVxuXG5leHBvcnQgZnVuY3Rpb24gZ2V0U2NoZW1hUmVmcyh0aGlzOiBBanYsIHNjaGVtYTogQW55U2NoZW1hLCBiYXNlSWQ6IHN0cmluZyk6IExvY2FsUmVmcyB7XG4gIGlmICh0eXBlb2Ygc2NoZW1hID09IFwiYm9vbGVhblwiKSByZXR1cm4ge31cbiAgY29uc3Qge3NjaGVtYUlkLCB1cmlSZXNvbHZlcn0gPSB0aGlzLm9wdHNcbiAgY29uc3Qgc2NoSWQgPSBub3JtYWxpemVJZChzY2hlbWFbc2NoZW1hSWRdIHx8IGJhc2VJZClcbiAgY29uc3QgYmFzZUlkczoge1tKc29uUHRyIGluIHN0cmluZ10/OiBzdHJpbmd9ID0ge1wiXCI6IHNjaElkfVxuICBjb25zdCBwYXRoUHJlZml4ID0gZ2V0RnVsbFBhdGgodXJpUmVzb2x2ZXIsIHNjaElkLCBmYWxzZSlcbiAgY29uc3QgbG9jYWxSZWZzOiBMb2NhbFJlZnMgPSB7fVxuICBjb25zdCBzY2hlbWFSZWZzOiBTZXQ8c3RyaW5nPiA9IG5ldyBTZXQoKVxuXG4gIHRyYXZlcnNlKHNjaGVtYSwge2FsbEtleXM6IHRydWV9LCAoc2NoLCBqc29uUHRyLCBfLCBwYXJlbnRKc29uUHRyKSA9PiB7XG4gICAgaWYgKHBhcmVudEpzb25QdHIgPT09IHVuZGVmaW5lZCkgcmV0dXJuXG4gICAgY29uc3QgZnVsbFBhdGggPSBwYXRoUHJlZml4ICsganNvblB0clxuICAgIGxldCBpbm5lckJhc2VJZCA9IGJhc2VJZHNbcGFyZW50SnNvblB0cl1cbiAgICBpZiAodHlwZW9mIHNjaFtzY2hlbWFJZF0gPT0gXCJzdHJpbmdcIikgaW5uZXJCYXNlSWQgPSBhZGRSZWYuY2FsbCh0aGlzLCBzY2hbc2NoZW1hSWRdKVxuICAgIGFkZEFuY2hvci5jYWxsKHRoaXMsIHNjaC4kYW5jaG9yKVxuICAgIGFkZEFuY2hvci5jYWxsKHRoaXMsIHNjaC4kZHluYW1pY0FuY2hvcilcbiAgICBiYXNlSWRzW2pzb25QdHJdID0gaW5uZXJCYXNlSWRcblxuICAgIGZ1bmN0aW9uIGFkZFJlZih0aGlzOiBBanYsIHJlZjogc3RyaW5nKTogc3RyaW5nIHtcbiAgICAgIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvdW5ib3VuZC1tZXRob2RcbiAgICAgIGNvbnN0IF9yZXNvbHZlID0gdGhpcy5vcHRzLnVyaVJlc29sdmVyLnJlc29sdmVcbiAgICAgIHJlZiA9IG5vcm1hbGl6ZUlkKGlubmVyQmFzZUlkID8gX3Jlc29sdmUoaW5uZXJCYXNlSWQsIHJlZikgOiByZWYpXG4gICAgICBpZiAoc2NoZW1hUmVmcy5oYXMocmVmKSkgdGhyb3cgYW1iaWd1b3MocmVmKVxuICAgICAgc2NoZW1hUmVmcy5hZGQocmVmKVxuICAgICAgbGV0IHNjaE9yUmVmID0gdGhpcy5yZWZzW3JlZl1cbiAgICAgIGlmICh0eXBlb2Ygc2NoT3JSZWYgPT0gXCJzdHJpbmdcIikgc2NoT3JSZWYgPSB0aGlzLnJlZnNbc2NoT3JSZWZdXG4gICAgICBpZiAodHlwZW9mIHNjaE9yUmVmID09IFwib2JqZWN0XCIpIHtcbiAgICAgICAgY2hlY2tBbWJpZ3Vvc1JlZihzY2gsIHNjaE9yUmVmLnNjaGVtYSwgcmVmKVxuICAgICAgfSBlbHNlIGlmIChyZWYgIT09IG5vcm1hbGl6ZUlkKGZ1bGxQYXRoKSkge1xuICAgICAgICBpZiAocmVmWzBdID09PSBcIiNcIikge1xuICAgICAgICAgIGNoZWNrQW1iaWd1b3NSZWYoc2NoLCBsb2NhbFJlZnNbcmVmXSwgcmVmKVxuICAgICAgICAgIGxvY2FsUmVmc1tyZWZdID0gc2NoXG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgdGhpcy5yZWZzW3JlZl0gPSBmdWxsUGF0aFxuICAgICAgICB9XG4gICAgICB9XG4gICAgICByZXR1cm4gcmVmXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gYWRkQW5jaG9yKHRoaXM6IEFqdiwgYW5jaG9yOiB1bmtub3duKTogdm9pZCB7XG4gICAgICBpZiAodHlwZW9mIGFuY2hvciA9PSBcInN0cmluZ1wiKSB7XG4gICAgICAgIGlmICghQU5DSE9SLnRlc3QoYW5jaG9yKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIGFuY2hvciBcIiR7YW5jaG9yfVwiYClcbiAgICAgICAgYWRkUmVmLmNhbGwodGhpcywgYCMke2FuY2hvcn1gKVxuICAgICAgfVxuICAgIH1cbiAgfSlcblxuICByZXR1cm4gbG9jYWxSZWZzXG5cbiAgZnVuY3Rpb24gY2hlY2tBbWJpZ3Vvc1JlZihzY2gxOiBBbnlTY2hlbWEsIHNjaDI6IEFueVNjaGVtYSB8IHVuZGVmaW5lZCwgcmVmOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAoc2NoMiAhPT0gdW5kZWZpbmVkICYmICFlcXVhbChzY2gxLCBzY2gyKSkgdGhyb3cgYW1iaWd1b3MocmVmKVxuICB9XG5cbiAgZnVuY3Rpb24gYW1iaWd1b3MocmVmOiBzdHJpbmcpOiBFcnJvciB7XG4gICAgcmV0dXJuIG5ldyBFcnJvcihgcmVmZXJlbmNlIFwiJHtyZWZ9XCIgcmVzb2x2ZXMgdG8gbW9yZSB0aGFuIG9uZSBzY2hlbWFgKVxuICB9XG59XG4iLCAiaW1wb3J0IHR5cGUge1xuICBBZGRlZEtleXdvcmREZWZpbml0aW9uLFxuICBBbnlTY2hlbWEsXG4gIEFueVNjaGVtYU9iamVjdCxcbiAgS2V5d29yZEVycm9yQ3h0LFxuICBLZXl3b3JkQ3h0UGFyYW1zLFxufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge1NjaGVtYUN4dCwgU2NoZW1hT2JqQ3h0fSBmcm9tIFwiLi5cIlxuaW1wb3J0IHR5cGUge0luc3RhbmNlT3B0aW9uc30gZnJvbSBcIi4uLy4uL2NvcmVcIlxuaW1wb3J0IHtib29sT3JFbXB0eVNjaGVtYSwgdG9wQm9vbE9yRW1wdHlTY2hlbWF9IGZyb20gXCIuL2Jvb2xTY2hlbWFcIlxuaW1wb3J0IHtjb2VyY2VBbmRDaGVja0RhdGFUeXBlLCBnZXRTY2hlbWFUeXBlc30gZnJvbSBcIi4vZGF0YVR5cGVcIlxuaW1wb3J0IHtzaG91bGRVc2VHcm91cCwgc2hvdWxkVXNlUnVsZX0gZnJvbSBcIi4vYXBwbGljYWJpbGl0eVwiXG5pbXBvcnQge2NoZWNrRGF0YVR5cGUsIGNoZWNrRGF0YVR5cGVzLCByZXBvcnRUeXBlRXJyb3IsIERhdGFUeXBlfSBmcm9tIFwiLi9kYXRhVHlwZVwiXG5pbXBvcnQge2Fzc2lnbkRlZmF1bHRzfSBmcm9tIFwiLi9kZWZhdWx0c1wiXG5pbXBvcnQge2Z1bmNLZXl3b3JkQ29kZSwgbWFjcm9LZXl3b3JkQ29kZSwgdmFsaWRhdGVLZXl3b3JkVXNhZ2UsIHZhbGlkU2NoZW1hVHlwZX0gZnJvbSBcIi4va2V5d29yZFwiXG5pbXBvcnQge2dldFN1YnNjaGVtYSwgZXh0ZW5kU3Vic2NoZW1hRGF0YSwgU3Vic2NoZW1hQXJncywgZXh0ZW5kU3Vic2NoZW1hTW9kZX0gZnJvbSBcIi4vc3Vic2NoZW1hXCJcbmltcG9ydCB7XywgbmlsLCBzdHIsIG9yLCBub3QsIGdldFByb3BlcnR5LCBCbG9jaywgQ29kZSwgTmFtZSwgQ29kZUdlbn0gZnJvbSBcIi4uL2NvZGVnZW5cIlxuaW1wb3J0IE4gZnJvbSBcIi4uL25hbWVzXCJcbmltcG9ydCB7cmVzb2x2ZVVybH0gZnJvbSBcIi4uL3Jlc29sdmVcIlxuaW1wb3J0IHtcbiAgc2NoZW1hUmVmT3JWYWwsXG4gIHNjaGVtYUhhc1J1bGVzQnV0UmVmLFxuICBjaGVja1Vua25vd25SdWxlcyxcbiAgY2hlY2tTdHJpY3RNb2RlLFxuICB1bmVzY2FwZUpzb25Qb2ludGVyLFxuICBtZXJnZUV2YWx1YXRlZCxcbn0gZnJvbSBcIi4uL3V0aWxcIlxuaW1wb3J0IHR5cGUge0pTT05UeXBlLCBSdWxlLCBSdWxlR3JvdXB9IGZyb20gXCIuLi9ydWxlc1wiXG5pbXBvcnQge1xuICBFcnJvclBhdGhzLFxuICByZXBvcnRFcnJvcixcbiAgcmVwb3J0RXh0cmFFcnJvcixcbiAgcmVzZXRFcnJvcnNDb3VudCxcbiAga2V5d29yZCREYXRhRXJyb3IsXG59IGZyb20gXCIuLi9lcnJvcnNcIlxuXG4vLyBzY2hlbWEgY29tcGlsYXRpb24gLSBnZW5lcmF0ZXMgdmFsaWRhdGlvbiBmdW5jdGlvbiwgc3Vic2NoZW1hQ29kZSAoYmVsb3cpIGlzIHVzZWQgZm9yIHN1YnNjaGVtYXNcbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0ZUZ1bmN0aW9uQ29kZShpdDogU2NoZW1hQ3h0KTogdm9pZCB7XG4gIGlmIChpc1NjaGVtYU9iaihpdCkpIHtcbiAgICBjaGVja0tleXdvcmRzKGl0KVxuICAgIGlmIChzY2hlbWFDeHRIYXNSdWxlcyhpdCkpIHtcbiAgICAgIHRvcFNjaGVtYU9iakNvZGUoaXQpXG4gICAgICByZXR1cm5cbiAgICB9XG4gIH1cbiAgdmFsaWRhdGVGdW5jdGlvbihpdCwgKCkgPT4gdG9wQm9vbE9yRW1wdHlTY2hlbWEoaXQpKVxufVxuXG5mdW5jdGlvbiB2YWxpZGF0ZUZ1bmN0aW9uKFxuICB7Z2VuLCB2YWxpZGF0ZU5hbWUsIHNjaGVtYSwgc2NoZW1hRW52LCBvcHRzfTogU2NoZW1hQ3h0LFxuICBib2R5OiBCbG9ja1xuKTogdm9pZCB7XG4gIGlmIChvcHRzLmNvZGUuZXM1KSB7XG4gICAgZ2VuLmZ1bmModmFsaWRhdGVOYW1lLCBfYCR7Ti5kYXRhfSwgJHtOLnZhbEN4dH1gLCBzY2hlbWFFbnYuJGFzeW5jLCAoKSA9PiB7XG4gICAgICBnZW4uY29kZShfYFwidXNlIHN0cmljdFwiOyAke2Z1bmNTb3VyY2VVcmwoc2NoZW1hLCBvcHRzKX1gKVxuICAgICAgZGVzdHJ1Y3R1cmVWYWxDeHRFUzUoZ2VuLCBvcHRzKVxuICAgICAgZ2VuLmNvZGUoYm9keSlcbiAgICB9KVxuICB9IGVsc2Uge1xuICAgIGdlbi5mdW5jKHZhbGlkYXRlTmFtZSwgX2Ake04uZGF0YX0sICR7ZGVzdHJ1Y3R1cmVWYWxDeHQob3B0cyl9YCwgc2NoZW1hRW52LiRhc3luYywgKCkgPT5cbiAgICAgIGdlbi5jb2RlKGZ1bmNTb3VyY2VVcmwoc2NoZW1hLCBvcHRzKSkuY29kZShib2R5KVxuICAgIClcbiAgfVxufVxuXG5mdW5jdGlvbiBkZXN0cnVjdHVyZVZhbEN4dChvcHRzOiBJbnN0YW5jZU9wdGlvbnMpOiBDb2RlIHtcbiAgcmV0dXJuIF9geyR7Ti5pbnN0YW5jZVBhdGh9PVwiXCIsICR7Ti5wYXJlbnREYXRhfSwgJHtOLnBhcmVudERhdGFQcm9wZXJ0eX0sICR7Ti5yb290RGF0YX09JHtcbiAgICBOLmRhdGFcbiAgfSR7b3B0cy5keW5hbWljUmVmID8gX2AsICR7Ti5keW5hbWljQW5jaG9yc309e31gIDogbmlsfX09e31gXG59XG5cbmZ1bmN0aW9uIGRlc3RydWN0dXJlVmFsQ3h0RVM1KGdlbjogQ29kZUdlbiwgb3B0czogSW5zdGFuY2VPcHRpb25zKTogdm9pZCB7XG4gIGdlbi5pZihcbiAgICBOLnZhbEN4dCxcbiAgICAoKSA9PiB7XG4gICAgICBnZW4udmFyKE4uaW5zdGFuY2VQYXRoLCBfYCR7Ti52YWxDeHR9LiR7Ti5pbnN0YW5jZVBhdGh9YClcbiAgICAgIGdlbi52YXIoTi5wYXJlbnREYXRhLCBfYCR7Ti52YWxDeHR9LiR7Ti5wYXJlbnREYXRhfWApXG4gICAgICBnZW4udmFyKE4ucGFyZW50RGF0YVByb3BlcnR5LCBfYCR7Ti52YWxDeHR9LiR7Ti5wYXJlbnREYXRhUHJvcGVydHl9YClcbiAgICAgIGdlbi52YXIoTi5yb290RGF0YSwgX2Ake04udmFsQ3h0fS4ke04ucm9vdERhdGF9YClcbiAgICAgIGlmIChvcHRzLmR5bmFtaWNSZWYpIGdlbi52YXIoTi5keW5hbWljQW5jaG9ycywgX2Ake04udmFsQ3h0fS4ke04uZHluYW1pY0FuY2hvcnN9YClcbiAgICB9LFxuICAgICgpID0+IHtcbiAgICAgIGdlbi52YXIoTi5pbnN0YW5jZVBhdGgsIF9gXCJcImApXG4gICAgICBnZW4udmFyKE4ucGFyZW50RGF0YSwgX2B1bmRlZmluZWRgKVxuICAgICAgZ2VuLnZhcihOLnBhcmVudERhdGFQcm9wZXJ0eSwgX2B1bmRlZmluZWRgKVxuICAgICAgZ2VuLnZhcihOLnJvb3REYXRhLCBOLmRhdGEpXG4gICAgICBpZiAob3B0cy5keW5hbWljUmVmKSBnZW4udmFyKE4uZHluYW1pY0FuY2hvcnMsIF9ge31gKVxuICAgIH1cbiAgKVxufVxuXG5mdW5jdGlvbiB0b3BTY2hlbWFPYmpDb2RlKGl0OiBTY2hlbWFPYmpDeHQpOiB2b2lkIHtcbiAgY29uc3Qge3NjaGVtYSwgb3B0cywgZ2VufSA9IGl0XG4gIHZhbGlkYXRlRnVuY3Rpb24oaXQsICgpID0+IHtcbiAgICBpZiAob3B0cy4kY29tbWVudCAmJiBzY2hlbWEuJGNvbW1lbnQpIGNvbW1lbnRLZXl3b3JkKGl0KVxuICAgIGNoZWNrTm9EZWZhdWx0KGl0KVxuICAgIGdlbi5sZXQoTi52RXJyb3JzLCBudWxsKVxuICAgIGdlbi5sZXQoTi5lcnJvcnMsIDApXG4gICAgaWYgKG9wdHMudW5ldmFsdWF0ZWQpIHJlc2V0RXZhbHVhdGVkKGl0KVxuICAgIHR5cGVBbmRLZXl3b3JkcyhpdClcbiAgICByZXR1cm5SZXN1bHRzKGl0KVxuICB9KVxuICByZXR1cm5cbn1cblxuZnVuY3Rpb24gcmVzZXRFdmFsdWF0ZWQoaXQ6IFNjaGVtYU9iakN4dCk6IHZvaWQge1xuICAvLyBUT0RPIG1heWJlIHNvbWUgaG9vayB0byBleGVjdXRlIGl0IGluIHRoZSBlbmQgdG8gY2hlY2sgd2hldGhlciBwcm9wcy9pdGVtcyBhcmUgTmFtZSwgYXMgaW4gYXNzaWduRXZhbHVhdGVkXG4gIGNvbnN0IHtnZW4sIHZhbGlkYXRlTmFtZX0gPSBpdFxuICBpdC5ldmFsdWF0ZWQgPSBnZW4uY29uc3QoXCJldmFsdWF0ZWRcIiwgX2Ake3ZhbGlkYXRlTmFtZX0uZXZhbHVhdGVkYClcbiAgZ2VuLmlmKF9gJHtpdC5ldmFsdWF0ZWR9LmR5bmFtaWNQcm9wc2AsICgpID0+IGdlbi5hc3NpZ24oX2Ake2l0LmV2YWx1YXRlZH0ucHJvcHNgLCBfYHVuZGVmaW5lZGApKVxuICBnZW4uaWYoX2Ake2l0LmV2YWx1YXRlZH0uZHluYW1pY0l0ZW1zYCwgKCkgPT4gZ2VuLmFzc2lnbihfYCR7aXQuZXZhbHVhdGVkfS5pdGVtc2AsIF9gdW5kZWZpbmVkYCkpXG59XG5cbmZ1bmN0aW9uIGZ1bmNTb3VyY2VVcmwoc2NoZW1hOiBBbnlTY2hlbWEsIG9wdHM6IEluc3RhbmNlT3B0aW9ucyk6IENvZGUge1xuICBjb25zdCBzY2hJZCA9IHR5cGVvZiBzY2hlbWEgPT0gXCJvYmplY3RcIiAmJiBzY2hlbWFbb3B0cy5zY2hlbWFJZF1cbiAgcmV0dXJuIHNjaElkICYmIChvcHRzLmNvZGUuc291cmNlIHx8IG9wdHMuY29kZS5wcm9jZXNzKSA/IF9gLyojIHNvdXJjZVVSTD0ke3NjaElkfSAqL2AgOiBuaWxcbn1cblxuLy8gc2NoZW1hIGNvbXBpbGF0aW9uIC0gdGhpcyBmdW5jdGlvbiBpcyB1c2VkIHJlY3Vyc2l2ZWx5IHRvIGdlbmVyYXRlIGNvZGUgZm9yIHN1Yi1zY2hlbWFzXG5mdW5jdGlvbiBzdWJzY2hlbWFDb2RlKGl0OiBTY2hlbWFDeHQsIHZhbGlkOiBOYW1lKTogdm9pZCB7XG4gIGlmIChpc1NjaGVtYU9iaihpdCkpIHtcbiAgICBjaGVja0tleXdvcmRzKGl0KVxuICAgIGlmIChzY2hlbWFDeHRIYXNSdWxlcyhpdCkpIHtcbiAgICAgIHN1YlNjaGVtYU9iakNvZGUoaXQsIHZhbGlkKVxuICAgICAgcmV0dXJuXG4gICAgfVxuICB9XG4gIGJvb2xPckVtcHR5U2NoZW1hKGl0LCB2YWxpZClcbn1cblxuZnVuY3Rpb24gc2NoZW1hQ3h0SGFzUnVsZXMoe3NjaGVtYSwgc2VsZn06IFNjaGVtYUN4dCk6IGJvb2xlYW4ge1xuICBpZiAodHlwZW9mIHNjaGVtYSA9PSBcImJvb2xlYW5cIikgcmV0dXJuICFzY2hlbWFcbiAgZm9yIChjb25zdCBrZXkgaW4gc2NoZW1hKSBpZiAoc2VsZi5SVUxFUy5hbGxba2V5XSkgcmV0dXJuIHRydWVcbiAgcmV0dXJuIGZhbHNlXG59XG5cbmZ1bmN0aW9uIGlzU2NoZW1hT2JqKGl0OiBTY2hlbWFDeHQpOiBpdCBpcyBTY2hlbWFPYmpDeHQge1xuICByZXR1cm4gdHlwZW9mIGl0LnNjaGVtYSAhPSBcImJvb2xlYW5cIlxufVxuXG5mdW5jdGlvbiBzdWJTY2hlbWFPYmpDb2RlKGl0OiBTY2hlbWFPYmpDeHQsIHZhbGlkOiBOYW1lKTogdm9pZCB7XG4gIGNvbnN0IHtzY2hlbWEsIGdlbiwgb3B0c30gPSBpdFxuICBpZiAob3B0cy4kY29tbWVudCAmJiBzY2hlbWEuJGNvbW1lbnQpIGNvbW1lbnRLZXl3b3JkKGl0KVxuICB1cGRhdGVDb250ZXh0KGl0KVxuICBjaGVja0FzeW5jU2NoZW1hKGl0KVxuICBjb25zdCBlcnJzQ291bnQgPSBnZW4uY29uc3QoXCJfZXJyc1wiLCBOLmVycm9ycylcbiAgdHlwZUFuZEtleXdvcmRzKGl0LCBlcnJzQ291bnQpXG4gIC8vIFRPRE8gdmFyXG4gIGdlbi52YXIodmFsaWQsIF9gJHtlcnJzQ291bnR9ID09PSAke04uZXJyb3JzfWApXG59XG5cbmZ1bmN0aW9uIGNoZWNrS2V5d29yZHMoaXQ6IFNjaGVtYU9iakN4dCk6IHZvaWQge1xuICBjaGVja1Vua25vd25SdWxlcyhpdClcbiAgY2hlY2tSZWZzQW5kS2V5d29yZHMoaXQpXG59XG5cbmZ1bmN0aW9uIHR5cGVBbmRLZXl3b3JkcyhpdDogU2NoZW1hT2JqQ3h0LCBlcnJzQ291bnQ/OiBOYW1lKTogdm9pZCB7XG4gIGlmIChpdC5vcHRzLmp0ZCkgcmV0dXJuIHNjaGVtYUtleXdvcmRzKGl0LCBbXSwgZmFsc2UsIGVycnNDb3VudClcbiAgY29uc3QgdHlwZXMgPSBnZXRTY2hlbWFUeXBlcyhpdC5zY2hlbWEpXG4gIGNvbnN0IGNoZWNrZWRUeXBlcyA9IGNvZXJjZUFuZENoZWNrRGF0YVR5cGUoaXQsIHR5cGVzKVxuICBzY2hlbWFLZXl3b3JkcyhpdCwgdHlwZXMsICFjaGVja2VkVHlwZXMsIGVycnNDb3VudClcbn1cblxuZnVuY3Rpb24gY2hlY2tSZWZzQW5kS2V5d29yZHMoaXQ6IFNjaGVtYU9iakN4dCk6IHZvaWQge1xuICBjb25zdCB7c2NoZW1hLCBlcnJTY2hlbWFQYXRoLCBvcHRzLCBzZWxmfSA9IGl0XG4gIGlmIChzY2hlbWEuJHJlZiAmJiBvcHRzLmlnbm9yZUtleXdvcmRzV2l0aFJlZiAmJiBzY2hlbWFIYXNSdWxlc0J1dFJlZihzY2hlbWEsIHNlbGYuUlVMRVMpKSB7XG4gICAgc2VsZi5sb2dnZXIud2FybihgJHJlZjoga2V5d29yZHMgaWdub3JlZCBpbiBzY2hlbWEgYXQgcGF0aCBcIiR7ZXJyU2NoZW1hUGF0aH1cImApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tOb0RlZmF1bHQoaXQ6IFNjaGVtYU9iakN4dCk6IHZvaWQge1xuICBjb25zdCB7c2NoZW1hLCBvcHRzfSA9IGl0XG4gIGlmIChzY2hlbWEuZGVmYXVsdCAhPT0gdW5kZWZpbmVkICYmIG9wdHMudXNlRGVmYXVsdHMgJiYgb3B0cy5zdHJpY3RTY2hlbWEpIHtcbiAgICBjaGVja1N0cmljdE1vZGUoaXQsIFwiZGVmYXVsdCBpcyBpZ25vcmVkIGluIHRoZSBzY2hlbWEgcm9vdFwiKVxuICB9XG59XG5cbmZ1bmN0aW9uIHVwZGF0ZUNvbnRleHQoaXQ6IFNjaGVtYU9iakN4dCk6IHZvaWQge1xuICBjb25zdCBzY2hJZCA9IGl0LnNjaGVtYVtpdC5vcHRzLnNjaGVtYUlkXVxuICBpZiAoc2NoSWQpIGl0LmJhc2VJZCA9IHJlc29sdmVVcmwoaXQub3B0cy51cmlSZXNvbHZlciwgaXQuYmFzZUlkLCBzY2hJZClcbn1cblxuZnVuY3Rpb24gY2hlY2tBc3luY1NjaGVtYShpdDogU2NoZW1hT2JqQ3h0KTogdm9pZCB7XG4gIGlmIChpdC5zY2hlbWEuJGFzeW5jICYmICFpdC5zY2hlbWFFbnYuJGFzeW5jKSB0aHJvdyBuZXcgRXJyb3IoXCJhc3luYyBzY2hlbWEgaW4gc3luYyBzY2hlbWFcIilcbn1cblxuZnVuY3Rpb24gY29tbWVudEtleXdvcmQoe2dlbiwgc2NoZW1hRW52LCBzY2hlbWEsIGVyclNjaGVtYVBhdGgsIG9wdHN9OiBTY2hlbWFPYmpDeHQpOiB2b2lkIHtcbiAgY29uc3QgbXNnID0gc2NoZW1hLiRjb21tZW50XG4gIGlmIChvcHRzLiRjb21tZW50ID09PSB0cnVlKSB7XG4gICAgZ2VuLmNvZGUoX2Ake04uc2VsZn0ubG9nZ2VyLmxvZygke21zZ30pYClcbiAgfSBlbHNlIGlmICh0eXBlb2Ygb3B0cy4kY29tbWVudCA9PSBcImZ1bmN0aW9uXCIpIHtcbiAgICBjb25zdCBzY2hlbWFQYXRoID0gc3RyYCR7ZXJyU2NoZW1hUGF0aH0vJGNvbW1lbnRgXG4gICAgY29uc3Qgcm9vdE5hbWUgPSBnZW4uc2NvcGVWYWx1ZShcInJvb3RcIiwge3JlZjogc2NoZW1hRW52LnJvb3R9KVxuICAgIGdlbi5jb2RlKF9gJHtOLnNlbGZ9Lm9wdHMuJGNvbW1lbnQoJHttc2d9LCAke3NjaGVtYVBhdGh9LCAke3Jvb3ROYW1lfS5zY2hlbWEpYClcbiAgfVxufVxuXG5mdW5jdGlvbiByZXR1cm5SZXN1bHRzKGl0OiBTY2hlbWFDeHQpOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwgc2NoZW1hRW52LCB2YWxpZGF0ZU5hbWUsIFZhbGlkYXRpb25FcnJvciwgb3B0c30gPSBpdFxuICBpZiAoc2NoZW1hRW52LiRhc3luYykge1xuICAgIC8vIFRPRE8gYXNzaWduIHVuZXZhbHVhdGVkXG4gICAgZ2VuLmlmKFxuICAgICAgX2Ake04uZXJyb3JzfSA9PT0gMGAsXG4gICAgICAoKSA9PiBnZW4ucmV0dXJuKE4uZGF0YSksXG4gICAgICAoKSA9PiBnZW4udGhyb3coX2BuZXcgJHtWYWxpZGF0aW9uRXJyb3IgYXMgTmFtZX0oJHtOLnZFcnJvcnN9KWApXG4gICAgKVxuICB9IGVsc2Uge1xuICAgIGdlbi5hc3NpZ24oX2Ake3ZhbGlkYXRlTmFtZX0uZXJyb3JzYCwgTi52RXJyb3JzKVxuICAgIGlmIChvcHRzLnVuZXZhbHVhdGVkKSBhc3NpZ25FdmFsdWF0ZWQoaXQpXG4gICAgZ2VuLnJldHVybihfYCR7Ti5lcnJvcnN9ID09PSAwYClcbiAgfVxufVxuXG5mdW5jdGlvbiBhc3NpZ25FdmFsdWF0ZWQoe2dlbiwgZXZhbHVhdGVkLCBwcm9wcywgaXRlbXN9OiBTY2hlbWFDeHQpOiB2b2lkIHtcbiAgaWYgKHByb3BzIGluc3RhbmNlb2YgTmFtZSkgZ2VuLmFzc2lnbihfYCR7ZXZhbHVhdGVkfS5wcm9wc2AsIHByb3BzKVxuICBpZiAoaXRlbXMgaW5zdGFuY2VvZiBOYW1lKSBnZW4uYXNzaWduKF9gJHtldmFsdWF0ZWR9Lml0ZW1zYCwgaXRlbXMpXG59XG5cbmZ1bmN0aW9uIHNjaGVtYUtleXdvcmRzKFxuICBpdDogU2NoZW1hT2JqQ3h0LFxuICB0eXBlczogSlNPTlR5cGVbXSxcbiAgdHlwZUVycm9yczogYm9vbGVhbixcbiAgZXJyc0NvdW50PzogTmFtZVxuKTogdm9pZCB7XG4gIGNvbnN0IHtnZW4sIHNjaGVtYSwgZGF0YSwgYWxsRXJyb3JzLCBvcHRzLCBzZWxmfSA9IGl0XG4gIGNvbnN0IHtSVUxFU30gPSBzZWxmXG4gIGlmIChzY2hlbWEuJHJlZiAmJiAob3B0cy5pZ25vcmVLZXl3b3Jkc1dpdGhSZWYgfHwgIXNjaGVtYUhhc1J1bGVzQnV0UmVmKHNjaGVtYSwgUlVMRVMpKSkge1xuICAgIGdlbi5ibG9jaygoKSA9PiBrZXl3b3JkQ29kZShpdCwgXCIkcmVmXCIsIChSVUxFUy5hbGwuJHJlZiBhcyBSdWxlKS5kZWZpbml0aW9uKSkgLy8gVE9ETyB0eXBlY2FzdFxuICAgIHJldHVyblxuICB9XG4gIGlmICghb3B0cy5qdGQpIGNoZWNrU3RyaWN0VHlwZXMoaXQsIHR5cGVzKVxuICBnZW4uYmxvY2soKCkgPT4ge1xuICAgIGZvciAoY29uc3QgZ3JvdXAgb2YgUlVMRVMucnVsZXMpIGdyb3VwS2V5d29yZHMoZ3JvdXApXG4gICAgZ3JvdXBLZXl3b3JkcyhSVUxFUy5wb3N0KVxuICB9KVxuXG4gIGZ1bmN0aW9uIGdyb3VwS2V5d29yZHMoZ3JvdXA6IFJ1bGVHcm91cCk6IHZvaWQge1xuICAgIGlmICghc2hvdWxkVXNlR3JvdXAoc2NoZW1hLCBncm91cCkpIHJldHVyblxuICAgIGlmIChncm91cC50eXBlKSB7XG4gICAgICBnZW4uaWYoY2hlY2tEYXRhVHlwZShncm91cC50eXBlLCBkYXRhLCBvcHRzLnN0cmljdE51bWJlcnMpKVxuICAgICAgaXRlcmF0ZUtleXdvcmRzKGl0LCBncm91cClcbiAgICAgIGlmICh0eXBlcy5sZW5ndGggPT09IDEgJiYgdHlwZXNbMF0gPT09IGdyb3VwLnR5cGUgJiYgdHlwZUVycm9ycykge1xuICAgICAgICBnZW4uZWxzZSgpXG4gICAgICAgIHJlcG9ydFR5cGVFcnJvcihpdClcbiAgICAgIH1cbiAgICAgIGdlbi5lbmRJZigpXG4gICAgfSBlbHNlIHtcbiAgICAgIGl0ZXJhdGVLZXl3b3JkcyhpdCwgZ3JvdXApXG4gICAgfVxuICAgIC8vIFRPRE8gbWFrZSBpdCBcIm9rXCIgY2FsbD9cbiAgICBpZiAoIWFsbEVycm9ycykgZ2VuLmlmKF9gJHtOLmVycm9yc30gPT09ICR7ZXJyc0NvdW50IHx8IDB9YClcbiAgfVxufVxuXG5mdW5jdGlvbiBpdGVyYXRlS2V5d29yZHMoaXQ6IFNjaGVtYU9iakN4dCwgZ3JvdXA6IFJ1bGVHcm91cCk6IHZvaWQge1xuICBjb25zdCB7XG4gICAgZ2VuLFxuICAgIHNjaGVtYSxcbiAgICBvcHRzOiB7dXNlRGVmYXVsdHN9LFxuICB9ID0gaXRcbiAgaWYgKHVzZURlZmF1bHRzKSBhc3NpZ25EZWZhdWx0cyhpdCwgZ3JvdXAudHlwZSlcbiAgZ2VuLmJsb2NrKCgpID0+IHtcbiAgICBmb3IgKGNvbnN0IHJ1bGUgb2YgZ3JvdXAucnVsZXMpIHtcbiAgICAgIGlmIChzaG91bGRVc2VSdWxlKHNjaGVtYSwgcnVsZSkpIHtcbiAgICAgICAga2V5d29yZENvZGUoaXQsIHJ1bGUua2V5d29yZCwgcnVsZS5kZWZpbml0aW9uLCBncm91cC50eXBlKVxuICAgICAgfVxuICAgIH1cbiAgfSlcbn1cblxuZnVuY3Rpb24gY2hlY2tTdHJpY3RUeXBlcyhpdDogU2NoZW1hT2JqQ3h0LCB0eXBlczogSlNPTlR5cGVbXSk6IHZvaWQge1xuICBpZiAoaXQuc2NoZW1hRW52Lm1ldGEgfHwgIWl0Lm9wdHMuc3RyaWN0VHlwZXMpIHJldHVyblxuICBjaGVja0NvbnRleHRUeXBlcyhpdCwgdHlwZXMpXG4gIGlmICghaXQub3B0cy5hbGxvd1VuaW9uVHlwZXMpIGNoZWNrTXVsdGlwbGVUeXBlcyhpdCwgdHlwZXMpXG4gIGNoZWNrS2V5d29yZFR5cGVzKGl0LCBpdC5kYXRhVHlwZXMpXG59XG5cbmZ1bmN0aW9uIGNoZWNrQ29udGV4dFR5cGVzKGl0OiBTY2hlbWFPYmpDeHQsIHR5cGVzOiBKU09OVHlwZVtdKTogdm9pZCB7XG4gIGlmICghdHlwZXMubGVuZ3RoKSByZXR1cm5cbiAgaWYgKCFpdC5kYXRhVHlwZXMubGVuZ3RoKSB7XG4gICAgaXQuZGF0YVR5cGVzID0gdHlwZXNcbiAgICByZXR1cm5cbiAgfVxuICB0eXBlcy5mb3JFYWNoKCh0KSA9PiB7XG4gICAgaWYgKCFpbmNsdWRlc1R5cGUoaXQuZGF0YVR5cGVzLCB0KSkge1xuICAgICAgc3RyaWN0VHlwZXNFcnJvcihpdCwgYHR5cGUgXCIke3R9XCIgbm90IGFsbG93ZWQgYnkgY29udGV4dCBcIiR7aXQuZGF0YVR5cGVzLmpvaW4oXCIsXCIpfVwiYClcbiAgICB9XG4gIH0pXG4gIG5hcnJvd1NjaGVtYVR5cGVzKGl0LCB0eXBlcylcbn1cblxuZnVuY3Rpb24gY2hlY2tNdWx0aXBsZVR5cGVzKGl0OiBTY2hlbWFPYmpDeHQsIHRzOiBKU09OVHlwZVtdKTogdm9pZCB7XG4gIGlmICh0cy5sZW5ndGggPiAxICYmICEodHMubGVuZ3RoID09PSAyICYmIHRzLmluY2x1ZGVzKFwibnVsbFwiKSkpIHtcbiAgICBzdHJpY3RUeXBlc0Vycm9yKGl0LCBcInVzZSBhbGxvd1VuaW9uVHlwZXMgdG8gYWxsb3cgdW5pb24gdHlwZSBrZXl3b3JkXCIpXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tLZXl3b3JkVHlwZXMoaXQ6IFNjaGVtYU9iakN4dCwgdHM6IEpTT05UeXBlW10pOiB2b2lkIHtcbiAgY29uc3QgcnVsZXMgPSBpdC5zZWxmLlJVTEVTLmFsbFxuICBmb3IgKGNvbnN0IGtleXdvcmQgaW4gcnVsZXMpIHtcbiAgICBjb25zdCBydWxlID0gcnVsZXNba2V5d29yZF1cbiAgICBpZiAodHlwZW9mIHJ1bGUgPT0gXCJvYmplY3RcIiAmJiBzaG91bGRVc2VSdWxlKGl0LnNjaGVtYSwgcnVsZSkpIHtcbiAgICAgIGNvbnN0IHt0eXBlfSA9IHJ1bGUuZGVmaW5pdGlvblxuICAgICAgaWYgKHR5cGUubGVuZ3RoICYmICF0eXBlLnNvbWUoKHQpID0+IGhhc0FwcGxpY2FibGVUeXBlKHRzLCB0KSkpIHtcbiAgICAgICAgc3RyaWN0VHlwZXNFcnJvcihpdCwgYG1pc3NpbmcgdHlwZSBcIiR7dHlwZS5qb2luKFwiLFwiKX1cIiBmb3Iga2V5d29yZCBcIiR7a2V5d29yZH1cImApXG4gICAgICB9XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIGhhc0FwcGxpY2FibGVUeXBlKHNjaFRzOiBKU09OVHlwZVtdLCBrd2RUOiBKU09OVHlwZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gc2NoVHMuaW5jbHVkZXMoa3dkVCkgfHwgKGt3ZFQgPT09IFwibnVtYmVyXCIgJiYgc2NoVHMuaW5jbHVkZXMoXCJpbnRlZ2VyXCIpKVxufVxuXG5mdW5jdGlvbiBpbmNsdWRlc1R5cGUodHM6IEpTT05UeXBlW10sIHQ6IEpTT05UeXBlKTogYm9vbGVhbiB7XG4gIHJldHVybiB0cy5pbmNsdWRlcyh0KSB8fCAodCA9PT0gXCJpbnRlZ2VyXCIgJiYgdHMuaW5jbHVkZXMoXCJudW1iZXJcIikpXG59XG5cbmZ1bmN0aW9uIG5hcnJvd1NjaGVtYVR5cGVzKGl0OiBTY2hlbWFPYmpDeHQsIHdpdGhUeXBlczogSlNPTlR5cGVbXSk6IHZvaWQge1xuICBjb25zdCB0czogSlNPTlR5cGVbXSA9IFtdXG4gIGZvciAoY29uc3QgdCBvZiBpdC5kYXRhVHlwZXMpIHtcbiAgICBpZiAoaW5jbHVkZXNUeXBlKHdpdGhUeXBlcywgdCkpIHRzLnB1c2godClcbiAgICBlbHNlIGlmICh3aXRoVHlwZXMuaW5jbHVkZXMoXCJpbnRlZ2VyXCIpICYmIHQgPT09IFwibnVtYmVyXCIpIHRzLnB1c2goXCJpbnRlZ2VyXCIpXG4gIH1cbiAgaXQuZGF0YVR5cGVzID0gdHNcbn1cblxuZnVuY3Rpb24gc3RyaWN0VHlwZXNFcnJvcihpdDogU2NoZW1hT2JqQ3h0LCBtc2c6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBzY2hlbWFQYXRoID0gaXQuc2NoZW1hRW52LmJhc2VJZCArIGl0LmVyclNjaGVtYVBhdGhcbiAgbXNnICs9IGAgYXQgXCIke3NjaGVtYVBhdGh9XCIgKHN0cmljdFR5cGVzKWBcbiAgY2hlY2tTdHJpY3RNb2RlKGl0LCBtc2csIGl0Lm9wdHMuc3RyaWN0VHlwZXMpXG59XG5cbmV4cG9ydCBjbGFzcyBLZXl3b3JkQ3h0IGltcGxlbWVudHMgS2V5d29yZEVycm9yQ3h0IHtcbiAgcmVhZG9ubHkgZ2VuOiBDb2RlR2VuXG4gIHJlYWRvbmx5IGFsbEVycm9ycz86IGJvb2xlYW5cbiAgcmVhZG9ubHkga2V5d29yZDogc3RyaW5nXG4gIHJlYWRvbmx5IGRhdGE6IE5hbWUgLy8gTmFtZSByZWZlcmVuY2luZyB0aGUgY3VycmVudCBsZXZlbCBvZiB0aGUgZGF0YSBpbnN0YW5jZVxuICByZWFkb25seSAkZGF0YT86IHN0cmluZyB8IGZhbHNlXG4gIHNjaGVtYTogYW55IC8vIGtleXdvcmQgdmFsdWUgaW4gdGhlIHNjaGVtYVxuICByZWFkb25seSBzY2hlbWFWYWx1ZTogQ29kZSB8IG51bWJlciB8IGJvb2xlYW4gLy8gQ29kZSByZWZlcmVuY2UgdG8ga2V5d29yZCBzY2hlbWEgdmFsdWUgb3IgcHJpbWl0aXZlIHZhbHVlXG4gIHJlYWRvbmx5IHNjaGVtYUNvZGU6IENvZGUgfCBudW1iZXIgfCBib29sZWFuIC8vIENvZGUgcmVmZXJlbmNlIHRvIHJlc29sdmVkIHNjaGVtYSB2YWx1ZSAoZGlmZmVyZW50IGlmIHNjaGVtYSBpcyAkZGF0YSlcbiAgcmVhZG9ubHkgc2NoZW1hVHlwZTogSlNPTlR5cGVbXSAvLyBhbGxvd2VkIHR5cGUocykgb2Yga2V5d29yZCB2YWx1ZSBpbiB0aGUgc2NoZW1hXG4gIHJlYWRvbmx5IHBhcmVudFNjaGVtYTogQW55U2NoZW1hT2JqZWN0XG4gIHJlYWRvbmx5IGVycnNDb3VudD86IE5hbWUgLy8gTmFtZSByZWZlcmVuY2UgdG8gdGhlIG51bWJlciBvZiB2YWxpZGF0aW9uIGVycm9ycyBjb2xsZWN0ZWQgYmVmb3JlIHRoaXMga2V5d29yZCxcbiAgLy8gcmVxdWlyZXMgb3B0aW9uIHRyYWNrRXJyb3JzIGluIGtleXdvcmQgZGVmaW5pdGlvblxuICBwYXJhbXM6IEtleXdvcmRDeHRQYXJhbXMgLy8gb2JqZWN0IHRvIHBhc3MgcGFyYW1ldGVycyB0byBlcnJvciBtZXNzYWdlcyBmcm9tIGtleXdvcmQgY29kZVxuICByZWFkb25seSBpdDogU2NoZW1hT2JqQ3h0IC8vIHNjaGVtYSBjb21waWxhdGlvbiBjb250ZXh0IChzY2hlbWEgaXMgZ3VhcmFudGVlZCB0byBiZSBhbiBvYmplY3QsIG5vdCBib29sZWFuKVxuICByZWFkb25seSBkZWY6IEFkZGVkS2V5d29yZERlZmluaXRpb25cblxuICBjb25zdHJ1Y3RvcihpdDogU2NoZW1hT2JqQ3h0LCBkZWY6IEFkZGVkS2V5d29yZERlZmluaXRpb24sIGtleXdvcmQ6IHN0cmluZykge1xuICAgIHZhbGlkYXRlS2V5d29yZFVzYWdlKGl0LCBkZWYsIGtleXdvcmQpXG4gICAgdGhpcy5nZW4gPSBpdC5nZW5cbiAgICB0aGlzLmFsbEVycm9ycyA9IGl0LmFsbEVycm9yc1xuICAgIHRoaXMua2V5d29yZCA9IGtleXdvcmRcbiAgICB0aGlzLmRhdGEgPSBpdC5kYXRhXG4gICAgdGhpcy5zY2hlbWEgPSBpdC5zY2hlbWFba2V5d29yZF1cbiAgICB0aGlzLiRkYXRhID0gZGVmLiRkYXRhICYmIGl0Lm9wdHMuJGRhdGEgJiYgdGhpcy5zY2hlbWEgJiYgdGhpcy5zY2hlbWEuJGRhdGFcbiAgICB0aGlzLnNjaGVtYVZhbHVlID0gc2NoZW1hUmVmT3JWYWwoaXQsIHRoaXMuc2NoZW1hLCBrZXl3b3JkLCB0aGlzLiRkYXRhKVxuICAgIHRoaXMuc2NoZW1hVHlwZSA9IGRlZi5zY2hlbWFUeXBlXG4gICAgdGhpcy5wYXJlbnRTY2hlbWEgPSBpdC5zY2hlbWFcbiAgICB0aGlzLnBhcmFtcyA9IHt9XG4gICAgdGhpcy5pdCA9IGl0XG4gICAgdGhpcy5kZWYgPSBkZWZcblxuICAgIGlmICh0aGlzLiRkYXRhKSB7XG4gICAgICB0aGlzLnNjaGVtYUNvZGUgPSBpdC5nZW4uY29uc3QoXCJ2U2NoZW1hXCIsIGdldERhdGEodGhpcy4kZGF0YSwgaXQpKVxuICAgIH0gZWxzZSB7XG4gICAgICB0aGlzLnNjaGVtYUNvZGUgPSB0aGlzLnNjaGVtYVZhbHVlXG4gICAgICBpZiAoIXZhbGlkU2NoZW1hVHlwZSh0aGlzLnNjaGVtYSwgZGVmLnNjaGVtYVR5cGUsIGRlZi5hbGxvd1VuZGVmaW5lZCkpIHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGAke2tleXdvcmR9IHZhbHVlIG11c3QgYmUgJHtKU09OLnN0cmluZ2lmeShkZWYuc2NoZW1hVHlwZSl9YClcbiAgICAgIH1cbiAgICB9XG5cbiAgICBpZiAoXCJjb2RlXCIgaW4gZGVmID8gZGVmLnRyYWNrRXJyb3JzIDogZGVmLmVycm9ycyAhPT0gZmFsc2UpIHtcbiAgICAgIHRoaXMuZXJyc0NvdW50ID0gaXQuZ2VuLmNvbnN0KFwiX2VycnNcIiwgTi5lcnJvcnMpXG4gICAgfVxuICB9XG5cbiAgcmVzdWx0KGNvbmRpdGlvbjogQ29kZSwgc3VjY2Vzc0FjdGlvbj86ICgpID0+IHZvaWQsIGZhaWxBY3Rpb24/OiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgdGhpcy5mYWlsUmVzdWx0KG5vdChjb25kaXRpb24pLCBzdWNjZXNzQWN0aW9uLCBmYWlsQWN0aW9uKVxuICB9XG5cbiAgZmFpbFJlc3VsdChjb25kaXRpb246IENvZGUsIHN1Y2Nlc3NBY3Rpb24/OiAoKSA9PiB2b2lkLCBmYWlsQWN0aW9uPzogKCkgPT4gdm9pZCk6IHZvaWQge1xuICAgIHRoaXMuZ2VuLmlmKGNvbmRpdGlvbilcbiAgICBpZiAoZmFpbEFjdGlvbikgZmFpbEFjdGlvbigpXG4gICAgZWxzZSB0aGlzLmVycm9yKClcbiAgICBpZiAoc3VjY2Vzc0FjdGlvbikge1xuICAgICAgdGhpcy5nZW4uZWxzZSgpXG4gICAgICBzdWNjZXNzQWN0aW9uKClcbiAgICAgIGlmICh0aGlzLmFsbEVycm9ycykgdGhpcy5nZW4uZW5kSWYoKVxuICAgIH0gZWxzZSB7XG4gICAgICBpZiAodGhpcy5hbGxFcnJvcnMpIHRoaXMuZ2VuLmVuZElmKClcbiAgICAgIGVsc2UgdGhpcy5nZW4uZWxzZSgpXG4gICAgfVxuICB9XG5cbiAgcGFzcyhjb25kaXRpb246IENvZGUsIGZhaWxBY3Rpb24/OiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgdGhpcy5mYWlsUmVzdWx0KG5vdChjb25kaXRpb24pLCB1bmRlZmluZWQsIGZhaWxBY3Rpb24pXG4gIH1cblxuICBmYWlsKGNvbmRpdGlvbj86IENvZGUpOiB2b2lkIHtcbiAgICBpZiAoY29uZGl0aW9uID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuZXJyb3IoKVxuICAgICAgaWYgKCF0aGlzLmFsbEVycm9ycykgdGhpcy5nZW4uaWYoZmFsc2UpIC8vIHRoaXMgYnJhbmNoIHdpbGwgYmUgcmVtb3ZlZCBieSBnZW4ub3B0aW1pemVcbiAgICAgIHJldHVyblxuICAgIH1cbiAgICB0aGlzLmdlbi5pZihjb25kaXRpb24pXG4gICAgdGhpcy5lcnJvcigpXG4gICAgaWYgKHRoaXMuYWxsRXJyb3JzKSB0aGlzLmdlbi5lbmRJZigpXG4gICAgZWxzZSB0aGlzLmdlbi5lbHNlKClcbiAgfVxuXG4gIGZhaWwkZGF0YShjb25kaXRpb246IENvZGUpOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuJGRhdGEpIHJldHVybiB0aGlzLmZhaWwoY29uZGl0aW9uKVxuICAgIGNvbnN0IHtzY2hlbWFDb2RlfSA9IHRoaXNcbiAgICB0aGlzLmZhaWwoX2Ake3NjaGVtYUNvZGV9ICE9PSB1bmRlZmluZWQgJiYgKCR7b3IodGhpcy5pbnZhbGlkJGRhdGEoKSwgY29uZGl0aW9uKX0pYClcbiAgfVxuXG4gIGVycm9yKGFwcGVuZD86IGJvb2xlYW4sIGVycm9yUGFyYW1zPzogS2V5d29yZEN4dFBhcmFtcywgZXJyb3JQYXRocz86IEVycm9yUGF0aHMpOiB2b2lkIHtcbiAgICBpZiAoZXJyb3JQYXJhbXMpIHtcbiAgICAgIHRoaXMuc2V0UGFyYW1zKGVycm9yUGFyYW1zKVxuICAgICAgdGhpcy5fZXJyb3IoYXBwZW5kLCBlcnJvclBhdGhzKVxuICAgICAgdGhpcy5zZXRQYXJhbXMoe30pXG4gICAgICByZXR1cm5cbiAgICB9XG4gICAgdGhpcy5fZXJyb3IoYXBwZW5kLCBlcnJvclBhdGhzKVxuICB9XG5cbiAgcHJpdmF0ZSBfZXJyb3IoYXBwZW5kPzogYm9vbGVhbiwgZXJyb3JQYXRocz86IEVycm9yUGF0aHMpOiB2b2lkIHtcbiAgICA7KGFwcGVuZCA/IHJlcG9ydEV4dHJhRXJyb3IgOiByZXBvcnRFcnJvcikodGhpcywgdGhpcy5kZWYuZXJyb3IsIGVycm9yUGF0aHMpXG4gIH1cblxuICAkZGF0YUVycm9yKCk6IHZvaWQge1xuICAgIHJlcG9ydEVycm9yKHRoaXMsIHRoaXMuZGVmLiRkYXRhRXJyb3IgfHwga2V5d29yZCREYXRhRXJyb3IpXG4gIH1cblxuICByZXNldCgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5lcnJzQ291bnQgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKCdhZGQgXCJ0cmFja0Vycm9yc1wiIHRvIGtleXdvcmQgZGVmaW5pdGlvbicpXG4gICAgcmVzZXRFcnJvcnNDb3VudCh0aGlzLmdlbiwgdGhpcy5lcnJzQ291bnQpXG4gIH1cblxuICBvayhjb25kOiBDb2RlIHwgYm9vbGVhbik6IHZvaWQge1xuICAgIGlmICghdGhpcy5hbGxFcnJvcnMpIHRoaXMuZ2VuLmlmKGNvbmQpXG4gIH1cblxuICBzZXRQYXJhbXMob2JqOiBLZXl3b3JkQ3h0UGFyYW1zLCBhc3NpZ24/OiB0cnVlKTogdm9pZCB7XG4gICAgaWYgKGFzc2lnbikgT2JqZWN0LmFzc2lnbih0aGlzLnBhcmFtcywgb2JqKVxuICAgIGVsc2UgdGhpcy5wYXJhbXMgPSBvYmpcbiAgfVxuXG4gIGJsb2NrJGRhdGEodmFsaWQ6IE5hbWUsIGNvZGVCbG9jazogKCkgPT4gdm9pZCwgJGRhdGFWYWxpZDogQ29kZSA9IG5pbCk6IHZvaWQge1xuICAgIHRoaXMuZ2VuLmJsb2NrKCgpID0+IHtcbiAgICAgIHRoaXMuY2hlY2skZGF0YSh2YWxpZCwgJGRhdGFWYWxpZClcbiAgICAgIGNvZGVCbG9jaygpXG4gICAgfSlcbiAgfVxuXG4gIGNoZWNrJGRhdGEodmFsaWQ6IE5hbWUgPSBuaWwsICRkYXRhVmFsaWQ6IENvZGUgPSBuaWwpOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuJGRhdGEpIHJldHVyblxuICAgIGNvbnN0IHtnZW4sIHNjaGVtYUNvZGUsIHNjaGVtYVR5cGUsIGRlZn0gPSB0aGlzXG4gICAgZ2VuLmlmKG9yKF9gJHtzY2hlbWFDb2RlfSA9PT0gdW5kZWZpbmVkYCwgJGRhdGFWYWxpZCkpXG4gICAgaWYgKHZhbGlkICE9PSBuaWwpIGdlbi5hc3NpZ24odmFsaWQsIHRydWUpXG4gICAgaWYgKHNjaGVtYVR5cGUubGVuZ3RoIHx8IGRlZi52YWxpZGF0ZVNjaGVtYSkge1xuICAgICAgZ2VuLmVsc2VJZih0aGlzLmludmFsaWQkZGF0YSgpKVxuICAgICAgdGhpcy4kZGF0YUVycm9yKClcbiAgICAgIGlmICh2YWxpZCAhPT0gbmlsKSBnZW4uYXNzaWduKHZhbGlkLCBmYWxzZSlcbiAgICB9XG4gICAgZ2VuLmVsc2UoKVxuICB9XG5cbiAgaW52YWxpZCRkYXRhKCk6IENvZGUge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYUNvZGUsIHNjaGVtYVR5cGUsIGRlZiwgaXR9ID0gdGhpc1xuICAgIHJldHVybiBvcih3cm9uZyREYXRhVHlwZSgpLCBpbnZhbGlkJERhdGFTY2hlbWEoKSlcblxuICAgIGZ1bmN0aW9uIHdyb25nJERhdGFUeXBlKCk6IENvZGUge1xuICAgICAgaWYgKHNjaGVtYVR5cGUubGVuZ3RoKSB7XG4gICAgICAgIC8qIGlzdGFuYnVsIGlnbm9yZSBpZiAqL1xuICAgICAgICBpZiAoIShzY2hlbWFDb2RlIGluc3RhbmNlb2YgTmFtZSkpIHRocm93IG5ldyBFcnJvcihcImFqdiBpbXBsZW1lbnRhdGlvbiBlcnJvclwiKVxuICAgICAgICBjb25zdCBzdCA9IEFycmF5LmlzQXJyYXkoc2NoZW1hVHlwZSkgPyBzY2hlbWFUeXBlIDogW3NjaGVtYVR5cGVdXG4gICAgICAgIHJldHVybiBfYCR7Y2hlY2tEYXRhVHlwZXMoc3QsIHNjaGVtYUNvZGUsIGl0Lm9wdHMuc3RyaWN0TnVtYmVycywgRGF0YVR5cGUuV3JvbmcpfWBcbiAgICAgIH1cbiAgICAgIHJldHVybiBuaWxcbiAgICB9XG5cbiAgICBmdW5jdGlvbiBpbnZhbGlkJERhdGFTY2hlbWEoKTogQ29kZSB7XG4gICAgICBpZiAoZGVmLnZhbGlkYXRlU2NoZW1hKSB7XG4gICAgICAgIGNvbnN0IHZhbGlkYXRlU2NoZW1hUmVmID0gZ2VuLnNjb3BlVmFsdWUoXCJ2YWxpZGF0ZSRkYXRhXCIsIHtyZWY6IGRlZi52YWxpZGF0ZVNjaGVtYX0pIC8vIFRPRE8gdmFsdWUuY29kZSBmb3Igc3RhbmRhbG9uZVxuICAgICAgICByZXR1cm4gX2AhJHt2YWxpZGF0ZVNjaGVtYVJlZn0oJHtzY2hlbWFDb2RlfSlgXG4gICAgICB9XG4gICAgICByZXR1cm4gbmlsXG4gICAgfVxuICB9XG5cbiAgc3Vic2NoZW1hKGFwcGw6IFN1YnNjaGVtYUFyZ3MsIHZhbGlkOiBOYW1lKTogU2NoZW1hQ3h0IHtcbiAgICBjb25zdCBzdWJzY2hlbWEgPSBnZXRTdWJzY2hlbWEodGhpcy5pdCwgYXBwbClcbiAgICBleHRlbmRTdWJzY2hlbWFEYXRhKHN1YnNjaGVtYSwgdGhpcy5pdCwgYXBwbClcbiAgICBleHRlbmRTdWJzY2hlbWFNb2RlKHN1YnNjaGVtYSwgYXBwbClcbiAgICBjb25zdCBuZXh0Q29udGV4dCA9IHsuLi50aGlzLml0LCAuLi5zdWJzY2hlbWEsIGl0ZW1zOiB1bmRlZmluZWQsIHByb3BzOiB1bmRlZmluZWR9XG4gICAgc3Vic2NoZW1hQ29kZShuZXh0Q29udGV4dCwgdmFsaWQpXG4gICAgcmV0dXJuIG5leHRDb250ZXh0XG4gIH1cblxuICBtZXJnZUV2YWx1YXRlZChzY2hlbWFDeHQ6IFNjaGVtYUN4dCwgdG9OYW1lPzogdHlwZW9mIE5hbWUpOiB2b2lkIHtcbiAgICBjb25zdCB7aXQsIGdlbn0gPSB0aGlzXG4gICAgaWYgKCFpdC5vcHRzLnVuZXZhbHVhdGVkKSByZXR1cm5cbiAgICBpZiAoaXQucHJvcHMgIT09IHRydWUgJiYgc2NoZW1hQ3h0LnByb3BzICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGl0LnByb3BzID0gbWVyZ2VFdmFsdWF0ZWQucHJvcHMoZ2VuLCBzY2hlbWFDeHQucHJvcHMsIGl0LnByb3BzLCB0b05hbWUpXG4gICAgfVxuICAgIGlmIChpdC5pdGVtcyAhPT0gdHJ1ZSAmJiBzY2hlbWFDeHQuaXRlbXMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgaXQuaXRlbXMgPSBtZXJnZUV2YWx1YXRlZC5pdGVtcyhnZW4sIHNjaGVtYUN4dC5pdGVtcywgaXQuaXRlbXMsIHRvTmFtZSlcbiAgICB9XG4gIH1cblxuICBtZXJnZVZhbGlkRXZhbHVhdGVkKHNjaGVtYUN4dDogU2NoZW1hQ3h0LCB2YWxpZDogTmFtZSk6IGJvb2xlYW4gfCB2b2lkIHtcbiAgICBjb25zdCB7aXQsIGdlbn0gPSB0aGlzXG4gICAgaWYgKGl0Lm9wdHMudW5ldmFsdWF0ZWQgJiYgKGl0LnByb3BzICE9PSB0cnVlIHx8IGl0Lml0ZW1zICE9PSB0cnVlKSkge1xuICAgICAgZ2VuLmlmKHZhbGlkLCAoKSA9PiB0aGlzLm1lcmdlRXZhbHVhdGVkKHNjaGVtYUN4dCwgTmFtZSkpXG4gICAgICByZXR1cm4gdHJ1ZVxuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBrZXl3b3JkQ29kZShcbiAgaXQ6IFNjaGVtYU9iakN4dCxcbiAga2V5d29yZDogc3RyaW5nLFxuICBkZWY6IEFkZGVkS2V5d29yZERlZmluaXRpb24sXG4gIHJ1bGVUeXBlPzogSlNPTlR5cGVcbik6IHZvaWQge1xuICBjb25zdCBjeHQgPSBuZXcgS2V5d29yZEN4dChpdCwgZGVmLCBrZXl3b3JkKVxuICBpZiAoXCJjb2RlXCIgaW4gZGVmKSB7XG4gICAgZGVmLmNvZGUoY3h0LCBydWxlVHlwZSlcbiAgfSBlbHNlIGlmIChjeHQuJGRhdGEgJiYgZGVmLnZhbGlkYXRlKSB7XG4gICAgZnVuY0tleXdvcmRDb2RlKGN4dCwgZGVmKVxuICB9IGVsc2UgaWYgKFwibWFjcm9cIiBpbiBkZWYpIHtcbiAgICBtYWNyb0tleXdvcmRDb2RlKGN4dCwgZGVmKVxuICB9IGVsc2UgaWYgKGRlZi5jb21waWxlIHx8IGRlZi52YWxpZGF0ZSkge1xuICAgIGZ1bmNLZXl3b3JkQ29kZShjeHQsIGRlZilcbiAgfVxufVxuXG5jb25zdCBKU09OX1BPSU5URVIgPSAvXlxcLyg/Oltefl18fjB8fjEpKiQvXG5jb25zdCBSRUxBVElWRV9KU09OX1BPSU5URVIgPSAvXihbMC05XSspKCN8XFwvKD86W15+XXx+MHx+MSkqKT8kL1xuZXhwb3J0IGZ1bmN0aW9uIGdldERhdGEoXG4gICRkYXRhOiBzdHJpbmcsXG4gIHtkYXRhTGV2ZWwsIGRhdGFOYW1lcywgZGF0YVBhdGhBcnJ9OiBTY2hlbWFDeHRcbik6IENvZGUgfCBudW1iZXIge1xuICBsZXQganNvblBvaW50ZXJcbiAgbGV0IGRhdGE6IENvZGVcbiAgaWYgKCRkYXRhID09PSBcIlwiKSByZXR1cm4gTi5yb290RGF0YVxuICBpZiAoJGRhdGFbMF0gPT09IFwiL1wiKSB7XG4gICAgaWYgKCFKU09OX1BPSU5URVIudGVzdCgkZGF0YSkpIHRocm93IG5ldyBFcnJvcihgSW52YWxpZCBKU09OLXBvaW50ZXI6ICR7JGRhdGF9YClcbiAgICBqc29uUG9pbnRlciA9ICRkYXRhXG4gICAgZGF0YSA9IE4ucm9vdERhdGFcbiAgfSBlbHNlIHtcbiAgICBjb25zdCBtYXRjaGVzID0gUkVMQVRJVkVfSlNPTl9QT0lOVEVSLmV4ZWMoJGRhdGEpXG4gICAgaWYgKCFtYXRjaGVzKSB0aHJvdyBuZXcgRXJyb3IoYEludmFsaWQgSlNPTi1wb2ludGVyOiAkeyRkYXRhfWApXG4gICAgY29uc3QgdXA6IG51bWJlciA9ICttYXRjaGVzWzFdXG4gICAganNvblBvaW50ZXIgPSBtYXRjaGVzWzJdXG4gICAgaWYgKGpzb25Qb2ludGVyID09PSBcIiNcIikge1xuICAgICAgaWYgKHVwID49IGRhdGFMZXZlbCkgdGhyb3cgbmV3IEVycm9yKGVycm9yTXNnKFwicHJvcGVydHkvaW5kZXhcIiwgdXApKVxuICAgICAgcmV0dXJuIGRhdGFQYXRoQXJyW2RhdGFMZXZlbCAtIHVwXVxuICAgIH1cbiAgICBpZiAodXAgPiBkYXRhTGV2ZWwpIHRocm93IG5ldyBFcnJvcihlcnJvck1zZyhcImRhdGFcIiwgdXApKVxuICAgIGRhdGEgPSBkYXRhTmFtZXNbZGF0YUxldmVsIC0gdXBdXG4gICAgaWYgKCFqc29uUG9pbnRlcikgcmV0dXJuIGRhdGFcbiAgfVxuXG4gIGxldCBleHByID0gZGF0YVxuICBjb25zdCBzZWdtZW50cyA9IGpzb25Qb2ludGVyLnNwbGl0KFwiL1wiKVxuICBmb3IgKGNvbnN0IHNlZ21lbnQgb2Ygc2VnbWVudHMpIHtcbiAgICBpZiAoc2VnbWVudCkge1xuICAgICAgZGF0YSA9IF9gJHtkYXRhfSR7Z2V0UHJvcGVydHkodW5lc2NhcGVKc29uUG9pbnRlcihzZWdtZW50KSl9YFxuICAgICAgZXhwciA9IF9gJHtleHByfSAmJiAke2RhdGF9YFxuICAgIH1cbiAgfVxuICByZXR1cm4gZXhwclxuXG4gIGZ1bmN0aW9uIGVycm9yTXNnKHBvaW50ZXJUeXBlOiBzdHJpbmcsIHVwOiBudW1iZXIpOiBzdHJpbmcge1xuICAgIHJldHVybiBgQ2Fubm90IGFjY2VzcyAke3BvaW50ZXJUeXBlfSAke3VwfSBsZXZlbHMgdXAsIGN1cnJlbnQgbGV2ZWwgaXMgJHtkYXRhTGV2ZWx9YFxuICB9XG59XG4iLCAiaW1wb3J0IHR5cGUge0Vycm9yT2JqZWN0fSBmcm9tIFwiLi4vdHlwZXNcIlxuXG5leHBvcnQgZGVmYXVsdCBjbGFzcyBWYWxpZGF0aW9uRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IGVycm9yczogUGFydGlhbDxFcnJvck9iamVjdD5bXVxuICByZWFkb25seSBhanY6IHRydWVcbiAgcmVhZG9ubHkgdmFsaWRhdGlvbjogdHJ1ZVxuXG4gIGNvbnN0cnVjdG9yKGVycm9yczogUGFydGlhbDxFcnJvck9iamVjdD5bXSkge1xuICAgIHN1cGVyKFwidmFsaWRhdGlvbiBmYWlsZWRcIilcbiAgICB0aGlzLmVycm9ycyA9IGVycm9yc1xuICAgIHRoaXMuYWp2ID0gdGhpcy52YWxpZGF0aW9uID0gdHJ1ZVxuICB9XG59XG4iLCAiaW1wb3J0IHtyZXNvbHZlVXJsLCBub3JtYWxpemVJZCwgZ2V0RnVsbFBhdGh9IGZyb20gXCIuL3Jlc29sdmVcIlxuaW1wb3J0IHR5cGUge1VyaVJlc29sdmVyfSBmcm9tIFwiLi4vdHlwZXNcIlxuXG5leHBvcnQgZGVmYXVsdCBjbGFzcyBNaXNzaW5nUmVmRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IG1pc3NpbmdSZWY6IHN0cmluZ1xuICByZWFkb25seSBtaXNzaW5nU2NoZW1hOiBzdHJpbmdcblxuICBjb25zdHJ1Y3RvcihyZXNvbHZlcjogVXJpUmVzb2x2ZXIsIGJhc2VJZDogc3RyaW5nLCByZWY6IHN0cmluZywgbXNnPzogc3RyaW5nKSB7XG4gICAgc3VwZXIobXNnIHx8IGBjYW4ndCByZXNvbHZlIHJlZmVyZW5jZSAke3JlZn0gZnJvbSBpZCAke2Jhc2VJZH1gKVxuICAgIHRoaXMubWlzc2luZ1JlZiA9IHJlc29sdmVVcmwocmVzb2x2ZXIsIGJhc2VJZCwgcmVmKVxuICAgIHRoaXMubWlzc2luZ1NjaGVtYSA9IG5vcm1hbGl6ZUlkKGdldEZ1bGxQYXRoKHJlc29sdmVyLCB0aGlzLm1pc3NpbmdSZWYpKVxuICB9XG59XG4iLCAiaW1wb3J0IHR5cGUge1xuICBBbnlTY2hlbWEsXG4gIEFueVNjaGVtYU9iamVjdCxcbiAgQW55VmFsaWRhdGVGdW5jdGlvbixcbiAgQXN5bmNWYWxpZGF0ZUZ1bmN0aW9uLFxuICBFdmFsdWF0ZWRQcm9wZXJ0aWVzLFxuICBFdmFsdWF0ZWRJdGVtcyxcbn0gZnJvbSBcIi4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIEFqdiBmcm9tIFwiLi4vY29yZVwiXG5pbXBvcnQgdHlwZSB7SW5zdGFuY2VPcHRpb25zfSBmcm9tIFwiLi4vY29yZVwiXG5pbXBvcnQge0NvZGVHZW4sIF8sIG5pbCwgc3RyaW5naWZ5LCBOYW1lLCBDb2RlLCBWYWx1ZVNjb3BlTmFtZX0gZnJvbSBcIi4vY29kZWdlblwiXG5pbXBvcnQgVmFsaWRhdGlvbkVycm9yIGZyb20gXCIuLi9ydW50aW1lL3ZhbGlkYXRpb25fZXJyb3JcIlxuaW1wb3J0IE4gZnJvbSBcIi4vbmFtZXNcIlxuaW1wb3J0IHtMb2NhbFJlZnMsIGdldEZ1bGxQYXRoLCBfZ2V0RnVsbFBhdGgsIGlubGluZVJlZiwgbm9ybWFsaXplSWQsIHJlc29sdmVVcmx9IGZyb20gXCIuL3Jlc29sdmVcIlxuaW1wb3J0IHtzY2hlbWFIYXNSdWxlc0J1dFJlZiwgdW5lc2NhcGVGcmFnbWVudH0gZnJvbSBcIi4vdXRpbFwiXG5pbXBvcnQge3ZhbGlkYXRlRnVuY3Rpb25Db2RlfSBmcm9tIFwiLi92YWxpZGF0ZVwiXG5pbXBvcnQge1VSSUNvbXBvbmVudH0gZnJvbSBcImZhc3QtdXJpXCJcbmltcG9ydCB7SlNPTlR5cGV9IGZyb20gXCIuL3J1bGVzXCJcblxuZXhwb3J0IHR5cGUgU2NoZW1hUmVmcyA9IHtcbiAgW1JlZiBpbiBzdHJpbmddPzogU2NoZW1hRW52IHwgQW55U2NoZW1hXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2NoZW1hQ3h0IHtcbiAgcmVhZG9ubHkgZ2VuOiBDb2RlR2VuXG4gIHJlYWRvbmx5IGFsbEVycm9ycz86IGJvb2xlYW4gLy8gdmFsaWRhdGlvbiBtb2RlIC0gd2hldGhlciB0byBjb2xsZWN0IGFsbCBlcnJvcnMgb3IgYnJlYWsgb24gZXJyb3JcbiAgcmVhZG9ubHkgZGF0YTogTmFtZSAvLyBOYW1lIHdpdGggcmVmZXJlbmNlIHRvIHRoZSBjdXJyZW50IHBhcnQgb2YgZGF0YSBpbnN0YW5jZVxuICByZWFkb25seSBwYXJlbnREYXRhOiBOYW1lIC8vIHNob3VsZCBiZSB1c2VkIGluIGtleXdvcmRzIG1vZGlmeWluZyBkYXRhXG4gIHJlYWRvbmx5IHBhcmVudERhdGFQcm9wZXJ0eTogQ29kZSB8IG51bWJlciAvLyBzaG91bGQgYmUgdXNlZCBpbiBrZXl3b3JkcyBtb2RpZnlpbmcgZGF0YVxuICByZWFkb25seSBkYXRhTmFtZXM6IE5hbWVbXVxuICByZWFkb25seSBkYXRhUGF0aEFycjogKENvZGUgfCBudW1iZXIpW11cbiAgcmVhZG9ubHkgZGF0YUxldmVsOiBudW1iZXIgLy8gdGhlIGxldmVsIG9mIHRoZSBjdXJyZW50bHkgdmFsaWRhdGVkIGRhdGEsXG4gIC8vIGl0IGNhbiBiZSB1c2VkIHRvIGFjY2VzcyBib3RoIHRoZSBwcm9wZXJ0eSBuYW1lcyBhbmQgdGhlIGRhdGEgb24gYWxsIGxldmVscyBmcm9tIHRoZSB0b3AuXG4gIGRhdGFUeXBlczogSlNPTlR5cGVbXSAvLyBkYXRhIHR5cGVzIGFwcGxpZWQgdG8gdGhlIGN1cnJlbnQgcGFydCBvZiBkYXRhIGluc3RhbmNlXG4gIGRlZmluZWRQcm9wZXJ0aWVzOiBTZXQ8c3RyaW5nPiAvLyBzZXQgb2YgcHJvcGVydGllcyB0byBrZWVwIHRyYWNrIG9mIGZvciByZXF1aXJlZCBjaGVja3NcbiAgcmVhZG9ubHkgdG9wU2NoZW1hUmVmOiBDb2RlXG4gIHJlYWRvbmx5IHZhbGlkYXRlTmFtZTogTmFtZVxuICBldmFsdWF0ZWQ/OiBOYW1lXG4gIHJlYWRvbmx5IFZhbGlkYXRpb25FcnJvcj86IE5hbWVcbiAgcmVhZG9ubHkgc2NoZW1hOiBBbnlTY2hlbWEgLy8gY3VycmVudCBzY2hlbWEgb2JqZWN0IC0gZXF1YWwgdG8gcGFyZW50U2NoZW1hIHBhc3NlZCB2aWEgS2V5d29yZEN4dFxuICByZWFkb25seSBzY2hlbWFFbnY6IFNjaGVtYUVudlxuICByZWFkb25seSByb290SWQ6IHN0cmluZ1xuICBiYXNlSWQ6IHN0cmluZyAvLyB0aGUgY3VycmVudCBzY2hlbWEgYmFzZSBVUkkgdGhhdCBzaG91bGQgYmUgdXNlZCBhcyB0aGUgYmFzZSBmb3IgcmVzb2x2aW5nIFVSSXMgaW4gcmVmZXJlbmNlcyAoXFwkcmVmKVxuICByZWFkb25seSBzY2hlbWFQYXRoOiBDb2RlIC8vIHRoZSBydW4tdGltZSBleHByZXNzaW9uIHRoYXQgZXZhbHVhdGVzIHRvIHRoZSBwcm9wZXJ0eSBuYW1lIG9mIHRoZSBjdXJyZW50IHNjaGVtYVxuICByZWFkb25seSBlcnJTY2hlbWFQYXRoOiBzdHJpbmcgLy8gdGhpcyBpcyBhY3R1YWwgc3RyaW5nLCBzaG91bGQgbm90IGJlIGNoYW5nZWQgdG8gQ29kZVxuICByZWFkb25seSBlcnJvclBhdGg6IENvZGVcbiAgcmVhZG9ubHkgcHJvcGVydHlOYW1lPzogTmFtZVxuICByZWFkb25seSBjb21wb3NpdGVSdWxlPzogYm9vbGVhbiAvLyB0cnVlIGluZGljYXRlcyB0aGF0IHRoZSBjdXJyZW50IHNjaGVtYSBpcyBpbnNpZGUgdGhlIGNvbXBvdW5kIGtleXdvcmQsXG4gIC8vIHdoZXJlIGZhaWxpbmcgc29tZSBydWxlIGRvZXNuJ3QgbWVhbiB2YWxpZGF0aW9uIGZhaWx1cmUgKGBhbnlPZmAsIGBvbmVPZmAsIGBub3RgLCBgaWZgKS5cbiAgLy8gVGhpcyBmbGFnIGlzIHVzZWQgdG8gZGV0ZXJtaW5lIHdoZXRoZXIgeW91IGNhbiByZXR1cm4gdmFsaWRhdGlvbiByZXN1bHQgaW1tZWRpYXRlbHkgYWZ0ZXIgYW55IGVycm9yIGluIGNhc2UgdGhlIG9wdGlvbiBgYWxsRXJyb3JzYCBpcyBub3QgYHRydWUuXG4gIC8vIFlvdSBvbmx5IG5lZWQgdG8gdXNlIGl0IGlmIHlvdSBoYXZlIG1hbnkgc3RlcHMgaW4geW91ciBrZXl3b3JkcyBhbmQgcG90ZW50aWFsbHkgY2FuIGRlZmluZSBtdWx0aXBsZSBlcnJvcnMuXG4gIHByb3BzPzogRXZhbHVhdGVkUHJvcGVydGllcyB8IE5hbWUgLy8gcHJvcGVydGllcyBldmFsdWF0ZWQgYnkgdGhpcyBzY2hlbWEgLSB1c2VkIGJ5IHBhcmVudCBzY2hlbWEgb3IgYXNzaWduZWQgdG8gdmFsaWRhdGlvbiBmdW5jdGlvblxuICBpdGVtcz86IEV2YWx1YXRlZEl0ZW1zIHwgTmFtZSAvLyBsYXN0IGl0ZW0gZXZhbHVhdGVkIGJ5IHRoaXMgc2NoZW1hIC0gdXNlZCBieSBwYXJlbnQgc2NoZW1hIG9yIGFzc2lnbmVkIHRvIHZhbGlkYXRpb24gZnVuY3Rpb25cbiAganRkRGlzY3JpbWluYXRvcj86IHN0cmluZ1xuICBqdGRNZXRhZGF0YT86IGJvb2xlYW5cbiAgcmVhZG9ubHkgY3JlYXRlRXJyb3JzPzogYm9vbGVhblxuICByZWFkb25seSBvcHRzOiBJbnN0YW5jZU9wdGlvbnMgLy8gQWp2IGluc3RhbmNlIG9wdGlvbi5cbiAgcmVhZG9ubHkgc2VsZjogQWp2IC8vIGN1cnJlbnQgQWp2IGluc3RhbmNlXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2NoZW1hT2JqQ3h0IGV4dGVuZHMgU2NoZW1hQ3h0IHtcbiAgcmVhZG9ubHkgc2NoZW1hOiBBbnlTY2hlbWFPYmplY3Rcbn1cbmludGVyZmFjZSBTY2hlbWFFbnZBcmdzIHtcbiAgcmVhZG9ubHkgc2NoZW1hOiBBbnlTY2hlbWFcbiAgcmVhZG9ubHkgc2NoZW1hSWQ/OiBcIiRpZFwiIHwgXCJpZFwiXG4gIHJlYWRvbmx5IHJvb3Q/OiBTY2hlbWFFbnZcbiAgcmVhZG9ubHkgYmFzZUlkPzogc3RyaW5nXG4gIHJlYWRvbmx5IHNjaGVtYVBhdGg/OiBzdHJpbmdcbiAgcmVhZG9ubHkgbG9jYWxSZWZzPzogTG9jYWxSZWZzXG4gIHJlYWRvbmx5IG1ldGE/OiBib29sZWFuXG59XG5cbmV4cG9ydCBjbGFzcyBTY2hlbWFFbnYgaW1wbGVtZW50cyBTY2hlbWFFbnZBcmdzIHtcbiAgcmVhZG9ubHkgc2NoZW1hOiBBbnlTY2hlbWFcbiAgcmVhZG9ubHkgc2NoZW1hSWQ/OiBcIiRpZFwiIHwgXCJpZFwiXG4gIHJlYWRvbmx5IHJvb3Q6IFNjaGVtYUVudlxuICBiYXNlSWQ6IHN0cmluZyAvLyBUT0RPIHBvc3NpYmx5LCBpdCBzaG91bGQgYmUgcmVhZG9ubHlcbiAgc2NoZW1hUGF0aD86IHN0cmluZ1xuICBsb2NhbFJlZnM/OiBMb2NhbFJlZnNcbiAgcmVhZG9ubHkgbWV0YT86IGJvb2xlYW5cbiAgcmVhZG9ubHkgJGFzeW5jPzogYm9vbGVhbiAvLyB0cnVlIGlmIHRoZSBjdXJyZW50IHNjaGVtYSBpcyBhc3luY2hyb25vdXMuXG4gIHJlYWRvbmx5IHJlZnM6IFNjaGVtYVJlZnMgPSB7fVxuICByZWFkb25seSBkeW5hbWljQW5jaG9yczoge1tSZWYgaW4gc3RyaW5nXT86IHRydWV9ID0ge31cbiAgdmFsaWRhdGU/OiBBbnlWYWxpZGF0ZUZ1bmN0aW9uXG4gIHZhbGlkYXRlTmFtZT86IFZhbHVlU2NvcGVOYW1lXG4gIHNlcmlhbGl6ZT86IChkYXRhOiB1bmtub3duKSA9PiBzdHJpbmdcbiAgc2VyaWFsaXplTmFtZT86IFZhbHVlU2NvcGVOYW1lXG4gIHBhcnNlPzogKGRhdGE6IHN0cmluZykgPT4gdW5rbm93blxuICBwYXJzZU5hbWU/OiBWYWx1ZVNjb3BlTmFtZVxuXG4gIGNvbnN0cnVjdG9yKGVudjogU2NoZW1hRW52QXJncykge1xuICAgIGxldCBzY2hlbWE6IEFueVNjaGVtYU9iamVjdCB8IHVuZGVmaW5lZFxuICAgIGlmICh0eXBlb2YgZW52LnNjaGVtYSA9PSBcIm9iamVjdFwiKSBzY2hlbWEgPSBlbnYuc2NoZW1hXG4gICAgdGhpcy5zY2hlbWEgPSBlbnYuc2NoZW1hXG4gICAgdGhpcy5zY2hlbWFJZCA9IGVudi5zY2hlbWFJZFxuICAgIHRoaXMucm9vdCA9IGVudi5yb290IHx8IHRoaXNcbiAgICB0aGlzLmJhc2VJZCA9IGVudi5iYXNlSWQgPz8gbm9ybWFsaXplSWQoc2NoZW1hPy5bZW52LnNjaGVtYUlkIHx8IFwiJGlkXCJdKVxuICAgIHRoaXMuc2NoZW1hUGF0aCA9IGVudi5zY2hlbWFQYXRoXG4gICAgdGhpcy5sb2NhbFJlZnMgPSBlbnYubG9jYWxSZWZzXG4gICAgdGhpcy5tZXRhID0gZW52Lm1ldGFcbiAgICB0aGlzLiRhc3luYyA9IHNjaGVtYT8uJGFzeW5jXG4gICAgdGhpcy5yZWZzID0ge31cbiAgfVxufVxuXG4vLyBsZXQgY29kZVNpemUgPSAwXG4vLyBsZXQgbm9kZUNvdW50ID0gMFxuXG4vLyBDb21waWxlcyBzY2hlbWEgaW4gU2NoZW1hRW52XG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVNjaGVtYSh0aGlzOiBBanYsIHNjaDogU2NoZW1hRW52KTogU2NoZW1hRW52IHtcbiAgLy8gVE9ETyByZWZhY3RvciAtIHJlbW92ZSBjb21waWxhdGlvbnNcbiAgY29uc3QgX3NjaCA9IGdldENvbXBpbGluZ1NjaGVtYS5jYWxsKHRoaXMsIHNjaClcbiAgaWYgKF9zY2gpIHJldHVybiBfc2NoXG4gIGNvbnN0IHJvb3RJZCA9IGdldEZ1bGxQYXRoKHRoaXMub3B0cy51cmlSZXNvbHZlciwgc2NoLnJvb3QuYmFzZUlkKSAvLyBUT0RPIGlmIGdldEZ1bGxQYXRoIHJlbW92ZWQgMSB0ZXN0cyBmYWlsc1xuICBjb25zdCB7ZXM1LCBsaW5lc30gPSB0aGlzLm9wdHMuY29kZVxuICBjb25zdCB7b3duUHJvcGVydGllc30gPSB0aGlzLm9wdHNcbiAgY29uc3QgZ2VuID0gbmV3IENvZGVHZW4odGhpcy5zY29wZSwge2VzNSwgbGluZXMsIG93blByb3BlcnRpZXN9KVxuICBsZXQgX1ZhbGlkYXRpb25FcnJvclxuICBpZiAoc2NoLiRhc3luYykge1xuICAgIF9WYWxpZGF0aW9uRXJyb3IgPSBnZW4uc2NvcGVWYWx1ZShcIkVycm9yXCIsIHtcbiAgICAgIHJlZjogVmFsaWRhdGlvbkVycm9yLFxuICAgICAgY29kZTogX2ByZXF1aXJlKFwiYWp2L2Rpc3QvcnVudGltZS92YWxpZGF0aW9uX2Vycm9yXCIpLmRlZmF1bHRgLFxuICAgIH0pXG4gIH1cblxuICBjb25zdCB2YWxpZGF0ZU5hbWUgPSBnZW4uc2NvcGVOYW1lKFwidmFsaWRhdGVcIilcbiAgc2NoLnZhbGlkYXRlTmFtZSA9IHZhbGlkYXRlTmFtZVxuXG4gIGNvbnN0IHNjaGVtYUN4dDogU2NoZW1hQ3h0ID0ge1xuICAgIGdlbixcbiAgICBhbGxFcnJvcnM6IHRoaXMub3B0cy5hbGxFcnJvcnMsXG4gICAgZGF0YTogTi5kYXRhLFxuICAgIHBhcmVudERhdGE6IE4ucGFyZW50RGF0YSxcbiAgICBwYXJlbnREYXRhUHJvcGVydHk6IE4ucGFyZW50RGF0YVByb3BlcnR5LFxuICAgIGRhdGFOYW1lczogW04uZGF0YV0sXG4gICAgZGF0YVBhdGhBcnI6IFtuaWxdLCAvLyBUT0RPIGNhbiBpdHMgbGVuZ3RoIGJlIHVzZWQgYXMgZGF0YUxldmVsIGlmIG5pbCBpcyByZW1vdmVkP1xuICAgIGRhdGFMZXZlbDogMCxcbiAgICBkYXRhVHlwZXM6IFtdLFxuICAgIGRlZmluZWRQcm9wZXJ0aWVzOiBuZXcgU2V0PHN0cmluZz4oKSxcbiAgICB0b3BTY2hlbWFSZWY6IGdlbi5zY29wZVZhbHVlKFxuICAgICAgXCJzY2hlbWFcIixcbiAgICAgIHRoaXMub3B0cy5jb2RlLnNvdXJjZSA9PT0gdHJ1ZVxuICAgICAgICA/IHtyZWY6IHNjaC5zY2hlbWEsIGNvZGU6IHN0cmluZ2lmeShzY2guc2NoZW1hKX1cbiAgICAgICAgOiB7cmVmOiBzY2guc2NoZW1hfVxuICAgICksXG4gICAgdmFsaWRhdGVOYW1lLFxuICAgIFZhbGlkYXRpb25FcnJvcjogX1ZhbGlkYXRpb25FcnJvcixcbiAgICBzY2hlbWE6IHNjaC5zY2hlbWEsXG4gICAgc2NoZW1hRW52OiBzY2gsXG4gICAgcm9vdElkLFxuICAgIGJhc2VJZDogc2NoLmJhc2VJZCB8fCByb290SWQsXG4gICAgc2NoZW1hUGF0aDogbmlsLFxuICAgIGVyclNjaGVtYVBhdGg6IHNjaC5zY2hlbWFQYXRoIHx8ICh0aGlzLm9wdHMuanRkID8gXCJcIiA6IFwiI1wiKSxcbiAgICBlcnJvclBhdGg6IF9gXCJcImAsXG4gICAgb3B0czogdGhpcy5vcHRzLFxuICAgIHNlbGY6IHRoaXMsXG4gIH1cblxuICBsZXQgc291cmNlQ29kZTogc3RyaW5nIHwgdW5kZWZpbmVkXG4gIHRyeSB7XG4gICAgdGhpcy5fY29tcGlsYXRpb25zLmFkZChzY2gpXG4gICAgdmFsaWRhdGVGdW5jdGlvbkNvZGUoc2NoZW1hQ3h0KVxuICAgIGdlbi5vcHRpbWl6ZSh0aGlzLm9wdHMuY29kZS5vcHRpbWl6ZSlcbiAgICAvLyBnZW4ub3B0aW1pemUoMSlcbiAgICBjb25zdCB2YWxpZGF0ZUNvZGUgPSBnZW4udG9TdHJpbmcoKVxuICAgIHNvdXJjZUNvZGUgPSBgJHtnZW4uc2NvcGVSZWZzKE4uc2NvcGUpfXJldHVybiAke3ZhbGlkYXRlQ29kZX1gXG4gICAgLy8gY29uc29sZS5sb2coKGNvZGVTaXplICs9IHNvdXJjZUNvZGUubGVuZ3RoKSwgKG5vZGVDb3VudCArPSBnZW4ubm9kZUNvdW50KSlcbiAgICBpZiAodGhpcy5vcHRzLmNvZGUucHJvY2Vzcykgc291cmNlQ29kZSA9IHRoaXMub3B0cy5jb2RlLnByb2Nlc3Moc291cmNlQ29kZSwgc2NoKVxuICAgIC8vIGNvbnNvbGUubG9nKFwiXFxuXFxuXFxuICoqKiBcXG5cIiwgc291cmNlQ29kZSlcbiAgICBjb25zdCBtYWtlVmFsaWRhdGUgPSBuZXcgRnVuY3Rpb24oYCR7Ti5zZWxmfWAsIGAke04uc2NvcGV9YCwgc291cmNlQ29kZSlcbiAgICBjb25zdCB2YWxpZGF0ZTogQW55VmFsaWRhdGVGdW5jdGlvbiA9IG1ha2VWYWxpZGF0ZSh0aGlzLCB0aGlzLnNjb3BlLmdldCgpKVxuICAgIHRoaXMuc2NvcGUudmFsdWUodmFsaWRhdGVOYW1lLCB7cmVmOiB2YWxpZGF0ZX0pXG5cbiAgICB2YWxpZGF0ZS5lcnJvcnMgPSBudWxsXG4gICAgdmFsaWRhdGUuc2NoZW1hID0gc2NoLnNjaGVtYVxuICAgIHZhbGlkYXRlLnNjaGVtYUVudiA9IHNjaFxuICAgIGlmIChzY2guJGFzeW5jKSAodmFsaWRhdGUgYXMgQXN5bmNWYWxpZGF0ZUZ1bmN0aW9uKS4kYXN5bmMgPSB0cnVlXG4gICAgaWYgKHRoaXMub3B0cy5jb2RlLnNvdXJjZSA9PT0gdHJ1ZSkge1xuICAgICAgdmFsaWRhdGUuc291cmNlID0ge3ZhbGlkYXRlTmFtZSwgdmFsaWRhdGVDb2RlLCBzY29wZVZhbHVlczogZ2VuLl92YWx1ZXN9XG4gICAgfVxuICAgIGlmICh0aGlzLm9wdHMudW5ldmFsdWF0ZWQpIHtcbiAgICAgIGNvbnN0IHtwcm9wcywgaXRlbXN9ID0gc2NoZW1hQ3h0XG4gICAgICB2YWxpZGF0ZS5ldmFsdWF0ZWQgPSB7XG4gICAgICAgIHByb3BzOiBwcm9wcyBpbnN0YW5jZW9mIE5hbWUgPyB1bmRlZmluZWQgOiBwcm9wcyxcbiAgICAgICAgaXRlbXM6IGl0ZW1zIGluc3RhbmNlb2YgTmFtZSA/IHVuZGVmaW5lZCA6IGl0ZW1zLFxuICAgICAgICBkeW5hbWljUHJvcHM6IHByb3BzIGluc3RhbmNlb2YgTmFtZSxcbiAgICAgICAgZHluYW1pY0l0ZW1zOiBpdGVtcyBpbnN0YW5jZW9mIE5hbWUsXG4gICAgICB9XG4gICAgICBpZiAodmFsaWRhdGUuc291cmNlKSB2YWxpZGF0ZS5zb3VyY2UuZXZhbHVhdGVkID0gc3RyaW5naWZ5KHZhbGlkYXRlLmV2YWx1YXRlZClcbiAgICB9XG4gICAgc2NoLnZhbGlkYXRlID0gdmFsaWRhdGVcbiAgICByZXR1cm4gc2NoXG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBkZWxldGUgc2NoLnZhbGlkYXRlXG4gICAgZGVsZXRlIHNjaC52YWxpZGF0ZU5hbWVcbiAgICBpZiAoc291cmNlQ29kZSkgdGhpcy5sb2dnZXIuZXJyb3IoXCJFcnJvciBjb21waWxpbmcgc2NoZW1hLCBmdW5jdGlvbiBjb2RlOlwiLCBzb3VyY2VDb2RlKVxuICAgIC8vIGNvbnNvbGUubG9nKFwiXFxuXFxuXFxuICoqKiBcXG5cIiwgc291cmNlQ29kZSwgdGhpcy5vcHRzKVxuICAgIHRocm93IGVcbiAgfSBmaW5hbGx5IHtcbiAgICB0aGlzLl9jb21waWxhdGlvbnMuZGVsZXRlKHNjaClcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVJlZihcbiAgdGhpczogQWp2LFxuICByb290OiBTY2hlbWFFbnYsXG4gIGJhc2VJZDogc3RyaW5nLFxuICByZWY6IHN0cmluZ1xuKTogQW55U2NoZW1hIHwgU2NoZW1hRW52IHwgdW5kZWZpbmVkIHtcbiAgcmVmID0gcmVzb2x2ZVVybCh0aGlzLm9wdHMudXJpUmVzb2x2ZXIsIGJhc2VJZCwgcmVmKVxuICBjb25zdCBzY2hPckZ1bmMgPSByb290LnJlZnNbcmVmXVxuICBpZiAoc2NoT3JGdW5jKSByZXR1cm4gc2NoT3JGdW5jXG5cbiAgbGV0IF9zY2ggPSByZXNvbHZlLmNhbGwodGhpcywgcm9vdCwgcmVmKVxuICBpZiAoX3NjaCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3Qgc2NoZW1hID0gcm9vdC5sb2NhbFJlZnM/LltyZWZdIC8vIFRPRE8gbWF5YmUgbG9jYWxSZWZzIHNob3VsZCBob2xkIFNjaGVtYUVudlxuICAgIGNvbnN0IHtzY2hlbWFJZH0gPSB0aGlzLm9wdHNcbiAgICBpZiAoc2NoZW1hKSBfc2NoID0gbmV3IFNjaGVtYUVudih7c2NoZW1hLCBzY2hlbWFJZCwgcm9vdCwgYmFzZUlkfSlcbiAgfVxuXG4gIGlmIChfc2NoID09PSB1bmRlZmluZWQpIHJldHVyblxuICByZXR1cm4gKHJvb3QucmVmc1tyZWZdID0gaW5saW5lT3JDb21waWxlLmNhbGwodGhpcywgX3NjaCkpXG59XG5cbmZ1bmN0aW9uIGlubGluZU9yQ29tcGlsZSh0aGlzOiBBanYsIHNjaDogU2NoZW1hRW52KTogQW55U2NoZW1hIHwgU2NoZW1hRW52IHtcbiAgaWYgKGlubGluZVJlZihzY2guc2NoZW1hLCB0aGlzLm9wdHMuaW5saW5lUmVmcykpIHJldHVybiBzY2guc2NoZW1hXG4gIHJldHVybiBzY2gudmFsaWRhdGUgPyBzY2ggOiBjb21waWxlU2NoZW1hLmNhbGwodGhpcywgc2NoKVxufVxuXG4vLyBJbmRleCBvZiBzY2hlbWEgY29tcGlsYXRpb24gaW4gdGhlIGN1cnJlbnRseSBjb21waWxlZCBsaXN0XG5leHBvcnQgZnVuY3Rpb24gZ2V0Q29tcGlsaW5nU2NoZW1hKHRoaXM6IEFqdiwgc2NoRW52OiBTY2hlbWFFbnYpOiBTY2hlbWFFbnYgfCB2b2lkIHtcbiAgZm9yIChjb25zdCBzY2ggb2YgdGhpcy5fY29tcGlsYXRpb25zKSB7XG4gICAgaWYgKHNhbWVTY2hlbWFFbnYoc2NoLCBzY2hFbnYpKSByZXR1cm4gc2NoXG4gIH1cbn1cblxuZnVuY3Rpb24gc2FtZVNjaGVtYUVudihzMTogU2NoZW1hRW52LCBzMjogU2NoZW1hRW52KTogYm9vbGVhbiB7XG4gIHJldHVybiBzMS5zY2hlbWEgPT09IHMyLnNjaGVtYSAmJiBzMS5yb290ID09PSBzMi5yb290ICYmIHMxLmJhc2VJZCA9PT0gczIuYmFzZUlkXG59XG5cbi8vIHJlc29sdmUgYW5kIGNvbXBpbGUgdGhlIHJlZmVyZW5jZXMgKCRyZWYpXG4vLyBUT0RPIHJldHVybnMgQW55U2NoZW1hT2JqZWN0IChpZiB0aGUgc2NoZW1hIGNhbiBiZSBpbmxpbmVkKSBvciB2YWxpZGF0aW9uIGZ1bmN0aW9uXG5mdW5jdGlvbiByZXNvbHZlKFxuICB0aGlzOiBBanYsXG4gIHJvb3Q6IFNjaGVtYUVudiwgLy8gaW5mb3JtYXRpb24gYWJvdXQgdGhlIHJvb3Qgc2NoZW1hIGZvciB0aGUgY3VycmVudCBzY2hlbWFcbiAgcmVmOiBzdHJpbmcgLy8gcmVmZXJlbmNlIHRvIHJlc29sdmVcbik6IFNjaGVtYUVudiB8IHVuZGVmaW5lZCB7XG4gIGxldCBzY2hcbiAgd2hpbGUgKHR5cGVvZiAoc2NoID0gdGhpcy5yZWZzW3JlZl0pID09IFwic3RyaW5nXCIpIHJlZiA9IHNjaFxuICByZXR1cm4gc2NoIHx8IHRoaXMuc2NoZW1hc1tyZWZdIHx8IHJlc29sdmVTY2hlbWEuY2FsbCh0aGlzLCByb290LCByZWYpXG59XG5cbi8vIFJlc29sdmUgc2NoZW1hLCBpdHMgcm9vdCBhbmQgYmFzZUlkXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVNjaGVtYShcbiAgdGhpczogQWp2LFxuICByb290OiBTY2hlbWFFbnYsIC8vIHJvb3Qgb2JqZWN0IHdpdGggcHJvcGVydGllcyBzY2hlbWEsIHJlZnMgVE9ETyBiZWxvdyBTY2hlbWFFbnYgaXMgYXNzaWduZWQgdG8gaXRcbiAgcmVmOiBzdHJpbmcgLy8gcmVmZXJlbmNlIHRvIHJlc29sdmVcbik6IFNjaGVtYUVudiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHAgPSB0aGlzLm9wdHMudXJpUmVzb2x2ZXIucGFyc2UocmVmKVxuICBjb25zdCByZWZQYXRoID0gX2dldEZ1bGxQYXRoKHRoaXMub3B0cy51cmlSZXNvbHZlciwgcClcbiAgbGV0IGJhc2VJZCA9IGdldEZ1bGxQYXRoKHRoaXMub3B0cy51cmlSZXNvbHZlciwgcm9vdC5iYXNlSWQsIHVuZGVmaW5lZClcbiAgLy8gVE9ETyBgT2JqZWN0LmtleXMocm9vdC5zY2hlbWEpLmxlbmd0aCA+IDBgIHNob3VsZCBub3QgYmUgbmVlZGVkIC0gYnV0IHJlbW92aW5nIGJyZWFrcyAyIHRlc3RzXG4gIGlmIChPYmplY3Qua2V5cyhyb290LnNjaGVtYSkubGVuZ3RoID4gMCAmJiByZWZQYXRoID09PSBiYXNlSWQpIHtcbiAgICByZXR1cm4gZ2V0SnNvblBvaW50ZXIuY2FsbCh0aGlzLCBwLCByb290KVxuICB9XG5cbiAgY29uc3QgaWQgPSBub3JtYWxpemVJZChyZWZQYXRoKVxuICBjb25zdCBzY2hPclJlZiA9IHRoaXMucmVmc1tpZF0gfHwgdGhpcy5zY2hlbWFzW2lkXVxuICBpZiAodHlwZW9mIHNjaE9yUmVmID09IFwic3RyaW5nXCIpIHtcbiAgICBjb25zdCBzY2ggPSByZXNvbHZlU2NoZW1hLmNhbGwodGhpcywgcm9vdCwgc2NoT3JSZWYpXG4gICAgaWYgKHR5cGVvZiBzY2g/LnNjaGVtYSAhPT0gXCJvYmplY3RcIikgcmV0dXJuXG4gICAgcmV0dXJuIGdldEpzb25Qb2ludGVyLmNhbGwodGhpcywgcCwgc2NoKVxuICB9XG5cbiAgaWYgKHR5cGVvZiBzY2hPclJlZj8uc2NoZW1hICE9PSBcIm9iamVjdFwiKSByZXR1cm5cbiAgaWYgKCFzY2hPclJlZi52YWxpZGF0ZSkgY29tcGlsZVNjaGVtYS5jYWxsKHRoaXMsIHNjaE9yUmVmKVxuICBpZiAoaWQgPT09IG5vcm1hbGl6ZUlkKHJlZikpIHtcbiAgICBjb25zdCB7c2NoZW1hfSA9IHNjaE9yUmVmXG4gICAgY29uc3Qge3NjaGVtYUlkfSA9IHRoaXMub3B0c1xuICAgIGNvbnN0IHNjaElkID0gc2NoZW1hW3NjaGVtYUlkXVxuICAgIGlmIChzY2hJZCkgYmFzZUlkID0gcmVzb2x2ZVVybCh0aGlzLm9wdHMudXJpUmVzb2x2ZXIsIGJhc2VJZCwgc2NoSWQpXG4gICAgcmV0dXJuIG5ldyBTY2hlbWFFbnYoe3NjaGVtYSwgc2NoZW1hSWQsIHJvb3QsIGJhc2VJZH0pXG4gIH1cbiAgcmV0dXJuIGdldEpzb25Qb2ludGVyLmNhbGwodGhpcywgcCwgc2NoT3JSZWYpXG59XG5cbmNvbnN0IFBSRVZFTlRfU0NPUEVfQ0hBTkdFID0gbmV3IFNldChbXG4gIFwicHJvcGVydGllc1wiLFxuICBcInBhdHRlcm5Qcm9wZXJ0aWVzXCIsXG4gIFwiZW51bVwiLFxuICBcImRlcGVuZGVuY2llc1wiLFxuICBcImRlZmluaXRpb25zXCIsXG5dKVxuXG5mdW5jdGlvbiBnZXRKc29uUG9pbnRlcihcbiAgdGhpczogQWp2LFxuICBwYXJzZWRSZWY6IFVSSUNvbXBvbmVudCxcbiAge2Jhc2VJZCwgc2NoZW1hLCByb290fTogU2NoZW1hRW52XG4pOiBTY2hlbWFFbnYgfCB1bmRlZmluZWQge1xuICBpZiAocGFyc2VkUmVmLmZyYWdtZW50Py5bMF0gIT09IFwiL1wiKSByZXR1cm5cbiAgZm9yIChjb25zdCBwYXJ0IG9mIHBhcnNlZFJlZi5mcmFnbWVudC5zbGljZSgxKS5zcGxpdChcIi9cIikpIHtcbiAgICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gXCJib29sZWFuXCIpIHJldHVyblxuICAgIGNvbnN0IHBhcnRTY2hlbWEgPSBzY2hlbWFbdW5lc2NhcGVGcmFnbWVudChwYXJ0KV1cbiAgICBpZiAocGFydFNjaGVtYSA9PT0gdW5kZWZpbmVkKSByZXR1cm5cbiAgICBzY2hlbWEgPSBwYXJ0U2NoZW1hXG4gICAgLy8gVE9ETyBQUkVWRU5UX1NDT1BFX0NIQU5HRSBjb3VsZCBiZSBkZWZpbmVkIGluIGtleXdvcmQgZGVmP1xuICAgIGNvbnN0IHNjaElkID0gdHlwZW9mIHNjaGVtYSA9PT0gXCJvYmplY3RcIiAmJiBzY2hlbWFbdGhpcy5vcHRzLnNjaGVtYUlkXVxuICAgIGlmICghUFJFVkVOVF9TQ09QRV9DSEFOR0UuaGFzKHBhcnQpICYmIHNjaElkKSB7XG4gICAgICBiYXNlSWQgPSByZXNvbHZlVXJsKHRoaXMub3B0cy51cmlSZXNvbHZlciwgYmFzZUlkLCBzY2hJZClcbiAgICB9XG4gIH1cbiAgbGV0IGVudjogU2NoZW1hRW52IHwgdW5kZWZpbmVkXG4gIGlmICh0eXBlb2Ygc2NoZW1hICE9IFwiYm9vbGVhblwiICYmIHNjaGVtYS4kcmVmICYmICFzY2hlbWFIYXNSdWxlc0J1dFJlZihzY2hlbWEsIHRoaXMuUlVMRVMpKSB7XG4gICAgY29uc3QgJHJlZiA9IHJlc29sdmVVcmwodGhpcy5vcHRzLnVyaVJlc29sdmVyLCBiYXNlSWQsIHNjaGVtYS4kcmVmKVxuICAgIGVudiA9IHJlc29sdmVTY2hlbWEuY2FsbCh0aGlzLCByb290LCAkcmVmKVxuICB9XG4gIC8vIGV2ZW4gdGhvdWdoIHJlc29sdXRpb24gZmFpbGVkIHdlIG5lZWQgdG8gcmV0dXJuIFNjaGVtYUVudiB0byB0aHJvdyBleGNlcHRpb25cbiAgLy8gc28gdGhhdCBjb21waWxlQXN5bmMgbG9hZHMgbWlzc2luZyBzY2hlbWEuXG4gIGNvbnN0IHtzY2hlbWFJZH0gPSB0aGlzLm9wdHNcbiAgZW52ID0gZW52IHx8IG5ldyBTY2hlbWFFbnYoe3NjaGVtYSwgc2NoZW1hSWQsIHJvb3QsIGJhc2VJZH0pXG4gIGlmIChlbnYuc2NoZW1hICE9PSBlbnYucm9vdC5zY2hlbWEpIHJldHVybiBlbnZcbiAgcmV0dXJuIHVuZGVmaW5lZFxufVxuIiwgIntcbiAgXCIkaWRcIjogXCJodHRwczovL3Jhdy5naXRodWJ1c2VyY29udGVudC5jb20vYWp2LXZhbGlkYXRvci9hanYvbWFzdGVyL2xpYi9yZWZzL2RhdGEuanNvbiNcIixcbiAgXCJkZXNjcmlwdGlvblwiOiBcIk1ldGEtc2NoZW1hIGZvciAkZGF0YSByZWZlcmVuY2UgKEpTT04gQW55U2NoZW1hIGV4dGVuc2lvbiBwcm9wb3NhbClcIixcbiAgXCJ0eXBlXCI6IFwib2JqZWN0XCIsXG4gIFwicmVxdWlyZWRcIjogW1wiJGRhdGFcIl0sXG4gIFwicHJvcGVydGllc1wiOiB7XG4gICAgXCIkZGF0YVwiOiB7XG4gICAgICBcInR5cGVcIjogXCJzdHJpbmdcIixcbiAgICAgIFwiYW55T2ZcIjogW3tcImZvcm1hdFwiOiBcInJlbGF0aXZlLWpzb24tcG9pbnRlclwifSwge1wiZm9ybWF0XCI6IFwianNvbi1wb2ludGVyXCJ9XVxuICAgIH1cbiAgfSxcbiAgXCJhZGRpdGlvbmFsUHJvcGVydGllc1wiOiBmYWxzZVxufVxuIiwgIid1c2Ugc3RyaWN0J1xuXG4vKiogQHR5cGUgeyh2YWx1ZTogc3RyaW5nKSA9PiBib29sZWFufSAqL1xuY29uc3QgaXNVVUlEID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL15bXFxkYS1mXXs4fS1bXFxkYS1mXXs0fS1bXFxkYS1mXXs0fS1bXFxkYS1mXXs0fS1bXFxkYS1mXXsxMn0kL2l1KVxuXG4vKiogQHR5cGUgeyh2YWx1ZTogc3RyaW5nKSA9PiBib29sZWFufSAqL1xuY29uc3QgaXNJUHY0ID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL14oPzooPzoyNVswLTVdfDJbMC00XVxcZHwxXFxkezJ9fFsxLTldXFxkfFxcZClcXC4pezN9KD86MjVbMC01XXwyWzAtNF1cXGR8MVxcZHsyfXxbMS05XVxcZHxcXGQpJC91KVxuXG4vKiogQHR5cGUgeyh2YWx1ZTogc3RyaW5nKSA9PiBib29sZWFufSAqL1xuY29uc3QgaXNQb3J0ID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL15cXGQqJC91KVxuXG4vKiogQHR5cGUgeyh2YWx1ZTogc3RyaW5nKSA9PiBib29sZWFufSAqL1xuY29uc3QgaXNIZXhQYWlyID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL15bXFxkYS1mXXsyfSQvaXUpXG5cbi8qKiBAdHlwZSB7KHZhbHVlOiBzdHJpbmcpID0+IGJvb2xlYW59ICovXG5jb25zdCBpc1VucmVzZXJ2ZWQgPSBSZWdFeHAucHJvdG90eXBlLnRlc3QuYmluZCgvXltcXGRhLXpcXC0uX35dJC9pdSlcblxuLyoqIEB0eXBlIHsodmFsdWU6IHN0cmluZykgPT4gYm9vbGVhbn0gKi9cbmNvbnN0IGlzUGF0aENoYXJhY3RlciA9IFJlZ0V4cC5wcm90b3R5cGUudGVzdC5iaW5kKC9eW0EtWmEtejAtOVxcLS5ffiEkJicoKSorLDs9OkAvXSQvdSlcblxuLyoqIEB0eXBlIHsodmFsdWU6IHN0cmluZykgPT4gYm9vbGVhbn0gKi9cbmNvbnN0IGlzUXVlcnlGcmFnbWVudENoYXJhY3RlciA9IFJlZ0V4cC5wcm90b3R5cGUudGVzdC5iaW5kKC9eW0EtWmEtejAtOVxcLS5ffiEkJicoKSorLDs9OkAvP10kL3UpXG5cbi8qKiBAdHlwZSB7KHZhbHVlOiBzdHJpbmcpID0+IGJvb2xlYW59ICovXG5jb25zdCBpc1VzZXJpbmZvQ2hhcmFjdGVyID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL15bQS1aYS16MC05XFwtLl9+ISQmJygpKissOz06XSQvdSlcblxuY29uc3QgQllURV9IRVggPSBuZXcgQXJyYXkoMjU2KVxue1xuICBjb25zdCBIRVhfRElHSVRTID0gJzAxMjM0NTY3ODlBQkNERUYnXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMjU2OyBpKyspIHtcbiAgICBCWVRFX0hFWFtpXSA9ICclJyArIEhFWF9ESUdJVFNbaSA+PiA0XSArIEhFWF9ESUdJVFNbaSAmIDB4Rl1cbiAgfVxufVxuZnVuY3Rpb24gcGVyY2VudEVuY29kZU5vbkFzY2lpIChjcCkge1xuICBpZiAoY3AgPCAweDgwMCkge1xuICAgIHJldHVybiBCWVRFX0hFWFsweEMwIHwgKGNwID4+IDYpXSArXG4gICAgICAgICAgIEJZVEVfSEVYWzB4ODAgfCAoY3AgJiAweDNGKV1cbiAgfVxuICBpZiAoY3AgPCAweDEwMDAwKSB7XG4gICAgcmV0dXJuIEJZVEVfSEVYWzB4RTAgfCAoY3AgPj4gMTIpXSArXG4gICAgICAgICAgIEJZVEVfSEVYWzB4ODAgfCAoKGNwID4+IDYpICYgMHgzRildICtcbiAgICAgICAgICAgQllURV9IRVhbMHg4MCB8IChjcCAmIDB4M0YpXVxuICB9XG4gIHJldHVybiBCWVRFX0hFWFsweEYwIHwgKGNwID4+IDE4KV0gK1xuICAgICAgICAgQllURV9IRVhbMHg4MCB8ICgoY3AgPj4gMTIpICYgMHgzRildICtcbiAgICAgICAgIEJZVEVfSEVYWzB4ODAgfCAoKGNwID4+IDYpICYgMHgzRildICtcbiAgICAgICAgIEJZVEVfSEVYWzB4ODAgfCAoY3AgJiAweDNGKV1cbn1cblxuLyoqXG4gKiBAcGFyYW0ge0FycmF5PHN0cmluZz59IGlucHV0XG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5mdW5jdGlvbiBzdHJpbmdBcnJheVRvSGV4U3RyaXBwZWQgKGlucHV0KSB7XG4gIGxldCBhY2MgPSAnJ1xuICBsZXQgY29kZSA9IDBcbiAgbGV0IGkgPSAwXG5cbiAgZm9yIChpID0gMDsgaSA8IGlucHV0Lmxlbmd0aDsgaSsrKSB7XG4gICAgY29kZSA9IGlucHV0W2ldLmNoYXJDb2RlQXQoMClcbiAgICBpZiAoY29kZSA9PT0gNDgpIHtcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGlmICghKChjb2RlID49IDQ4ICYmIGNvZGUgPD0gNTcpIHx8IChjb2RlID49IDY1ICYmIGNvZGUgPD0gNzApIHx8IChjb2RlID49IDk3ICYmIGNvZGUgPD0gMTAyKSkpIHtcbiAgICAgIHJldHVybiAnJ1xuICAgIH1cbiAgICBhY2MgKz0gaW5wdXRbaV1cbiAgICBicmVha1xuICB9XG5cbiAgZm9yIChpICs9IDE7IGkgPCBpbnB1dC5sZW5ndGg7IGkrKykge1xuICAgIGNvZGUgPSBpbnB1dFtpXS5jaGFyQ29kZUF0KDApXG4gICAgaWYgKCEoKGNvZGUgPj0gNDggJiYgY29kZSA8PSA1NykgfHwgKGNvZGUgPj0gNjUgJiYgY29kZSA8PSA3MCkgfHwgKGNvZGUgPj0gOTcgJiYgY29kZSA8PSAxMDIpKSkge1xuICAgICAgcmV0dXJuICcnXG4gICAgfVxuICAgIGFjYyArPSBpbnB1dFtpXVxuICB9XG4gIHJldHVybiBhY2Ncbn1cblxuLyoqIEB0eXBlIHsodmFsdWU6IHN0cmluZykgPT4gYm9vbGVhbn0gKi9cbmNvbnN0IGlzSGV4dGV0ID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL15bXFxkQS1GYS1mXXsxLDR9JC8pXG5cbi8qKiBAdHlwZSB7KHZhbHVlOiBzdHJpbmcpID0+IGJvb2xlYW59ICovXG5jb25zdCBpc0lQdkZ1dHVyZSA9IFJlZ0V4cC5wcm90b3R5cGUudGVzdC5iaW5kKC9eW3ZWXVtcXGRBLUZhLWZdK1xcLltBLVphLXpcXGRcXC0uX34hJCYnKCkqKyw7PTpdKyQvKVxuXG4vKiogQHR5cGUgeyh2YWx1ZTogc3RyaW5nKSA9PiBib29sZWFufSAqL1xuY29uc3QgaXNab25lQ2hhcmFjdGVyID0gUmVnRXhwLnByb3RvdHlwZS50ZXN0LmJpbmQoL15bQS1aYS16XFxkXFwtLl9+XSQvKVxuXG4vKipcbiAqIEBwYXJhbSB7c3RyaW5nfSB2YWx1ZVxuICogQHJldHVybnMge2Jvb2xlYW59XG4gKi9cbmNvbnN0IG5vblNpbXBsZURvbWFpbiA9IFJlZ0V4cC5wcm90b3R5cGUudGVzdC5iaW5kKC9bXiFcIiQmJygpKissXFwtLjs9X2BhLXp7fX5dL3UpXG5cbi8qKlxuICogQHBhcmFtIHtzdHJpbmd9IHpvbmVcbiAqIEByZXR1cm5zIHtib29sZWFufVxuICovXG5mdW5jdGlvbiBpc1pvbmVJZGVudGlmaWVyICh6b25lKSB7XG4gIGlmICh6b25lLmxlbmd0aCA9PT0gMCkgcmV0dXJuIGZhbHNlXG5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB6b25lLmxlbmd0aDsgaSsrKSB7XG4gICAgaWYgKGlzWm9uZUNoYXJhY3Rlcih6b25lW2ldKSkgY29udGludWVcbiAgICBpZiAoem9uZVtpXSA9PT0gJyUnICYmIGkgKyAyIDwgem9uZS5sZW5ndGggJiYgaXNIZXhQYWlyKHpvbmUuc2xpY2UoaSArIDEsIGkgKyAzKSkpIHtcbiAgICAgIGkgKz0gMlxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgcmV0dXJuIGZhbHNlXG4gIH1cblxuICByZXR1cm4gdHJ1ZVxufVxuXG4vKipcbiAqIENvbXByZXNzZXMgdGhlIGxvbmdlc3QgcnVuIG9mIHplcm8gaGV4dGV0cyB0byBcIjo6XCIgcGVyIFJGQyA1OTUyLiBBIHJ1biBvZiBhXG4gKiBzaW5nbGUgemVybyBoZXh0ZXQgaXMgbGVmdCB1bmNvbXByZXNzZWQuIE9uIHRpZXMgdGhlIGxlZnRtb3N0IHJ1biB3aW5zLlxuICpcbiAqIEBwYXJhbSB7c3RyaW5nW119IGhleHRldHNcbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKi9cbmZ1bmN0aW9uIGNvbXByZXNzSVB2Nlplcm9SdW4gKGhleHRldHMpIHtcbiAgbGV0IGJlc3RTdGFydCA9IC0xXG4gIGxldCBiZXN0TGVuZ3RoID0gMFxuICBsZXQgcnVuU3RhcnQgPSAtMVxuICBsZXQgcnVuTGVuZ3RoID0gMFxuICBmb3IgKGxldCBpID0gMDsgaSA8IGhleHRldHMubGVuZ3RoOyBpKyspIHtcbiAgICBpZiAoaGV4dGV0c1tpXSA9PT0gJzAnKSB7XG4gICAgICBpZiAocnVuU3RhcnQgPT09IC0xKSBydW5TdGFydCA9IGlcbiAgICAgIHJ1bkxlbmd0aCsrXG4gICAgICBpZiAocnVuTGVuZ3RoID4gYmVzdExlbmd0aCkge1xuICAgICAgICBiZXN0TGVuZ3RoID0gcnVuTGVuZ3RoXG4gICAgICAgIGJlc3RTdGFydCA9IHJ1blN0YXJ0XG4gICAgICB9XG4gICAgfSBlbHNlIHtcbiAgICAgIHJ1blN0YXJ0ID0gLTFcbiAgICAgIHJ1bkxlbmd0aCA9IDBcbiAgICB9XG4gIH1cblxuICBpZiAoYmVzdExlbmd0aCA8IDIpIHJldHVybiBoZXh0ZXRzLmpvaW4oJzonKVxuXG4gIGNvbnN0IGhlYWQgPSBoZXh0ZXRzLnNsaWNlKDAsIGJlc3RTdGFydCkuam9pbignOicpXG4gIGNvbnN0IHRhaWwgPSBoZXh0ZXRzLnNsaWNlKGJlc3RTdGFydCArIGJlc3RMZW5ndGgpLmpvaW4oJzonKVxuICByZXR1cm4gaGVhZCArICc6OicgKyB0YWlsXG59XG5cbi8qKlxuICogVmFsaWRhdGVzIGFuIElQdjYgYWRkcmVzcyBhZ2FpbnN0IHRoZSBhbHRlcm5hdGl2ZXMgaW4gUkZDIDM5ODYgc2VjdGlvblxuICogMy4yLjIgYW5kIHJldHVybnMgdGhlIHNhbWUgYWRkcmVzcyB3aXRoIGxlYWRpbmcgaGV4dGV0IHplcm9lcyByZW1vdmVkLlxuICogQW4gZW1iZWRkZWQgSVB2NCBhZGRyZXNzIGNvdW50cyBhcyB0d28gaGV4dGV0cyBhbmQgaXMgb25seSB2YWxpZCBhdCB0aGUgZW5kLlxuICpcbiAqIEBwYXJhbSB7c3RyaW5nfSBpbnB1dFxuICogQHJldHVybnMge3N0cmluZ3x1bmRlZmluZWR9XG4gKi9cbmZ1bmN0aW9uIG5vcm1hbGl6ZUlQdjZBZGRyZXNzIChpbnB1dCkge1xuICBjb25zdCBjb21wcmVzc2lvbiA9IGlucHV0LmluZGV4T2YoJzo6JylcbiAgaWYgKGNvbXByZXNzaW9uICE9PSAtMSAmJiBpbnB1dC5pbmRleE9mKCc6OicsIGNvbXByZXNzaW9uICsgMSkgIT09IC0xKSByZXR1cm4gdW5kZWZpbmVkXG5cbiAgY29uc3QgbGVmdCA9IGNvbXByZXNzaW9uID09PSAtMSA/IGlucHV0LnNwbGl0KCc6JykgOiBpbnB1dC5zbGljZSgwLCBjb21wcmVzc2lvbikuc3BsaXQoJzonKVxuICBjb25zdCByaWdodCA9IGNvbXByZXNzaW9uID09PSAtMSA/IFtdIDogaW5wdXQuc2xpY2UoY29tcHJlc3Npb24gKyAyKS5zcGxpdCgnOicpXG4gIGlmIChjb21wcmVzc2lvbiAhPT0gLTEpIHtcbiAgICBpZiAobGVmdC5sZW5ndGggPT09IDEgJiYgbGVmdFswXSA9PT0gJycpIGxlZnQubGVuZ3RoID0gMFxuICAgIGlmIChyaWdodC5sZW5ndGggPT09IDEgJiYgcmlnaHRbMF0gPT09ICcnKSByaWdodC5sZW5ndGggPSAwXG4gIH1cblxuICBjb25zdCBwYXJ0cyA9IGxlZnQuY29uY2F0KHJpZ2h0KVxuICBsZXQgaGV4dGV0Q291bnQgPSAwXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcGFydHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBwYXJ0ID0gcGFydHNbaV1cbiAgICBpZiAocGFydCA9PT0gJycpIHJldHVybiB1bmRlZmluZWRcblxuICAgIGlmIChwYXJ0LmluZGV4T2YoJy4nKSAhPT0gLTEpIHtcbiAgICAgIGlmIChpICE9PSBwYXJ0cy5sZW5ndGggLSAxIHx8IChjb21wcmVzc2lvbiAhPT0gLTEgJiYgcmlnaHQubGVuZ3RoID09PSAwKSB8fCAhaXNJUHY0KHBhcnQpKSByZXR1cm4gdW5kZWZpbmVkXG4gICAgICBoZXh0ZXRDb3VudCArPSAyXG4gICAgICBjb250aW51ZVxuICAgIH1cblxuICAgIGlmICghaXNIZXh0ZXQocGFydCkpIHJldHVybiB1bmRlZmluZWRcbiAgICBwYXJ0c1tpXSA9IHBhcnNlSW50KHBhcnQsIDE2KS50b1N0cmluZygxNilcbiAgICBoZXh0ZXRDb3VudCsrXG4gIH1cblxuICBpZiAoY29tcHJlc3Npb24gPT09IC0xKSB7XG4gICAgaWYgKGhleHRldENvdW50ICE9PSA4KSByZXR1cm4gdW5kZWZpbmVkXG4gICAgcmV0dXJuIGNvbXByZXNzSVB2Nlplcm9SdW4ocGFydHMpXG4gIH1cbiAgaWYgKGhleHRldENvdW50ID49IDgpIHJldHVybiB1bmRlZmluZWRcblxuICAvLyBleHBhbmQgXCI6OlwiIHRoZW4gcmUtY29tcHJlc3MgdGhlIGxvbmdlc3QgcnVuIGZvciBhIGNhbm9uaWNhbCByZXN1bHRcbiAgY29uc3QgZXhwYW5kZWQgPSBwYXJ0cy5zbGljZSgwLCBsZWZ0Lmxlbmd0aClcbiAgZm9yIChsZXQgaSA9IGhleHRldENvdW50OyBpIDwgODsgaSsrKSBleHBhbmRlZC5wdXNoKCcwJylcbiAgZm9yIChsZXQgaSA9IGxlZnQubGVuZ3RoOyBpIDwgcGFydHMubGVuZ3RoOyBpKyspIGV4cGFuZGVkLnB1c2gocGFydHNbaV0pXG4gIHJldHVybiBjb21wcmVzc0lQdjZaZXJvUnVuKGV4cGFuZGVkKVxufVxuXG4vKipcbiAqIEB0eXBlZGVmIHtPYmplY3R9IE5vcm1hbGl6ZUlQdjZSZXN1bHRcbiAqIEBwcm9wZXJ0eSB7c3RyaW5nfSBob3N0IC0gVGhlIG5vcm1hbGl6ZWQgaG9zdC5cbiAqIEBwcm9wZXJ0eSB7c3RyaW5nfSBbZXNjYXBlZEhvc3RdIC0gVGhlIGVzY2FwZWQgaG9zdC5cbiAqIEBwcm9wZXJ0eSB7Ym9vbGVhbn0gaXNJUFY2IC0gSW5kaWNhdGVzIGlmIHRoZSBob3N0IGlzIGFuIElQdjYgYWRkcmVzcy5cbiAqIEBwcm9wZXJ0eSB7Ym9vbGVhbn0gW2lzSVBWRnV0dXJlXSAtIEluZGljYXRlcyBpZiB0aGUgaG9zdCBpcyBhbiBJUHZGdXR1cmUgbGl0ZXJhbC5cbiAqIEBwcm9wZXJ0eSB7Ym9vbGVhbn0gW2Vycm9yXSAtIEluZGljYXRlcyBpZiBhIGJyYWNrZXRlZCBJUCBsaXRlcmFsIGlzIG1hbGZvcm1lZC5cbiAqL1xuXG4vKipcbiAqIFZhbGlkYXRlcyBhbmQgbm9ybWFsaXplcyBhIGJyYWNrZXRlZCBJUCBsaXRlcmFsLiBSYXcgem9uZSBzZXBhcmF0b3JzIHJlbWFpblxuICogYWNjZXB0ZWQgZm9yIGJhY2t3YXJkcyBjb21wYXRpYmlsaXR5LCB3aGlsZSBlbmNvZGVkIHNlcGFyYXRvcnMgYW5kIHpvbmVcbiAqIGNvbnRlbnRzIGZvbGxvdyBSRkMgNjg3NC5cbiAqXG4gKiBAcGFyYW0ge3N0cmluZ30gaG9zdFxuICogQHJldHVybnMge05vcm1hbGl6ZUlQdjZSZXN1bHR9XG4gKi9cbmZ1bmN0aW9uIG5vcm1hbGl6ZUlQdjYgKGhvc3QpIHtcbiAgY29uc3QgYnJhY2tldGVkID0gaG9zdFswXSA9PT0gJ1snICYmIGhvc3RbaG9zdC5sZW5ndGggLSAxXSA9PT0gJ10nXG4gIGNvbnN0IGhhc0JyYWNrZXQgPSBob3N0WzBdID09PSAnWycgfHwgaG9zdFtob3N0Lmxlbmd0aCAtIDFdID09PSAnXSdcbiAgaWYgKGhhc0JyYWNrZXQgJiYgIWJyYWNrZXRlZCkgcmV0dXJuIHsgaG9zdCwgaXNJUFY2OiBmYWxzZSwgZXJyb3I6IHRydWUgfVxuXG4gIGxldCBpbnB1dCA9IGJyYWNrZXRlZCA/IGhvc3Quc2xpY2UoMSwgLTEpIDogaG9zdFxuICBpZiAoYnJhY2tldGVkICYmIGlzSVB2RnV0dXJlKGlucHV0KSkge1xuICAgIGlucHV0ID0gaW5wdXQudG9Mb3dlckNhc2UoKVxuICAgIHJldHVybiB7IGhvc3Q6IGBbJHtpbnB1dH1dYCwgZXNjYXBlZEhvc3Q6IGlucHV0LCBpc0lQVjY6IGZhbHNlLCBpc0lQVkZ1dHVyZTogdHJ1ZSB9XG4gIH1cblxuICBpZiAoZmluZFRva2VuKGlucHV0LCAnOicpIDwgMikge1xuICAgIHJldHVybiB7IGhvc3QsIGlzSVBWNjogZmFsc2UsIGVycm9yOiBicmFja2V0ZWQgfVxuICB9XG5cbiAgbGV0IHpvbmVJZGVudGlmaWVyID0gJydcbiAgY29uc3Qgem9uZVNlcGFyYXRvciA9IGlucHV0LmluZGV4T2YoJyUnKVxuICBpZiAoem9uZVNlcGFyYXRvciAhPT0gLTEpIHtcbiAgICBjb25zdCBzZXBhcmF0b3JMZW5ndGggPSBpbnB1dC5zbGljZSh6b25lU2VwYXJhdG9yLCB6b25lU2VwYXJhdG9yICsgMykudG9Mb3dlckNhc2UoKSA9PT0gJyUyNScgPyAzIDogMVxuICAgIHpvbmVJZGVudGlmaWVyID0gaW5wdXQuc2xpY2Uoem9uZVNlcGFyYXRvciArIHNlcGFyYXRvckxlbmd0aClcbiAgICBpZiAoIWlzWm9uZUlkZW50aWZpZXIoem9uZUlkZW50aWZpZXIpKSByZXR1cm4geyBob3N0LCBpc0lQVjY6IGZhbHNlLCBlcnJvcjogdHJ1ZSB9XG4gICAgaW5wdXQgPSBpbnB1dC5zbGljZSgwLCB6b25lU2VwYXJhdG9yKVxuICB9XG5cbiAgY29uc3QgYWRkcmVzcyA9IG5vcm1hbGl6ZUlQdjZBZGRyZXNzKGlucHV0KVxuICBpZiAoYWRkcmVzcyA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBob3N0LCBpc0lQVjY6IGZhbHNlLCBlcnJvcjogdHJ1ZSB9XG5cbiAgcmV0dXJuIHtcbiAgICBob3N0OiBhZGRyZXNzICsgKHpvbmVJZGVudGlmaWVyID8gJyUnICsgem9uZUlkZW50aWZpZXIgOiAnJyksXG4gICAgZXNjYXBlZEhvc3Q6IGFkZHJlc3MgKyAoem9uZUlkZW50aWZpZXIgPyAnJTI1JyArIHpvbmVJZGVudGlmaWVyIDogJycpLFxuICAgIGlzSVBWNjogdHJ1ZVxuICB9XG59XG5cbi8qKlxuICogQHBhcmFtIHtzdHJpbmd9IHN0clxuICogQHBhcmFtIHtzdHJpbmd9IHRva2VuXG4gKiBAcmV0dXJucyB7bnVtYmVyfVxuICovXG5mdW5jdGlvbiBmaW5kVG9rZW4gKHN0ciwgdG9rZW4pIHtcbiAgbGV0IGluZCA9IDBcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBzdHIubGVuZ3RoOyBpKyspIHtcbiAgICBpZiAoc3RyW2ldID09PSB0b2tlbikgaW5kKytcbiAgfVxuICByZXR1cm4gaW5kXG59XG5cbi8qKlxuICogQHBhcmFtIHtzdHJpbmd9IHBhdGhcbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKlxuICogQHNlZSBodHRwczovL2RhdGF0cmFja2VyLmlldGYub3JnL2RvYy9odG1sL3JmYzM5ODYjc2VjdGlvbi01LjIuNFxuICovXG5mdW5jdGlvbiByZW1vdmVEb3RTZWdtZW50cyAocGF0aCkge1xuICBsZXQgaW5wdXQgPSBwYXRoXG4gIGNvbnN0IG91dHB1dCA9IFtdXG4gIGxldCBuZXh0U2xhc2ggPSAtMVxuICBsZXQgbGVuID0gMFxuXG4gIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBuby1jb25kLWFzc2lnblxuICB3aGlsZSAobGVuID0gaW5wdXQubGVuZ3RoKSB7XG4gICAgaWYgKGxlbiA9PT0gMSkge1xuICAgICAgaWYgKGlucHV0ID09PSAnLicpIHtcbiAgICAgICAgYnJlYWtcbiAgICAgIH0gZWxzZSBpZiAoaW5wdXQgPT09ICcvJykge1xuICAgICAgICBvdXRwdXQucHVzaCgnLycpXG4gICAgICAgIGJyZWFrXG4gICAgICB9IGVsc2Uge1xuICAgICAgICBvdXRwdXQucHVzaChpbnB1dClcbiAgICAgICAgYnJlYWtcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKGxlbiA9PT0gMikge1xuICAgICAgaWYgKGlucHV0WzBdID09PSAnLicpIHtcbiAgICAgICAgaWYgKGlucHV0WzFdID09PSAnLicpIHtcbiAgICAgICAgICBicmVha1xuICAgICAgICB9IGVsc2UgaWYgKGlucHV0WzFdID09PSAnLycpIHtcbiAgICAgICAgICBpbnB1dCA9IGlucHV0LnNsaWNlKDIpXG4gICAgICAgICAgY29udGludWVcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIGlmIChpbnB1dFswXSA9PT0gJy8nKSB7XG4gICAgICAgIGlmIChpbnB1dFsxXSA9PT0gJy4nIHx8IGlucHV0WzFdID09PSAnLycpIHtcbiAgICAgICAgICBvdXRwdXQucHVzaCgnLycpXG4gICAgICAgICAgYnJlYWtcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH0gZWxzZSBpZiAobGVuID09PSAzKSB7XG4gICAgICBpZiAoaW5wdXQgPT09ICcvLi4nKSB7XG4gICAgICAgIGlmIChvdXRwdXQubGVuZ3RoICE9PSAwKSB7XG4gICAgICAgICAgb3V0cHV0LnBvcCgpXG4gICAgICAgIH1cbiAgICAgICAgb3V0cHV0LnB1c2goJy8nKVxuICAgICAgICBicmVha1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoaW5wdXRbMF0gPT09ICcuJykge1xuICAgICAgaWYgKGlucHV0WzFdID09PSAnLicpIHtcbiAgICAgICAgaWYgKGlucHV0WzJdID09PSAnLycpIHtcbiAgICAgICAgICBpbnB1dCA9IGlucHV0LnNsaWNlKDMpXG4gICAgICAgICAgY29udGludWVcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIGlmIChpbnB1dFsxXSA9PT0gJy8nKSB7XG4gICAgICAgIGlucHV0ID0gaW5wdXQuc2xpY2UoMilcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKGlucHV0WzBdID09PSAnLycpIHtcbiAgICAgIGlmIChpbnB1dFsxXSA9PT0gJy4nKSB7XG4gICAgICAgIGlmIChpbnB1dFsyXSA9PT0gJy8nKSB7XG4gICAgICAgICAgaW5wdXQgPSBpbnB1dC5zbGljZSgyKVxuICAgICAgICAgIGNvbnRpbnVlXG4gICAgICAgIH0gZWxzZSBpZiAoaW5wdXRbMl0gPT09ICcuJykge1xuICAgICAgICAgIGlmIChpbnB1dFszXSA9PT0gJy8nKSB7XG4gICAgICAgICAgICBpbnB1dCA9IGlucHV0LnNsaWNlKDMpXG4gICAgICAgICAgICBpZiAob3V0cHV0Lmxlbmd0aCAhPT0gMCkge1xuICAgICAgICAgICAgICBvdXRwdXQucG9wKClcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNvbnRpbnVlXG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuXG4gICAgLy8gUnVsZSAyRTogTW92ZSBub3JtYWwgcGF0aCBzZWdtZW50IHRvIG91dHB1dFxuICAgIGlmICgobmV4dFNsYXNoID0gaW5wdXQuaW5kZXhPZignLycsIDEpKSA9PT0gLTEpIHtcbiAgICAgIG91dHB1dC5wdXNoKGlucHV0KVxuICAgICAgYnJlYWtcbiAgICB9IGVsc2Uge1xuICAgICAgb3V0cHV0LnB1c2goaW5wdXQuc2xpY2UoMCwgbmV4dFNsYXNoKSlcbiAgICAgIGlucHV0ID0gaW5wdXQuc2xpY2UobmV4dFNsYXNoKVxuICAgIH1cbiAgfVxuXG4gIHJldHVybiBvdXRwdXQuam9pbignJylcbn1cblxuLyoqXG4gKiBSZW1vdmVzIGRvdCBzZWdtZW50cyBmcm9tIHRoZSBwYXRoIG9mIGEgcmVsYXRpdmUgcmVmZXJlbmNlIChhIHBhdGggdGhhdCBkb2VzXG4gKiBub3Qgc3RhcnQgd2l0aCBcIi9cIikgd2l0aG91dCBjaGFuZ2luZyB3aGF0IGl0IHJlc29sdmVzIHRvIGFnYWluc3QgYW55IGJhc2UuXG4gKiBVbmxpa2UgYHJlbW92ZURvdFNlZ21lbnRzYCwgbGVhZGluZyBcIi4uXCIgc2VnbWVudHMgdGhhdCBjYW5ub3QgYmUgY29sbGFwc2VkXG4gKiBhcmUga2VwdCwgdGhlIHJlc3VsdCBuZXZlciBiZWNvbWVzIHJvb3QtcmVsYXRpdmUsIGFuZCBhIHJlc3VsdCB0aGF0IHdvdWxkIGJlXG4gKiBlbXB0eSBvciBzdGFydCB3aXRoIGFuIGVtcHR5IHNlZ21lbnQgaXMgcHJlZml4ZWQgd2l0aCBcIi5cIiAoYW4gZW1wdHkgcGF0aFxuICogbWVhbnMgXCJzYW1lIGRvY3VtZW50XCIgYW5kIGEgbGVhZGluZyBcIi8vXCIgd291bGQgaW50cm9kdWNlIGFuIGF1dGhvcml0eSkuXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IHBhdGhcbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKi9cbmZ1bmN0aW9uIHJlbW92ZURvdFNlZ21lbnRzUmVsYXRpdmUgKHBhdGgpIHtcbiAgaWYgKHBhdGggPT09ICcnIHx8IHBhdGhbMF0gPT09ICcvJykge1xuICAgIHJldHVybiByZW1vdmVEb3RTZWdtZW50cyhwYXRoKVxuICB9XG5cbiAgY29uc3Qgc2VnbWVudHMgPSBwYXRoLnNwbGl0KCcvJylcbiAgY29uc3QgbGFzdCA9IHNlZ21lbnRzLmxlbmd0aCAtIDFcbiAgLyoqIEB0eXBlIHtzdHJpbmdbXX0gKi9cbiAgY29uc3Qgb3V0cHV0ID0gW11cbiAgbGV0IHRyYWlsaW5nRGlyZWN0b3J5ID0gZmFsc2VcblxuICBmb3IgKGxldCBpID0gMDsgaSA8PSBsYXN0OyBpKyspIHtcbiAgICBjb25zdCBzZWdtZW50ID0gc2VnbWVudHNbaV1cbiAgICBpZiAoc2VnbWVudCA9PT0gJy4nIHx8IHNlZ21lbnQgPT09ICcuLicpIHtcbiAgICAgIGlmIChzZWdtZW50ID09PSAnLi4nKSB7XG4gICAgICAgIGlmIChvdXRwdXQubGVuZ3RoICE9PSAwICYmIG91dHB1dFtvdXRwdXQubGVuZ3RoIC0gMV0gIT09ICcuLicpIHtcbiAgICAgICAgICBvdXRwdXQucG9wKClcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBvdXRwdXQucHVzaCgnLi4nKVxuICAgICAgICB9XG4gICAgICB9XG4gICAgICB0cmFpbGluZ0RpcmVjdG9yeSA9IGkgPT09IGxhc3RcbiAgICB9IGVsc2Uge1xuICAgICAgb3V0cHV0LnB1c2goc2VnbWVudClcbiAgICB9XG4gIH1cblxuICBpZiAodHJhaWxpbmdEaXJlY3RvcnkgJiYgb3V0cHV0W291dHB1dC5sZW5ndGggLSAxXSAhPT0gJy4uJykge1xuICAgIG91dHB1dC5wdXNoKCcnKVxuICB9XG4gIGlmIChvdXRwdXQubGVuZ3RoID09PSAwIHx8IG91dHB1dFswXSA9PT0gJycgfHwgb3V0cHV0WzBdLmluY2x1ZGVzKCc6JykpIHtcbiAgICAvLyBBbiBlbXB0eSBwYXRoLCBhIGxlYWRpbmcgZW1wdHkgc2VnbWVudCAoXCIvL1wiKSwgb3IgYSBmaXJzdCBzZWdtZW50XG4gICAgLy8gY29udGFpbmluZyBcIjpcIiAod2hpY2ggd291bGQgYmUgbWlzdGFrZW4gZm9yIGEgc2NoZW1lLCBSRkMgMzk4NiBzZWN0aW9uXG4gICAgLy8gNC4yKSBtdXN0IHN0YXkgYmVoaW5kIGEgXCIuXCIgc2VnbWVudCBzbyB0aGUgcmVmZXJlbmNlIGtlZXBzIGl0cyBtZWFuaW5nLlxuICAgIG91dHB1dC51bnNoaWZ0KCcuJylcbiAgfVxuXG4gIHJldHVybiBvdXRwdXQuam9pbignLycpXG59XG5cbi8qKlxuICogUmUtZXNjYXBlIFJGQyAzOTg2IGdlbi1kZWxpbXMgdGhhdCBtdXN0IG5vdCBhcHBlYXIgbGl0ZXJhbGx5IGluIHRoZSBob3N0LlxuICogQWZ0ZXIgdGhlIFVSSSByZWdleCBwYXJzZXMsIHRoZXNlIGNoYXJhY3RlcnMgY2Fubm90IGJlIGxpdGVyYWwgaW4gdGhlIGhvc3RcbiAqIGZpZWxkLCBzbyBhbnkgdGhhdCBhcHBlYXIgYWZ0ZXIgZGVjb2RpbmcgY2FtZSBmcm9tIHBlcmNlbnQtZW5jb2RpbmcgYW5kXG4gKiBtdXN0IGJlIHJlc3RvcmVkIHRvIHByZXZlbnQgYXV0aG9yaXR5IHN0cnVjdHVyZSBjaGFuZ2VzLlxuICpcbiAqIEBwYXJhbSB7c3RyaW5nfSBob3N0XG4gKiBAcGFyYW0ge2Jvb2xlYW59IGlzSVAgLSB0cnVlIGZvciBJUHY0L0lQdjYgaG9zdHMgKHNraXAgY29sb24gcmUtZXNjYXBpbmcpXG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5jb25zdCBIT1NUX0RFTElNUyA9IHsgJ0AnOiAnJTQwJywgJy8nOiAnJTJGJywgJz8nOiAnJTNGJywgJyMnOiAnJTIzJywgJzonOiAnJTNBJyB9XG5jb25zdCBIT1NUX0RFTElNX1JFID0gL1tALz8jOl0vZ1xuY29uc3QgSE9TVF9ERUxJTV9OT19DT0xPTl9SRSA9IC9bQC8/I10vZ1xuXG5mdW5jdGlvbiByZWVzY2FwZUhvc3REZWxpbWl0ZXJzIChob3N0LCBpc0lQKSB7XG4gIGNvbnN0IHJlID0gaXNJUCA/IEhPU1RfREVMSU1fTk9fQ09MT05fUkUgOiBIT1NUX0RFTElNX1JFXG4gIHJlLmxhc3RJbmRleCA9IDBcbiAgcmV0dXJuIGhvc3QucmVwbGFjZShyZSwgKGNoKSA9PiBIT1NUX0RFTElNU1tjaF0pXG59XG5cbi8qKlxuICogTm9ybWFsaXplcyBwZXJjZW50IGVzY2FwZXMgYW5kIG9wdGlvbmFsbHkgZGVjb2RlcyBvbmx5IHVucmVzZXJ2ZWQgQVNDSUkgYnl0ZXMuXG4gKiBSZXNlcnZlZCBkZWxpbWl0ZXJzIHN1Y2ggYXMgYCUyRmAgc3RheSBlc2NhcGVkOyBgJTJFYCBpcyB1bnJlc2VydmVkLlxuICpcbiAqIEBwYXJhbSB7c3RyaW5nfSBpbnB1dFxuICogQHBhcmFtIHtib29sZWFufSBbZGVjb2RlVW5yZXNlcnZlZD1mYWxzZV1cbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKi9cbmZ1bmN0aW9uIG5vcm1hbGl6ZVBlcmNlbnRFbmNvZGluZyAoaW5wdXQsIGRlY29kZVVucmVzZXJ2ZWQgPSBmYWxzZSkge1xuICBpZiAoaW5wdXQuaW5kZXhPZignJScpID09PSAtMSkge1xuICAgIHJldHVybiBpbnB1dFxuICB9XG5cbiAgbGV0IG91dHB1dCA9ICcnXG5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbnB1dC5sZW5ndGg7IGkrKykge1xuICAgIGlmIChpbnB1dFtpXSA9PT0gJyUnICYmIGkgKyAyIDwgaW5wdXQubGVuZ3RoKSB7XG4gICAgICBjb25zdCBoZXggPSBpbnB1dC5zbGljZShpICsgMSwgaSArIDMpXG4gICAgICBpZiAoaXNIZXhQYWlyKGhleCkpIHtcbiAgICAgICAgY29uc3Qgbm9ybWFsaXplZEhleCA9IGhleC50b1VwcGVyQ2FzZSgpXG4gICAgICAgIGNvbnN0IGRlY29kZWQgPSBTdHJpbmcuZnJvbUNoYXJDb2RlKHBhcnNlSW50KG5vcm1hbGl6ZWRIZXgsIDE2KSlcblxuICAgICAgICBpZiAoZGVjb2RlVW5yZXNlcnZlZCAmJiBpc1VucmVzZXJ2ZWQoZGVjb2RlZCkpIHtcbiAgICAgICAgICBvdXRwdXQgKz0gZGVjb2RlZFxuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIG91dHB1dCArPSAnJScgKyBub3JtYWxpemVkSGV4XG4gICAgICAgIH1cblxuICAgICAgICBpICs9IDJcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICB9XG5cbiAgICBvdXRwdXQgKz0gaW5wdXRbaV1cbiAgfVxuXG4gIHJldHVybiBvdXRwdXRcbn1cblxuLyoqXG4gKiBOb3JtYWxpemVzIHBhdGggZGF0YSB3aXRob3V0IHR1cm5pbmcgcmVzZXJ2ZWQgZXNjYXBlcyBpbnRvIGxpdmUgcGF0aCBzeW50YXguXG4gKiBWYWxpZCBlc2NhcGVzIGFyZSB1cHBlcmNhc2VkLCByYXcgdW5zYWZlIGNoYXJhY3RlcnMgYXJlIGVzY2FwZWQsIGFuZCBvbmx5XG4gKiB1bnJlc2VydmVkIGJ5dGVzIHRoYXQgYXJlIG5vdCBgLmAgYXJlIGRlY29kZWQuXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IGlucHV0XG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5mdW5jdGlvbiBub3JtYWxpemVQYXRoRW5jb2RpbmcgKGlucHV0KSB7XG4gIGxldCBvdXRwdXQgPSAnJ1xuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgaW5wdXQubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjaCA9IGlucHV0W2ldXG4gICAgaWYgKGNoID09PSAnJScgJiYgaSArIDIgPCBpbnB1dC5sZW5ndGgpIHtcbiAgICAgIGNvbnN0IGhleCA9IGlucHV0LnNsaWNlKGkgKyAxLCBpICsgMylcbiAgICAgIGlmIChpc0hleFBhaXIoaGV4KSkge1xuICAgICAgICBjb25zdCBub3JtYWxpemVkSGV4ID0gaGV4LnRvVXBwZXJDYXNlKClcbiAgICAgICAgY29uc3QgZGVjb2RlZCA9IFN0cmluZy5mcm9tQ2hhckNvZGUocGFyc2VJbnQobm9ybWFsaXplZEhleCwgMTYpKVxuXG4gICAgICAgIGlmIChkZWNvZGVkICE9PSAnLicgJiYgaXNVbnJlc2VydmVkKGRlY29kZWQpKSB7XG4gICAgICAgICAgb3V0cHV0ICs9IGRlY29kZWRcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBvdXRwdXQgKz0gJyUnICsgbm9ybWFsaXplZEhleFxuICAgICAgICB9XG5cbiAgICAgICAgaSArPSAyXG4gICAgICAgIGNvbnRpbnVlXG4gICAgICB9XG4gICAgfVxuXG4gICAgaWYgKGlzUGF0aENoYXJhY3RlcihjaCkpIHtcbiAgICAgIG91dHB1dCArPSBjaFxuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCBjb2RlID0gaW5wdXQuY2hhckNvZGVBdChpKVxuICAgICAgaWYgKGNvZGUgPCAweDgwKSB7XG4gICAgICAgIG91dHB1dCArPSBpc0VzY2FwZVNhZmUoY29kZSkgPyBjaCA6IEJZVEVfSEVYW2NvZGVdXG4gICAgICB9IGVsc2UgaWYgKGNvZGUgPCAweEQ4MDAgfHwgY29kZSA+IDB4REZGRikge1xuICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKGNvZGUpXG4gICAgICB9IGVsc2UgaWYgKGNvZGUgPD0gMHhEQkZGICYmIGkgKyAxIDwgaW5wdXQubGVuZ3RoKSB7XG4gICAgICAgIGNvbnN0IGxvdyA9IGlucHV0LmNoYXJDb2RlQXQoaSArIDEpXG4gICAgICAgIGlmIChsb3cgPj0gMHhEQzAwICYmIGxvdyA8PSAweERGRkYpIHtcbiAgICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKDB4MTAwMDAgKyAoKGNvZGUgLSAweEQ4MDApIDw8IDEwKSArIChsb3cgLSAweERDMDApKVxuICAgICAgICAgIGkrK1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIG91dHB1dCArPSBwZXJjZW50RW5jb2RlTm9uQXNjaWkoMHhGRkZEKVxuICAgICAgICB9XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKDB4RkZGRClcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICByZXR1cm4gb3V0cHV0XG59XG5cbi8qKlxuICogU2VyaWFsaXplcyBhIHBhdGggd2l0aG91dCByZXdyaXRpbmcgcmVzZXJ2ZWQgZGF0YS4gUmF3IFJGQyAzOTg2IHBhdGhcbiAqIGNoYXJhY3RlcnMgcmVtYWluIGxpdGVyYWwsIHZhbGlkIGVzY2FwZXMgYXJlIHByZXNlcnZlZCBhbmQgdXBwZXJjYXNlZCwgYW5kXG4gKiBldmVyeXRoaW5nIGVsc2UgaXMgVVRGLTggcGVyY2VudC1lbmNvZGVkLiBJbiBhIHBhdGgtbm9zY2hlbWUsIGEgY29sb24gaW4gdGhlXG4gKiBmaXJzdCBzZWdtZW50IG11c3QgYmUgZXNjYXBlZCBzbyB0aGUgcmVzdWx0IGNhbm5vdCBiZSBwYXJzZWQgYXMgYSBzY2hlbWUuXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IGlucHV0XG4gKiBAcGFyYW0ge2Jvb2xlYW59IFtwYXRoTm9TY2hlbWU9ZmFsc2VdXG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5mdW5jdGlvbiBzZXJpYWxpemVQYXRoRW5jb2RpbmcgKGlucHV0LCBwYXRoTm9TY2hlbWUgPSBmYWxzZSkge1xuICBsZXQgb3V0cHV0ID0gJydcbiAgbGV0IGZpcnN0U2VnbWVudCA9IHBhdGhOb1NjaGVtZSAmJiBpbnB1dFswXSAhPT0gJy8nXG5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbnB1dC5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGNoID0gaW5wdXRbaV1cbiAgICBpZiAoY2ggPT09ICclJyAmJiBpICsgMiA8IGlucHV0Lmxlbmd0aCkge1xuICAgICAgY29uc3QgaGV4ID0gaW5wdXQuc2xpY2UoaSArIDEsIGkgKyAzKVxuICAgICAgaWYgKGlzSGV4UGFpcihoZXgpKSB7XG4gICAgICAgIG91dHB1dCArPSAnJScgKyBoZXgudG9VcHBlckNhc2UoKVxuICAgICAgICBpICs9IDJcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICB9XG5cbiAgICBpZiAoY2ggPT09ICcvJykge1xuICAgICAgZmlyc3RTZWdtZW50ID0gZmFsc2VcbiAgICB9XG5cbiAgICBpZiAoaXNQYXRoQ2hhcmFjdGVyKGNoKSAmJiAoY2ggIT09ICc6JyB8fCAhZmlyc3RTZWdtZW50KSkge1xuICAgICAgb3V0cHV0ICs9IGNoXG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IGNvZGUgPSBpbnB1dC5jaGFyQ29kZUF0KGkpXG4gICAgICBpZiAoY29kZSA8IDB4ODApIHtcbiAgICAgICAgb3V0cHV0ICs9IEJZVEVfSEVYW2NvZGVdXG4gICAgICB9IGVsc2UgaWYgKGNvZGUgPCAweEQ4MDAgfHwgY29kZSA+IDB4REZGRikge1xuICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKGNvZGUpXG4gICAgICB9IGVsc2UgaWYgKGNvZGUgPD0gMHhEQkZGICYmIGkgKyAxIDwgaW5wdXQubGVuZ3RoKSB7XG4gICAgICAgIGNvbnN0IGxvdyA9IGlucHV0LmNoYXJDb2RlQXQoaSArIDEpXG4gICAgICAgIGlmIChsb3cgPj0gMHhEQzAwICYmIGxvdyA8PSAweERGRkYpIHtcbiAgICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKDB4MTAwMDAgKyAoKGNvZGUgLSAweEQ4MDApIDw8IDEwKSArIChsb3cgLSAweERDMDApKVxuICAgICAgICAgIGkrK1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIG91dHB1dCArPSBwZXJjZW50RW5jb2RlTm9uQXNjaWkoMHhGRkZEKVxuICAgICAgICB9XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKDB4RkZGRClcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICByZXR1cm4gb3V0cHV0XG59XG5cbi8qKlxuICogUGVyY2VudC1lbmNvZGVzIGEgVVJJIGNvbXBvbmVudCB1c2luZyBpdHMgUkZDIDM5ODYgbGl0ZXJhbCBjaGFyYWN0ZXIgc2V0LlxuICogRXhpc3RpbmcgdmFsaWQgZXNjYXBlcyBhcmUgcHJlc2VydmVkIGFuZCBub3JtYWxpemVkIHRvIHVwcGVyY2FzZSBoZXguXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IGlucHV0XG4gKiBAcGFyYW0geyh2YWx1ZTogc3RyaW5nKSA9PiBib29sZWFufSBpc0FsbG93ZWRcbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKi9cbmZ1bmN0aW9uIGVuY29kZUNvbXBvbmVudCAoaW5wdXQsIGlzQWxsb3dlZCkge1xuICBsZXQgb3V0cHV0ID0gJydcblxuICBmb3IgKGxldCBpID0gMDsgaSA8IGlucHV0Lmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgY2ggPSBpbnB1dFtpXVxuICAgIGlmIChjaCA9PT0gJyUnICYmIGkgKyAyIDwgaW5wdXQubGVuZ3RoKSB7XG4gICAgICBjb25zdCBoZXggPSBpbnB1dC5zbGljZShpICsgMSwgaSArIDMpXG4gICAgICBpZiAoaXNIZXhQYWlyKGhleCkpIHtcbiAgICAgICAgb3V0cHV0ICs9ICclJyArIGhleC50b1VwcGVyQ2FzZSgpXG4gICAgICAgIGkgKz0gMlxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgIH1cblxuICAgIGlmIChpc0FsbG93ZWQoY2gpKSB7XG4gICAgICBvdXRwdXQgKz0gY2hcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgY29kZSA9IGlucHV0LmNoYXJDb2RlQXQoaSlcbiAgICAgIGlmIChjb2RlIDwgMHg4MCkge1xuICAgICAgICBvdXRwdXQgKz0gQllURV9IRVhbY29kZV1cbiAgICAgIH0gZWxzZSBpZiAoY29kZSA8IDB4RDgwMCB8fCBjb2RlID4gMHhERkZGKSB7XG4gICAgICAgIG91dHB1dCArPSBwZXJjZW50RW5jb2RlTm9uQXNjaWkoY29kZSlcbiAgICAgIH0gZWxzZSBpZiAoY29kZSA8PSAweERCRkYgJiYgaSArIDEgPCBpbnB1dC5sZW5ndGgpIHtcbiAgICAgICAgY29uc3QgbG93ID0gaW5wdXQuY2hhckNvZGVBdChpICsgMSlcbiAgICAgICAgaWYgKGxvdyA+PSAweERDMDAgJiYgbG93IDw9IDB4REZGRikge1xuICAgICAgICAgIG91dHB1dCArPSBwZXJjZW50RW5jb2RlTm9uQXNjaWkoMHgxMDAwMCArICgoY29kZSAtIDB4RDgwMCkgPDwgMTApICsgKGxvdyAtIDB4REMwMCkpXG4gICAgICAgICAgaSsrXG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgb3V0cHV0ICs9IHBlcmNlbnRFbmNvZGVOb25Bc2NpaSgweEZGRkQpXG4gICAgICAgIH1cbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIG91dHB1dCArPSBwZXJjZW50RW5jb2RlTm9uQXNjaWkoMHhGRkZEKVxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIHJldHVybiBvdXRwdXRcbn1cblxuLyoqXG4gKiBFbmNvZGVzIHVzZXJpbmZvIHdoaWxlIHByZXNlcnZpbmcgaXRzIFJGQyAzOTg2IFx1MDBBNzMuMi4xIGxpdGVyYWwgY2hhcmFjdGVycy5cbiAqIEluIHBhcnRpY3VsYXIsIGF1dGhvcml0eSBkZWxpbWl0ZXJzIHN1Y2ggYXMgYEBgLCBgL2AsIGA/YCwgYW5kIGAjYCBhcmUgZGF0YS5cbiAqXG4gKiBAcGFyYW0ge3N0cmluZ30gaW5wdXRcbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKi9cbmZ1bmN0aW9uIGVuY29kZVVzZXJpbmZvIChpbnB1dCkge1xuICByZXR1cm4gZW5jb2RlQ29tcG9uZW50KGlucHV0LCBpc1VzZXJpbmZvQ2hhcmFjdGVyKVxufVxuXG4vKipcbiAqIEVuY29kZXMgcXVlcnkgZGF0YSB1c2luZyB0aGUgUkZDIDM5ODYgXHUwMEE3My40IGdyYW1tYXIuIEEgbGl0ZXJhbCBgI2AgbXVzdCBiZVxuICogZXNjYXBlZCBiZWNhdXNlIGl0IHdvdWxkIG90aGVyd2lzZSBiZWdpbiB0aGUgZnJhZ21lbnQgY29tcG9uZW50LlxuICpcbiAqIEBwYXJhbSB7c3RyaW5nfSBpbnB1dFxuICogQHJldHVybnMge3N0cmluZ31cbiAqL1xuZnVuY3Rpb24gZW5jb2RlUXVlcnkgKGlucHV0KSB7XG4gIHJldHVybiBlbmNvZGVDb21wb25lbnQoaW5wdXQsIGlzUXVlcnlGcmFnbWVudENoYXJhY3Rlcilcbn1cblxuLyoqXG4gKiBFbmNvZGVzIGZyYWdtZW50IGRhdGEgdXNpbmcgdGhlIFJGQyAzOTg2IFx1MDBBNzMuNSBncmFtbWFyLlxuICpcbiAqIEBwYXJhbSB7c3RyaW5nfSBpbnB1dFxuICogQHJldHVybnMge3N0cmluZ31cbiAqL1xuZnVuY3Rpb24gZW5jb2RlRnJhZ21lbnQgKGlucHV0KSB7XG4gIHJldHVybiBlbmNvZGVDb21wb25lbnQoaW5wdXQsIGlzUXVlcnlGcmFnbWVudENoYXJhY3Rlcilcbn1cblxuZnVuY3Rpb24gaXNFc2NhcGVTYWZlIChjcCkge1xuICByZXR1cm4gKFxuICAgIChjcCA+PSAweDMwICYmIGNwIDw9IDB4MzkpIHx8XG4gICAgKGNwID49IDB4NDEgJiYgY3AgPD0gMHg1QSkgfHxcbiAgICAoY3AgPj0gMHg2MSAmJiBjcCA8PSAweDdBKSB8fFxuICAgIGNwID09PSAweDJBIHx8IGNwID09PSAweDJCIHx8IGNwID09PSAweDJEIHx8IGNwID09PSAweDJFIHx8XG4gICAgY3AgPT09IDB4MkYgfHwgY3AgPT09IDB4NDAgfHwgY3AgPT09IDB4NUZcbiAgKVxufVxuXG4vKipcbiAqIE5vcm1hbGl6ZXMgdGhlIHBlcmNlbnQtZW5jb2Rpbmcgb2YgYSBxdWVyeSBvciBmcmFnbWVudCBjb21wb25lbnQuXG4gKlxuICogTGlrZSBgbm9ybWFsaXplUGF0aEVuY29kaW5nYCwgYnV0IHVzZXMgdGhlIHF1ZXJ5L2ZyYWdtZW50IGNoYXJhY3RlciBzZXRcbiAqICh3aGljaCBhZGRpdGlvbmFsbHkgYWxsb3dzIGA/YCkgYW5kIGRlY29kZXMgYC5gIHNpbmNlIGl0IGhhcyBubyBkb3Qtc2VnbWVudFxuICogbWVhbmluZyBvdXRzaWRlIG9mIGEgcGF0aC5cbiAqXG4gKiBAcGFyYW0ge3N0cmluZ30gaW5wdXRcbiAqIEByZXR1cm5zIHtzdHJpbmd9XG4gKi9cbmZ1bmN0aW9uIG5vcm1hbGl6ZVF1ZXJ5RnJhZ21lbnRFbmNvZGluZyAoaW5wdXQpIHtcbiAgbGV0IG91dHB1dCA9ICcnXG5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbnB1dC5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGNoID0gaW5wdXRbaV1cbiAgICBpZiAoY2ggPT09ICclJyAmJiBpICsgMiA8IGlucHV0Lmxlbmd0aCkge1xuICAgICAgY29uc3QgaGV4ID0gaW5wdXQuc2xpY2UoaSArIDEsIGkgKyAzKVxuICAgICAgaWYgKGlzSGV4UGFpcihoZXgpKSB7XG4gICAgICAgIGNvbnN0IG5vcm1hbGl6ZWRIZXggPSBoZXgudG9VcHBlckNhc2UoKVxuICAgICAgICBjb25zdCBkZWNvZGVkID0gU3RyaW5nLmZyb21DaGFyQ29kZShwYXJzZUludChub3JtYWxpemVkSGV4LCAxNikpXG5cbiAgICAgICAgaWYgKGlzVW5yZXNlcnZlZChkZWNvZGVkKSkge1xuICAgICAgICAgIG91dHB1dCArPSBkZWNvZGVkXG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgb3V0cHV0ICs9ICclJyArIG5vcm1hbGl6ZWRIZXhcbiAgICAgICAgfVxuXG4gICAgICAgIGkgKz0gMlxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgIH1cblxuICAgIGlmIChpc1F1ZXJ5RnJhZ21lbnRDaGFyYWN0ZXIoY2gpKSB7XG4gICAgICBvdXRwdXQgKz0gY2hcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgY29kZSA9IGlucHV0LmNoYXJDb2RlQXQoaSlcbiAgICAgIGlmIChjb2RlIDwgMHg4MCkge1xuICAgICAgICBvdXRwdXQgKz0gaXNFc2NhcGVTYWZlKGNvZGUpID8gY2ggOiBCWVRFX0hFWFtjb2RlXVxuICAgICAgfSBlbHNlIGlmIChjb2RlIDwgMHhEODAwIHx8IGNvZGUgPiAweERGRkYpIHtcbiAgICAgICAgb3V0cHV0ICs9IHBlcmNlbnRFbmNvZGVOb25Bc2NpaShjb2RlKVxuICAgICAgfSBlbHNlIGlmIChjb2RlIDw9IDB4REJGRiAmJiBpICsgMSA8IGlucHV0Lmxlbmd0aCkge1xuICAgICAgICBjb25zdCBsb3cgPSBpbnB1dC5jaGFyQ29kZUF0KGkgKyAxKVxuICAgICAgICBpZiAobG93ID49IDB4REMwMCAmJiBsb3cgPD0gMHhERkZGKSB7XG4gICAgICAgICAgb3V0cHV0ICs9IHBlcmNlbnRFbmNvZGVOb25Bc2NpaSgweDEwMDAwICsgKChjb2RlIC0gMHhEODAwKSA8PCAxMCkgKyAobG93IC0gMHhEQzAwKSlcbiAgICAgICAgICBpKytcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBvdXRwdXQgKz0gcGVyY2VudEVuY29kZU5vbkFzY2lpKDB4RkZGRClcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgb3V0cHV0ICs9IHBlcmNlbnRFbmNvZGVOb25Bc2NpaSgweEZGRkQpXG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgcmV0dXJuIG91dHB1dFxufVxuXG4vKipcbiAqIEVzY2FwZXMgYSBjb21wb25lbnQgd2hpbGUgcHJlc2VydmluZyBleGlzdGluZyB2YWxpZCBwZXJjZW50IGVzY2FwZXMuXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IGlucHV0XG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5mdW5jdGlvbiBlc2NhcGVQcmVzZXJ2aW5nRXNjYXBlcyAoaW5wdXQpIHtcbiAgbGV0IG91dHB1dCA9ICcnXG5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbnB1dC5sZW5ndGg7IGkrKykge1xuICAgIGlmIChpbnB1dFtpXSA9PT0gJyUnICYmIGkgKyAyIDwgaW5wdXQubGVuZ3RoKSB7XG4gICAgICBjb25zdCBoZXggPSBpbnB1dC5zbGljZShpICsgMSwgaSArIDMpXG4gICAgICBpZiAoaXNIZXhQYWlyKGhleCkpIHtcbiAgICAgICAgb3V0cHV0ICs9ICclJyArIGhleC50b1VwcGVyQ2FzZSgpXG4gICAgICAgIGkgKz0gMlxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgIH1cblxuICAgIG91dHB1dCArPSBlc2NhcGUoaW5wdXRbaV0pXG4gIH1cblxuICByZXR1cm4gb3V0cHV0XG59XG5cbi8qKlxuICogQHBhcmFtIHtpbXBvcnQoJy4uL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fSBjb21wb25lbnRcbiAqIEByZXR1cm5zIHtzdHJpbmd8dW5kZWZpbmVkfVxuICovXG5mdW5jdGlvbiByZWNvbXBvc2VBdXRob3JpdHkgKGNvbXBvbmVudCkge1xuICBjb25zdCB1cmlUb2tlbnMgPSBbXVxuXG4gIGlmIChjb21wb25lbnQudXNlcmluZm8gIT09IHVuZGVmaW5lZCkge1xuICAgIHVyaVRva2Vucy5wdXNoKGVuY29kZVVzZXJpbmZvKGNvbXBvbmVudC51c2VyaW5mbykpXG4gICAgdXJpVG9rZW5zLnB1c2goJ0AnKVxuICB9XG5cbiAgaWYgKGNvbXBvbmVudC5ob3N0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBsZXQgaG9zdCA9IGNvbXBvbmVudC5ob3N0XG4gICAgaWYgKCFpc0lQdjQoaG9zdCkpIHtcbiAgICAgIGxldCBpcFY2cmVzID0gbm9ybWFsaXplSVB2Nihob3N0KVxuICAgICAgaWYgKGlwVjZyZXMuaXNJUFY2ICE9PSB0cnVlICYmIGlwVjZyZXMuaXNJUFZGdXR1cmUgIT09IHRydWUpIHtcbiAgICAgICAgLy8gRGVjb2RlIG9ubHkgdW5yZXNlcnZlZCBieXRlcywgb25jZS4gSW4gcGFydGljdWxhciwga2VlcCAlMjUgZW5jb2RlZFxuICAgICAgICAvLyBzbyBpdCBjYW5ub3QgaW50cm9kdWNlIGEgc2Vjb25kIGVzY2FwZSBkdXJpbmcgcmVjb21wb3NpdGlvbi5cbiAgICAgICAgaG9zdCA9IG5vcm1hbGl6ZVBlcmNlbnRFbmNvZGluZyhob3N0LCB0cnVlKVxuICAgICAgICBpcFY2cmVzID0gbm9ybWFsaXplSVB2Nihob3N0KVxuICAgICAgfVxuICAgICAgaWYgKGlwVjZyZXMuaXNJUFY2ID09PSB0cnVlIHx8IGlwVjZyZXMuaXNJUFZGdXR1cmUgPT09IHRydWUpIHtcbiAgICAgICAgaG9zdCA9IGBbJHtpcFY2cmVzLmVzY2FwZWRIb3N0fV1gXG4gICAgICB9IGVsc2Uge1xuICAgICAgICBob3N0ID0gcmVlc2NhcGVIb3N0RGVsaW1pdGVycyhob3N0LCBmYWxzZSlcbiAgICAgIH1cbiAgICB9XG4gICAgdXJpVG9rZW5zLnB1c2goaG9zdClcbiAgfVxuXG4gIGlmICh0eXBlb2YgY29tcG9uZW50LnBvcnQgPT09ICdudW1iZXInIHx8IHR5cGVvZiBjb21wb25lbnQucG9ydCA9PT0gJ3N0cmluZycpIHtcbiAgICBjb25zdCBwb3J0ID0gU3RyaW5nKGNvbXBvbmVudC5wb3J0KVxuICAgIGlmICghaXNQb3J0KHBvcnQpKSB7XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdVUkkgcG9ydCBpcyBtYWxmb3JtZWQuJylcbiAgICB9XG4gICAgdXJpVG9rZW5zLnB1c2goJzonKVxuICAgIHVyaVRva2Vucy5wdXNoKHBvcnQpXG4gIH1cblxuICByZXR1cm4gdXJpVG9rZW5zLmxlbmd0aCA/IHVyaVRva2Vucy5qb2luKCcnKSA6IHVuZGVmaW5lZFxufTtcblxubW9kdWxlLmV4cG9ydHMgPSB7XG4gIG5vblNpbXBsZURvbWFpbixcbiAgcmVjb21wb3NlQXV0aG9yaXR5LFxuICByZWVzY2FwZUhvc3REZWxpbWl0ZXJzLFxuICBub3JtYWxpemVQZXJjZW50RW5jb2RpbmcsXG4gIG5vcm1hbGl6ZVBhdGhFbmNvZGluZyxcbiAgc2VyaWFsaXplUGF0aEVuY29kaW5nLFxuICBub3JtYWxpemVRdWVyeUZyYWdtZW50RW5jb2RpbmcsXG4gIGVuY29kZVVzZXJpbmZvLFxuICBlbmNvZGVRdWVyeSxcbiAgZW5jb2RlRnJhZ21lbnQsXG4gIGVzY2FwZVByZXNlcnZpbmdFc2NhcGVzLFxuICByZW1vdmVEb3RTZWdtZW50cyxcbiAgcmVtb3ZlRG90U2VnbWVudHNSZWxhdGl2ZSxcbiAgaXNJUHY0LFxuICBpc1VVSUQsXG4gIG5vcm1hbGl6ZUlQdjYsXG4gIHN0cmluZ0FycmF5VG9IZXhTdHJpcHBlZFxufVxuIiwgIid1c2Ugc3RyaWN0J1xuXG5jb25zdCB7IGlzVVVJRCB9ID0gcmVxdWlyZSgnLi91dGlscycpXG5jb25zdCBVUk5fUkVHID0gL14oW1xcZGEtel1bXFxkXFwtYS16XXswLDMxfSk6KCg/OltcXHchJCcoKSorLFxcLS4vOjs9QF18JVtcXGRhLWZdezJ9KSspJC9pdVxuXG5jb25zdCBzdXBwb3J0ZWRTY2hlbWVOYW1lcyA9IC8qKiBAdHlwZSB7Y29uc3R9ICovIChbJ2h0dHAnLCAnaHR0cHMnLCAnd3MnLFxuICAnd3NzJywgJ3VybicsICd1cm46dXVpZCddKVxuXG4vKiogQHR5cGVkZWYge3N1cHBvcnRlZFNjaGVtZU5hbWVzW251bWJlcl19IFNjaGVtZU5hbWUgKi9cblxuLyoqXG4gKiBAcGFyYW0ge3N0cmluZ30gbmFtZVxuICogQHJldHVybnMge25hbWUgaXMgU2NoZW1lTmFtZX1cbiAqL1xuZnVuY3Rpb24gaXNWYWxpZFNjaGVtZU5hbWUgKG5hbWUpIHtcbiAgcmV0dXJuIHN1cHBvcnRlZFNjaGVtZU5hbWVzLmluZGV4T2YoLyoqIEB0eXBlIHsqfSAqLyAobmFtZSkpICE9PSAtMVxufVxuXG4vKipcbiAqIEBjYWxsYmFjayBTY2hlbWVGblxuICogQHBhcmFtIHtpbXBvcnQoJy4uL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fSBjb21wb25lbnRcbiAqIEBwYXJhbSB7aW1wb3J0KCcuLi90eXBlcy9pbmRleCcpLk9wdGlvbnN9IG9wdGlvbnNcbiAqIEByZXR1cm5zIHtpbXBvcnQoJy4uL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fVxuICovXG5cbi8qKlxuICogQHR5cGVkZWYge09iamVjdH0gU2NoZW1lSGFuZGxlclxuICogQHByb3BlcnR5IHtTY2hlbWVOYW1lfSBzY2hlbWUgLSBUaGUgc2NoZW1lIG5hbWUuXG4gKiBAcHJvcGVydHkge2Jvb2xlYW59IFtkb21haW5Ib3N0XSAtIEluZGljYXRlcyBpZiB0aGUgc2NoZW1lIHN1cHBvcnRzIGRvbWFpbiBob3N0cy5cbiAqIEBwcm9wZXJ0eSB7U2NoZW1lRm59IHBhcnNlIC0gRnVuY3Rpb24gdG8gcGFyc2UgdGhlIFVSSSBjb21wb25lbnQgZm9yIHRoaXMgc2NoZW1lLlxuICogQHByb3BlcnR5IHtTY2hlbWVGbn0gc2VyaWFsaXplIC0gRnVuY3Rpb24gdG8gc2VyaWFsaXplIHRoZSBVUkkgY29tcG9uZW50IGZvciB0aGlzIHNjaGVtZS5cbiAqIEBwcm9wZXJ0eSB7Ym9vbGVhbn0gW3NraXBOb3JtYWxpemVdIC0gSW5kaWNhdGVzIGlmIG5vcm1hbGl6YXRpb24gc2hvdWxkIGJlIHNraXBwZWQgZm9yIHRoaXMgc2NoZW1lLlxuICogQHByb3BlcnR5IHtib29sZWFufSBbYWJzb2x1dGVQYXRoXSAtIEluZGljYXRlcyBpZiB0aGUgc2NoZW1lIHVzZXMgYWJzb2x1dGUgcGF0aHMuXG4gKiBAcHJvcGVydHkge2Jvb2xlYW59IFt1bmljb2RlU3VwcG9ydF0gLSBJbmRpY2F0ZXMgaWYgdGhlIHNjaGVtZSBzdXBwb3J0cyBVbmljb2RlLlxuICovXG5cbi8qKlxuICogQHBhcmFtIHtpbXBvcnQoJy4uL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fSB3c0NvbXBvbmVudFxuICogQHJldHVybnMge2Jvb2xlYW59XG4gKi9cbmZ1bmN0aW9uIHdzSXNTZWN1cmUgKHdzQ29tcG9uZW50KSB7XG4gIGlmICh3c0NvbXBvbmVudC5zZWN1cmUgPT09IHRydWUpIHtcbiAgICByZXR1cm4gdHJ1ZVxuICB9IGVsc2UgaWYgKHdzQ29tcG9uZW50LnNlY3VyZSA9PT0gZmFsc2UpIHtcbiAgICByZXR1cm4gZmFsc2VcbiAgfSBlbHNlIGlmICh3c0NvbXBvbmVudC5zY2hlbWUpIHtcbiAgICByZXR1cm4gKFxuICAgICAgd3NDb21wb25lbnQuc2NoZW1lLmxlbmd0aCA9PT0gMyAmJlxuICAgICAgKHdzQ29tcG9uZW50LnNjaGVtZVswXSA9PT0gJ3cnIHx8IHdzQ29tcG9uZW50LnNjaGVtZVswXSA9PT0gJ1cnKSAmJlxuICAgICAgKHdzQ29tcG9uZW50LnNjaGVtZVsxXSA9PT0gJ3MnIHx8IHdzQ29tcG9uZW50LnNjaGVtZVsxXSA9PT0gJ1MnKSAmJlxuICAgICAgKHdzQ29tcG9uZW50LnNjaGVtZVsyXSA9PT0gJ3MnIHx8IHdzQ29tcG9uZW50LnNjaGVtZVsyXSA9PT0gJ1MnKVxuICAgIClcbiAgfSBlbHNlIHtcbiAgICByZXR1cm4gZmFsc2VcbiAgfVxufVxuXG4vKiogQHR5cGUge1NjaGVtZUZufSAqL1xuZnVuY3Rpb24gaHR0cFBhcnNlIChjb21wb25lbnQpIHtcbiAgaWYgKCFjb21wb25lbnQuaG9zdCkge1xuICAgIGNvbXBvbmVudC5lcnJvciA9IGNvbXBvbmVudC5lcnJvciB8fCAnSFRUUCBVUklzIG11c3QgaGF2ZSBhIGhvc3QuJ1xuICB9XG5cbiAgcmV0dXJuIGNvbXBvbmVudFxufVxuXG4vKiogQHR5cGUge1NjaGVtZUZufSAqL1xuZnVuY3Rpb24gaHR0cFNlcmlhbGl6ZSAoY29tcG9uZW50KSB7XG4gIGNvbnN0IHNlY3VyZSA9IFN0cmluZyhjb21wb25lbnQuc2NoZW1lKS50b0xvd2VyQ2FzZSgpID09PSAnaHR0cHMnXG5cbiAgLy8gbm9ybWFsaXplIHRoZSBkZWZhdWx0IHBvcnRcbiAgaWYgKGNvbXBvbmVudC5wb3J0ID09PSAoc2VjdXJlID8gNDQzIDogODApIHx8IGNvbXBvbmVudC5wb3J0ID09PSAnJykge1xuICAgIGNvbXBvbmVudC5wb3J0ID0gdW5kZWZpbmVkXG4gIH1cblxuICAvLyBub3JtYWxpemUgdGhlIGVtcHR5IHBhdGhcbiAgaWYgKCFjb21wb25lbnQucGF0aCkge1xuICAgIGNvbXBvbmVudC5wYXRoID0gJy8nXG4gIH1cblxuICAvLyBOT1RFOiBXZSBkbyBub3QgcGFyc2UgcXVlcnkgc3RyaW5ncyBmb3IgSFRUUCBVUklzXG4gIC8vIGFzIFdXVyBGb3JtIFVybCBFbmNvZGVkIHF1ZXJ5IHN0cmluZ3MgYXJlIHBhcnQgb2YgdGhlIEhUTUw0KyBzcGVjLFxuICAvLyBhbmQgbm90IHRoZSBIVFRQIHNwZWMuXG5cbiAgcmV0dXJuIGNvbXBvbmVudFxufVxuXG4vKiogQHR5cGUge1NjaGVtZUZufSAqL1xuZnVuY3Rpb24gd3NQYXJzZSAod3NDb21wb25lbnQpIHtcbi8vIGluZGljYXRlIGlmIHRoZSBzZWN1cmUgZmxhZyBpcyBzZXRcbiAgd3NDb21wb25lbnQuc2VjdXJlID0gd3NJc1NlY3VyZSh3c0NvbXBvbmVudClcblxuICAvLyBjb25zdHJ1Y3QgcmVzb3VjZSBuYW1lXG4gIHdzQ29tcG9uZW50LnJlc291cmNlTmFtZSA9ICh3c0NvbXBvbmVudC5wYXRoIHx8ICcvJykgKyAod3NDb21wb25lbnQucXVlcnkgPyAnPycgKyB3c0NvbXBvbmVudC5xdWVyeSA6ICcnKVxuICB3c0NvbXBvbmVudC5wYXRoID0gdW5kZWZpbmVkXG4gIHdzQ29tcG9uZW50LnF1ZXJ5ID0gdW5kZWZpbmVkXG5cbiAgcmV0dXJuIHdzQ29tcG9uZW50XG59XG5cbi8qKiBAdHlwZSB7U2NoZW1lRm59ICovXG5mdW5jdGlvbiB3c1NlcmlhbGl6ZSAod3NDb21wb25lbnQpIHtcbi8vIG5vcm1hbGl6ZSB0aGUgZGVmYXVsdCBwb3J0XG4gIGlmICh3c0NvbXBvbmVudC5wb3J0ID09PSAod3NJc1NlY3VyZSh3c0NvbXBvbmVudCkgPyA0NDMgOiA4MCkgfHwgd3NDb21wb25lbnQucG9ydCA9PT0gJycpIHtcbiAgICB3c0NvbXBvbmVudC5wb3J0ID0gdW5kZWZpbmVkXG4gIH1cblxuICAvLyBlbnN1cmUgc2NoZW1lIG1hdGNoZXMgc2VjdXJlIGZsYWdcbiAgaWYgKHR5cGVvZiB3c0NvbXBvbmVudC5zZWN1cmUgPT09ICdib29sZWFuJykge1xuICAgIHdzQ29tcG9uZW50LnNjaGVtZSA9ICh3c0NvbXBvbmVudC5zZWN1cmUgPyAnd3NzJyA6ICd3cycpXG4gICAgd3NDb21wb25lbnQuc2VjdXJlID0gdW5kZWZpbmVkXG4gIH1cblxuICAvLyByZWNvbnN0cnVjdCBwYXRoIGZyb20gcmVzb3VyY2UgbmFtZVxuICBpZiAod3NDb21wb25lbnQucmVzb3VyY2VOYW1lKSB7XG4gICAgY29uc3QgcXVlcnlJbmRleCA9IHdzQ29tcG9uZW50LnJlc291cmNlTmFtZS5pbmRleE9mKCc/JylcbiAgICBjb25zdCBwYXRoID0gcXVlcnlJbmRleCA9PT0gLTFcbiAgICAgID8gd3NDb21wb25lbnQucmVzb3VyY2VOYW1lXG4gICAgICA6IHdzQ29tcG9uZW50LnJlc291cmNlTmFtZS5zbGljZSgwLCBxdWVyeUluZGV4KVxuICAgIHdzQ29tcG9uZW50LnBhdGggPSAocGF0aCAmJiBwYXRoICE9PSAnLycgPyBwYXRoIDogdW5kZWZpbmVkKVxuICAgIHdzQ29tcG9uZW50LnF1ZXJ5ID0gcXVlcnlJbmRleCA9PT0gLTFcbiAgICAgID8gdW5kZWZpbmVkXG4gICAgICA6IHdzQ29tcG9uZW50LnJlc291cmNlTmFtZS5zbGljZShxdWVyeUluZGV4ICsgMSlcbiAgICB3c0NvbXBvbmVudC5yZXNvdXJjZU5hbWUgPSB1bmRlZmluZWRcbiAgfVxuXG4gIC8vIGZvcmJpZCBmcmFnbWVudCBjb21wb25lbnRcbiAgd3NDb21wb25lbnQuZnJhZ21lbnQgPSB1bmRlZmluZWRcblxuICByZXR1cm4gd3NDb21wb25lbnRcbn1cblxuLyoqIEB0eXBlIHtTY2hlbWVGbn0gKi9cbmZ1bmN0aW9uIHVyblBhcnNlICh1cm5Db21wb25lbnQsIG9wdGlvbnMpIHtcbiAgaWYgKCF1cm5Db21wb25lbnQucGF0aCkge1xuICAgIHVybkNvbXBvbmVudC5lcnJvciA9ICdVUk4gY2FuIG5vdCBiZSBwYXJzZWQnXG4gICAgcmV0dXJuIHVybkNvbXBvbmVudFxuICB9XG4gIGNvbnN0IG1hdGNoZXMgPSB1cm5Db21wb25lbnQucGF0aC5tYXRjaChVUk5fUkVHKVxuICBpZiAobWF0Y2hlcyAmJiBtYXRjaGVzWzBdID09PSB1cm5Db21wb25lbnQucGF0aCkge1xuICAgIGNvbnN0IHNjaGVtZSA9IG9wdGlvbnMuc2NoZW1lIHx8IHVybkNvbXBvbmVudC5zY2hlbWUgfHwgJ3VybidcbiAgICB1cm5Db21wb25lbnQubmlkID0gbWF0Y2hlc1sxXS50b0xvd2VyQ2FzZSgpXG4gICAgdXJuQ29tcG9uZW50Lm5zcyA9IG1hdGNoZXNbMl1cbiAgICBjb25zdCB1cm5TY2hlbWUgPSBgJHtzY2hlbWV9OiR7b3B0aW9ucy5uaWQgfHwgdXJuQ29tcG9uZW50Lm5pZH1gXG4gICAgY29uc3Qgc2NoZW1lSGFuZGxlciA9IGdldFNjaGVtZUhhbmRsZXIodXJuU2NoZW1lKVxuICAgIHVybkNvbXBvbmVudC5wYXRoID0gdW5kZWZpbmVkXG5cbiAgICBpZiAoc2NoZW1lSGFuZGxlcikge1xuICAgICAgdXJuQ29tcG9uZW50ID0gc2NoZW1lSGFuZGxlci5wYXJzZSh1cm5Db21wb25lbnQsIG9wdGlvbnMpXG4gICAgfVxuICB9IGVsc2Uge1xuICAgIHVybkNvbXBvbmVudC5lcnJvciA9IHVybkNvbXBvbmVudC5lcnJvciB8fCAnVVJOIGNhbiBub3QgYmUgcGFyc2VkLidcbiAgfVxuXG4gIHJldHVybiB1cm5Db21wb25lbnRcbn1cblxuLyoqIEB0eXBlIHtTY2hlbWVGbn0gKi9cbmZ1bmN0aW9uIHVyblNlcmlhbGl6ZSAodXJuQ29tcG9uZW50LCBvcHRpb25zKSB7XG4gIGlmICh1cm5Db21wb25lbnQubmlkID09PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoJ1VSTiB3aXRob3V0IG5pZCBjYW5ub3QgYmUgc2VyaWFsaXplZCcpXG4gIH1cbiAgY29uc3Qgc2NoZW1lID0gb3B0aW9ucy5zY2hlbWUgfHwgdXJuQ29tcG9uZW50LnNjaGVtZSB8fCAndXJuJ1xuICBjb25zdCBuaWQgPSB1cm5Db21wb25lbnQubmlkLnRvTG93ZXJDYXNlKClcbiAgY29uc3QgdXJuU2NoZW1lID0gYCR7c2NoZW1lfToke29wdGlvbnMubmlkIHx8IG5pZH1gXG4gIGNvbnN0IHNjaGVtZUhhbmRsZXIgPSBnZXRTY2hlbWVIYW5kbGVyKHVyblNjaGVtZSlcblxuICBpZiAoc2NoZW1lSGFuZGxlcikge1xuICAgIHVybkNvbXBvbmVudCA9IHNjaGVtZUhhbmRsZXIuc2VyaWFsaXplKHVybkNvbXBvbmVudCwgb3B0aW9ucylcbiAgfVxuXG4gIGNvbnN0IHVyaUNvbXBvbmVudCA9IHVybkNvbXBvbmVudFxuICBjb25zdCBuc3MgPSB1cm5Db21wb25lbnQubnNzXG4gIHVyaUNvbXBvbmVudC5wYXRoID0gYCR7bmlkIHx8IG9wdGlvbnMubmlkfToke25zc31gXG5cbiAgb3B0aW9ucy5za2lwRXNjYXBlID0gdHJ1ZVxuICByZXR1cm4gdXJpQ29tcG9uZW50XG59XG5cbi8qKiBAdHlwZSB7U2NoZW1lRm59ICovXG5mdW5jdGlvbiB1cm51dWlkUGFyc2UgKHVybkNvbXBvbmVudCwgb3B0aW9ucykge1xuICBjb25zdCB1dWlkQ29tcG9uZW50ID0gdXJuQ29tcG9uZW50XG4gIHV1aWRDb21wb25lbnQudXVpZCA9IHV1aWRDb21wb25lbnQubnNzXG4gIHV1aWRDb21wb25lbnQubnNzID0gdW5kZWZpbmVkXG5cbiAgaWYgKCFvcHRpb25zLnRvbGVyYW50ICYmICghdXVpZENvbXBvbmVudC51dWlkIHx8ICFpc1VVSUQodXVpZENvbXBvbmVudC51dWlkKSkpIHtcbiAgICB1dWlkQ29tcG9uZW50LmVycm9yID0gdXVpZENvbXBvbmVudC5lcnJvciB8fCAnVVVJRCBpcyBub3QgdmFsaWQuJ1xuICB9XG5cbiAgcmV0dXJuIHV1aWRDb21wb25lbnRcbn1cblxuLyoqIEB0eXBlIHtTY2hlbWVGbn0gKi9cbmZ1bmN0aW9uIHVybnV1aWRTZXJpYWxpemUgKHV1aWRDb21wb25lbnQpIHtcbiAgY29uc3QgdXJuQ29tcG9uZW50ID0gdXVpZENvbXBvbmVudFxuICAvLyBub3JtYWxpemUgVVVJRFxuICB1cm5Db21wb25lbnQubnNzID0gKHV1aWRDb21wb25lbnQudXVpZCB8fCAnJykudG9Mb3dlckNhc2UoKVxuICByZXR1cm4gdXJuQ29tcG9uZW50XG59XG5cbmNvbnN0IGh0dHAgPSAvKiogQHR5cGUge1NjaGVtZUhhbmRsZXJ9ICovICh7XG4gIHNjaGVtZTogJ2h0dHAnLFxuICBkb21haW5Ib3N0OiB0cnVlLFxuICBwYXJzZTogaHR0cFBhcnNlLFxuICBzZXJpYWxpemU6IGh0dHBTZXJpYWxpemVcbn0pXG5cbmNvbnN0IGh0dHBzID0gLyoqIEB0eXBlIHtTY2hlbWVIYW5kbGVyfSAqLyAoe1xuICBzY2hlbWU6ICdodHRwcycsXG4gIGRvbWFpbkhvc3Q6IGh0dHAuZG9tYWluSG9zdCxcbiAgcGFyc2U6IGh0dHBQYXJzZSxcbiAgc2VyaWFsaXplOiBodHRwU2VyaWFsaXplXG59KVxuXG5jb25zdCB3cyA9IC8qKiBAdHlwZSB7U2NoZW1lSGFuZGxlcn0gKi8gKHtcbiAgc2NoZW1lOiAnd3MnLFxuICBkb21haW5Ib3N0OiB0cnVlLFxuICBwYXJzZTogd3NQYXJzZSxcbiAgc2VyaWFsaXplOiB3c1NlcmlhbGl6ZVxufSlcblxuY29uc3Qgd3NzID0gLyoqIEB0eXBlIHtTY2hlbWVIYW5kbGVyfSAqLyAoe1xuICBzY2hlbWU6ICd3c3MnLFxuICBkb21haW5Ib3N0OiB3cy5kb21haW5Ib3N0LFxuICBwYXJzZTogd3MucGFyc2UsXG4gIHNlcmlhbGl6ZTogd3Muc2VyaWFsaXplXG59KVxuXG5jb25zdCB1cm4gPSAvKiogQHR5cGUge1NjaGVtZUhhbmRsZXJ9ICovICh7XG4gIHNjaGVtZTogJ3VybicsXG4gIHBhcnNlOiB1cm5QYXJzZSxcbiAgc2VyaWFsaXplOiB1cm5TZXJpYWxpemUsXG4gIHNraXBOb3JtYWxpemU6IHRydWVcbn0pXG5cbmNvbnN0IHVybnV1aWQgPSAvKiogQHR5cGUge1NjaGVtZUhhbmRsZXJ9ICovICh7XG4gIHNjaGVtZTogJ3Vybjp1dWlkJyxcbiAgcGFyc2U6IHVybnV1aWRQYXJzZSxcbiAgc2VyaWFsaXplOiB1cm51dWlkU2VyaWFsaXplLFxuICBza2lwTm9ybWFsaXplOiB0cnVlXG59KVxuXG5jb25zdCBTQ0hFTUVTID0gLyoqIEB0eXBlIHtSZWNvcmQ8U2NoZW1lTmFtZSwgU2NoZW1lSGFuZGxlcj59ICovICh7XG4gIGh0dHAsXG4gIGh0dHBzLFxuICB3cyxcbiAgd3NzLFxuICB1cm4sXG4gICd1cm46dXVpZCc6IHVybnV1aWRcbn0pXG5cbk9iamVjdC5zZXRQcm90b3R5cGVPZihTQ0hFTUVTLCBudWxsKVxuXG4vKipcbiAqIEBwYXJhbSB7c3RyaW5nfHVuZGVmaW5lZH0gc2NoZW1lXG4gKiBAcmV0dXJucyB7U2NoZW1lSGFuZGxlcnx1bmRlZmluZWR9XG4gKi9cbmZ1bmN0aW9uIGdldFNjaGVtZUhhbmRsZXIgKHNjaGVtZSkge1xuICByZXR1cm4gKFxuICAgIHNjaGVtZSAmJiAoXG4gICAgICBTQ0hFTUVTWy8qKiBAdHlwZSB7U2NoZW1lTmFtZX0gKi8gKHNjaGVtZSldIHx8XG4gICAgICBTQ0hFTUVTWy8qKiBAdHlwZSB7U2NoZW1lTmFtZX0gKi8oc2NoZW1lLnRvTG93ZXJDYXNlKCkpXSlcbiAgKSB8fFxuICAgIHVuZGVmaW5lZFxufVxuXG5tb2R1bGUuZXhwb3J0cyA9IHtcbiAgd3NJc1NlY3VyZSxcbiAgU0NIRU1FUyxcbiAgaXNWYWxpZFNjaGVtZU5hbWUsXG4gIGdldFNjaGVtZUhhbmRsZXIsXG59XG4iLCAiJ3VzZSBzdHJpY3QnXG5cbmNvbnN0IHsgbm9ybWFsaXplSVB2NiwgcmVtb3ZlRG90U2VnbWVudHMsIHJlbW92ZURvdFNlZ21lbnRzUmVsYXRpdmUsIHJlY29tcG9zZUF1dGhvcml0eSwgbm9ybWFsaXplUGVyY2VudEVuY29kaW5nLCBub3JtYWxpemVQYXRoRW5jb2RpbmcsIHNlcmlhbGl6ZVBhdGhFbmNvZGluZywgbm9ybWFsaXplUXVlcnlGcmFnbWVudEVuY29kaW5nLCBlbmNvZGVRdWVyeSwgZW5jb2RlRnJhZ21lbnQsIHJlZXNjYXBlSG9zdERlbGltaXRlcnMsIGlzSVB2NCwgbm9uU2ltcGxlRG9tYWluIH0gPSByZXF1aXJlKCcuL2xpYi91dGlscycpXG5jb25zdCB7IFNDSEVNRVMsIGdldFNjaGVtZUhhbmRsZXIgfSA9IHJlcXVpcmUoJy4vbGliL3NjaGVtZXMnKVxuXG5jb25zdCBWQUxJRF9TQ0hFTUUgPSAvXltBLVphLXpdW0EtWmEtejAtOSsuLV0qJC91XG5jb25zdCBNQUxGT1JNRURfU0NIRU1FX0VSUk9SID0gJ1VSSSBzY2hlbWUgaXMgbWFsZm9ybWVkLidcbmNvbnN0IE1BTEZPUk1FRF9IT1NUX0VSUk9SID0gJ1VSSSBob3N0IGlzIG1hbGZvcm1lZC4nXG4vLyBBU0NJSSBjaGFyYWN0ZXJzIG91dHNpZGUgdGhlIFJGQyAzOTg2IHJlZy1uYW1lIHNldCAodW5yZXNlcnZlZCwgc3ViLWRlbGltc1xuLy8gYW5kIFwiJVwiIGZvciBwY3QtZW5jb2RlZCk6IEMwIGNvbnRyb2xzLCBzcGFjZSwgREVMLCBhbmQgXCIjLzo8Pj9AW1xcXV5ge3x9LlxuY29uc3QgRk9SQklEREVOX0RPTUFJTl9IT1NUX0NIQVJBQ1RFUiA9IC9bXFwwLVxceDIwXCIjLzo8Pj9AW1xcXFxcXF1eYHt8fVxceDdGXS91XG5cbi8qKlxuICogUkZDIDM5ODYgc2VjdGlvbiAzLjEgZG9lcyBub3QgYWxsb3cgcGVyY2VudC1lbmNvZGluZyBpbiBhIHNjaGVtZSwgc28gdGhlXG4gKiBzY2hlbWUgaXMgdmFsaWRhdGVkIGFzLWlzIGFuZCBuZXZlciBkZWNvZGVkLiBEZWNvZGluZyB3b3VsZCBsZXQgaW5lcnQgaW5wdXRcbiAqIHN1Y2ggYXMgYCU2QWF2YXNjcmlwdDpgIGJlY29tZSBhIGxpdmUgYGphdmFzY3JpcHQ6YCBzY2hlbWUuXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IHNjaGVtZVxuICogQHJldHVybnMge3N0cmluZ31cbiAqL1xuZnVuY3Rpb24gdmFsaWRhdGVTY2hlbWUgKHNjaGVtZSkge1xuICBjb25zdCBzdHJpbmdTY2hlbWUgPSBTdHJpbmcoc2NoZW1lKVxuICBpZiAoIVZBTElEX1NDSEVNRS50ZXN0KHN0cmluZ1NjaGVtZSkpIHtcbiAgICB0aHJvdyBuZXcgVHlwZUVycm9yKE1BTEZPUk1FRF9TQ0hFTUVfRVJST1IpXG4gIH1cbiAgcmV0dXJuIHN0cmluZ1NjaGVtZVxufVxuXG4vKipcbiAqIEB0ZW1wbGF0ZSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fHN0cmluZ30gVFxuICogQHBhcmFtIHtUfSB1cmlcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gW29wdGlvbnNdXG4gKiBAcmV0dXJucyB7VH1cbiAqL1xuZnVuY3Rpb24gbm9ybWFsaXplICh1cmksIG9wdGlvbnMpIHtcbiAgaWYgKHR5cGVvZiB1cmkgPT09ICdzdHJpbmcnKSB7XG4gICAgdXJpID0gLyoqIEB0eXBlIHtUfSAqLyAobm9ybWFsaXplU3RyaW5nKHVyaSwgb3B0aW9ucykpXG4gIH0gZWxzZSBpZiAodHlwZW9mIHVyaSA9PT0gJ29iamVjdCcpIHtcbiAgICB1cmkgPSAvKiogQHR5cGUge1R9ICovIChwYXJzZShzZXJpYWxpemUodXJpLCBvcHRpb25zKSwgb3B0aW9ucykpXG4gIH1cbiAgcmV0dXJuIHVyaVxufVxuXG4vKipcbiAqIEBwYXJhbSB7c3RyaW5nfSBiYXNlVVJJXG4gKiBAcGFyYW0ge3N0cmluZ30gcmVsYXRpdmVVUklcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gW29wdGlvbnNdXG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5mdW5jdGlvbiByZXNvbHZlIChiYXNlVVJJLCByZWxhdGl2ZVVSSSwgb3B0aW9ucykge1xuICBjb25zdCBzY2hlbWVsZXNzT3B0aW9ucyA9IG9wdGlvbnMgPyBPYmplY3QuYXNzaWduKHsgc2NoZW1lOiAnbnVsbCcgfSwgb3B0aW9ucykgOiB7IHNjaGVtZTogJ251bGwnIH1cbiAgY29uc3Qge1xuICAgIHBhcnNlZDogYmFzZVBhcnNlZCxcbiAgICBtYWxmb3JtZWRBdXRob3JpdHlPclBvcnQ6IGJhc2VNYWxmb3JtZWQsXG4gICAgbWFsZm9ybWVkUGVyY2VudEVuY29kaW5nOiBiYXNlTWFsZm9ybWVkUGVyY2VudEVuY29kaW5nLFxuICAgIG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljOiBiYXNlTWFsZm9ybWVkU2NoZW1lU3BlY2lmaWMsXG4gICAgbWFsZm9ybWVkSG9zdDogYmFzZU1hbGZvcm1lZEhvc3QsXG4gICAgbWFsZm9ybWVkU2NoZW1lOiBiYXNlTWFsZm9ybWVkU2NoZW1lXG4gIH0gPSBwYXJzZVdpdGhTdGF0dXMoYmFzZVVSSSwgc2NoZW1lbGVzc09wdGlvbnMpXG4gIGNvbnN0IHtcbiAgICBwYXJzZWQ6IHJlbGF0aXZlUGFyc2VkLFxuICAgIG1hbGZvcm1lZEF1dGhvcml0eU9yUG9ydDogcmVsYXRpdmVNYWxmb3JtZWQsXG4gICAgbWFsZm9ybWVkUGVyY2VudEVuY29kaW5nOiByZWxhdGl2ZU1hbGZvcm1lZFBlcmNlbnRFbmNvZGluZyxcbiAgICBtYWxmb3JtZWRTY2hlbWVTcGVjaWZpYzogcmVsYXRpdmVNYWxmb3JtZWRTY2hlbWVTcGVjaWZpYyxcbiAgICBtYWxmb3JtZWRIb3N0OiByZWxhdGl2ZU1hbGZvcm1lZEhvc3QsXG4gICAgbWFsZm9ybWVkU2NoZW1lOiByZWxhdGl2ZU1hbGZvcm1lZFNjaGVtZVxuICB9ID0gcGFyc2VXaXRoU3RhdHVzKHJlbGF0aXZlVVJJLCBzY2hlbWVsZXNzT3B0aW9ucylcbiAgaWYgKFxuICAgIGJhc2VNYWxmb3JtZWQgfHxcbiAgICByZWxhdGl2ZU1hbGZvcm1lZCB8fFxuICAgIGJhc2VNYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcgfHxcbiAgICByZWxhdGl2ZU1hbGZvcm1lZFBlcmNlbnRFbmNvZGluZyB8fFxuICAgIGJhc2VNYWxmb3JtZWRTY2hlbWVTcGVjaWZpYyB8fFxuICAgIHJlbGF0aXZlTWFsZm9ybWVkU2NoZW1lU3BlY2lmaWMgfHxcbiAgICBiYXNlTWFsZm9ybWVkSG9zdCB8fFxuICAgIHJlbGF0aXZlTWFsZm9ybWVkSG9zdCB8fFxuICAgIGJhc2VNYWxmb3JtZWRTY2hlbWUgfHxcbiAgICByZWxhdGl2ZU1hbGZvcm1lZFNjaGVtZVxuICApIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYmFzZVBhcnNlZC5lcnJvciB8fCByZWxhdGl2ZVBhcnNlZC5lcnJvciB8fCAnVVJJIGlzIG1hbGZvcm1lZC4nKVxuICB9XG4gIGNvbnN0IHJlc29sdmVkID0gcmVzb2x2ZUNvbXBvbmVudChiYXNlUGFyc2VkLCByZWxhdGl2ZVBhcnNlZCwgc2NoZW1lbGVzc09wdGlvbnMsIHRydWUpXG4gIGNvbnN0IHJlc29sdmVkU2NoZW1lSGFuZGxlciA9IGdldFNjaGVtZUhhbmRsZXIoKG9wdGlvbnMgJiYgb3B0aW9ucy5zY2hlbWUpIHx8IHJlc29sdmVkLnNjaGVtZSlcbiAgY29uc3QgcmVzb2x2ZWRIb3N0ID0gcmVzb2x2ZWQuaG9zdFxuICBjb25zdCByZXNvbHZlZEhvc3RJc0lQID0gcmVzb2x2ZWRIb3N0ICE9PSB1bmRlZmluZWQgJiYgcmVzb2x2ZWRIb3N0ICE9PSAnJyAmJlxuICAgIChpc0lQdjQocmVzb2x2ZWRIb3N0KSB8fCBub3JtYWxpemVJUHY2KHJlc29sdmVkSG9zdCkuaXNJUFY2KVxuICAvLyBJbnB1dHMgYXJlIHBhcnNlZCBzY2hlbWUtbmV1dHJhbGx5LCBzbyBkZWxpbWl0ZXJzIGFuZCBjb250cm9scyBpbiBhIGRvbWFpblxuICAvLyBob3N0IGFyZSBvbmx5IGRldGVjdGVkIGhlcmUsIG9uY2UgdGhlIGZpbmFsIHNjaGVtZSBpcyBrbm93bi4gVGhleSBhbHdheXNcbiAgLy8gZmFpbCBjbG9zZWQsIGluY2x1ZGluZyBpbiBwZXJjZW50LWVuY29kZWQgaG9zdHMuXG4gIGlmIChoYXNGb3JiaWRkZW5Eb21haW5Ib3N0KHJlc29sdmVkLCBvcHRpb25zIHx8IHt9LCByZXNvbHZlZFNjaGVtZUhhbmRsZXIsIHJlc29sdmVkSG9zdElzSVApKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKE1BTEZPUk1FRF9IT1NUX0VSUk9SKVxuICB9XG4gIGNhbm9uaWNhbGl6ZUhvc3QocmVzb2x2ZWQsIG9wdGlvbnMgfHwge30sIHJlc29sdmVkU2NoZW1lSGFuZGxlciwgcmVzb2x2ZWRIb3N0SXNJUClcbiAgLy8gUGVyY2VudCBlc2NhcGVzIGluIGFuIEFTQ0lJIHJlZy1uYW1lIGFyZSBlbmNvZGVkIGRhdGEuIFRoZSBXSEFUV0cgaG9zdG5hbWVcbiAgLy8gcGFyc2VyIGNhbiByZWplY3QgdGhlbSBldmVuIHRob3VnaCBmYXN0LXVyaSBwcmVzZXJ2ZXMgdGhlbSBzYWZlbHkgYXMgUkZDXG4gIC8vIDM5ODYgZGF0YS4gQSByYXcgbm9uLUFTQ0lJIGhvc3QgbXVzdCBzdGlsbCBmYWlsIGNsb3NlZCBpZiBjb252ZXJzaW9uIGZhaWxzLlxuICBjb25zdCBlbmNvZGVkQVNDSUlIb3N0ID0gcmVzb2x2ZWRIb3N0ICYmIHJlc29sdmVkSG9zdC5pbmRleE9mKCclJykgIT09IC0xICYmXG4gICAgIS9cXFB7QVNDSUl9L3UudGVzdChyZXNvbHZlZEhvc3QpXG4gIGlmIChyZXNvbHZlZC5lcnJvciAmJiAhZW5jb2RlZEFTQ0lJSG9zdCkge1xuICAgIHRocm93IG5ldyBFcnJvcihyZXNvbHZlZC5lcnJvcilcbiAgfVxuICBzY2hlbWVsZXNzT3B0aW9ucy5za2lwRXNjYXBlID0gdHJ1ZVxuICByZXR1cm4gc2VyaWFsaXplKHJlc29sdmVkLCBzY2hlbWVsZXNzT3B0aW9ucylcbn1cblxuLyoqXG4gKiBAcGFyYW0ge2ltcG9ydCAoJy4vdHlwZXMvaW5kZXgnKS5VUklDb21wb25lbnR9IGJhc2VcbiAqIEBwYXJhbSB7aW1wb3J0ICgnLi90eXBlcy9pbmRleCcpLlVSSUNvbXBvbmVudH0gcmVsYXRpdmVcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gW29wdGlvbnNdXG4gKiBAcGFyYW0ge2Jvb2xlYW59IFtza2lwTm9ybWFsaXphdGlvbj1mYWxzZV1cbiAqIEByZXR1cm5zIHtpbXBvcnQgKCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fVxuICovXG5mdW5jdGlvbiByZXNvbHZlQ29tcG9uZW50IChiYXNlLCByZWxhdGl2ZSwgb3B0aW9ucywgc2tpcE5vcm1hbGl6YXRpb24pIHtcbiAgLyoqIEB0eXBlIHtpbXBvcnQoJy4vdHlwZXMvaW5kZXgnKS5VUklDb21wb25lbnR9ICovXG4gIGNvbnN0IHRhcmdldCA9IHt9XG4gIGlmICghc2tpcE5vcm1hbGl6YXRpb24pIHtcbiAgICBiYXNlID0gcGFyc2Uoc2VyaWFsaXplKGJhc2UsIG9wdGlvbnMpLCBvcHRpb25zKSAvLyBub3JtYWxpemUgYmFzZSBjb21wb25lbnRcbiAgICByZWxhdGl2ZSA9IHBhcnNlKHNlcmlhbGl6ZShyZWxhdGl2ZSwgb3B0aW9ucyksIG9wdGlvbnMpIC8vIG5vcm1hbGl6ZSByZWxhdGl2ZSBjb21wb25lbnRcbiAgfVxuICBvcHRpb25zID0gb3B0aW9ucyB8fCB7fVxuXG4gIGlmICghb3B0aW9ucy50b2xlcmFudCAmJiByZWxhdGl2ZS5zY2hlbWUpIHtcbiAgICB0YXJnZXQuc2NoZW1lID0gcmVsYXRpdmUuc2NoZW1lXG4gICAgLy8gdGFyZ2V0LmF1dGhvcml0eSA9IHJlbGF0aXZlLmF1dGhvcml0eTtcbiAgICB0YXJnZXQudXNlcmluZm8gPSByZWxhdGl2ZS51c2VyaW5mb1xuICAgIHRhcmdldC5ob3N0ID0gcmVsYXRpdmUuaG9zdFxuICAgIHRhcmdldC5wb3J0ID0gcmVsYXRpdmUucG9ydFxuICAgIHRhcmdldC5wYXRoID0gcmVtb3ZlRG90U2VnbWVudHMocmVsYXRpdmUucGF0aCB8fCAnJylcbiAgICB0YXJnZXQucXVlcnkgPSByZWxhdGl2ZS5xdWVyeVxuICB9IGVsc2Uge1xuICAgIGlmIChyZWxhdGl2ZS51c2VyaW5mbyAhPT0gdW5kZWZpbmVkIHx8IHJlbGF0aXZlLmhvc3QgIT09IHVuZGVmaW5lZCB8fCByZWxhdGl2ZS5wb3J0ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIC8vIHRhcmdldC5hdXRob3JpdHkgPSByZWxhdGl2ZS5hdXRob3JpdHk7XG4gICAgICB0YXJnZXQudXNlcmluZm8gPSByZWxhdGl2ZS51c2VyaW5mb1xuICAgICAgdGFyZ2V0Lmhvc3QgPSByZWxhdGl2ZS5ob3N0XG4gICAgICB0YXJnZXQucG9ydCA9IHJlbGF0aXZlLnBvcnRcbiAgICAgIHRhcmdldC5wYXRoID0gcmVtb3ZlRG90U2VnbWVudHMocmVsYXRpdmUucGF0aCB8fCAnJylcbiAgICAgIHRhcmdldC5xdWVyeSA9IHJlbGF0aXZlLnF1ZXJ5XG4gICAgfSBlbHNlIHtcbiAgICAgIGlmICghcmVsYXRpdmUucGF0aCkge1xuICAgICAgICB0YXJnZXQucGF0aCA9IGJhc2UucGF0aFxuICAgICAgICBpZiAocmVsYXRpdmUucXVlcnkgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIHRhcmdldC5xdWVyeSA9IHJlbGF0aXZlLnF1ZXJ5XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgdGFyZ2V0LnF1ZXJ5ID0gYmFzZS5xdWVyeVxuICAgICAgICB9XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBpZiAocmVsYXRpdmUucGF0aFswXSA9PT0gJy8nKSB7XG4gICAgICAgICAgdGFyZ2V0LnBhdGggPSByZW1vdmVEb3RTZWdtZW50cyhyZWxhdGl2ZS5wYXRoKVxuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIGNvbnN0IGJhc2VIYXNBdXRob3JpdHkgPSBiYXNlLnVzZXJpbmZvICE9PSB1bmRlZmluZWQgfHwgYmFzZS5ob3N0ICE9PSB1bmRlZmluZWQgfHwgYmFzZS5wb3J0ICE9PSB1bmRlZmluZWRcbiAgICAgICAgICBpZiAoYmFzZUhhc0F1dGhvcml0eSAmJiAhYmFzZS5wYXRoKSB7XG4gICAgICAgICAgICB0YXJnZXQucGF0aCA9ICcvJyArIHJlbGF0aXZlLnBhdGhcbiAgICAgICAgICB9IGVsc2UgaWYgKCFiYXNlLnBhdGgpIHtcbiAgICAgICAgICAgIHRhcmdldC5wYXRoID0gcmVsYXRpdmUucGF0aFxuICAgICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgICB0YXJnZXQucGF0aCA9IGJhc2UucGF0aC5zbGljZSgwLCBiYXNlLnBhdGgubGFzdEluZGV4T2YoJy8nKSArIDEpICsgcmVsYXRpdmUucGF0aFxuICAgICAgICAgIH1cbiAgICAgICAgICB0YXJnZXQucGF0aCA9IGJhc2Uuc2NoZW1lID09PSB1bmRlZmluZWQgJiYgIWJhc2VIYXNBdXRob3JpdHkgJiYgdGFyZ2V0LnBhdGhbMF0gIT09ICcvJ1xuICAgICAgICAgICAgPyByZW1vdmVEb3RTZWdtZW50c1JlbGF0aXZlKHRhcmdldC5wYXRoKVxuICAgICAgICAgICAgOiByZW1vdmVEb3RTZWdtZW50cyh0YXJnZXQucGF0aClcbiAgICAgICAgfVxuICAgICAgICB0YXJnZXQucXVlcnkgPSByZWxhdGl2ZS5xdWVyeVxuICAgICAgfVxuICAgICAgLy8gdGFyZ2V0LmF1dGhvcml0eSA9IGJhc2UuYXV0aG9yaXR5O1xuICAgICAgdGFyZ2V0LnVzZXJpbmZvID0gYmFzZS51c2VyaW5mb1xuICAgICAgdGFyZ2V0Lmhvc3QgPSBiYXNlLmhvc3RcbiAgICAgIHRhcmdldC5wb3J0ID0gYmFzZS5wb3J0XG4gICAgfVxuICAgIHRhcmdldC5zY2hlbWUgPSBiYXNlLnNjaGVtZVxuICB9XG5cbiAgdGFyZ2V0LmZyYWdtZW50ID0gcmVsYXRpdmUuZnJhZ21lbnRcblxuICByZXR1cm4gdGFyZ2V0XG59XG5cbi8qKlxuICogQHBhcmFtIHtpbXBvcnQgKCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fHN0cmluZ30gdXJpQVxuICogQHBhcmFtIHtpbXBvcnQgKCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fHN0cmluZ30gdXJpQlxuICogQHBhcmFtIHtpbXBvcnQgKCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gb3B0aW9uc1xuICogQHJldHVybnMge2Jvb2xlYW59XG4gKi9cbmZ1bmN0aW9uIGVxdWFsICh1cmlBLCB1cmlCLCBvcHRpb25zKSB7XG4gIGNvbnN0IG5vcm1hbGl6ZWRBID0gbm9ybWFsaXplQ29tcGFyYWJsZVVSSSh1cmlBLCBvcHRpb25zKVxuICBjb25zdCBub3JtYWxpemVkQiA9IG5vcm1hbGl6ZUNvbXBhcmFibGVVUkkodXJpQiwgb3B0aW9ucylcblxuICByZXR1cm4gbm9ybWFsaXplZEEgIT09IHVuZGVmaW5lZCAmJiBub3JtYWxpemVkQiAhPT0gdW5kZWZpbmVkICYmIG5vcm1hbGl6ZWRBID09PSBub3JtYWxpemVkQlxufVxuXG4vKipcbiAqIEBwYXJhbSB7UmVhZG9ubHk8aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50Pn0gY21wdHNcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gW29wdHNdXG4gKiBAcmV0dXJucyB7c3RyaW5nfVxuICovXG5mdW5jdGlvbiBzZXJpYWxpemUgKGNtcHRzLCBvcHRzKSB7XG4gIGNvbnN0IGNvbXBvbmVudCA9IHtcbiAgICBob3N0OiBjbXB0cy5ob3N0LFxuICAgIHNjaGVtZTogY21wdHMuc2NoZW1lLFxuICAgIHVzZXJpbmZvOiBjbXB0cy51c2VyaW5mbyxcbiAgICBwb3J0OiBjbXB0cy5wb3J0LFxuICAgIHBhdGg6IGNtcHRzLnBhdGgsXG4gICAgcXVlcnk6IGNtcHRzLnF1ZXJ5LFxuICAgIG5pZDogY21wdHMubmlkLFxuICAgIG5zczogY21wdHMubnNzLFxuICAgIHV1aWQ6IGNtcHRzLnV1aWQsXG4gICAgZnJhZ21lbnQ6IGNtcHRzLmZyYWdtZW50LFxuICAgIHJlZmVyZW5jZTogY21wdHMucmVmZXJlbmNlLFxuICAgIHJlc291cmNlTmFtZTogY21wdHMucmVzb3VyY2VOYW1lLFxuICAgIHNlY3VyZTogY21wdHMuc2VjdXJlLFxuICAgIGVycm9yOiAnJ1xuICB9XG4gIGNvbnN0IG9wdGlvbnMgPSBPYmplY3QuYXNzaWduKHt9LCBvcHRzKVxuICBjb25zdCB1cmlUb2tlbnMgPSBbXVxuXG4gIGlmIChjb21wb25lbnQuc2NoZW1lKSB7XG4gICAgY29tcG9uZW50LnNjaGVtZSA9IHZhbGlkYXRlU2NoZW1lKGNvbXBvbmVudC5zY2hlbWUpXG4gIH1cblxuICAvLyBmaW5kIHNjaGVtZSBoYW5kbGVyXG4gIGNvbnN0IHNjaGVtZUhhbmRsZXIgPSBnZXRTY2hlbWVIYW5kbGVyKG9wdGlvbnMuc2NoZW1lIHx8IGNvbXBvbmVudC5zY2hlbWUpXG5cbiAgLy8gcGVyZm9ybSBzY2hlbWUgc3BlY2lmaWMgc2VyaWFsaXphdGlvblxuICBpZiAoc2NoZW1lSGFuZGxlciAmJiBzY2hlbWVIYW5kbGVyLnNlcmlhbGl6ZSkgc2NoZW1lSGFuZGxlci5zZXJpYWxpemUoY29tcG9uZW50LCBvcHRpb25zKVxuXG4gIGNvbnN0IGhhc0F1dGhvcml0eSA9IGNvbXBvbmVudC51c2VyaW5mbyAhPT0gdW5kZWZpbmVkIHx8IGNvbXBvbmVudC5ob3N0ICE9PSB1bmRlZmluZWQgfHwgY29tcG9uZW50LnBvcnQgIT09IHVuZGVmaW5lZFxuICAvLyBBIHJlZmVyZW5jZSB3aXRoIG5vIGVtaXR0ZWQgc2NoZW1lIGlzIHBhdGgtbm9zY2hlbWU6IGEgYmFyZSAnOicgaW4gaXRzXG4gIC8vIGZpcnN0IHBhdGggc2VnbWVudCB3b3VsZCByZXBhcnNlIGFzIGEgc2NoZW1lIChSRkMgMzk4NiAzLjMvNC4yKS4gRW5mb3JjZWRcbiAgLy8gdW5kZXIgc2tpcEVzY2FwZSB0b28gKHJlc29sdmUoKSksIHNvIHRoZSByZWFwcGx5IGJlbG93IGdhdGVzIG9uIHRoaXMgZmxhZy5cbiAgY29uc3Qgc2NoZW1lbGVzc1JlZmVyZW5jZSA9IChjb21wb25lbnQuc2NoZW1lID09PSB1bmRlZmluZWQgfHwgb3B0aW9ucy5yZWZlcmVuY2UgPT09ICdzdWZmaXgnKSAmJiAhaGFzQXV0aG9yaXR5XG4gIGNvbnN0IHBhdGhOb1NjaGVtZSA9ICFvcHRpb25zLnNraXBFc2NhcGUgJiYgc2NoZW1lbGVzc1JlZmVyZW5jZVxuXG4gIGlmIChjb21wb25lbnQucGF0aCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKCFvcHRpb25zLnNraXBFc2NhcGUpIHtcbiAgICAgIGNvbXBvbmVudC5wYXRoID0gc2VyaWFsaXplUGF0aEVuY29kaW5nKGNvbXBvbmVudC5wYXRoLCBwYXRoTm9TY2hlbWUpXG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbXBvbmVudC5wYXRoID0gbm9ybWFsaXplUGVyY2VudEVuY29kaW5nKGNvbXBvbmVudC5wYXRoKVxuICAgIH1cbiAgfVxuXG4gIGlmIChvcHRpb25zLnJlZmVyZW5jZSAhPT0gJ3N1ZmZpeCcgJiYgY29tcG9uZW50LnNjaGVtZSkge1xuICAgIC8vIFNjaGVtZSBoYW5kbGVycyBtYXkgcmVwbGFjZSB0aGUgc2NoZW1lIGR1cmluZyBzZXJpYWxpemF0aW9uLlxuICAgIGNvbXBvbmVudC5zY2hlbWUgPSB2YWxpZGF0ZVNjaGVtZShjb21wb25lbnQuc2NoZW1lKVxuICAgIHVyaVRva2Vucy5wdXNoKGNvbXBvbmVudC5zY2hlbWUsICc6JylcbiAgfVxuXG4gIGNvbnN0IGF1dGhvcml0eSA9IHJlY29tcG9zZUF1dGhvcml0eShjb21wb25lbnQpXG4gIGlmIChhdXRob3JpdHkgIT09IHVuZGVmaW5lZCkge1xuICAgIGlmIChvcHRpb25zLnJlZmVyZW5jZSAhPT0gJ3N1ZmZpeCcpIHtcbiAgICAgIHVyaVRva2Vucy5wdXNoKCcvLycpXG4gICAgfVxuXG4gICAgdXJpVG9rZW5zLnB1c2goYXV0aG9yaXR5KVxuXG4gICAgaWYgKGNvbXBvbmVudC5wYXRoICYmIGNvbXBvbmVudC5wYXRoWzBdICE9PSAnLycpIHtcbiAgICAgIHVyaVRva2Vucy5wdXNoKCcvJylcbiAgICB9XG4gIH1cbiAgaWYgKGNvbXBvbmVudC5wYXRoICE9PSB1bmRlZmluZWQpIHtcbiAgICBsZXQgcyA9IGNvbXBvbmVudC5wYXRoXG5cbiAgICBpZiAoIW9wdGlvbnMuYWJzb2x1dGVQYXRoICYmICghc2NoZW1lSGFuZGxlciB8fCAhc2NoZW1lSGFuZGxlci5hYnNvbHV0ZVBhdGgpKSB7XG4gICAgICAvLyBBIHJlbGF0aXZlLXBhdGggcmVmZXJlbmNlIGtlZXBzIGl0cyB1bnJlc29sdmFibGUgbGVhZGluZyBcIi4uXCIgc2VnbWVudHNcbiAgICAgIC8vIGFuZCBtdXN0IG5ldmVyIGJlY29tZSByb290LXJlbGF0aXZlIChSRkMgMzk4NiBzZWN0aW9uIDUuMi40IGFwcGxpZXMgdG9cbiAgICAgIC8vIG1lcmdlZCB0YXJnZXQgcGF0aHMsIG5vdCB0byB0aGUgcmVmZXJlbmNlIGl0c2VsZikuXG4gICAgICBzID0gc2NoZW1lbGVzc1JlZmVyZW5jZSAmJiBzWzBdICE9PSAnLydcbiAgICAgICAgPyByZW1vdmVEb3RTZWdtZW50c1JlbGF0aXZlKHMpXG4gICAgICAgIDogcmVtb3ZlRG90U2VnbWVudHMocylcbiAgICB9XG5cbiAgICAvLyBEb3Qtc2VnbWVudCByZW1vdmFsIGNhbiBleHBvc2UgYSBjb2xvbiB0aGF0IHdhcyBub3Qgb3JpZ2luYWxseSBpbiB0aGVcbiAgICAvLyBmaXJzdCBzZWdtZW50IChmb3IgZXhhbXBsZSwgXCIuL2E6YlwiKS4gUmVhcHBseSBwYXRoLW5vc2NoZW1lIGVuY29kaW5nIHNvXG4gICAgLy8gdGhlIHNlcmlhbGl6ZWQgcmVsYXRpdmUgcmVmZXJlbmNlIGNhbm5vdCBiZSByZXBhcnNlZCBhcyBhIFVSSSBzY2hlbWUuXG4gICAgaWYgKHNjaGVtZWxlc3NSZWZlcmVuY2UpIHtcbiAgICAgIHMgPSBzZXJpYWxpemVQYXRoRW5jb2RpbmcocywgdHJ1ZSlcbiAgICB9XG5cbiAgICBpZiAoXG4gICAgICBhdXRob3JpdHkgPT09IHVuZGVmaW5lZCAmJlxuICAgICAgc1swXSA9PT0gJy8nICYmXG4gICAgICBzWzFdID09PSAnLydcbiAgICApIHtcbiAgICAgIC8vIGRvbid0IGFsbG93IHRoZSBwYXRoIHRvIHN0YXJ0IHdpdGggXCIvL1wiXG4gICAgICBzID0gJy8lMkYnICsgcy5zbGljZSgyKVxuICAgIH1cblxuICAgIHVyaVRva2Vucy5wdXNoKHMpXG4gIH1cblxuICBpZiAoY29tcG9uZW50LnF1ZXJ5ICE9PSB1bmRlZmluZWQpIHtcbiAgICB1cmlUb2tlbnMucHVzaCgnPycsIGVuY29kZVF1ZXJ5KGNvbXBvbmVudC5xdWVyeSkpXG4gIH1cblxuICBpZiAoY29tcG9uZW50LmZyYWdtZW50ICE9PSB1bmRlZmluZWQpIHtcbiAgICB1cmlUb2tlbnMucHVzaCgnIycsIGVuY29kZUZyYWdtZW50KGNvbXBvbmVudC5mcmFnbWVudCkpXG4gIH1cbiAgcmV0dXJuIHVyaVRva2Vucy5qb2luKCcnKVxufVxuXG5jb25zdCBVUklfUEFSU0UgPSAvXig/OihbXiMvOj9dKyk6KT8oPzpcXC9cXC8oKD86KFteIy8/QF0qKUApPyhcXFtbXiMvP1xcXV0rXFxdfFteIy86P10qKSg/OjooXFxkKikpPykpPyhbXiM/XSopKD86XFw/KFteI10qKSk/KD86IygoPzoufFtcXG5cXHJdKSopKT8vdVxuXG4vLyBDYXB0dXJlcyB0aGUgYXV0aG9yaXR5IGNvbXBvbmVudCAoYmV0d2VlbiBcIi8vXCIgYW5kIHRoZSBuZXh0IFwiL1wiLCBcIj9cIiBvciBcIiNcIiksXG4vLyB3aXRoIG9yIHdpdGhvdXQgYSBzY2hlbWUgcHJlZml4LCBmb3IgdGhlIGxpdGVyYWwtYmFja3NsYXNoIHJlamVjdGlvbiBiZWxvdy5cbmNvbnN0IEFVVEhPUklUWV9QUkVGSVggPSAvXig/OlteIy86P10rOik/XFwvXFwvKFteLz8jXSopL1xuXG4vLyBDYXB0dXJlcyB0aGUgbGVhZGluZyBhdXRob3JpdHktaW50cm9kdWNlciByZWdpb24gYWZ0ZXIgYW4gb3B0aW9uYWwgc2NoZW1lOiBhXG4vLyBydW4gb2YgZm9yd2FyZCBzbGFzaGVzLCBiYWNrc2xhc2hlcywgYW5kIHRoZSBjaGFyYWN0ZXJzIHRoZSBXSEFUV0cgVVJMIHBhcnNlclxuLy8gcmVtb3ZlcyBiZWZvcmUgcGFyc2luZyAoVEFCIFUrMDAwOSwgTEYgVSswMDBBLCBDUiBVKzAwMEQpLiBBIHZhbGlkIGludHJvZHVjZXJcbi8vIGlzIGV4YWN0bHkgXCIvL1wiLiBOb2RlIHRyZWF0cyBcIlxcXCIgYXMgXCIvXCIgb24gc3BlY2lhbCBzY2hlbWVzIGFuZCBzdHJpcHMgdGhvc2Vcbi8vIGNoYXJhY3RlcnMgZmlyc3QsIHNvIGZvcm1zIGxpa2UgXCJcXFxcXCIsIFwiL1xcXCIsIFwiXFwvXCIsIFwiLzxUQUI+L1wiLCBvciBhIGxlYWRpbmdcbi8vIFwiPFRBQj4vL1wiIHJlYWNoIGFuIGF1dGhvcml0eSBpbiBOb2RlIHdoaWxlIGZhc3QtdXJpJ3MgVVJJX1BBUlNFIGZvbGRzIHRoZW0gaW50b1xuLy8gdGhlIHBhdGggZ3JvdXAgKGhvc3QgY29uZnVzaW9uIC8gU1NSRiAvIHJlZGlyZWN0IGJ5cGFzcykuXG5jb25zdCBBVVRIT1JJVFlfSU5UUk9EVUNFUl9SRUdJT04gPSAvXig/OlteIy86P10rOik/KFsvXFxcXFxcdFxcblxccl0qKS9cblxuLyoqXG4gKiBAcGFyYW0ge2ltcG9ydCgnLi90eXBlcy9pbmRleCcpLlVSSUNvbXBvbmVudH0gcGFyc2VkXG4gKiBAcGFyYW0ge1JlZ0V4cE1hdGNoQXJyYXl9IG1hdGNoZXNcbiAqIEByZXR1cm5zIHtzdHJpbmd8dW5kZWZpbmVkfVxuICovXG5mdW5jdGlvbiBnZXRQYXJzZUVycm9yIChwYXJzZWQsIG1hdGNoZXMpIHtcbiAgaWYgKG1hdGNoZXNbMl0gIT09IHVuZGVmaW5lZCAmJiBwYXJzZWQucGF0aCAmJiBwYXJzZWQucGF0aFswXSAhPT0gJy8nKSB7XG4gICAgcmV0dXJuICdVUkkgcGF0aCBtdXN0IHN0YXJ0IHdpdGggXCIvXCIgd2hlbiBhdXRob3JpdHkgaXMgcHJlc2VudC4nXG4gIH1cblxuICBpZiAodHlwZW9mIHBhcnNlZC5wb3J0ID09PSAnbnVtYmVyJyAmJiAocGFyc2VkLnBvcnQgPCAwIHx8IHBhcnNlZC5wb3J0ID4gNjU1MzUpKSB7XG4gICAgcmV0dXJuICdVUkkgcG9ydCBpcyBtYWxmb3JtZWQuJ1xuICB9XG5cbiAgcmV0dXJuIHVuZGVmaW5lZFxufVxuXG4vKipcbiAqIENoZWNrcyBwZXJjZW50IHN5bnRheCB3aXRob3V0IGRlY29kaW5nIHRoZSByZXByZXNlbnRlZCBvY3RldHMuIFJGQyAzOTg2XG4gKiBwZXJjZW50LWVuY29kaW5nIGlzIGJ5dGUtb3JpZW50ZWQsIHNvIHNlcXVlbmNlcyBzdWNoIGFzIGAlRkZgIGFyZSB2YWxpZCBldmVuXG4gKiB0aG91Z2ggdGhleSBhcmUgbm90IGluZGVwZW5kZW50bHkgdmFsaWQgVVRGLTguXG4gKlxuICogQHBhcmFtIHtzdHJpbmd8dW5kZWZpbmVkfSBjb21wb25lbnRcbiAqIEByZXR1cm5zIHtib29sZWFufVxuICovXG5mdW5jdGlvbiBoYXNNYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcgKGNvbXBvbmVudCkge1xuICBpZiAoY29tcG9uZW50ID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxzZVxuXG4gIGxldCBwZXJjZW50ID0gY29tcG9uZW50LmluZGV4T2YoJyUnKVxuICB3aGlsZSAocGVyY2VudCAhPT0gLTEpIHtcbiAgICBpZiAocGVyY2VudCArIDIgPj0gY29tcG9uZW50Lmxlbmd0aCB8fCAhL15bXFxkYS1mXXsyfSQvaXUudGVzdChjb21wb25lbnQuc2xpY2UocGVyY2VudCArIDEsIHBlcmNlbnQgKyAzKSkpIHtcbiAgICAgIHJldHVybiB0cnVlXG4gICAgfVxuICAgIHBlcmNlbnQgPSBjb21wb25lbnQuaW5kZXhPZignJScsIHBlcmNlbnQgKyAzKVxuICB9XG5cbiAgcmV0dXJuIGZhbHNlXG59XG5cbi8qKlxuICogV2hldGhlciB0aGUgaG9zdCBpcyBhIGJyYWNrZXRlZCBJUCBsaXRlcmFsIChSRkMgMzk4NiBgSVAtbGl0ZXJhbGApLlxuICogQW4gdW50ZXJtaW5hdGVkIGBbYCBpcyBub3QgYSBsaXRlcmFsLCBzbyBpdCBtdXN0IHN0aWxsIGJlIHZhbGlkYXRlZCBhcyBhXG4gKiByZWctbmFtZSBpbnN0ZWFkIG9mIGJlaW5nIHdhdmVkIHRocm91Z2ggYXMgYW4gSVAuXG4gKlxuICogQHBhcmFtIHtzdHJpbmd9IGhvc3RcbiAqIEByZXR1cm5zIHtib29sZWFufVxuICovXG5mdW5jdGlvbiBpc0lQTGl0ZXJhbCAoaG9zdCkge1xuICByZXR1cm4gaG9zdFswXSA9PT0gJ1snICYmIGhvc3RbaG9zdC5sZW5ndGggLSAxXSA9PT0gJ10nXG59XG5cbi8qKlxuICogQHBhcmFtIHtSZWdFeHBNYXRjaEFycmF5fSBtYXRjaGVzXG4gKiBAcmV0dXJucyB7Ym9vbGVhbn1cbiAqL1xuZnVuY3Rpb24gaGFzTWFsZm9ybWVkQ29tcG9uZW50UGVyY2VudEVuY29kaW5nIChtYXRjaGVzKSB7XG4gIC8vIEJyYWNrZXRlZCBJUCBsaXRlcmFscyB1c2UgYSByYXcgXCIlXCIgYXMgdGhlIHpvbmUgc2VwYXJhdG9yIGZvciBoaXN0b3JpY2FsXG4gIC8vIGNvbXBhdGliaWxpdHkuIFRoZWlyIHBhcnNpbmcgaXMgaW50ZW50aW9uYWxseSBsZWZ0IHRvIG5vcm1hbGl6ZUlQdjYuXG4gIGNvbnN0IGhvc3QgPSBtYXRjaGVzWzRdXG4gIHJldHVybiBoYXNNYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcobWF0Y2hlc1szXSkgfHxcbiAgICAoaG9zdCAhPT0gdW5kZWZpbmVkICYmICFpc0lQTGl0ZXJhbChob3N0KSAmJiBoYXNNYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcoaG9zdCkpIHx8XG4gICAgaGFzTWFsZm9ybWVkUGVyY2VudEVuY29kaW5nKG1hdGNoZXNbNl0pIHx8XG4gICAgaGFzTWFsZm9ybWVkUGVyY2VudEVuY29kaW5nKG1hdGNoZXNbN10pIHx8XG4gICAgaGFzTWFsZm9ybWVkUGVyY2VudEVuY29kaW5nKG1hdGNoZXNbOF0pXG59XG5cbi8qKlxuICogQHBhcmFtIHtpbXBvcnQoJy4vdHlwZXMvaW5kZXgnKS5VUklDb21wb25lbnR9IHBhcnNlZFxuICogQHBhcmFtIHtpbXBvcnQoJy4vdHlwZXMvaW5kZXgnKS5PcHRpb25zfSBvcHRpb25zXG4gKiBAcGFyYW0ge3sgZG9tYWluSG9zdD86IGJvb2xlYW4sIHVuaWNvZGVTdXBwb3J0PzogYm9vbGVhbiB9fHVuZGVmaW5lZH0gc2NoZW1lSGFuZGxlclxuICogQHBhcmFtIHtib29sZWFufSBpc0lQXG4gKiBAcmV0dXJucyB7Ym9vbGVhbn0gd2hldGhlciBob3N0IGNvbnZlcnNpb24gZmFpbGVkXG4gKi9cbmZ1bmN0aW9uIGNhbm9uaWNhbGl6ZUhvc3QgKHBhcnNlZCwgb3B0aW9ucywgc2NoZW1lSGFuZGxlciwgaXNJUCkge1xuICBpZiAoaGFzRm9yYmlkZGVuRG9tYWluSG9zdChwYXJzZWQsIG9wdGlvbnMsIHNjaGVtZUhhbmRsZXIsIGlzSVApKSB7XG4gICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8IE1BTEZPUk1FRF9IT1NUX0VSUk9SXG4gICAgcmV0dXJuIHRydWVcbiAgfVxuXG4gIGlmIChcbiAgICAhb3B0aW9ucy51bmljb2RlU3VwcG9ydCAmJlxuICAgICghc2NoZW1lSGFuZGxlciB8fCAhc2NoZW1lSGFuZGxlci51bmljb2RlU3VwcG9ydCkgJiZcbiAgICBwYXJzZWQuaG9zdCAmJlxuICAgICFpc0lQTGl0ZXJhbChwYXJzZWQuaG9zdCkgJiZcbiAgICAob3B0aW9ucy5kb21haW5Ib3N0IHx8IChzY2hlbWVIYW5kbGVyICYmIHNjaGVtZUhhbmRsZXIuZG9tYWluSG9zdCkpICYmXG4gICAgaXNJUCA9PT0gZmFsc2UgJiZcbiAgICBub25TaW1wbGVEb21haW4ocGFyc2VkLmhvc3QpXG4gICkge1xuICAgIGxldCB1cmxcbiAgICB0cnkge1xuICAgICAgdXJsID0gbmV3IFVSTCgnaHR0cDovLycgKyBwYXJzZWQuaG9zdClcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBwYXJzZWQuZXJyb3IgPSBwYXJzZWQuZXJyb3IgfHwgXCJIb3N0J3MgZG9tYWluIG5hbWUgY2FuIG5vdCBiZSBjb252ZXJ0ZWQgdG8gQVNDSUk6IFwiICsgZVxuICAgICAgcmV0dXJuIHRydWVcbiAgICB9XG4gICAgLy8gVGhlIFdIQVRXRyBwYXJzZXIgbXVzdCBoYXZlIHJlYWQgdGhlIHdob2xlIGlucHV0IGFzIGEgaG9zdC4gQW55dGhpbmdcbiAgICAvLyBlbHNlIG1lYW5zIGl0IGZvdW5kIGEgZGVsaW1pdGVyIGZhc3QtdXJpIGRpZCBub3QsIHNvIGl0cyBob3N0bmFtZSB3b3VsZFxuICAgIC8vIGRlc2NyaWJlIGEgZGlmZmVyZW50IGF1dGhvcml0eS5cbiAgICBpZiAoIWlzSG9zdE9ubHlVUkwodXJsKSkge1xuICAgICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8IE1BTEZPUk1FRF9IT1NUX0VSUk9SXG4gICAgICByZXR1cm4gdHJ1ZVxuICAgIH1cbiAgICBwYXJzZWQuaG9zdCA9IHVybC5ob3N0bmFtZVxuICB9XG4gIHJldHVybiBmYWxzZVxufVxuXG4vKipcbiAqIFdoZXRoZXIgYSBkb21haW4gaG9zdCBjb250YWlucyBhbiBBU0NJSSBjaGFyYWN0ZXIgdGhhdCBSRkMgMzk4NiBkb2VzIG5vdFxuICogYWxsb3cgaW4gYSByZWctbmFtZSAodW5yZXNlcnZlZCwgc3ViLWRlbGltcywgb3IgcGN0LWVuY29kZWQpLiBTdWNoIGEgaG9zdCBpc1xuICogcmVqZWN0ZWQgaW5zdGVhZCBvZiBiZWluZyBoYW5kZWQgdG8gdGhlIFdIQVRXRyBVUkwgcGFyc2VyLCB3aGljaCB3b3VsZCB0cmVhdFxuICogXCJAXCIgYXMgYSB1c2VyaW5mbyBkZWxpbWl0ZXIgKHNpbGVudGx5IGRyb3BwaW5nIHRoZSBkYXRhIGJlZm9yZSBpdCkgYW5kIHN0cmlwXG4gKiBUQUIsIExGLCBhbmQgQ1IuIE5vbi1BU0NJSSBjaGFyYWN0ZXJzIHJlbWFpbiBhbGxvd2VkIGZvciBJRE5zLlxuICpcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fSBwYXJzZWRcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gb3B0aW9uc1xuICogQHBhcmFtIHt7IGRvbWFpbkhvc3Q/OiBib29sZWFuIH18dW5kZWZpbmVkfSBzY2hlbWVIYW5kbGVyXG4gKiBAcGFyYW0ge2Jvb2xlYW59IGlzSVBcbiAqIEByZXR1cm5zIHtib29sZWFufVxuICovXG5mdW5jdGlvbiBoYXNGb3JiaWRkZW5Eb21haW5Ib3N0IChwYXJzZWQsIG9wdGlvbnMsIHNjaGVtZUhhbmRsZXIsIGlzSVApIHtcbiAgcmV0dXJuIEJvb2xlYW4oXG4gICAgcGFyc2VkLmhvc3QgJiZcbiAgICBpc0lQID09PSBmYWxzZSAmJlxuICAgICFpc0lQTGl0ZXJhbChwYXJzZWQuaG9zdCkgJiZcbiAgICAob3B0aW9ucy5kb21haW5Ib3N0IHx8IChzY2hlbWVIYW5kbGVyICYmIHNjaGVtZUhhbmRsZXIuZG9tYWluSG9zdCkpICYmXG4gICAgRk9SQklEREVOX0RPTUFJTl9IT1NUX0NIQVJBQ1RFUi50ZXN0KHBhcnNlZC5ob3N0KVxuICApXG59XG5cbi8qKlxuICogQHBhcmFtIHtVUkx9IHVybFxuICogQHJldHVybnMge2Jvb2xlYW59XG4gKi9cbmZ1bmN0aW9uIGlzSG9zdE9ubHlVUkwgKHVybCkge1xuICByZXR1cm4gdXJsLnVzZXJuYW1lID09PSAnJyAmJlxuICAgIHVybC5wYXNzd29yZCA9PT0gJycgJiZcbiAgICB1cmwucG9ydCA9PT0gJycgJiZcbiAgICB1cmwucGF0aG5hbWUgPT09ICcvJyAmJlxuICAgIHVybC5zZWFyY2ggPT09ICcnICYmXG4gICAgdXJsLmhhc2ggPT09ICcnICYmXG4gICAgdXJsLmhvc3RuYW1lICE9PSAnJ1xufVxuXG4vKipcbiAqIEBwYXJhbSB7c3RyaW5nfSB1cmlcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gW29wdHNdXG4gKiBAcmV0dXJucyB7eyBwYXJzZWQ6IGltcG9ydCgnLi90eXBlcy9pbmRleCcpLlVSSUNvbXBvbmVudCwgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0OiBib29sZWFuLCBtYWxmb3JtZWRQZXJjZW50RW5jb2Rpbmc6IGJvb2xlYW4sIG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljOiBib29sZWFuLCBtYWxmb3JtZWRIb3N0OiBib29sZWFuLCBtYWxmb3JtZWRTY2hlbWU6IGJvb2xlYW4gfX1cbiAqL1xuZnVuY3Rpb24gcGFyc2VXaXRoU3RhdHVzICh1cmksIG9wdHMpIHtcbiAgY29uc3Qgb3B0aW9ucyA9IE9iamVjdC5hc3NpZ24oe30sIG9wdHMpXG4gIC8qKiBAdHlwZSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fSAqL1xuICBjb25zdCBwYXJzZWQgPSB7XG4gICAgc2NoZW1lOiB1bmRlZmluZWQsXG4gICAgdXNlcmluZm86IHVuZGVmaW5lZCxcbiAgICBob3N0OiAnJyxcbiAgICBwb3J0OiB1bmRlZmluZWQsXG4gICAgcGF0aDogJycsXG4gICAgcXVlcnk6IHVuZGVmaW5lZCxcbiAgICBmcmFnbWVudDogdW5kZWZpbmVkXG4gIH1cblxuICBsZXQgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0ID0gZmFsc2VcbiAgbGV0IG1hbGZvcm1lZFBlcmNlbnRFbmNvZGluZyA9IGZhbHNlXG4gIGxldCBtYWxmb3JtZWRTY2hlbWVTcGVjaWZpYyA9IGZhbHNlXG4gIGxldCBtYWxmb3JtZWRIb3N0ID0gZmFsc2VcbiAgbGV0IG1hbGZvcm1lZElQTGl0ZXJhbCA9IGZhbHNlXG4gIGxldCBtYWxmb3JtZWRTY2hlbWUgPSBmYWxzZVxuXG4gIGxldCBpc0lQID0gZmFsc2VcbiAgaWYgKG9wdGlvbnMucmVmZXJlbmNlID09PSAnc3VmZml4Jykge1xuICAgIGlmIChvcHRpb25zLnNjaGVtZSkge1xuICAgICAgdXJpID0gb3B0aW9ucy5zY2hlbWUgKyAnOicgKyB1cmlcbiAgICB9IGVsc2Uge1xuICAgICAgdXJpID0gJy8vJyArIHVyaVxuICAgIH1cbiAgfVxuXG4gIC8vIEEgbGl0ZXJhbCBiYWNrc2xhc2ggKFUrMDA1QykgaXMgbm90IGEgdmFsaWQgUkZDIDM5ODYgVVJJIGNoYXJhY3RlciBhbmQgaXNcbiAgLy8gbm90IGFuIGF1dGhvcml0eSBkZWxpbWl0ZXIuIFJlamVjdCBpdCBpbiB0aGUgYXV0aG9yaXR5IHJhdGhlciB0aGFuXG4gIC8vIHJld3JpdGluZyBpdDogbm9ybWFsaXppbmcgXCJcXFwiIC0+IFwiL1wiIChXSEFUV0cgZXJyb3IgcmVjb3ZlcnkpIGNvdWxkIHNpbGVudGx5XG4gIC8vIGNoYW5nZSB0aGUgcmVzb3VyY2UgaWRlbnRpZmllZCBieSBhbiBvdGhlcndpc2UtaW52YWxpZCBpbnB1dCwgYW5kIGxldHMgXCJcXFwiXG4gIC8vIGFjdCBhcyBhIGhvc3QgZGVsaW1pdGVyIGhlcmUgd2hpbGUgTm9kZSdzIG5hdGl2ZSBVUkwgcGFyc2VzIGEgZGlmZmVyZW50XG4gIC8vIGhvc3QgKFNTUkYgLyByZWRpcmVjdCAvIG9yaWdpbi1hbGxvd2xpc3QgYnlwYXNzKS4gUGVyY2VudC1lbmNvZGVkICU1QyBpc1xuICAvLyB1bnRvdWNoZWQgYW5kIHJlbWFpbnMgdmFsaWQgZW5jb2RlZCBkYXRhLlxuICBjb25zdCBhdXRob3JpdHlNYXRjaCA9IHVyaS5tYXRjaChBVVRIT1JJVFlfUFJFRklYKVxuICBpZiAoYXV0aG9yaXR5TWF0Y2ggIT09IG51bGwgJiYgYXV0aG9yaXR5TWF0Y2hbMV0uaW5kZXhPZignXFxcXCcpICE9PSAtMSkge1xuICAgIHBhcnNlZC5lcnJvciA9ICdVUkkgYXV0aG9yaXR5IG11c3Qgbm90IGNvbnRhaW4gYSBsaXRlcmFsIGJhY2tzbGFzaC4nXG4gICAgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0ID0gdHJ1ZVxuICB9XG5cbiAgLy8gUmVqZWN0IGEgbWFsZm9ybWVkIG9yIHdoaXRlc3BhY2Utc211Z2dsZWQgYXV0aG9yaXR5IGludHJvZHVjZXIuIGZhc3QtdXJpXG4gIC8vIG9ubHkgcmVjb2duaXplcyBhIGxpdGVyYWwgXCIvL1wiOyBhbnl0aGluZyBlbHNlIGluIHRoZSBsZWFkaW5nIHNlcGFyYXRvciBydW5cbiAgLy8gKGEgYmFja3NsYXNoLCBvciBhIFwiLy9cIiB0aGF0IGFwcGVhcnMgb25seSBhZnRlciByZW1vdmluZyB0aGUgVEFCL0xGL0NSIHRoYXRcbiAgLy8gTm9kZSBzdHJpcHMpIG1lYW5zIHRoZSBhdXRob3JpdHkgZmFzdC11cmkgcGFyc2VzIGRpZmZlcnMgZnJvbSB0aGUgb25lIE5vZGUnc1xuICAvLyBVUkwgcmVzb2x2ZXMuIFJlamVjdCByYXRoZXIgdGhhbiByZXdyaXRlLCBtaXJyb3JpbmcgdGhlIGxpdGVyYWwtYmFja3NsYXNoXG4gIC8vIGd1YXJkIGFib3ZlLiBQZXJjZW50LWVuY29kZWQgZm9ybXMgKCU1QywgJTA5KSBhcmUgdW50b3VjaGVkLCB2YWxpZCBkYXRhLlxuICBjb25zdCBpbnRyb2R1Y2VyTWF0Y2ggPSB1cmkubWF0Y2goQVVUSE9SSVRZX0lOVFJPRFVDRVJfUkVHSU9OKVxuICBpZiAoaW50cm9kdWNlck1hdGNoICE9PSBudWxsKSB7XG4gICAgY29uc3QgcmVnaW9uID0gaW50cm9kdWNlck1hdGNoWzFdXG4gICAgY29uc3Qgbm9ybWFsaXplZFJlZ2lvbiA9IHJlZ2lvbi5yZXBsYWNlKC9bXFx0XFxuXFxyXS9nLCAnJylcbiAgICAvLyBUd28gb3IgbW9yZSBsZWFkaW5nIHNlcGFyYXRvcnMgaW50cm9kdWNlIGFuIGF1dGhvcml0eS5cbiAgICBpZiAobm9ybWFsaXplZFJlZ2lvbi5sZW5ndGggPj0gMikge1xuICAgICAgaWYgKG5vcm1hbGl6ZWRSZWdpb24uc2xpY2UoMCwgMikgIT09ICcvLycpIHtcbiAgICAgICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8ICdVUkkgYXV0aG9yaXR5IG11c3Qgbm90IGNvbnRhaW4gYSBsaXRlcmFsIGJhY2tzbGFzaC4nXG4gICAgICAgIG1hbGZvcm1lZEF1dGhvcml0eU9yUG9ydCA9IHRydWVcbiAgICAgIH0gZWxzZSBpZiAocmVnaW9uLmxlbmd0aCAhPT0gbm9ybWFsaXplZFJlZ2lvbi5sZW5ndGgpIHtcbiAgICAgICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8ICdVUkkgYXV0aG9yaXR5IGludHJvZHVjZXIgbXVzdCBub3QgY29udGFpbiB3aGl0ZXNwYWNlLidcbiAgICAgICAgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0ID0gdHJ1ZVxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNvbnN0IG1hdGNoZXMgPSB1cmkubWF0Y2goVVJJX1BBUlNFKVxuXG4gIGlmIChtYXRjaGVzKSB7XG4gICAgLy8gc3RvcmUgZWFjaCBjb21wb25lbnRcbiAgICBwYXJzZWQuc2NoZW1lID0gbWF0Y2hlc1sxXVxuICAgIHBhcnNlZC51c2VyaW5mbyA9IG1hdGNoZXNbM11cbiAgICBwYXJzZWQuaG9zdCA9IG1hdGNoZXNbNF1cbiAgICBwYXJzZWQucG9ydCA9IHBhcnNlSW50KG1hdGNoZXNbNV0sIDEwKVxuICAgIHBhcnNlZC5wYXRoID0gbWF0Y2hlc1s2XSB8fCAnJ1xuICAgIHBhcnNlZC5xdWVyeSA9IG1hdGNoZXNbN11cbiAgICBwYXJzZWQuZnJhZ21lbnQgPSBtYXRjaGVzWzhdXG5cbiAgICBpZiAocGFyc2VkLnNjaGVtZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAoVkFMSURfU0NIRU1FLnRlc3QocGFyc2VkLnNjaGVtZSkpIHtcbiAgICAgICAgcGFyc2VkLnNjaGVtZSA9IHBhcnNlZC5zY2hlbWUudG9Mb3dlckNhc2UoKVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8IE1BTEZPUk1FRF9TQ0hFTUVfRVJST1JcbiAgICAgICAgbWFsZm9ybWVkU2NoZW1lID0gdHJ1ZVxuICAgICAgfVxuICAgIH1cblxuICAgIG1hbGZvcm1lZFBlcmNlbnRFbmNvZGluZyA9IGhhc01hbGZvcm1lZENvbXBvbmVudFBlcmNlbnRFbmNvZGluZyhtYXRjaGVzKVxuICAgIGlmIChtYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcpIHtcbiAgICAgIHBhcnNlZC5lcnJvciA9IHBhcnNlZC5lcnJvciB8fCAnVVJJIGNvbnRhaW5zIG1hbGZvcm1lZCBwZXJjZW50LWVuY29kaW5nLidcbiAgICB9XG5cbiAgICAvLyBmaXggcG9ydCBudW1iZXJcbiAgICBpZiAoaXNOYU4ocGFyc2VkLnBvcnQpKSB7XG4gICAgICBwYXJzZWQucG9ydCA9IG1hdGNoZXNbNV1cbiAgICB9XG5cbiAgICBjb25zdCBwYXJzZUVycm9yID0gZ2V0UGFyc2VFcnJvcihwYXJzZWQsIG1hdGNoZXMpXG4gICAgaWYgKHBhcnNlRXJyb3IgIT09IHVuZGVmaW5lZCkge1xuICAgICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8IHBhcnNlRXJyb3JcbiAgICAgIG1hbGZvcm1lZEF1dGhvcml0eU9yUG9ydCA9IHRydWVcbiAgICB9XG5cbiAgICBpZiAocGFyc2VkLmhvc3QpIHtcbiAgICAgIGNvbnN0IGlwdjRyZXN1bHQgPSBpc0lQdjQocGFyc2VkLmhvc3QpXG4gICAgICBpZiAoaXB2NHJlc3VsdCA9PT0gZmFsc2UpIHtcbiAgICAgICAgY29uc3QgYnJhY2tldGVkSVBMaXRlcmFsID0gaXNJUExpdGVyYWwocGFyc2VkLmhvc3QpXG4gICAgICAgIGNvbnN0IGhhc0lQTGl0ZXJhbEJyYWNrZXQgPSBwYXJzZWQuaG9zdC5pbmRleE9mKCdbJykgIT09IC0xIHx8IHBhcnNlZC5ob3N0LmluZGV4T2YoJ10nKSAhPT0gLTFcbiAgICAgICAgY29uc3QgaXB2NnJlc3VsdCA9IG5vcm1hbGl6ZUlQdjYocGFyc2VkLmhvc3QpXG4gICAgICAgIGlzSVAgPSBpcHY2cmVzdWx0LmlzSVBWNiB8fCBpcHY2cmVzdWx0LmlzSVBWRnV0dXJlID09PSB0cnVlXG4gICAgICAgIG1hbGZvcm1lZElQTGl0ZXJhbCA9IGhhc0lQTGl0ZXJhbEJyYWNrZXQgJiYgKCFicmFja2V0ZWRJUExpdGVyYWwgfHwgaXB2NnJlc3VsdC5lcnJvciA9PT0gdHJ1ZSlcbiAgICAgICAgcGFyc2VkLmhvc3QgPSBpc0lQID8gaXB2NnJlc3VsdC5ob3N0IDogaXB2NnJlc3VsdC5ob3N0LnRvTG93ZXJDYXNlKClcblxuICAgICAgICBpZiAobWFsZm9ybWVkSVBMaXRlcmFsKSB7XG4gICAgICAgICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8IE1BTEZPUk1FRF9IT1NUX0VSUk9SXG4gICAgICAgICAgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0ID0gdHJ1ZVxuICAgICAgICB9XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBpc0lQID0gdHJ1ZVxuICAgICAgfVxuICAgIH1cbiAgICBpZiAocGFyc2VkLnNjaGVtZSA9PT0gdW5kZWZpbmVkICYmIHBhcnNlZC51c2VyaW5mbyA9PT0gdW5kZWZpbmVkICYmIHBhcnNlZC5ob3N0ID09PSB1bmRlZmluZWQgJiYgcGFyc2VkLnBvcnQgPT09IHVuZGVmaW5lZCAmJiBwYXJzZWQucXVlcnkgPT09IHVuZGVmaW5lZCAmJiAhcGFyc2VkLnBhdGgpIHtcbiAgICAgIHBhcnNlZC5yZWZlcmVuY2UgPSAnc2FtZS1kb2N1bWVudCdcbiAgICB9IGVsc2UgaWYgKHBhcnNlZC5zY2hlbWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgcGFyc2VkLnJlZmVyZW5jZSA9ICdyZWxhdGl2ZSdcbiAgICB9IGVsc2UgaWYgKHBhcnNlZC5mcmFnbWVudCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBwYXJzZWQucmVmZXJlbmNlID0gJ2Fic29sdXRlJ1xuICAgIH0gZWxzZSB7XG4gICAgICBwYXJzZWQucmVmZXJlbmNlID0gJ3VyaSdcbiAgICB9XG5cbiAgICAvLyBjaGVjayBmb3IgcmVmZXJlbmNlIGVycm9yc1xuICAgIGlmIChvcHRpb25zLnJlZmVyZW5jZSAmJiBvcHRpb25zLnJlZmVyZW5jZSAhPT0gJ3N1ZmZpeCcgJiYgb3B0aW9ucy5yZWZlcmVuY2UgIT09IHBhcnNlZC5yZWZlcmVuY2UpIHtcbiAgICAgIHBhcnNlZC5lcnJvciA9IHBhcnNlZC5lcnJvciB8fCAnVVJJIGlzIG5vdCBhICcgKyBvcHRpb25zLnJlZmVyZW5jZSArICcgcmVmZXJlbmNlLidcbiAgICB9XG5cbiAgICAvLyBmaW5kIHNjaGVtZSBoYW5kbGVyXG4gICAgY29uc3Qgc2NoZW1lSGFuZGxlciA9IGdldFNjaGVtZUhhbmRsZXIob3B0aW9ucy5zY2hlbWUgfHwgcGFyc2VkLnNjaGVtZSlcblxuICAgIC8vIGNvbnZlcnQgVW5pY29kZSBJRE4gLT4gQVNDSUkgSUROIHdoZW4gdGhlIGVmZmVjdGl2ZSBzY2hlbWUgdXNlcyBkb21haW4gaG9zdHNcbiAgICBpZiAoIW1hbGZvcm1lZElQTGl0ZXJhbCkge1xuICAgICAgbWFsZm9ybWVkSG9zdCA9IGNhbm9uaWNhbGl6ZUhvc3QocGFyc2VkLCBvcHRpb25zLCBzY2hlbWVIYW5kbGVyLCBpc0lQKVxuICAgIH1cblxuICAgIGlmICh1cmkuaW5kZXhPZignJScpICE9PSAtMSAmJiBwYXJzZWQuaG9zdCAhPT0gdW5kZWZpbmVkICYmICFtYWxmb3JtZWRJUExpdGVyYWwpIHtcbiAgICAgIGxldCBob3N0ID0gaXNJUCA/IHBhcnNlZC5ob3N0IDogbm9ybWFsaXplUGVyY2VudEVuY29kaW5nKHBhcnNlZC5ob3N0LCB0cnVlKVxuICAgICAgaWYgKCFpc0lQKSB7XG4gICAgICAgIC8vIEZvbGQgcmVnLW5hbWUgY2FzZSBhZnRlciBkZWNvZGluZyB1bnJlc2VydmVkIG9jdGV0cy4gVGhlIHNlY29uZFxuICAgICAgICAvLyBwYXNzIG9ubHkgcmVzdG9yZXMgdXBwZXJjYXNlIGhleCBpbiBlc2NhcGVzIHRoYXQgcmVtYWluIGVuY29kZWQuXG4gICAgICAgIGhvc3QgPSBub3JtYWxpemVQZXJjZW50RW5jb2RpbmcoaG9zdC50b0xvd2VyQ2FzZSgpKVxuICAgICAgfVxuICAgICAgLy8gUmVzb2x1dGlvbiBwYXJzZXMgYm90aCBpbnB1dHMgd2l0aCB0aGUgaW50ZXJuYWwgYG51bGxgIHNjaGVtZSBiZWZvcmVcbiAgICAgIC8vIHRoZSBlZmZlY3RpdmUgc2NoZW1lIGlzIGtub3duLiBLZWVwIHJhdyBob3N0IGRlbGltaXRlcnMgZm9yIHRoYXQgc3RlcFxuICAgICAgLy8gc28gcmVzb2x2ZSgpIGNhbiByZWplY3QgdGhlbSBmb3IgZG9tYWluLWhvc3Qgc2NoZW1lczsgdGhlIHJlc29sdmVkXG4gICAgICAvLyBhdXRob3JpdHkgaXMgZW5jb2RlZCB3aGVuIGl0IGlzIHNlcmlhbGl6ZWQuXG4gICAgICBwYXJzZWQuaG9zdCA9IGlzSVAgfHwgb3B0aW9ucy5zY2hlbWUgIT09ICdudWxsJyA/IHJlZXNjYXBlSG9zdERlbGltaXRlcnMoaG9zdCwgaXNJUCkgOiBob3N0XG4gICAgfVxuXG4gICAgaWYgKCFzY2hlbWVIYW5kbGVyIHx8IChzY2hlbWVIYW5kbGVyICYmICFzY2hlbWVIYW5kbGVyLnNraXBOb3JtYWxpemUpKSB7XG4gICAgICBpZiAocGFyc2VkLnBhdGgpIHtcbiAgICAgICAgcGFyc2VkLnBhdGggPSBub3JtYWxpemVQYXRoRW5jb2RpbmcocGFyc2VkLnBhdGgpXG4gICAgICB9XG4gICAgICBpZiAocGFyc2VkLnF1ZXJ5KSB7XG4gICAgICAgIHBhcnNlZC5xdWVyeSA9IG5vcm1hbGl6ZVF1ZXJ5RnJhZ21lbnRFbmNvZGluZyhwYXJzZWQucXVlcnkpXG4gICAgICB9XG4gICAgICBpZiAocGFyc2VkLmZyYWdtZW50KSB7XG4gICAgICAgIHBhcnNlZC5mcmFnbWVudCA9IG5vcm1hbGl6ZVF1ZXJ5RnJhZ21lbnRFbmNvZGluZyhwYXJzZWQuZnJhZ21lbnQpXG4gICAgICB9XG4gICAgfVxuXG4gICAgLy8gcGVyZm9ybSBzY2hlbWUgc3BlY2lmaWMgcGFyc2luZ1xuICAgIGlmIChzY2hlbWVIYW5kbGVyICYmIHNjaGVtZUhhbmRsZXIucGFyc2UpIHtcbiAgICAgIHNjaGVtZUhhbmRsZXIucGFyc2UocGFyc2VkLCBvcHRpb25zKVxuICAgICAgaWYgKHNjaGVtZUhhbmRsZXIgPT09IFNDSEVNRVMudXJuICYmIHBhcnNlZC5uaWQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBtYWxmb3JtZWRTY2hlbWVTcGVjaWZpYyA9IHRydWVcbiAgICAgIH1cbiAgICB9XG4gIH0gZWxzZSB7XG4gICAgcGFyc2VkLmVycm9yID0gcGFyc2VkLmVycm9yIHx8ICdVUkkgY2FuIG5vdCBiZSBwYXJzZWQuJ1xuICB9XG4gIHJldHVybiB7IHBhcnNlZCwgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0LCBtYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcsIG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljLCBtYWxmb3JtZWRIb3N0LCBtYWxmb3JtZWRTY2hlbWUgfVxufVxuXG4vKipcbiAqIEBwYXJhbSB7c3RyaW5nfSB1cmlcbiAqIEBwYXJhbSB7aW1wb3J0KCcuL3R5cGVzL2luZGV4JykuT3B0aW9uc30gW29wdHNdXG4gKiBAcmV0dXJuc1xuICovXG5mdW5jdGlvbiBwYXJzZSAodXJpLCBvcHRzKSB7XG4gIHJldHVybiBwYXJzZVdpdGhTdGF0dXModXJpLCBvcHRzKS5wYXJzZWRcbn1cblxuLyoqXG4gKiBAcGFyYW0ge3N0cmluZ30gdXJpXG4gKiBAcGFyYW0ge2ltcG9ydCgnLi90eXBlcy9pbmRleCcpLk9wdGlvbnN9IFtvcHRzXVxuICogQHJldHVybnMge3N0cmluZ31cbiAqL1xuZnVuY3Rpb24gbm9ybWFsaXplU3RyaW5nICh1cmksIG9wdHMpIHtcbiAgcmV0dXJuIG5vcm1hbGl6ZVN0cmluZ1dpdGhTdGF0dXModXJpLCBvcHRzKS5ub3JtYWxpemVkXG59XG5cbi8qKlxuICogQHBhcmFtIHtzdHJpbmd9IHVyaVxuICogQHBhcmFtIHtpbXBvcnQoJy4vdHlwZXMvaW5kZXgnKS5PcHRpb25zfSBbb3B0c11cbiAqIEByZXR1cm5zIHt7IG5vcm1hbGl6ZWQ6IHN0cmluZywgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0OiBib29sZWFuLCBtYWxmb3JtZWRQZXJjZW50RW5jb2Rpbmc6IGJvb2xlYW4sIG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljOiBib29sZWFuLCBtYWxmb3JtZWRIb3N0OiBib29sZWFuLCBtYWxmb3JtZWRTY2hlbWU6IGJvb2xlYW4gfX1cbiAqL1xuZnVuY3Rpb24gbm9ybWFsaXplU3RyaW5nV2l0aFN0YXR1cyAodXJpLCBvcHRzKSB7XG4gIGNvbnN0IHsgcGFyc2VkLCBtYWxmb3JtZWRBdXRob3JpdHlPclBvcnQsIG1hbGZvcm1lZFBlcmNlbnRFbmNvZGluZywgbWFsZm9ybWVkU2NoZW1lU3BlY2lmaWMsIG1hbGZvcm1lZEhvc3QsIG1hbGZvcm1lZFNjaGVtZSB9ID0gcGFyc2VXaXRoU3RhdHVzKHVyaSwgb3B0cylcbiAgcmV0dXJuIHtcbiAgICBub3JtYWxpemVkOiBtYWxmb3JtZWRBdXRob3JpdHlPclBvcnQgfHwgbWFsZm9ybWVkUGVyY2VudEVuY29kaW5nIHx8IG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljIHx8IG1hbGZvcm1lZEhvc3QgfHwgbWFsZm9ybWVkU2NoZW1lID8gdXJpIDogc2VyaWFsaXplKHBhcnNlZCwgb3B0cyksXG4gICAgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0LFxuICAgIG1hbGZvcm1lZFBlcmNlbnRFbmNvZGluZyxcbiAgICBtYWxmb3JtZWRTY2hlbWVTcGVjaWZpYyxcbiAgICBtYWxmb3JtZWRIb3N0LFxuICAgIG1hbGZvcm1lZFNjaGVtZVxuICB9XG59XG5cbi8qKlxuICogQHBhcmFtIHtpbXBvcnQgKCcuL3R5cGVzL2luZGV4JykuVVJJQ29tcG9uZW50fHN0cmluZ30gdXJpXG4gKiBAcGFyYW0ge2ltcG9ydCgnLi90eXBlcy9pbmRleCcpLk9wdGlvbnN9IFtvcHRzXVxuICogQHJldHVybnMge3N0cmluZ3x1bmRlZmluZWR9XG4gKi9cbmZ1bmN0aW9uIG5vcm1hbGl6ZUNvbXBhcmFibGVVUkkgKHVyaSwgb3B0cykge1xuICBpZiAodHlwZW9mIHVyaSAhPT0gJ3N0cmluZycgJiYgdHlwZW9mIHVyaSAhPT0gJ29iamVjdCcpIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cblxuICBsZXQgdmFsdWVcbiAgdHJ5IHtcbiAgICB2YWx1ZSA9IHR5cGVvZiB1cmkgPT09ICdzdHJpbmcnID8gdXJpIDogc2VyaWFsaXplKHVyaSwgb3B0cylcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGNvbnN0IHsgbm9ybWFsaXplZCwgbWFsZm9ybWVkQXV0aG9yaXR5T3JQb3J0LCBtYWxmb3JtZWRQZXJjZW50RW5jb2RpbmcsIG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljLCBtYWxmb3JtZWRIb3N0LCBtYWxmb3JtZWRTY2hlbWUgfSA9IG5vcm1hbGl6ZVN0cmluZ1dpdGhTdGF0dXModmFsdWUsIG9wdHMpXG4gIHJldHVybiBtYWxmb3JtZWRBdXRob3JpdHlPclBvcnQgfHwgbWFsZm9ybWVkUGVyY2VudEVuY29kaW5nIHx8IG1hbGZvcm1lZFNjaGVtZVNwZWNpZmljIHx8IG1hbGZvcm1lZEhvc3QgfHwgbWFsZm9ybWVkU2NoZW1lID8gdW5kZWZpbmVkIDogbm9ybWFsaXplZFxufVxuXG5jb25zdCBmYXN0VXJpID0ge1xuICBTQ0hFTUVTLFxuICBub3JtYWxpemUsXG4gIHJlc29sdmUsXG4gIHJlc29sdmVDb21wb25lbnQsXG4gIGVxdWFsLFxuICBzZXJpYWxpemUsXG4gIHBhcnNlXG59XG5cbm1vZHVsZS5leHBvcnRzID0gZmFzdFVyaVxubW9kdWxlLmV4cG9ydHMuZGVmYXVsdCA9IGZhc3RVcmlcbm1vZHVsZS5leHBvcnRzLmZhc3RVcmkgPSBmYXN0VXJpXG4iLCAiaW1wb3J0ICogYXMgdXJpIGZyb20gXCJmYXN0LXVyaVwiXG5cbnR5cGUgVVJJID0gdHlwZW9mIHVyaSAmIHtjb2RlOiBzdHJpbmd9XG47KHVyaSBhcyBVUkkpLmNvZGUgPSAncmVxdWlyZShcImFqdi9kaXN0L3J1bnRpbWUvdXJpXCIpLmRlZmF1bHQnXG5cbmV4cG9ydCBkZWZhdWx0IHVyaSBhcyBVUklcbiIsICJleHBvcnQge1xuICBGb3JtYXQsXG4gIEZvcm1hdERlZmluaXRpb24sXG4gIEFzeW5jRm9ybWF0RGVmaW5pdGlvbixcbiAgS2V5d29yZERlZmluaXRpb24sXG4gIEtleXdvcmRFcnJvckRlZmluaXRpb24sXG4gIENvZGVLZXl3b3JkRGVmaW5pdGlvbixcbiAgTWFjcm9LZXl3b3JkRGVmaW5pdGlvbixcbiAgRnVuY0tleXdvcmREZWZpbml0aW9uLFxuICBWb2NhYnVsYXJ5LFxuICBTY2hlbWEsXG4gIFNjaGVtYU9iamVjdCxcbiAgQW55U2NoZW1hT2JqZWN0LFxuICBBc3luY1NjaGVtYSxcbiAgQW55U2NoZW1hLFxuICBWYWxpZGF0ZUZ1bmN0aW9uLFxuICBBc3luY1ZhbGlkYXRlRnVuY3Rpb24sXG4gIEFueVZhbGlkYXRlRnVuY3Rpb24sXG4gIEVycm9yT2JqZWN0LFxuICBFcnJvck5vUGFyYW1zLFxufSBmcm9tIFwiLi90eXBlc1wiXG5cbmV4cG9ydCB7U2NoZW1hQ3h0LCBTY2hlbWFPYmpDeHR9IGZyb20gXCIuL2NvbXBpbGVcIlxuZXhwb3J0IGludGVyZmFjZSBQbHVnaW48T3B0cz4ge1xuICAoYWp2OiBBanYsIG9wdGlvbnM/OiBPcHRzKTogQWp2XG4gIFtwcm9wOiBzdHJpbmddOiBhbnlcbn1cblxuZXhwb3J0IHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi9jb21waWxlL3ZhbGlkYXRlXCJcbmV4cG9ydCB7RGVmaW5lZEVycm9yfSBmcm9tIFwiLi92b2NhYnVsYXJpZXMvZXJyb3JzXCJcbmV4cG9ydCB7SlNPTlR5cGV9IGZyb20gXCIuL2NvbXBpbGUvcnVsZXNcIlxuZXhwb3J0IHtKU09OU2NoZW1hVHlwZX0gZnJvbSBcIi4vdHlwZXMvanNvbi1zY2hlbWFcIlxuZXhwb3J0IHtKVERTY2hlbWFUeXBlLCBTb21lSlREU2NoZW1hVHlwZSwgSlRERGF0YVR5cGV9IGZyb20gXCIuL3R5cGVzL2p0ZC1zY2hlbWFcIlxuZXhwb3J0IHtfLCBzdHIsIHN0cmluZ2lmeSwgbmlsLCBOYW1lLCBDb2RlLCBDb2RlR2VuLCBDb2RlR2VuT3B0aW9uc30gZnJvbSBcIi4vY29tcGlsZS9jb2RlZ2VuXCJcblxuaW1wb3J0IHR5cGUge1xuICBTY2hlbWEsXG4gIEFueVNjaGVtYSxcbiAgQW55U2NoZW1hT2JqZWN0LFxuICBTY2hlbWFPYmplY3QsXG4gIEFzeW5jU2NoZW1hLFxuICBWb2NhYnVsYXJ5LFxuICBLZXl3b3JkRGVmaW5pdGlvbixcbiAgQWRkZWRLZXl3b3JkRGVmaW5pdGlvbixcbiAgQW55VmFsaWRhdGVGdW5jdGlvbixcbiAgVmFsaWRhdGVGdW5jdGlvbixcbiAgQXN5bmNWYWxpZGF0ZUZ1bmN0aW9uLFxuICBFcnJvck9iamVjdCxcbiAgRm9ybWF0LFxuICBBZGRlZEZvcm1hdCxcbiAgUmVnRXhwRW5naW5lLFxuICBVcmlSZXNvbHZlcixcbn0gZnJvbSBcIi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0pTT05TY2hlbWFUeXBlfSBmcm9tIFwiLi90eXBlcy9qc29uLXNjaGVtYVwiXG5pbXBvcnQgdHlwZSB7SlREU2NoZW1hVHlwZSwgU29tZUpURFNjaGVtYVR5cGUsIEpURERhdGFUeXBlfSBmcm9tIFwiLi90eXBlcy9qdGQtc2NoZW1hXCJcbmltcG9ydCBWYWxpZGF0aW9uRXJyb3IgZnJvbSBcIi4vcnVudGltZS92YWxpZGF0aW9uX2Vycm9yXCJcbmltcG9ydCBNaXNzaW5nUmVmRXJyb3IgZnJvbSBcIi4vY29tcGlsZS9yZWZfZXJyb3JcIlxuaW1wb3J0IHtnZXRSdWxlcywgVmFsaWRhdGlvblJ1bGVzLCBSdWxlLCBSdWxlR3JvdXAsIEpTT05UeXBlfSBmcm9tIFwiLi9jb21waWxlL3J1bGVzXCJcbmltcG9ydCB7U2NoZW1hRW52LCBjb21waWxlU2NoZW1hLCByZXNvbHZlU2NoZW1hfSBmcm9tIFwiLi9jb21waWxlXCJcbmltcG9ydCB7Q29kZSwgVmFsdWVTY29wZX0gZnJvbSBcIi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCB7bm9ybWFsaXplSWQsIGdldFNjaGVtYVJlZnN9IGZyb20gXCIuL2NvbXBpbGUvcmVzb2x2ZVwiXG5pbXBvcnQge2dldEpTT05UeXBlc30gZnJvbSBcIi4vY29tcGlsZS92YWxpZGF0ZS9kYXRhVHlwZVwiXG5pbXBvcnQge2VhY2hJdGVtfSBmcm9tIFwiLi9jb21waWxlL3V0aWxcIlxuaW1wb3J0ICogYXMgJGRhdGFSZWZTY2hlbWEgZnJvbSBcIi4vcmVmcy9kYXRhLmpzb25cIlxuXG5pbXBvcnQgRGVmYXVsdFVyaVJlc29sdmVyIGZyb20gXCIuL3J1bnRpbWUvdXJpXCJcblxuY29uc3QgZGVmYXVsdFJlZ0V4cDogUmVnRXhwRW5naW5lID0gKHN0ciwgZmxhZ3MpID0+IG5ldyBSZWdFeHAoc3RyLCBmbGFncylcbmRlZmF1bHRSZWdFeHAuY29kZSA9IFwibmV3IFJlZ0V4cFwiXG5cbmNvbnN0IE1FVEFfSUdOT1JFX09QVElPTlM6IChrZXlvZiBPcHRpb25zKVtdID0gW1wicmVtb3ZlQWRkaXRpb25hbFwiLCBcInVzZURlZmF1bHRzXCIsIFwiY29lcmNlVHlwZXNcIl1cbmNvbnN0IEVYVF9TQ09QRV9OQU1FUyA9IG5ldyBTZXQoW1xuICBcInZhbGlkYXRlXCIsXG4gIFwic2VyaWFsaXplXCIsXG4gIFwicGFyc2VcIixcbiAgXCJ3cmFwcGVyXCIsXG4gIFwicm9vdFwiLFxuICBcInNjaGVtYVwiLFxuICBcImtleXdvcmRcIixcbiAgXCJwYXR0ZXJuXCIsXG4gIFwiZm9ybWF0c1wiLFxuICBcInZhbGlkYXRlJGRhdGFcIixcbiAgXCJmdW5jXCIsXG4gIFwib2JqXCIsXG4gIFwiRXJyb3JcIixcbl0pXG5cbmV4cG9ydCB0eXBlIE9wdGlvbnMgPSBDdXJyZW50T3B0aW9ucyAmIERlcHJlY2F0ZWRPcHRpb25zXG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3VycmVudE9wdGlvbnMge1xuICAvLyBzdHJpY3QgbW9kZSBvcHRpb25zIChORVcpXG4gIHN0cmljdD86IGJvb2xlYW4gfCBcImxvZ1wiXG4gIHN0cmljdFNjaGVtYT86IGJvb2xlYW4gfCBcImxvZ1wiXG4gIHN0cmljdE51bWJlcnM/OiBib29sZWFuIHwgXCJsb2dcIlxuICBzdHJpY3RUeXBlcz86IGJvb2xlYW4gfCBcImxvZ1wiXG4gIHN0cmljdFR1cGxlcz86IGJvb2xlYW4gfCBcImxvZ1wiXG4gIHN0cmljdFJlcXVpcmVkPzogYm9vbGVhbiB8IFwibG9nXCJcbiAgYWxsb3dNYXRjaGluZ1Byb3BlcnRpZXM/OiBib29sZWFuIC8vIGRpc2FibGVzIGEgc3RyaWN0IG1vZGUgcmVzdHJpY3Rpb25cbiAgYWxsb3dVbmlvblR5cGVzPzogYm9vbGVhblxuICB2YWxpZGF0ZUZvcm1hdHM/OiBib29sZWFuXG4gIC8vIHZhbGlkYXRpb24gYW5kIHJlcG9ydGluZyBvcHRpb25zOlxuICAkZGF0YT86IGJvb2xlYW5cbiAgYWxsRXJyb3JzPzogYm9vbGVhblxuICB2ZXJib3NlPzogYm9vbGVhblxuICBkaXNjcmltaW5hdG9yPzogYm9vbGVhblxuICB1bmljb2RlUmVnRXhwPzogYm9vbGVhblxuICB0aW1lc3RhbXA/OiBcInN0cmluZ1wiIHwgXCJkYXRlXCIgLy8gSlREIG9ubHlcbiAgcGFyc2VEYXRlPzogYm9vbGVhbiAvLyBKVEQgb25seVxuICBhbGxvd0RhdGU/OiBib29sZWFuIC8vIEpURCBvbmx5XG4gIHNwZWNpYWxOdW1iZXJzPzogXCJmYXN0XCIgfCBcIm51bGxcIiAvLyBKVEQgb25seVxuICAkY29tbWVudD86XG4gICAgfCB0cnVlXG4gICAgfCAoKGNvbW1lbnQ6IHN0cmluZywgc2NoZW1hUGF0aD86IHN0cmluZywgcm9vdFNjaGVtYT86IEFueVNjaGVtYU9iamVjdCkgPT4gdW5rbm93bilcbiAgZm9ybWF0cz86IHtbTmFtZSBpbiBzdHJpbmddPzogRm9ybWF0fVxuICBrZXl3b3Jkcz86IFZvY2FidWxhcnlcbiAgc2NoZW1hcz86IEFueVNjaGVtYVtdIHwge1tLZXkgaW4gc3RyaW5nXT86IEFueVNjaGVtYX1cbiAgbG9nZ2VyPzogTG9nZ2VyIHwgZmFsc2VcbiAgbG9hZFNjaGVtYT86ICh1cmk6IHN0cmluZykgPT4gUHJvbWlzZTxBbnlTY2hlbWFPYmplY3Q+XG4gIC8vIG9wdGlvbnMgdG8gbW9kaWZ5IHZhbGlkYXRlZCBkYXRhOlxuICByZW1vdmVBZGRpdGlvbmFsPzogYm9vbGVhbiB8IFwiYWxsXCIgfCBcImZhaWxpbmdcIlxuICB1c2VEZWZhdWx0cz86IGJvb2xlYW4gfCBcImVtcHR5XCJcbiAgY29lcmNlVHlwZXM/OiBib29sZWFuIHwgXCJhcnJheVwiXG4gIC8vIGFkdmFuY2VkIG9wdGlvbnM6XG4gIG5leHQ/OiBib29sZWFuIC8vIE5FV1xuICB1bmV2YWx1YXRlZD86IGJvb2xlYW4gLy8gTkVXXG4gIGR5bmFtaWNSZWY/OiBib29sZWFuIC8vIE5FV1xuICBzY2hlbWFJZD86IFwiaWRcIiB8IFwiJGlkXCJcbiAganRkPzogYm9vbGVhbiAvLyBORVdcbiAgbWV0YT86IFNjaGVtYU9iamVjdCB8IGJvb2xlYW5cbiAgZGVmYXVsdE1ldGE/OiBzdHJpbmcgfCBBbnlTY2hlbWFPYmplY3RcbiAgdmFsaWRhdGVTY2hlbWE/OiBib29sZWFuIHwgXCJsb2dcIlxuICBhZGRVc2VkU2NoZW1hPzogYm9vbGVhblxuICBpbmxpbmVSZWZzPzogYm9vbGVhbiB8IG51bWJlclxuICBwYXNzQ29udGV4dD86IGJvb2xlYW5cbiAgbG9vcFJlcXVpcmVkPzogbnVtYmVyXG4gIGxvb3BFbnVtPzogbnVtYmVyIC8vIE5FV1xuICBvd25Qcm9wZXJ0aWVzPzogYm9vbGVhblxuICBtdWx0aXBsZU9mUHJlY2lzaW9uPzogbnVtYmVyXG4gIGludDMycmFuZ2U/OiBib29sZWFuIC8vIEpURCBvbmx5XG4gIG1lc3NhZ2VzPzogYm9vbGVhblxuICBjb2RlPzogQ29kZU9wdGlvbnMgLy8gTkVXXG4gIHVyaVJlc29sdmVyPzogVXJpUmVzb2x2ZXJcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb2RlT3B0aW9ucyB7XG4gIGVzNT86IGJvb2xlYW5cbiAgZXNtPzogYm9vbGVhblxuICBsaW5lcz86IGJvb2xlYW5cbiAgb3B0aW1pemU/OiBib29sZWFuIHwgbnVtYmVyXG4gIGZvcm1hdHM/OiBDb2RlIC8vIGNvZGUgdG8gcmVxdWlyZSAob3IgY29uc3RydWN0KSBtYXAgb2YgYXZhaWxhYmxlIGZvcm1hdHMgLSBmb3Igc3RhbmRhbG9uZSBjb2RlXG4gIHNvdXJjZT86IGJvb2xlYW5cbiAgcHJvY2Vzcz86IChjb2RlOiBzdHJpbmcsIHNjaGVtYT86IFNjaGVtYUVudikgPT4gc3RyaW5nXG4gIHJlZ0V4cD86IFJlZ0V4cEVuZ2luZVxufVxuXG5pbnRlcmZhY2UgSW5zdGFuY2VDb2RlT3B0aW9ucyBleHRlbmRzIENvZGVPcHRpb25zIHtcbiAgcmVnRXhwOiBSZWdFeHBFbmdpbmVcbiAgb3B0aW1pemU6IG51bWJlclxufVxuXG5pbnRlcmZhY2UgRGVwcmVjYXRlZE9wdGlvbnMge1xuICAvKiogQGRlcHJlY2F0ZWQgKi9cbiAgaWdub3JlS2V5d29yZHNXaXRoUmVmPzogYm9vbGVhblxuICAvKiogQGRlcHJlY2F0ZWQgKi9cbiAganNQcm9wZXJ0eVN5bnRheD86IGJvb2xlYW4gLy8gYWRkZWQgaW5zdGVhZCBvZiBqc29uUG9pbnRlcnNcbiAgLyoqIEBkZXByZWNhdGVkICovXG4gIHVuaWNvZGU/OiBib29sZWFuXG59XG5cbmludGVyZmFjZSBSZW1vdmVkT3B0aW9ucyB7XG4gIGZvcm1hdD86IGJvb2xlYW5cbiAgZXJyb3JEYXRhUGF0aD86IFwib2JqZWN0XCIgfCBcInByb3BlcnR5XCJcbiAgbnVsbGFibGU/OiBib29sZWFuIC8vIFwibnVsbGFibGVcIiBrZXl3b3JkIGlzIHN1cHBvcnRlZCBieSBkZWZhdWx0XG4gIGpzb25Qb2ludGVycz86IGJvb2xlYW5cbiAgZXh0ZW5kUmVmcz86IHRydWUgfCBcImlnbm9yZVwiIHwgXCJmYWlsXCJcbiAgbWlzc2luZ1JlZnM/OiB0cnVlIHwgXCJpZ25vcmVcIiB8IFwiZmFpbFwiXG4gIHByb2Nlc3NDb2RlPzogKGNvZGU6IHN0cmluZywgc2NoZW1hPzogU2NoZW1hRW52KSA9PiBzdHJpbmdcbiAgc291cmNlQ29kZT86IGJvb2xlYW5cbiAgc3RyaWN0RGVmYXVsdHM/OiBib29sZWFuXG4gIHN0cmljdEtleXdvcmRzPzogYm9vbGVhblxuICB1bmlxdWVJdGVtcz86IGJvb2xlYW5cbiAgdW5rbm93bkZvcm1hdHM/OiB0cnVlIHwgc3RyaW5nW10gfCBcImlnbm9yZVwiXG4gIGNhY2hlPzogYW55XG4gIHNlcmlhbGl6ZT86IChzY2hlbWE6IEFueVNjaGVtYSkgPT4gdW5rbm93blxuICBhanZFcnJvcnM/OiBib29sZWFuXG59XG5cbnR5cGUgT3B0aW9uc0luZm88VCBleHRlbmRzIFJlbW92ZWRPcHRpb25zIHwgRGVwcmVjYXRlZE9wdGlvbnM+ID0ge1xuICBbSyBpbiBrZXlvZiBUXS0/OiBzdHJpbmcgfCB1bmRlZmluZWRcbn1cblxuY29uc3QgcmVtb3ZlZE9wdGlvbnM6IE9wdGlvbnNJbmZvPFJlbW92ZWRPcHRpb25zPiA9IHtcbiAgZXJyb3JEYXRhUGF0aDogXCJcIixcbiAgZm9ybWF0OiBcImB2YWxpZGF0ZUZvcm1hdHM6IGZhbHNlYCBjYW4gYmUgdXNlZCBpbnN0ZWFkLlwiLFxuICBudWxsYWJsZTogJ1wibnVsbGFibGVcIiBrZXl3b3JkIGlzIHN1cHBvcnRlZCBieSBkZWZhdWx0LicsXG4gIGpzb25Qb2ludGVyczogXCJEZXByZWNhdGVkIGpzUHJvcGVydHlTeW50YXggY2FuIGJlIHVzZWQgaW5zdGVhZC5cIixcbiAgZXh0ZW5kUmVmczogXCJEZXByZWNhdGVkIGlnbm9yZUtleXdvcmRzV2l0aFJlZiBjYW4gYmUgdXNlZCBpbnN0ZWFkLlwiLFxuICBtaXNzaW5nUmVmczogXCJQYXNzIGVtcHR5IHNjaGVtYSB3aXRoICRpZCB0aGF0IHNob3VsZCBiZSBpZ25vcmVkIHRvIGFqdi5hZGRTY2hlbWEuXCIsXG4gIHByb2Nlc3NDb2RlOiBcIlVzZSBvcHRpb24gYGNvZGU6IHtwcm9jZXNzOiAoY29kZSwgc2NoZW1hRW52OiBvYmplY3QpID0+IHN0cmluZ31gXCIsXG4gIHNvdXJjZUNvZGU6IFwiVXNlIG9wdGlvbiBgY29kZToge3NvdXJjZTogdHJ1ZX1gXCIsXG4gIHN0cmljdERlZmF1bHRzOiBcIkl0IGlzIGRlZmF1bHQgbm93LCBzZWUgb3B0aW9uIGBzdHJpY3RgLlwiLFxuICBzdHJpY3RLZXl3b3JkczogXCJJdCBpcyBkZWZhdWx0IG5vdywgc2VlIG9wdGlvbiBgc3RyaWN0YC5cIixcbiAgdW5pcXVlSXRlbXM6ICdcInVuaXF1ZUl0ZW1zXCIga2V5d29yZCBpcyBhbHdheXMgdmFsaWRhdGVkLicsXG4gIHVua25vd25Gb3JtYXRzOiBcIkRpc2FibGUgc3RyaWN0IG1vZGUgb3IgcGFzcyBgdHJ1ZWAgdG8gYGFqdi5hZGRGb3JtYXRgIChvciBgZm9ybWF0c2Agb3B0aW9uKS5cIixcbiAgY2FjaGU6IFwiTWFwIGlzIHVzZWQgYXMgY2FjaGUsIHNjaGVtYSBvYmplY3QgYXMga2V5LlwiLFxuICBzZXJpYWxpemU6IFwiTWFwIGlzIHVzZWQgYXMgY2FjaGUsIHNjaGVtYSBvYmplY3QgYXMga2V5LlwiLFxuICBhanZFcnJvcnM6IFwiSXQgaXMgZGVmYXVsdCBub3cuXCIsXG59XG5cbmNvbnN0IGRlcHJlY2F0ZWRPcHRpb25zOiBPcHRpb25zSW5mbzxEZXByZWNhdGVkT3B0aW9ucz4gPSB7XG4gIGlnbm9yZUtleXdvcmRzV2l0aFJlZjogXCJcIixcbiAganNQcm9wZXJ0eVN5bnRheDogXCJcIixcbiAgdW5pY29kZTogJ1wibWluTGVuZ3RoXCIvXCJtYXhMZW5ndGhcIiBhY2NvdW50IGZvciB1bmljb2RlIGNoYXJhY3RlcnMgYnkgZGVmYXVsdC4nLFxufVxuXG50eXBlIFJlcXVpcmVkSW5zdGFuY2VPcHRpb25zID0ge1xuICBbSyBpblxuICAgIHwgXCJzdHJpY3RTY2hlbWFcIlxuICAgIHwgXCJzdHJpY3ROdW1iZXJzXCJcbiAgICB8IFwic3RyaWN0VHlwZXNcIlxuICAgIHwgXCJzdHJpY3RUdXBsZXNcIlxuICAgIHwgXCJzdHJpY3RSZXF1aXJlZFwiXG4gICAgfCBcImlubGluZVJlZnNcIlxuICAgIHwgXCJsb29wUmVxdWlyZWRcIlxuICAgIHwgXCJsb29wRW51bVwiXG4gICAgfCBcIm1ldGFcIlxuICAgIHwgXCJtZXNzYWdlc1wiXG4gICAgfCBcInNjaGVtYUlkXCJcbiAgICB8IFwiYWRkVXNlZFNjaGVtYVwiXG4gICAgfCBcInZhbGlkYXRlU2NoZW1hXCJcbiAgICB8IFwidmFsaWRhdGVGb3JtYXRzXCJcbiAgICB8IFwiaW50MzJyYW5nZVwiXG4gICAgfCBcInVuaWNvZGVSZWdFeHBcIlxuICAgIHwgXCJ1cmlSZXNvbHZlclwiXTogTm9uTnVsbGFibGU8T3B0aW9uc1tLXT5cbn0gJiB7Y29kZTogSW5zdGFuY2VDb2RlT3B0aW9uc31cblxuZXhwb3J0IHR5cGUgSW5zdGFuY2VPcHRpb25zID0gT3B0aW9ucyAmIFJlcXVpcmVkSW5zdGFuY2VPcHRpb25zXG5cbmNvbnN0IE1BWF9FWFBSRVNTSU9OID0gMjAwXG5cbi8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBjb21wbGV4aXR5XG5mdW5jdGlvbiByZXF1aXJlZE9wdGlvbnMobzogT3B0aW9ucyk6IFJlcXVpcmVkSW5zdGFuY2VPcHRpb25zIHtcbiAgY29uc3QgcyA9IG8uc3RyaWN0XG4gIGNvbnN0IF9vcHR6ID0gby5jb2RlPy5vcHRpbWl6ZVxuICBjb25zdCBvcHRpbWl6ZSA9IF9vcHR6ID09PSB0cnVlIHx8IF9vcHR6ID09PSB1bmRlZmluZWQgPyAxIDogX29wdHogfHwgMFxuICBjb25zdCByZWdFeHAgPSBvLmNvZGU/LnJlZ0V4cCA/PyBkZWZhdWx0UmVnRXhwXG4gIGNvbnN0IHVyaVJlc29sdmVyID0gby51cmlSZXNvbHZlciA/PyBEZWZhdWx0VXJpUmVzb2x2ZXJcbiAgcmV0dXJuIHtcbiAgICBzdHJpY3RTY2hlbWE6IG8uc3RyaWN0U2NoZW1hID8/IHMgPz8gdHJ1ZSxcbiAgICBzdHJpY3ROdW1iZXJzOiBvLnN0cmljdE51bWJlcnMgPz8gcyA/PyB0cnVlLFxuICAgIHN0cmljdFR5cGVzOiBvLnN0cmljdFR5cGVzID8/IHMgPz8gXCJsb2dcIixcbiAgICBzdHJpY3RUdXBsZXM6IG8uc3RyaWN0VHVwbGVzID8/IHMgPz8gXCJsb2dcIixcbiAgICBzdHJpY3RSZXF1aXJlZDogby5zdHJpY3RSZXF1aXJlZCA/PyBzID8/IGZhbHNlLFxuICAgIGNvZGU6IG8uY29kZSA/IHsuLi5vLmNvZGUsIG9wdGltaXplLCByZWdFeHB9IDoge29wdGltaXplLCByZWdFeHB9LFxuICAgIGxvb3BSZXF1aXJlZDogby5sb29wUmVxdWlyZWQgPz8gTUFYX0VYUFJFU1NJT04sXG4gICAgbG9vcEVudW06IG8ubG9vcEVudW0gPz8gTUFYX0VYUFJFU1NJT04sXG4gICAgbWV0YTogby5tZXRhID8/IHRydWUsXG4gICAgbWVzc2FnZXM6IG8ubWVzc2FnZXMgPz8gdHJ1ZSxcbiAgICBpbmxpbmVSZWZzOiBvLmlubGluZVJlZnMgPz8gdHJ1ZSxcbiAgICBzY2hlbWFJZDogby5zY2hlbWFJZCA/PyBcIiRpZFwiLFxuICAgIGFkZFVzZWRTY2hlbWE6IG8uYWRkVXNlZFNjaGVtYSA/PyB0cnVlLFxuICAgIHZhbGlkYXRlU2NoZW1hOiBvLnZhbGlkYXRlU2NoZW1hID8/IHRydWUsXG4gICAgdmFsaWRhdGVGb3JtYXRzOiBvLnZhbGlkYXRlRm9ybWF0cyA/PyB0cnVlLFxuICAgIHVuaWNvZGVSZWdFeHA6IG8udW5pY29kZVJlZ0V4cCA/PyB0cnVlLFxuICAgIGludDMycmFuZ2U6IG8uaW50MzJyYW5nZSA/PyB0cnVlLFxuICAgIHVyaVJlc29sdmVyOiB1cmlSZXNvbHZlcixcbiAgfVxufVxuXG5leHBvcnQgaW50ZXJmYWNlIExvZ2dlciB7XG4gIGxvZyguLi5hcmdzOiB1bmtub3duW10pOiB1bmtub3duXG4gIHdhcm4oLi4uYXJnczogdW5rbm93bltdKTogdW5rbm93blxuICBlcnJvciguLi5hcmdzOiB1bmtub3duW10pOiB1bmtub3duXG59XG5cbmV4cG9ydCBkZWZhdWx0IGNsYXNzIEFqdiB7XG4gIG9wdHM6IEluc3RhbmNlT3B0aW9uc1xuICBlcnJvcnM/OiBFcnJvck9iamVjdFtdIHwgbnVsbCAvLyBlcnJvcnMgZnJvbSB0aGUgbGFzdCB2YWxpZGF0aW9uXG4gIGxvZ2dlcjogTG9nZ2VyXG4gIC8vIHNoYXJlZCBleHRlcm5hbCBzY29wZSB2YWx1ZXMgZm9yIGNvbXBpbGVkIGZ1bmN0aW9uc1xuICByZWFkb25seSBzY29wZTogVmFsdWVTY29wZVxuICByZWFkb25seSBzY2hlbWFzOiB7W0tleSBpbiBzdHJpbmddPzogU2NoZW1hRW52fSA9IHt9XG4gIHJlYWRvbmx5IHJlZnM6IHtbUmVmIGluIHN0cmluZ10/OiBTY2hlbWFFbnYgfCBzdHJpbmd9ID0ge31cbiAgcmVhZG9ubHkgZm9ybWF0czoge1tOYW1lIGluIHN0cmluZ10/OiBBZGRlZEZvcm1hdH0gPSBPYmplY3QuY3JlYXRlKG51bGwpXG4gIHJlYWRvbmx5IFJVTEVTOiBWYWxpZGF0aW9uUnVsZXNcbiAgcmVhZG9ubHkgX2NvbXBpbGF0aW9uczogU2V0PFNjaGVtYUVudj4gPSBuZXcgU2V0KClcbiAgcHJpdmF0ZSByZWFkb25seSBfbG9hZGluZzoge1tSZWYgaW4gc3RyaW5nXT86IFByb21pc2U8QW55U2NoZW1hT2JqZWN0Pn0gPSB7fVxuICBwcml2YXRlIHJlYWRvbmx5IF9jYWNoZTogTWFwPEFueVNjaGVtYSwgU2NoZW1hRW52PiA9IG5ldyBNYXAoKVxuICBwcml2YXRlIHJlYWRvbmx5IF9tZXRhT3B0czogSW5zdGFuY2VPcHRpb25zXG5cbiAgc3RhdGljIFZhbGlkYXRpb25FcnJvciA9IFZhbGlkYXRpb25FcnJvclxuICBzdGF0aWMgTWlzc2luZ1JlZkVycm9yID0gTWlzc2luZ1JlZkVycm9yXG5cbiAgY29uc3RydWN0b3Iob3B0czogT3B0aW9ucyA9IHt9KSB7XG4gICAgb3B0cyA9IHRoaXMub3B0cyA9IHsuLi5vcHRzLCAuLi5yZXF1aXJlZE9wdGlvbnMob3B0cyl9XG4gICAgY29uc3Qge2VzNSwgbGluZXN9ID0gdGhpcy5vcHRzLmNvZGVcblxuICAgIHRoaXMuc2NvcGUgPSBuZXcgVmFsdWVTY29wZSh7c2NvcGU6IHt9LCBwcmVmaXhlczogRVhUX1NDT1BFX05BTUVTLCBlczUsIGxpbmVzfSlcbiAgICB0aGlzLmxvZ2dlciA9IGdldExvZ2dlcihvcHRzLmxvZ2dlcilcbiAgICBjb25zdCBmb3JtYXRPcHQgPSBvcHRzLnZhbGlkYXRlRm9ybWF0c1xuICAgIG9wdHMudmFsaWRhdGVGb3JtYXRzID0gZmFsc2VcblxuICAgIHRoaXMuUlVMRVMgPSBnZXRSdWxlcygpXG4gICAgY2hlY2tPcHRpb25zLmNhbGwodGhpcywgcmVtb3ZlZE9wdGlvbnMsIG9wdHMsIFwiTk9UIFNVUFBPUlRFRFwiKVxuICAgIGNoZWNrT3B0aW9ucy5jYWxsKHRoaXMsIGRlcHJlY2F0ZWRPcHRpb25zLCBvcHRzLCBcIkRFUFJFQ0FURURcIiwgXCJ3YXJuXCIpXG4gICAgdGhpcy5fbWV0YU9wdHMgPSBnZXRNZXRhU2NoZW1hT3B0aW9ucy5jYWxsKHRoaXMpXG5cbiAgICBpZiAob3B0cy5mb3JtYXRzKSBhZGRJbml0aWFsRm9ybWF0cy5jYWxsKHRoaXMpXG4gICAgdGhpcy5fYWRkVm9jYWJ1bGFyaWVzKClcbiAgICB0aGlzLl9hZGREZWZhdWx0TWV0YVNjaGVtYSgpXG4gICAgaWYgKG9wdHMua2V5d29yZHMpIGFkZEluaXRpYWxLZXl3b3Jkcy5jYWxsKHRoaXMsIG9wdHMua2V5d29yZHMpXG4gICAgaWYgKHR5cGVvZiBvcHRzLm1ldGEgPT0gXCJvYmplY3RcIikgdGhpcy5hZGRNZXRhU2NoZW1hKG9wdHMubWV0YSlcbiAgICBhZGRJbml0aWFsU2NoZW1hcy5jYWxsKHRoaXMpXG4gICAgb3B0cy52YWxpZGF0ZUZvcm1hdHMgPSBmb3JtYXRPcHRcbiAgfVxuXG4gIF9hZGRWb2NhYnVsYXJpZXMoKTogdm9pZCB7XG4gICAgdGhpcy5hZGRLZXl3b3JkKFwiJGFzeW5jXCIpXG4gIH1cblxuICBfYWRkRGVmYXVsdE1ldGFTY2hlbWEoKTogdm9pZCB7XG4gICAgY29uc3QgeyRkYXRhLCBtZXRhLCBzY2hlbWFJZH0gPSB0aGlzLm9wdHNcbiAgICBsZXQgX2RhdGFSZWZTY2hlbWE6IFNjaGVtYU9iamVjdCA9ICRkYXRhUmVmU2NoZW1hXG4gICAgaWYgKHNjaGVtYUlkID09PSBcImlkXCIpIHtcbiAgICAgIF9kYXRhUmVmU2NoZW1hID0gey4uLiRkYXRhUmVmU2NoZW1hfVxuICAgICAgX2RhdGFSZWZTY2hlbWEuaWQgPSBfZGF0YVJlZlNjaGVtYS4kaWRcbiAgICAgIGRlbGV0ZSBfZGF0YVJlZlNjaGVtYS4kaWRcbiAgICB9XG4gICAgaWYgKG1ldGEgJiYgJGRhdGEpIHRoaXMuYWRkTWV0YVNjaGVtYShfZGF0YVJlZlNjaGVtYSwgX2RhdGFSZWZTY2hlbWFbc2NoZW1hSWRdLCBmYWxzZSlcbiAgfVxuXG4gIGRlZmF1bHRNZXRhKCk6IHN0cmluZyB8IEFueVNjaGVtYU9iamVjdCB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qge21ldGEsIHNjaGVtYUlkfSA9IHRoaXMub3B0c1xuICAgIHJldHVybiAodGhpcy5vcHRzLmRlZmF1bHRNZXRhID0gdHlwZW9mIG1ldGEgPT0gXCJvYmplY3RcIiA/IG1ldGFbc2NoZW1hSWRdIHx8IG1ldGEgOiB1bmRlZmluZWQpXG4gIH1cblxuICAvLyBWYWxpZGF0ZSBkYXRhIHVzaW5nIHNjaGVtYVxuICAvLyBBbnlTY2hlbWEgd2lsbCBiZSBjb21waWxlZCBhbmQgY2FjaGVkIHVzaW5nIHNjaGVtYSBpdHNlbGYgYXMgYSBrZXkgZm9yIE1hcFxuICB2YWxpZGF0ZShzY2hlbWE6IFNjaGVtYSB8IHN0cmluZywgZGF0YTogdW5rbm93bik6IGJvb2xlYW5cbiAgdmFsaWRhdGUoc2NoZW1hS2V5UmVmOiBBbnlTY2hlbWEgfCBzdHJpbmcsIGRhdGE6IHVua25vd24pOiBib29sZWFuIHwgUHJvbWlzZTx1bmtub3duPlxuICB2YWxpZGF0ZTxUPihzY2hlbWE6IFNjaGVtYSB8IEpTT05TY2hlbWFUeXBlPFQ+IHwgc3RyaW5nLCBkYXRhOiB1bmtub3duKTogZGF0YSBpcyBUXG4gIC8vIFNlcGFyYXRlZCBmb3IgdHlwZSBpbmZlcmVuY2UgdG8gd29ya1xuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L3VuaWZpZWQtc2lnbmF0dXJlc1xuICB2YWxpZGF0ZTxUPihzY2hlbWE6IEpURFNjaGVtYVR5cGU8VD4sIGRhdGE6IHVua25vd24pOiBkYXRhIGlzIFRcbiAgLy8gVGhpcyBvdmVybG9hZCBpcyBvbmx5IGludGVuZGVkIGZvciB0eXBlc2NyaXB0IGluZmVyZW5jZSwgdGhlIGZpcnN0XG4gIC8vIGFyZ3VtZW50IHByZXZlbnRzIG1hbnVhbCB0eXBlIGFubm90YXRpb24gZnJvbSBtYXRjaGluZyB0aGlzIG92ZXJsb2FkXG4gIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvbm8tdW51c2VkLXZhcnNcbiAgdmFsaWRhdGU8TiBleHRlbmRzIG5ldmVyLCBUIGV4dGVuZHMgU29tZUpURFNjaGVtYVR5cGU+KFxuICAgIHNjaGVtYTogVCxcbiAgICBkYXRhOiB1bmtub3duXG4gICk6IGRhdGEgaXMgSlRERGF0YVR5cGU8VD5cbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZWR1bmRhbnQtdHlwZS1jb25zdGl0dWVudHNcbiAgdmFsaWRhdGU8VD4oc2NoZW1hOiBBc3luY1NjaGVtYSwgZGF0YTogdW5rbm93biB8IFQpOiBQcm9taXNlPFQ+XG4gIHZhbGlkYXRlPFQ+KHNjaGVtYUtleVJlZjogQW55U2NoZW1hIHwgc3RyaW5nLCBkYXRhOiB1bmtub3duKTogZGF0YSBpcyBUIHwgUHJvbWlzZTxUPlxuICB2YWxpZGF0ZTxUPihcbiAgICBzY2hlbWFLZXlSZWY6IEFueVNjaGVtYSB8IHN0cmluZywgLy8ga2V5LCByZWYgb3Igc2NoZW1hIG9iamVjdFxuICAgIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvbm8tcmVkdW5kYW50LXR5cGUtY29uc3RpdHVlbnRzXG4gICAgZGF0YTogdW5rbm93biB8IFQgLy8gdG8gYmUgdmFsaWRhdGVkXG4gICk6IGJvb2xlYW4gfCBQcm9taXNlPFQ+IHtcbiAgICBsZXQgdjogQW55VmFsaWRhdGVGdW5jdGlvbiB8IHVuZGVmaW5lZFxuICAgIGlmICh0eXBlb2Ygc2NoZW1hS2V5UmVmID09IFwic3RyaW5nXCIpIHtcbiAgICAgIHYgPSB0aGlzLmdldFNjaGVtYTxUPihzY2hlbWFLZXlSZWYpXG4gICAgICBpZiAoIXYpIHRocm93IG5ldyBFcnJvcihgbm8gc2NoZW1hIHdpdGgga2V5IG9yIHJlZiBcIiR7c2NoZW1hS2V5UmVmfVwiYClcbiAgICB9IGVsc2Uge1xuICAgICAgdiA9IHRoaXMuY29tcGlsZTxUPihzY2hlbWFLZXlSZWYpXG4gICAgfVxuXG4gICAgY29uc3QgdmFsaWQgPSB2KGRhdGEpXG4gICAgaWYgKCEoXCIkYXN5bmNcIiBpbiB2KSkgdGhpcy5lcnJvcnMgPSB2LmVycm9yc1xuICAgIHJldHVybiB2YWxpZFxuICB9XG5cbiAgLy8gQ3JlYXRlIHZhbGlkYXRpb24gZnVuY3Rpb24gZm9yIHBhc3NlZCBzY2hlbWFcbiAgLy8gX21ldGE6IHRydWUgaWYgc2NoZW1hIGlzIGEgbWV0YS1zY2hlbWEuIFVzZWQgaW50ZXJuYWxseSB0byBjb21waWxlIG1ldGEgc2NoZW1hcyBvZiB1c2VyLWRlZmluZWQga2V5d29yZHMuXG4gIGNvbXBpbGU8VCA9IHVua25vd24+KHNjaGVtYTogU2NoZW1hIHwgSlNPTlNjaGVtYVR5cGU8VD4sIF9tZXRhPzogYm9vbGVhbik6IFZhbGlkYXRlRnVuY3Rpb248VD5cbiAgLy8gU2VwYXJhdGVkIGZvciB0eXBlIGluZmVyZW5jZSB0byB3b3JrXG4gIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvdW5pZmllZC1zaWduYXR1cmVzXG4gIGNvbXBpbGU8VCA9IHVua25vd24+KHNjaGVtYTogSlREU2NoZW1hVHlwZTxUPiwgX21ldGE/OiBib29sZWFuKTogVmFsaWRhdGVGdW5jdGlvbjxUPlxuICAvLyBUaGlzIG92ZXJsb2FkIGlzIG9ubHkgaW50ZW5kZWQgZm9yIHR5cGVzY3JpcHQgaW5mZXJlbmNlLCB0aGUgZmlyc3RcbiAgLy8gYXJndW1lbnQgcHJldmVudHMgbWFudWFsIHR5cGUgYW5ub3RhdGlvbiBmcm9tIG1hdGNoaW5nIHRoaXMgb3ZlcmxvYWRcbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby11bnVzZWQtdmFyc1xuICBjb21waWxlPE4gZXh0ZW5kcyBuZXZlciwgVCBleHRlbmRzIFNvbWVKVERTY2hlbWFUeXBlPihcbiAgICBzY2hlbWE6IFQsXG4gICAgX21ldGE/OiBib29sZWFuXG4gICk6IFZhbGlkYXRlRnVuY3Rpb248SlRERGF0YVR5cGU8VD4+XG4gIGNvbXBpbGU8VCA9IHVua25vd24+KHNjaGVtYTogQXN5bmNTY2hlbWEsIF9tZXRhPzogYm9vbGVhbik6IEFzeW5jVmFsaWRhdGVGdW5jdGlvbjxUPlxuICBjb21waWxlPFQgPSB1bmtub3duPihzY2hlbWE6IEFueVNjaGVtYSwgX21ldGE/OiBib29sZWFuKTogQW55VmFsaWRhdGVGdW5jdGlvbjxUPlxuICBjb21waWxlPFQgPSB1bmtub3duPihzY2hlbWE6IEFueVNjaGVtYSwgX21ldGE/OiBib29sZWFuKTogQW55VmFsaWRhdGVGdW5jdGlvbjxUPiB7XG4gICAgY29uc3Qgc2NoID0gdGhpcy5fYWRkU2NoZW1hKHNjaGVtYSwgX21ldGEpXG4gICAgcmV0dXJuIChzY2gudmFsaWRhdGUgfHwgdGhpcy5fY29tcGlsZVNjaGVtYUVudihzY2gpKSBhcyBBbnlWYWxpZGF0ZUZ1bmN0aW9uPFQ+XG4gIH1cblxuICAvLyBDcmVhdGVzIHZhbGlkYXRpbmcgZnVuY3Rpb24gZm9yIHBhc3NlZCBzY2hlbWEgd2l0aCBhc3luY2hyb25vdXMgbG9hZGluZyBvZiBtaXNzaW5nIHNjaGVtYXMuXG4gIC8vIGBsb2FkU2NoZW1hYCBvcHRpb24gc2hvdWxkIGJlIGEgZnVuY3Rpb24gdGhhdCBhY2NlcHRzIHNjaGVtYSB1cmkgYW5kIHJldHVybnMgcHJvbWlzZSB0aGF0IHJlc29sdmVzIHdpdGggdGhlIHNjaGVtYS5cbiAgLy8gVE9ETyBhbGxvdyBwYXNzaW5nIHNjaGVtYSBVUklcbiAgLy8gbWV0YSAtIG9wdGlvbmFsIHRydWUgdG8gY29tcGlsZSBtZXRhLXNjaGVtYVxuICBjb21waWxlQXN5bmM8VCA9IHVua25vd24+KFxuICAgIHNjaGVtYTogU2NoZW1hT2JqZWN0IHwgSlNPTlNjaGVtYVR5cGU8VD4sXG4gICAgX21ldGE/OiBib29sZWFuXG4gICk6IFByb21pc2U8VmFsaWRhdGVGdW5jdGlvbjxUPj5cbiAgLy8gU2VwYXJhdGVkIGZvciB0eXBlIGluZmVyZW5jZSB0byB3b3JrXG4gIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBAdHlwZXNjcmlwdC1lc2xpbnQvdW5pZmllZC1zaWduYXR1cmVzXG4gIGNvbXBpbGVBc3luYzxUID0gdW5rbm93bj4oc2NoZW1hOiBKVERTY2hlbWFUeXBlPFQ+LCBfbWV0YT86IGJvb2xlYW4pOiBQcm9taXNlPFZhbGlkYXRlRnVuY3Rpb248VD4+XG4gIGNvbXBpbGVBc3luYzxUID0gdW5rbm93bj4oc2NoZW1hOiBBc3luY1NjaGVtYSwgbWV0YT86IGJvb2xlYW4pOiBQcm9taXNlPEFzeW5jVmFsaWRhdGVGdW5jdGlvbjxUPj5cbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC91bmlmaWVkLXNpZ25hdHVyZXNcbiAgY29tcGlsZUFzeW5jPFQgPSB1bmtub3duPihcbiAgICBzY2hlbWE6IEFueVNjaGVtYU9iamVjdCxcbiAgICBtZXRhPzogYm9vbGVhblxuICApOiBQcm9taXNlPEFueVZhbGlkYXRlRnVuY3Rpb248VD4+XG4gIGNvbXBpbGVBc3luYzxUID0gdW5rbm93bj4oXG4gICAgc2NoZW1hOiBBbnlTY2hlbWFPYmplY3QsXG4gICAgbWV0YT86IGJvb2xlYW5cbiAgKTogUHJvbWlzZTxBbnlWYWxpZGF0ZUZ1bmN0aW9uPFQ+PiB7XG4gICAgaWYgKHR5cGVvZiB0aGlzLm9wdHMubG9hZFNjaGVtYSAhPSBcImZ1bmN0aW9uXCIpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcIm9wdGlvbnMubG9hZFNjaGVtYSBzaG91bGQgYmUgYSBmdW5jdGlvblwiKVxuICAgIH1cbiAgICBjb25zdCB7bG9hZFNjaGVtYX0gPSB0aGlzLm9wdHNcbiAgICByZXR1cm4gcnVuQ29tcGlsZUFzeW5jLmNhbGwodGhpcywgc2NoZW1hLCBtZXRhKVxuXG4gICAgYXN5bmMgZnVuY3Rpb24gcnVuQ29tcGlsZUFzeW5jKFxuICAgICAgdGhpczogQWp2LFxuICAgICAgX3NjaGVtYTogQW55U2NoZW1hT2JqZWN0LFxuICAgICAgX21ldGE/OiBib29sZWFuXG4gICAgKTogUHJvbWlzZTxBbnlWYWxpZGF0ZUZ1bmN0aW9uPiB7XG4gICAgICBhd2FpdCBsb2FkTWV0YVNjaGVtYS5jYWxsKHRoaXMsIF9zY2hlbWEuJHNjaGVtYSlcbiAgICAgIGNvbnN0IHNjaCA9IHRoaXMuX2FkZFNjaGVtYShfc2NoZW1hLCBfbWV0YSlcbiAgICAgIHJldHVybiBzY2gudmFsaWRhdGUgfHwgX2NvbXBpbGVBc3luYy5jYWxsKHRoaXMsIHNjaClcbiAgICB9XG5cbiAgICBhc3luYyBmdW5jdGlvbiBsb2FkTWV0YVNjaGVtYSh0aGlzOiBBanYsICRyZWY/OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICAgIGlmICgkcmVmICYmICF0aGlzLmdldFNjaGVtYSgkcmVmKSkge1xuICAgICAgICBhd2FpdCBydW5Db21waWxlQXN5bmMuY2FsbCh0aGlzLCB7JHJlZn0sIHRydWUpXG4gICAgICB9XG4gICAgfVxuXG4gICAgYXN5bmMgZnVuY3Rpb24gX2NvbXBpbGVBc3luYyh0aGlzOiBBanYsIHNjaDogU2NoZW1hRW52KTogUHJvbWlzZTxBbnlWYWxpZGF0ZUZ1bmN0aW9uPiB7XG4gICAgICB0cnkge1xuICAgICAgICByZXR1cm4gdGhpcy5fY29tcGlsZVNjaGVtYUVudihzY2gpXG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIGlmICghKGUgaW5zdGFuY2VvZiBNaXNzaW5nUmVmRXJyb3IpKSB0aHJvdyBlXG4gICAgICAgIGNoZWNrTG9hZGVkLmNhbGwodGhpcywgZSlcbiAgICAgICAgYXdhaXQgbG9hZE1pc3NpbmdTY2hlbWEuY2FsbCh0aGlzLCBlLm1pc3NpbmdTY2hlbWEpXG4gICAgICAgIHJldHVybiBfY29tcGlsZUFzeW5jLmNhbGwodGhpcywgc2NoKVxuICAgICAgfVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGNoZWNrTG9hZGVkKHRoaXM6IEFqdiwge21pc3NpbmdTY2hlbWE6IHJlZiwgbWlzc2luZ1JlZn06IE1pc3NpbmdSZWZFcnJvcik6IHZvaWQge1xuICAgICAgaWYgKHRoaXMucmVmc1tyZWZdKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgQW55U2NoZW1hICR7cmVmfSBpcyBsb2FkZWQgYnV0ICR7bWlzc2luZ1JlZn0gY2Fubm90IGJlIHJlc29sdmVkYClcbiAgICAgIH1cbiAgICB9XG5cbiAgICBhc3luYyBmdW5jdGlvbiBsb2FkTWlzc2luZ1NjaGVtYSh0aGlzOiBBanYsIHJlZjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgICBjb25zdCBfc2NoZW1hID0gYXdhaXQgX2xvYWRTY2hlbWEuY2FsbCh0aGlzLCByZWYpXG4gICAgICBpZiAoIXRoaXMucmVmc1tyZWZdKSBhd2FpdCBsb2FkTWV0YVNjaGVtYS5jYWxsKHRoaXMsIF9zY2hlbWEuJHNjaGVtYSlcbiAgICAgIGlmICghdGhpcy5yZWZzW3JlZl0pIHRoaXMuYWRkU2NoZW1hKF9zY2hlbWEsIHJlZiwgbWV0YSlcbiAgICB9XG5cbiAgICBhc3luYyBmdW5jdGlvbiBfbG9hZFNjaGVtYSh0aGlzOiBBanYsIHJlZjogc3RyaW5nKTogUHJvbWlzZTxBbnlTY2hlbWFPYmplY3Q+IHtcbiAgICAgIGNvbnN0IHAgPSB0aGlzLl9sb2FkaW5nW3JlZl1cbiAgICAgIGlmIChwKSByZXR1cm4gcFxuICAgICAgdHJ5IHtcbiAgICAgICAgcmV0dXJuIGF3YWl0ICh0aGlzLl9sb2FkaW5nW3JlZl0gPSBsb2FkU2NoZW1hKHJlZikpXG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBkZWxldGUgdGhpcy5fbG9hZGluZ1tyZWZdXG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgLy8gQWRkcyBzY2hlbWEgdG8gdGhlIGluc3RhbmNlXG4gIGFkZFNjaGVtYShcbiAgICBzY2hlbWE6IEFueVNjaGVtYSB8IEFueVNjaGVtYVtdLCAvLyBJZiBhcnJheSBpcyBwYXNzZWQsIGBrZXlgIHdpbGwgYmUgaWdub3JlZFxuICAgIGtleT86IHN0cmluZywgLy8gT3B0aW9uYWwgc2NoZW1hIGtleS4gQ2FuIGJlIHBhc3NlZCB0byBgdmFsaWRhdGVgIG1ldGhvZCBpbnN0ZWFkIG9mIHNjaGVtYSBvYmplY3Qgb3IgaWQvcmVmLiBPbmUgc2NoZW1hIHBlciBpbnN0YW5jZSBjYW4gaGF2ZSBlbXB0eSBgaWRgIGFuZCBga2V5YC5cbiAgICBfbWV0YT86IGJvb2xlYW4sIC8vIHRydWUgaWYgc2NoZW1hIGlzIGEgbWV0YS1zY2hlbWEuIFVzZWQgaW50ZXJuYWxseSwgYWRkTWV0YVNjaGVtYSBzaG91bGQgYmUgdXNlZCBpbnN0ZWFkLlxuICAgIF92YWxpZGF0ZVNjaGVtYSA9IHRoaXMub3B0cy52YWxpZGF0ZVNjaGVtYSAvLyBmYWxzZSB0byBza2lwIHNjaGVtYSB2YWxpZGF0aW9uLiBVc2VkIGludGVybmFsbHksIG9wdGlvbiB2YWxpZGF0ZVNjaGVtYSBzaG91bGQgYmUgdXNlZCBpbnN0ZWFkLlxuICApOiBBanYge1xuICAgIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYSkpIHtcbiAgICAgIGZvciAoY29uc3Qgc2NoIG9mIHNjaGVtYSkgdGhpcy5hZGRTY2hlbWEoc2NoLCB1bmRlZmluZWQsIF9tZXRhLCBfdmFsaWRhdGVTY2hlbWEpXG4gICAgICByZXR1cm4gdGhpc1xuICAgIH1cbiAgICBsZXQgaWQ6IHN0cmluZyB8IHVuZGVmaW5lZFxuICAgIGlmICh0eXBlb2Ygc2NoZW1hID09PSBcIm9iamVjdFwiKSB7XG4gICAgICBjb25zdCB7c2NoZW1hSWR9ID0gdGhpcy5vcHRzXG4gICAgICBpZCA9IHNjaGVtYVtzY2hlbWFJZF1cbiAgICAgIGlmIChpZCAhPT0gdW5kZWZpbmVkICYmIHR5cGVvZiBpZCAhPSBcInN0cmluZ1wiKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgc2NoZW1hICR7c2NoZW1hSWR9IG11c3QgYmUgc3RyaW5nYClcbiAgICAgIH1cbiAgICB9XG4gICAga2V5ID0gbm9ybWFsaXplSWQoa2V5IHx8IGlkKVxuICAgIHRoaXMuX2NoZWNrVW5pcXVlKGtleSlcbiAgICB0aGlzLnNjaGVtYXNba2V5XSA9IHRoaXMuX2FkZFNjaGVtYShzY2hlbWEsIF9tZXRhLCBrZXksIF92YWxpZGF0ZVNjaGVtYSwgdHJ1ZSlcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgLy8gQWRkIHNjaGVtYSB0aGF0IHdpbGwgYmUgdXNlZCB0byB2YWxpZGF0ZSBvdGhlciBzY2hlbWFzXG4gIC8vIG9wdGlvbnMgaW4gTUVUQV9JR05PUkVfT1BUSU9OUyBhcmUgYWx3YXkgc2V0IHRvIGZhbHNlXG4gIGFkZE1ldGFTY2hlbWEoXG4gICAgc2NoZW1hOiBBbnlTY2hlbWFPYmplY3QsXG4gICAga2V5Pzogc3RyaW5nLCAvLyBzY2hlbWEga2V5XG4gICAgX3ZhbGlkYXRlU2NoZW1hID0gdGhpcy5vcHRzLnZhbGlkYXRlU2NoZW1hIC8vIGZhbHNlIHRvIHNraXAgc2NoZW1hIHZhbGlkYXRpb24sIGNhbiBiZSB1c2VkIHRvIG92ZXJyaWRlIHZhbGlkYXRlU2NoZW1hIG9wdGlvbiBmb3IgbWV0YS1zY2hlbWFcbiAgKTogQWp2IHtcbiAgICB0aGlzLmFkZFNjaGVtYShzY2hlbWEsIGtleSwgdHJ1ZSwgX3ZhbGlkYXRlU2NoZW1hKVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICAvLyAgVmFsaWRhdGUgc2NoZW1hIGFnYWluc3QgaXRzIG1ldGEtc2NoZW1hXG4gIHZhbGlkYXRlU2NoZW1hKHNjaGVtYTogQW55U2NoZW1hLCB0aHJvd09yTG9nRXJyb3I/OiBib29sZWFuKTogYm9vbGVhbiB8IFByb21pc2U8dW5rbm93bj4ge1xuICAgIGlmICh0eXBlb2Ygc2NoZW1hID09IFwiYm9vbGVhblwiKSByZXR1cm4gdHJ1ZVxuICAgIGxldCAkc2NoZW1hOiBzdHJpbmcgfCBBbnlTY2hlbWFPYmplY3QgfCB1bmRlZmluZWRcbiAgICAkc2NoZW1hID0gc2NoZW1hLiRzY2hlbWFcbiAgICBpZiAoJHNjaGVtYSAhPT0gdW5kZWZpbmVkICYmIHR5cGVvZiAkc2NoZW1hICE9IFwic3RyaW5nXCIpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcIiRzY2hlbWEgbXVzdCBiZSBhIHN0cmluZ1wiKVxuICAgIH1cbiAgICAkc2NoZW1hID0gJHNjaGVtYSB8fCB0aGlzLm9wdHMuZGVmYXVsdE1ldGEgfHwgdGhpcy5kZWZhdWx0TWV0YSgpXG4gICAgaWYgKCEkc2NoZW1hKSB7XG4gICAgICB0aGlzLmxvZ2dlci53YXJuKFwibWV0YS1zY2hlbWEgbm90IGF2YWlsYWJsZVwiKVxuICAgICAgdGhpcy5lcnJvcnMgPSBudWxsXG4gICAgICByZXR1cm4gdHJ1ZVxuICAgIH1cbiAgICBjb25zdCB2YWxpZCA9IHRoaXMudmFsaWRhdGUoJHNjaGVtYSwgc2NoZW1hKVxuICAgIGlmICghdmFsaWQgJiYgdGhyb3dPckxvZ0Vycm9yKSB7XG4gICAgICBjb25zdCBtZXNzYWdlID0gXCJzY2hlbWEgaXMgaW52YWxpZDogXCIgKyB0aGlzLmVycm9yc1RleHQoKVxuICAgICAgaWYgKHRoaXMub3B0cy52YWxpZGF0ZVNjaGVtYSA9PT0gXCJsb2dcIikgdGhpcy5sb2dnZXIuZXJyb3IobWVzc2FnZSlcbiAgICAgIGVsc2UgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpXG4gICAgfVxuICAgIHJldHVybiB2YWxpZFxuICB9XG5cbiAgLy8gR2V0IGNvbXBpbGVkIHNjaGVtYSBieSBga2V5YCBvciBgcmVmYC5cbiAgLy8gKGBrZXlgIHRoYXQgd2FzIHBhc3NlZCB0byBgYWRkU2NoZW1hYCBvciBmdWxsIHNjaGVtYSByZWZlcmVuY2UgLSBgc2NoZW1hLiRpZGAgb3IgcmVzb2x2ZWQgaWQpXG4gIGdldFNjaGVtYTxUID0gdW5rbm93bj4oa2V5UmVmOiBzdHJpbmcpOiBBbnlWYWxpZGF0ZUZ1bmN0aW9uPFQ+IHwgdW5kZWZpbmVkIHtcbiAgICBsZXQgc2NoXG4gICAgd2hpbGUgKHR5cGVvZiAoc2NoID0gZ2V0U2NoRW52LmNhbGwodGhpcywga2V5UmVmKSkgPT0gXCJzdHJpbmdcIikga2V5UmVmID0gc2NoXG4gICAgaWYgKHNjaCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCB7c2NoZW1hSWR9ID0gdGhpcy5vcHRzXG4gICAgICBjb25zdCByb290ID0gbmV3IFNjaGVtYUVudih7c2NoZW1hOiB7fSwgc2NoZW1hSWR9KVxuICAgICAgc2NoID0gcmVzb2x2ZVNjaGVtYS5jYWxsKHRoaXMsIHJvb3QsIGtleVJlZilcbiAgICAgIGlmICghc2NoKSByZXR1cm5cbiAgICAgIHRoaXMucmVmc1trZXlSZWZdID0gc2NoXG4gICAgfVxuICAgIHJldHVybiAoc2NoLnZhbGlkYXRlIHx8IHRoaXMuX2NvbXBpbGVTY2hlbWFFbnYoc2NoKSkgYXMgQW55VmFsaWRhdGVGdW5jdGlvbjxUPiB8IHVuZGVmaW5lZFxuICB9XG5cbiAgLy8gUmVtb3ZlIGNhY2hlZCBzY2hlbWEocykuXG4gIC8vIElmIG5vIHBhcmFtZXRlciBpcyBwYXNzZWQgYWxsIHNjaGVtYXMgYnV0IG1ldGEtc2NoZW1hcyBhcmUgcmVtb3ZlZC5cbiAgLy8gSWYgUmVnRXhwIGlzIHBhc3NlZCBhbGwgc2NoZW1hcyB3aXRoIGtleS9pZCBtYXRjaGluZyBwYXR0ZXJuIGJ1dCBtZXRhLXNjaGVtYXMgYXJlIHJlbW92ZWQuXG4gIC8vIEV2ZW4gaWYgc2NoZW1hIGlzIHJlZmVyZW5jZWQgYnkgb3RoZXIgc2NoZW1hcyBpdCBzdGlsbCBjYW4gYmUgcmVtb3ZlZCBhcyBvdGhlciBzY2hlbWFzIGhhdmUgbG9jYWwgcmVmZXJlbmNlcy5cbiAgcmVtb3ZlU2NoZW1hKHNjaGVtYUtleVJlZj86IEFueVNjaGVtYSB8IHN0cmluZyB8IFJlZ0V4cCk6IEFqdiB7XG4gICAgaWYgKHNjaGVtYUtleVJlZiBpbnN0YW5jZW9mIFJlZ0V4cCkge1xuICAgICAgdGhpcy5fcmVtb3ZlQWxsU2NoZW1hcyh0aGlzLnNjaGVtYXMsIHNjaGVtYUtleVJlZilcbiAgICAgIHRoaXMuX3JlbW92ZUFsbFNjaGVtYXModGhpcy5yZWZzLCBzY2hlbWFLZXlSZWYpXG4gICAgICByZXR1cm4gdGhpc1xuICAgIH1cbiAgICBzd2l0Y2ggKHR5cGVvZiBzY2hlbWFLZXlSZWYpIHtcbiAgICAgIGNhc2UgXCJ1bmRlZmluZWRcIjpcbiAgICAgICAgdGhpcy5fcmVtb3ZlQWxsU2NoZW1hcyh0aGlzLnNjaGVtYXMpXG4gICAgICAgIHRoaXMuX3JlbW92ZUFsbFNjaGVtYXModGhpcy5yZWZzKVxuICAgICAgICB0aGlzLl9jYWNoZS5jbGVhcigpXG4gICAgICAgIHJldHVybiB0aGlzXG4gICAgICBjYXNlIFwic3RyaW5nXCI6IHtcbiAgICAgICAgY29uc3Qgc2NoID0gZ2V0U2NoRW52LmNhbGwodGhpcywgc2NoZW1hS2V5UmVmKVxuICAgICAgICBpZiAodHlwZW9mIHNjaCA9PSBcIm9iamVjdFwiKSB0aGlzLl9jYWNoZS5kZWxldGUoc2NoLnNjaGVtYSlcbiAgICAgICAgZGVsZXRlIHRoaXMuc2NoZW1hc1tzY2hlbWFLZXlSZWZdXG4gICAgICAgIGRlbGV0ZSB0aGlzLnJlZnNbc2NoZW1hS2V5UmVmXVxuICAgICAgICByZXR1cm4gdGhpc1xuICAgICAgfVxuICAgICAgY2FzZSBcIm9iamVjdFwiOiB7XG4gICAgICAgIGNvbnN0IGNhY2hlS2V5ID0gc2NoZW1hS2V5UmVmXG4gICAgICAgIHRoaXMuX2NhY2hlLmRlbGV0ZShjYWNoZUtleSlcbiAgICAgICAgbGV0IGlkID0gc2NoZW1hS2V5UmVmW3RoaXMub3B0cy5zY2hlbWFJZF1cbiAgICAgICAgaWYgKGlkKSB7XG4gICAgICAgICAgaWQgPSBub3JtYWxpemVJZChpZClcbiAgICAgICAgICBkZWxldGUgdGhpcy5zY2hlbWFzW2lkXVxuICAgICAgICAgIGRlbGV0ZSB0aGlzLnJlZnNbaWRdXG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIHRoaXNcbiAgICAgIH1cbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcImFqdi5yZW1vdmVTY2hlbWE6IGludmFsaWQgcGFyYW1ldGVyXCIpXG4gICAgfVxuICB9XG5cbiAgLy8gYWRkIFwidm9jYWJ1bGFyeVwiIC0gYSBjb2xsZWN0aW9uIG9mIGtleXdvcmRzXG4gIGFkZFZvY2FidWxhcnkoZGVmaW5pdGlvbnM6IFZvY2FidWxhcnkpOiBBanYge1xuICAgIGZvciAoY29uc3QgZGVmIG9mIGRlZmluaXRpb25zKSB0aGlzLmFkZEtleXdvcmQoZGVmKVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICBhZGRLZXl3b3JkKFxuICAgIGt3ZE9yRGVmOiBzdHJpbmcgfCBLZXl3b3JkRGVmaW5pdGlvbixcbiAgICBkZWY/OiBLZXl3b3JkRGVmaW5pdGlvbiAvLyBkZXByZWNhdGVkXG4gICk6IEFqdiB7XG4gICAgbGV0IGtleXdvcmQ6IHN0cmluZyB8IHN0cmluZ1tdXG4gICAgaWYgKHR5cGVvZiBrd2RPckRlZiA9PSBcInN0cmluZ1wiKSB7XG4gICAgICBrZXl3b3JkID0ga3dkT3JEZWZcbiAgICAgIGlmICh0eXBlb2YgZGVmID09IFwib2JqZWN0XCIpIHtcbiAgICAgICAgdGhpcy5sb2dnZXIud2FybihcInRoZXNlIHBhcmFtZXRlcnMgYXJlIGRlcHJlY2F0ZWQsIHNlZSBkb2NzIGZvciBhZGRLZXl3b3JkXCIpXG4gICAgICAgIGRlZi5rZXl3b3JkID0ga2V5d29yZFxuICAgICAgfVxuICAgIH0gZWxzZSBpZiAodHlwZW9mIGt3ZE9yRGVmID09IFwib2JqZWN0XCIgJiYgZGVmID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGRlZiA9IGt3ZE9yRGVmXG4gICAgICBrZXl3b3JkID0gZGVmLmtleXdvcmRcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KGtleXdvcmQpICYmICFrZXl3b3JkLmxlbmd0aCkge1xuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXCJhZGRLZXl3b3Jkczoga2V5d29yZCBtdXN0IGJlIHN0cmluZyBvciBub24tZW1wdHkgYXJyYXlcIilcbiAgICAgIH1cbiAgICB9IGVsc2Uge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKFwiaW52YWxpZCBhZGRLZXl3b3JkcyBwYXJhbWV0ZXJzXCIpXG4gICAgfVxuXG4gICAgY2hlY2tLZXl3b3JkLmNhbGwodGhpcywga2V5d29yZCwgZGVmKVxuICAgIGlmICghZGVmKSB7XG4gICAgICBlYWNoSXRlbShrZXl3b3JkLCAoa3dkKSA9PiBhZGRSdWxlLmNhbGwodGhpcywga3dkKSlcbiAgICAgIHJldHVybiB0aGlzXG4gICAgfVxuICAgIGtleXdvcmRNZXRhc2NoZW1hLmNhbGwodGhpcywgZGVmKVxuICAgIGNvbnN0IGRlZmluaXRpb246IEFkZGVkS2V5d29yZERlZmluaXRpb24gPSB7XG4gICAgICAuLi5kZWYsXG4gICAgICB0eXBlOiBnZXRKU09OVHlwZXMoZGVmLnR5cGUpLFxuICAgICAgc2NoZW1hVHlwZTogZ2V0SlNPTlR5cGVzKGRlZi5zY2hlbWFUeXBlKSxcbiAgICB9XG4gICAgZWFjaEl0ZW0oXG4gICAgICBrZXl3b3JkLFxuICAgICAgZGVmaW5pdGlvbi50eXBlLmxlbmd0aCA9PT0gMFxuICAgICAgICA/IChrKSA9PiBhZGRSdWxlLmNhbGwodGhpcywgaywgZGVmaW5pdGlvbilcbiAgICAgICAgOiAoaykgPT4gZGVmaW5pdGlvbi50eXBlLmZvckVhY2goKHQpID0+IGFkZFJ1bGUuY2FsbCh0aGlzLCBrLCBkZWZpbml0aW9uLCB0KSlcbiAgICApXG4gICAgcmV0dXJuIHRoaXNcbiAgfVxuXG4gIGdldEtleXdvcmQoa2V5d29yZDogc3RyaW5nKTogQWRkZWRLZXl3b3JkRGVmaW5pdGlvbiB8IGJvb2xlYW4ge1xuICAgIGNvbnN0IHJ1bGUgPSB0aGlzLlJVTEVTLmFsbFtrZXl3b3JkXVxuICAgIHJldHVybiB0eXBlb2YgcnVsZSA9PSBcIm9iamVjdFwiID8gcnVsZS5kZWZpbml0aW9uIDogISFydWxlXG4gIH1cblxuICAvLyBSZW1vdmUga2V5d29yZFxuICByZW1vdmVLZXl3b3JkKGtleXdvcmQ6IHN0cmluZyk6IEFqdiB7XG4gICAgLy8gVE9ETyByZXR1cm4gdHlwZSBzaG91bGQgYmUgQWp2XG4gICAgY29uc3Qge1JVTEVTfSA9IHRoaXNcbiAgICBkZWxldGUgUlVMRVMua2V5d29yZHNba2V5d29yZF1cbiAgICBkZWxldGUgUlVMRVMuYWxsW2tleXdvcmRdXG4gICAgZm9yIChjb25zdCBncm91cCBvZiBSVUxFUy5ydWxlcykge1xuICAgICAgY29uc3QgaSA9IGdyb3VwLnJ1bGVzLmZpbmRJbmRleCgocnVsZSkgPT4gcnVsZS5rZXl3b3JkID09PSBrZXl3b3JkKVxuICAgICAgaWYgKGkgPj0gMCkgZ3JvdXAucnVsZXMuc3BsaWNlKGksIDEpXG4gICAgfVxuICAgIHJldHVybiB0aGlzXG4gIH1cblxuICAvLyBBZGQgZm9ybWF0XG4gIGFkZEZvcm1hdChuYW1lOiBzdHJpbmcsIGZvcm1hdDogRm9ybWF0KTogQWp2IHtcbiAgICBpZiAodHlwZW9mIGZvcm1hdCA9PSBcInN0cmluZ1wiKSBmb3JtYXQgPSBuZXcgUmVnRXhwKGZvcm1hdClcbiAgICB0aGlzLmZvcm1hdHNbbmFtZV0gPSBmb3JtYXRcbiAgICByZXR1cm4gdGhpc1xuICB9XG5cbiAgZXJyb3JzVGV4dChcbiAgICBlcnJvcnM6IEVycm9yT2JqZWN0W10gfCBudWxsIHwgdW5kZWZpbmVkID0gdGhpcy5lcnJvcnMsIC8vIG9wdGlvbmFsIGFycmF5IG9mIHZhbGlkYXRpb24gZXJyb3JzXG4gICAge3NlcGFyYXRvciA9IFwiLCBcIiwgZGF0YVZhciA9IFwiZGF0YVwifTogRXJyb3JzVGV4dE9wdGlvbnMgPSB7fSAvLyBvcHRpb25hbCBvcHRpb25zIHdpdGggcHJvcGVydGllcyBgc2VwYXJhdG9yYCBhbmQgYGRhdGFWYXJgXG4gICk6IHN0cmluZyB7XG4gICAgaWYgKCFlcnJvcnMgfHwgZXJyb3JzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIFwiTm8gZXJyb3JzXCJcbiAgICByZXR1cm4gZXJyb3JzXG4gICAgICAubWFwKChlKSA9PiBgJHtkYXRhVmFyfSR7ZS5pbnN0YW5jZVBhdGh9ICR7ZS5tZXNzYWdlfWApXG4gICAgICAucmVkdWNlKCh0ZXh0LCBtc2cpID0+IHRleHQgKyBzZXBhcmF0b3IgKyBtc2cpXG4gIH1cblxuICAkZGF0YU1ldGFTY2hlbWEobWV0YVNjaGVtYTogQW55U2NoZW1hT2JqZWN0LCBrZXl3b3Jkc0pzb25Qb2ludGVyczogc3RyaW5nW10pOiBBbnlTY2hlbWFPYmplY3Qge1xuICAgIGNvbnN0IHJ1bGVzID0gdGhpcy5SVUxFUy5hbGxcbiAgICBtZXRhU2NoZW1hID0gSlNPTi5wYXJzZShKU09OLnN0cmluZ2lmeShtZXRhU2NoZW1hKSlcbiAgICBmb3IgKGNvbnN0IGpzb25Qb2ludGVyIG9mIGtleXdvcmRzSnNvblBvaW50ZXJzKSB7XG4gICAgICBjb25zdCBzZWdtZW50cyA9IGpzb25Qb2ludGVyLnNwbGl0KFwiL1wiKS5zbGljZSgxKSAvLyBmaXJzdCBzZWdtZW50IGlzIGFuIGVtcHR5IHN0cmluZ1xuICAgICAgbGV0IGtleXdvcmRzID0gbWV0YVNjaGVtYVxuICAgICAgZm9yIChjb25zdCBzZWcgb2Ygc2VnbWVudHMpIGtleXdvcmRzID0ga2V5d29yZHNbc2VnXSBhcyBBbnlTY2hlbWFPYmplY3RcblxuICAgICAgZm9yIChjb25zdCBrZXkgaW4gcnVsZXMpIHtcbiAgICAgICAgY29uc3QgcnVsZSA9IHJ1bGVzW2tleV1cbiAgICAgICAgaWYgKHR5cGVvZiBydWxlICE9IFwib2JqZWN0XCIpIGNvbnRpbnVlXG4gICAgICAgIGNvbnN0IHskZGF0YX0gPSBydWxlLmRlZmluaXRpb25cbiAgICAgICAgY29uc3Qgc2NoZW1hID0ga2V5d29yZHNba2V5XSBhcyBBbnlTY2hlbWFPYmplY3QgfCB1bmRlZmluZWRcbiAgICAgICAgaWYgKCRkYXRhICYmIHNjaGVtYSkga2V5d29yZHNba2V5XSA9IHNjaGVtYU9yRGF0YShzY2hlbWEpXG4gICAgICB9XG4gICAgfVxuXG4gICAgcmV0dXJuIG1ldGFTY2hlbWFcbiAgfVxuXG4gIHByaXZhdGUgX3JlbW92ZUFsbFNjaGVtYXMoc2NoZW1hczoge1tSZWYgaW4gc3RyaW5nXT86IFNjaGVtYUVudiB8IHN0cmluZ30sIHJlZ2V4PzogUmVnRXhwKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBrZXlSZWYgaW4gc2NoZW1hcykge1xuICAgICAgY29uc3Qgc2NoID0gc2NoZW1hc1trZXlSZWZdXG4gICAgICBpZiAoIXJlZ2V4IHx8IHJlZ2V4LnRlc3Qoa2V5UmVmKSkge1xuICAgICAgICBpZiAodHlwZW9mIHNjaCA9PSBcInN0cmluZ1wiKSB7XG4gICAgICAgICAgZGVsZXRlIHNjaGVtYXNba2V5UmVmXVxuICAgICAgICB9IGVsc2UgaWYgKHNjaCAmJiAhc2NoLm1ldGEpIHtcbiAgICAgICAgICB0aGlzLl9jYWNoZS5kZWxldGUoc2NoLnNjaGVtYSlcbiAgICAgICAgICBkZWxldGUgc2NoZW1hc1trZXlSZWZdXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBfYWRkU2NoZW1hKFxuICAgIHNjaGVtYTogQW55U2NoZW1hLFxuICAgIG1ldGE/OiBib29sZWFuLFxuICAgIGJhc2VJZD86IHN0cmluZyxcbiAgICB2YWxpZGF0ZVNjaGVtYSA9IHRoaXMub3B0cy52YWxpZGF0ZVNjaGVtYSxcbiAgICBhZGRTY2hlbWEgPSB0aGlzLm9wdHMuYWRkVXNlZFNjaGVtYVxuICApOiBTY2hlbWFFbnYge1xuICAgIGxldCBpZDogc3RyaW5nIHwgdW5kZWZpbmVkXG4gICAgY29uc3Qge3NjaGVtYUlkfSA9IHRoaXMub3B0c1xuICAgIGlmICh0eXBlb2Ygc2NoZW1hID09IFwib2JqZWN0XCIpIHtcbiAgICAgIGlkID0gc2NoZW1hW3NjaGVtYUlkXVxuICAgIH0gZWxzZSB7XG4gICAgICBpZiAodGhpcy5vcHRzLmp0ZCkgdGhyb3cgbmV3IEVycm9yKFwic2NoZW1hIG11c3QgYmUgb2JqZWN0XCIpXG4gICAgICBlbHNlIGlmICh0eXBlb2Ygc2NoZW1hICE9IFwiYm9vbGVhblwiKSB0aHJvdyBuZXcgRXJyb3IoXCJzY2hlbWEgbXVzdCBiZSBvYmplY3Qgb3IgYm9vbGVhblwiKVxuICAgIH1cbiAgICBsZXQgc2NoID0gdGhpcy5fY2FjaGUuZ2V0KHNjaGVtYSlcbiAgICBpZiAoc2NoICE9PSB1bmRlZmluZWQpIHJldHVybiBzY2hcblxuICAgIGJhc2VJZCA9IG5vcm1hbGl6ZUlkKGlkIHx8IGJhc2VJZClcbiAgICBjb25zdCBsb2NhbFJlZnMgPSBnZXRTY2hlbWFSZWZzLmNhbGwodGhpcywgc2NoZW1hLCBiYXNlSWQpXG4gICAgc2NoID0gbmV3IFNjaGVtYUVudih7c2NoZW1hLCBzY2hlbWFJZCwgbWV0YSwgYmFzZUlkLCBsb2NhbFJlZnN9KVxuICAgIHRoaXMuX2NhY2hlLnNldChzY2guc2NoZW1hLCBzY2gpXG4gICAgaWYgKGFkZFNjaGVtYSAmJiAhYmFzZUlkLnN0YXJ0c1dpdGgoXCIjXCIpKSB7XG4gICAgICAvLyBUT0RPIGF0bSBpdCBpcyBhbGxvd2VkIHRvIG92ZXJ3cml0ZSBzY2hlbWFzIHdpdGhvdXQgaWQgKGluc3RlYWQgb2Ygbm90IGFkZGluZyB0aGVtKVxuICAgICAgaWYgKGJhc2VJZCkgdGhpcy5fY2hlY2tVbmlxdWUoYmFzZUlkKVxuICAgICAgdGhpcy5yZWZzW2Jhc2VJZF0gPSBzY2hcbiAgICB9XG4gICAgaWYgKHZhbGlkYXRlU2NoZW1hKSB0aGlzLnZhbGlkYXRlU2NoZW1hKHNjaGVtYSwgdHJ1ZSlcbiAgICByZXR1cm4gc2NoXG4gIH1cblxuICBwcml2YXRlIF9jaGVja1VuaXF1ZShpZDogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuc2NoZW1hc1tpZF0gfHwgdGhpcy5yZWZzW2lkXSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBzY2hlbWEgd2l0aCBrZXkgb3IgaWQgXCIke2lkfVwiIGFscmVhZHkgZXhpc3RzYClcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIF9jb21waWxlU2NoZW1hRW52KHNjaDogU2NoZW1hRW52KTogQW55VmFsaWRhdGVGdW5jdGlvbiB7XG4gICAgaWYgKHNjaC5tZXRhKSB0aGlzLl9jb21waWxlTWV0YVNjaGVtYShzY2gpXG4gICAgZWxzZSBjb21waWxlU2NoZW1hLmNhbGwodGhpcywgc2NoKVxuXG4gICAgLyogaXN0YW5idWwgaWdub3JlIGlmICovXG4gICAgaWYgKCFzY2gudmFsaWRhdGUpIHRocm93IG5ldyBFcnJvcihcImFqdiBpbXBsZW1lbnRhdGlvbiBlcnJvclwiKVxuICAgIHJldHVybiBzY2gudmFsaWRhdGVcbiAgfVxuXG4gIHByaXZhdGUgX2NvbXBpbGVNZXRhU2NoZW1hKHNjaDogU2NoZW1hRW52KTogdm9pZCB7XG4gICAgY29uc3QgY3VycmVudE9wdHMgPSB0aGlzLm9wdHNcbiAgICB0aGlzLm9wdHMgPSB0aGlzLl9tZXRhT3B0c1xuICAgIHRyeSB7XG4gICAgICBjb21waWxlU2NoZW1hLmNhbGwodGhpcywgc2NoKVxuICAgIH0gZmluYWxseSB7XG4gICAgICB0aGlzLm9wdHMgPSBjdXJyZW50T3B0c1xuICAgIH1cbiAgfVxufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVycm9yc1RleHRPcHRpb25zIHtcbiAgc2VwYXJhdG9yPzogc3RyaW5nXG4gIGRhdGFWYXI/OiBzdHJpbmdcbn1cblxuZnVuY3Rpb24gY2hlY2tPcHRpb25zKFxuICB0aGlzOiBBanYsXG4gIGNoZWNrT3B0czogT3B0aW9uc0luZm88UmVtb3ZlZE9wdGlvbnMgfCBEZXByZWNhdGVkT3B0aW9ucz4sXG4gIG9wdGlvbnM6IE9wdGlvbnMgJiBSZW1vdmVkT3B0aW9ucyxcbiAgbXNnOiBzdHJpbmcsXG4gIGxvZzogXCJ3YXJuXCIgfCBcImVycm9yXCIgPSBcImVycm9yXCJcbik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGtleSBpbiBjaGVja09wdHMpIHtcbiAgICBjb25zdCBvcHQgPSBrZXkgYXMga2V5b2YgdHlwZW9mIGNoZWNrT3B0c1xuICAgIGlmIChvcHQgaW4gb3B0aW9ucykgdGhpcy5sb2dnZXJbbG9nXShgJHttc2d9OiBvcHRpb24gJHtrZXl9LiAke2NoZWNrT3B0c1tvcHRdfWApXG4gIH1cbn1cblxuZnVuY3Rpb24gZ2V0U2NoRW52KHRoaXM6IEFqdiwga2V5UmVmOiBzdHJpbmcpOiBTY2hlbWFFbnYgfCBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBrZXlSZWYgPSBub3JtYWxpemVJZChrZXlSZWYpIC8vIFRPRE8gdGVzdHMgZmFpbCB3aXRob3V0IHRoaXMgbGluZVxuICByZXR1cm4gdGhpcy5zY2hlbWFzW2tleVJlZl0gfHwgdGhpcy5yZWZzW2tleVJlZl1cbn1cblxuZnVuY3Rpb24gYWRkSW5pdGlhbFNjaGVtYXModGhpczogQWp2KTogdm9pZCB7XG4gIGNvbnN0IG9wdHNTY2hlbWFzID0gdGhpcy5vcHRzLnNjaGVtYXNcbiAgaWYgKCFvcHRzU2NoZW1hcykgcmV0dXJuXG4gIGlmIChBcnJheS5pc0FycmF5KG9wdHNTY2hlbWFzKSkgdGhpcy5hZGRTY2hlbWEob3B0c1NjaGVtYXMpXG4gIGVsc2UgZm9yIChjb25zdCBrZXkgaW4gb3B0c1NjaGVtYXMpIHRoaXMuYWRkU2NoZW1hKG9wdHNTY2hlbWFzW2tleV0gYXMgQW55U2NoZW1hLCBrZXkpXG59XG5cbmZ1bmN0aW9uIGFkZEluaXRpYWxGb3JtYXRzKHRoaXM6IEFqdik6IHZvaWQge1xuICBmb3IgKGNvbnN0IG5hbWUgaW4gdGhpcy5vcHRzLmZvcm1hdHMpIHtcbiAgICBjb25zdCBmb3JtYXQgPSB0aGlzLm9wdHMuZm9ybWF0c1tuYW1lXVxuICAgIGlmIChmb3JtYXQpIHRoaXMuYWRkRm9ybWF0KG5hbWUsIGZvcm1hdClcbiAgfVxufVxuXG5mdW5jdGlvbiBhZGRJbml0aWFsS2V5d29yZHMoXG4gIHRoaXM6IEFqdixcbiAgZGVmczogVm9jYWJ1bGFyeSB8IHtbSyBpbiBzdHJpbmddPzogS2V5d29yZERlZmluaXRpb259XG4pOiB2b2lkIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkoZGVmcykpIHtcbiAgICB0aGlzLmFkZFZvY2FidWxhcnkoZGVmcylcbiAgICByZXR1cm5cbiAgfVxuICB0aGlzLmxvZ2dlci53YXJuKFwia2V5d29yZHMgb3B0aW9uIGFzIG1hcCBpcyBkZXByZWNhdGVkLCBwYXNzIGFycmF5XCIpXG4gIGZvciAoY29uc3Qga2V5d29yZCBpbiBkZWZzKSB7XG4gICAgY29uc3QgZGVmID0gZGVmc1trZXl3b3JkXSBhcyBLZXl3b3JkRGVmaW5pdGlvblxuICAgIGlmICghZGVmLmtleXdvcmQpIGRlZi5rZXl3b3JkID0ga2V5d29yZFxuICAgIHRoaXMuYWRkS2V5d29yZChkZWYpXG4gIH1cbn1cblxuZnVuY3Rpb24gZ2V0TWV0YVNjaGVtYU9wdGlvbnModGhpczogQWp2KTogSW5zdGFuY2VPcHRpb25zIHtcbiAgY29uc3QgbWV0YU9wdHMgPSB7Li4udGhpcy5vcHRzfVxuICBmb3IgKGNvbnN0IG9wdCBvZiBNRVRBX0lHTk9SRV9PUFRJT05TKSBkZWxldGUgbWV0YU9wdHNbb3B0XVxuICByZXR1cm4gbWV0YU9wdHNcbn1cblxuY29uc3Qgbm9Mb2dzID0ge2xvZygpIHt9LCB3YXJuKCkge30sIGVycm9yKCkge319XG5cbmZ1bmN0aW9uIGdldExvZ2dlcihsb2dnZXI/OiBQYXJ0aWFsPExvZ2dlcj4gfCBmYWxzZSk6IExvZ2dlciB7XG4gIGlmIChsb2dnZXIgPT09IGZhbHNlKSByZXR1cm4gbm9Mb2dzXG4gIGlmIChsb2dnZXIgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGNvbnNvbGVcbiAgaWYgKGxvZ2dlci5sb2cgJiYgbG9nZ2VyLndhcm4gJiYgbG9nZ2VyLmVycm9yKSByZXR1cm4gbG9nZ2VyIGFzIExvZ2dlclxuICB0aHJvdyBuZXcgRXJyb3IoXCJsb2dnZXIgbXVzdCBpbXBsZW1lbnQgbG9nLCB3YXJuIGFuZCBlcnJvciBtZXRob2RzXCIpXG59XG5cbmNvbnN0IEtFWVdPUkRfTkFNRSA9IC9eW2Etel8kXVthLXowLTlfJDotXSokL2lcblxuZnVuY3Rpb24gY2hlY2tLZXl3b3JkKHRoaXM6IEFqdiwga2V5d29yZDogc3RyaW5nIHwgc3RyaW5nW10sIGRlZj86IEtleXdvcmREZWZpbml0aW9uKTogdm9pZCB7XG4gIGNvbnN0IHtSVUxFU30gPSB0aGlzXG4gIGVhY2hJdGVtKGtleXdvcmQsIChrd2QpID0+IHtcbiAgICBpZiAoUlVMRVMua2V5d29yZHNba3dkXSkgdGhyb3cgbmV3IEVycm9yKGBLZXl3b3JkICR7a3dkfSBpcyBhbHJlYWR5IGRlZmluZWRgKVxuICAgIGlmICghS0VZV09SRF9OQU1FLnRlc3Qoa3dkKSkgdGhyb3cgbmV3IEVycm9yKGBLZXl3b3JkICR7a3dkfSBoYXMgaW52YWxpZCBuYW1lYClcbiAgfSlcbiAgaWYgKCFkZWYpIHJldHVyblxuICBpZiAoZGVmLiRkYXRhICYmICEoXCJjb2RlXCIgaW4gZGVmIHx8IFwidmFsaWRhdGVcIiBpbiBkZWYpKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKCckZGF0YSBrZXl3b3JkIG11c3QgaGF2ZSBcImNvZGVcIiBvciBcInZhbGlkYXRlXCIgZnVuY3Rpb24nKVxuICB9XG59XG5cbmZ1bmN0aW9uIGFkZFJ1bGUoXG4gIHRoaXM6IEFqdixcbiAga2V5d29yZDogc3RyaW5nLFxuICBkZWZpbml0aW9uPzogQWRkZWRLZXl3b3JkRGVmaW5pdGlvbixcbiAgZGF0YVR5cGU/OiBKU09OVHlwZVxuKTogdm9pZCB7XG4gIGNvbnN0IHBvc3QgPSBkZWZpbml0aW9uPy5wb3N0XG4gIGlmIChkYXRhVHlwZSAmJiBwb3N0KSB0aHJvdyBuZXcgRXJyb3IoJ2tleXdvcmQgd2l0aCBcInBvc3RcIiBmbGFnIGNhbm5vdCBoYXZlIFwidHlwZVwiJylcbiAgY29uc3Qge1JVTEVTfSA9IHRoaXNcbiAgbGV0IHJ1bGVHcm91cCA9IHBvc3QgPyBSVUxFUy5wb3N0IDogUlVMRVMucnVsZXMuZmluZCgoe3R5cGU6IHR9KSA9PiB0ID09PSBkYXRhVHlwZSlcbiAgaWYgKCFydWxlR3JvdXApIHtcbiAgICBydWxlR3JvdXAgPSB7dHlwZTogZGF0YVR5cGUsIHJ1bGVzOiBbXX1cbiAgICBSVUxFUy5ydWxlcy5wdXNoKHJ1bGVHcm91cClcbiAgfVxuICBSVUxFUy5rZXl3b3Jkc1trZXl3b3JkXSA9IHRydWVcbiAgaWYgKCFkZWZpbml0aW9uKSByZXR1cm5cblxuICBjb25zdCBydWxlOiBSdWxlID0ge1xuICAgIGtleXdvcmQsXG4gICAgZGVmaW5pdGlvbjoge1xuICAgICAgLi4uZGVmaW5pdGlvbixcbiAgICAgIHR5cGU6IGdldEpTT05UeXBlcyhkZWZpbml0aW9uLnR5cGUpLFxuICAgICAgc2NoZW1hVHlwZTogZ2V0SlNPTlR5cGVzKGRlZmluaXRpb24uc2NoZW1hVHlwZSksXG4gICAgfSxcbiAgfVxuICBpZiAoZGVmaW5pdGlvbi5iZWZvcmUpIGFkZEJlZm9yZVJ1bGUuY2FsbCh0aGlzLCBydWxlR3JvdXAsIHJ1bGUsIGRlZmluaXRpb24uYmVmb3JlKVxuICBlbHNlIHJ1bGVHcm91cC5ydWxlcy5wdXNoKHJ1bGUpXG4gIFJVTEVTLmFsbFtrZXl3b3JkXSA9IHJ1bGVcbiAgZGVmaW5pdGlvbi5pbXBsZW1lbnRzPy5mb3JFYWNoKChrd2QpID0+IHRoaXMuYWRkS2V5d29yZChrd2QpKVxufVxuXG5mdW5jdGlvbiBhZGRCZWZvcmVSdWxlKHRoaXM6IEFqdiwgcnVsZUdyb3VwOiBSdWxlR3JvdXAsIHJ1bGU6IFJ1bGUsIGJlZm9yZTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGkgPSBydWxlR3JvdXAucnVsZXMuZmluZEluZGV4KChfcnVsZSkgPT4gX3J1bGUua2V5d29yZCA9PT0gYmVmb3JlKVxuICBpZiAoaSA+PSAwKSB7XG4gICAgcnVsZUdyb3VwLnJ1bGVzLnNwbGljZShpLCAwLCBydWxlKVxuICB9IGVsc2Uge1xuICAgIHJ1bGVHcm91cC5ydWxlcy5wdXNoKHJ1bGUpXG4gICAgdGhpcy5sb2dnZXIud2FybihgcnVsZSAke2JlZm9yZX0gaXMgbm90IGRlZmluZWRgKVxuICB9XG59XG5cbmZ1bmN0aW9uIGtleXdvcmRNZXRhc2NoZW1hKHRoaXM6IEFqdiwgZGVmOiBLZXl3b3JkRGVmaW5pdGlvbik6IHZvaWQge1xuICBsZXQge21ldGFTY2hlbWF9ID0gZGVmXG4gIGlmIChtZXRhU2NoZW1hID09PSB1bmRlZmluZWQpIHJldHVyblxuICBpZiAoZGVmLiRkYXRhICYmIHRoaXMub3B0cy4kZGF0YSkgbWV0YVNjaGVtYSA9IHNjaGVtYU9yRGF0YShtZXRhU2NoZW1hKVxuICBkZWYudmFsaWRhdGVTY2hlbWEgPSB0aGlzLmNvbXBpbGUobWV0YVNjaGVtYSwgdHJ1ZSlcbn1cblxuY29uc3QgJGRhdGFSZWYgPSB7XG4gICRyZWY6IFwiaHR0cHM6Ly9yYXcuZ2l0aHVidXNlcmNvbnRlbnQuY29tL2Fqdi12YWxpZGF0b3IvYWp2L21hc3Rlci9saWIvcmVmcy9kYXRhLmpzb24jXCIsXG59XG5cbmZ1bmN0aW9uIHNjaGVtYU9yRGF0YShzY2hlbWE6IEFueVNjaGVtYSk6IEFueVNjaGVtYU9iamVjdCB7XG4gIHJldHVybiB7YW55T2Y6IFtzY2hlbWEsICRkYXRhUmVmXX1cbn1cbiIsICJpbXBvcnQgdHlwZSB7Q29kZUtleXdvcmREZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogXCJpZFwiLFxuICBjb2RlKCkge1xuICAgIHRocm93IG5ldyBFcnJvcignTk9UIFNVUFBPUlRFRDoga2V5d29yZCBcImlkXCIsIHVzZSBcIiRpZFwiIGZvciBzY2hlbWEgSUQnKVxuICB9LFxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7Q29kZUtleXdvcmREZWZpbml0aW9uLCBBbnlTY2hlbWF9IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IE1pc3NpbmdSZWZFcnJvciBmcm9tIFwiLi4vLi4vY29tcGlsZS9yZWZfZXJyb3JcIlxuaW1wb3J0IHtjYWxsVmFsaWRhdGVDb2RlfSBmcm9tIFwiLi4vY29kZVwiXG5pbXBvcnQge18sIG5pbCwgc3RyaW5naWZ5LCBDb2RlLCBOYW1lfSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCBOIGZyb20gXCIuLi8uLi9jb21waWxlL25hbWVzXCJcbmltcG9ydCB7U2NoZW1hRW52LCByZXNvbHZlUmVmfSBmcm9tIFwiLi4vLi4vY29tcGlsZVwiXG5pbXBvcnQge21lcmdlRXZhbHVhdGVkfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiJHJlZlwiLFxuICBzY2hlbWFUeXBlOiBcInN0cmluZ1wiLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCk6IHZvaWQge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYTogJHJlZiwgaXR9ID0gY3h0XG4gICAgY29uc3Qge2Jhc2VJZCwgc2NoZW1hRW52OiBlbnYsIHZhbGlkYXRlTmFtZSwgb3B0cywgc2VsZn0gPSBpdFxuICAgIGNvbnN0IHtyb290fSA9IGVudlxuICAgIGlmICgoJHJlZiA9PT0gXCIjXCIgfHwgJHJlZiA9PT0gXCIjL1wiKSAmJiBiYXNlSWQgPT09IHJvb3QuYmFzZUlkKSByZXR1cm4gY2FsbFJvb3RSZWYoKVxuICAgIGNvbnN0IHNjaE9yRW52ID0gcmVzb2x2ZVJlZi5jYWxsKHNlbGYsIHJvb3QsIGJhc2VJZCwgJHJlZilcbiAgICBpZiAoc2NoT3JFbnYgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IE1pc3NpbmdSZWZFcnJvcihpdC5vcHRzLnVyaVJlc29sdmVyLCBiYXNlSWQsICRyZWYpXG4gICAgaWYgKHNjaE9yRW52IGluc3RhbmNlb2YgU2NoZW1hRW52KSByZXR1cm4gY2FsbFZhbGlkYXRlKHNjaE9yRW52KVxuICAgIHJldHVybiBpbmxpbmVSZWZTY2hlbWEoc2NoT3JFbnYpXG5cbiAgICBmdW5jdGlvbiBjYWxsUm9vdFJlZigpOiB2b2lkIHtcbiAgICAgIGlmIChlbnYgPT09IHJvb3QpIHJldHVybiBjYWxsUmVmKGN4dCwgdmFsaWRhdGVOYW1lLCBlbnYsIGVudi4kYXN5bmMpXG4gICAgICBjb25zdCByb290TmFtZSA9IGdlbi5zY29wZVZhbHVlKFwicm9vdFwiLCB7cmVmOiByb290fSlcbiAgICAgIHJldHVybiBjYWxsUmVmKGN4dCwgX2Ake3Jvb3ROYW1lfS52YWxpZGF0ZWAsIHJvb3QsIHJvb3QuJGFzeW5jKVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGNhbGxWYWxpZGF0ZShzY2g6IFNjaGVtYUVudik6IHZvaWQge1xuICAgICAgY29uc3QgdiA9IGdldFZhbGlkYXRlKGN4dCwgc2NoKVxuICAgICAgY2FsbFJlZihjeHQsIHYsIHNjaCwgc2NoLiRhc3luYylcbiAgICB9XG5cbiAgICBmdW5jdGlvbiBpbmxpbmVSZWZTY2hlbWEoc2NoOiBBbnlTY2hlbWEpOiB2b2lkIHtcbiAgICAgIGNvbnN0IHNjaE5hbWUgPSBnZW4uc2NvcGVWYWx1ZShcbiAgICAgICAgXCJzY2hlbWFcIixcbiAgICAgICAgb3B0cy5jb2RlLnNvdXJjZSA9PT0gdHJ1ZSA/IHtyZWY6IHNjaCwgY29kZTogc3RyaW5naWZ5KHNjaCl9IDoge3JlZjogc2NofVxuICAgICAgKVxuICAgICAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gICAgICBjb25zdCBzY2hDeHQgPSBjeHQuc3Vic2NoZW1hKFxuICAgICAgICB7XG4gICAgICAgICAgc2NoZW1hOiBzY2gsXG4gICAgICAgICAgZGF0YVR5cGVzOiBbXSxcbiAgICAgICAgICBzY2hlbWFQYXRoOiBuaWwsXG4gICAgICAgICAgdG9wU2NoZW1hUmVmOiBzY2hOYW1lLFxuICAgICAgICAgIGVyclNjaGVtYVBhdGg6ICRyZWYsXG4gICAgICAgIH0sXG4gICAgICAgIHZhbGlkXG4gICAgICApXG4gICAgICBjeHQubWVyZ2VFdmFsdWF0ZWQoc2NoQ3h0KVxuICAgICAgY3h0Lm9rKHZhbGlkKVxuICAgIH1cbiAgfSxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdldFZhbGlkYXRlKGN4dDogS2V5d29yZEN4dCwgc2NoOiBTY2hlbWFFbnYpOiBDb2RlIHtcbiAgY29uc3Qge2dlbn0gPSBjeHRcbiAgcmV0dXJuIHNjaC52YWxpZGF0ZVxuICAgID8gZ2VuLnNjb3BlVmFsdWUoXCJ2YWxpZGF0ZVwiLCB7cmVmOiBzY2gudmFsaWRhdGV9KVxuICAgIDogX2Ake2dlbi5zY29wZVZhbHVlKFwid3JhcHBlclwiLCB7cmVmOiBzY2h9KX0udmFsaWRhdGVgXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjYWxsUmVmKGN4dDogS2V5d29yZEN4dCwgdjogQ29kZSwgc2NoPzogU2NoZW1hRW52LCAkYXN5bmM/OiBib29sZWFuKTogdm9pZCB7XG4gIGNvbnN0IHtnZW4sIGl0fSA9IGN4dFxuICBjb25zdCB7YWxsRXJyb3JzLCBzY2hlbWFFbnY6IGVudiwgb3B0c30gPSBpdFxuICBjb25zdCBwYXNzQ3h0ID0gb3B0cy5wYXNzQ29udGV4dCA/IE4udGhpcyA6IG5pbFxuICBpZiAoJGFzeW5jKSBjYWxsQXN5bmNSZWYoKVxuICBlbHNlIGNhbGxTeW5jUmVmKClcblxuICBmdW5jdGlvbiBjYWxsQXN5bmNSZWYoKTogdm9pZCB7XG4gICAgaWYgKCFlbnYuJGFzeW5jKSB0aHJvdyBuZXcgRXJyb3IoXCJhc3luYyBzY2hlbWEgcmVmZXJlbmNlZCBieSBzeW5jIHNjaGVtYVwiKVxuICAgIGNvbnN0IHZhbGlkID0gZ2VuLmxldChcInZhbGlkXCIpXG4gICAgZ2VuLnRyeShcbiAgICAgICgpID0+IHtcbiAgICAgICAgZ2VuLmNvZGUoX2Bhd2FpdCAke2NhbGxWYWxpZGF0ZUNvZGUoY3h0LCB2LCBwYXNzQ3h0KX1gKVxuICAgICAgICBhZGRFdmFsdWF0ZWRGcm9tKHYpIC8vIFRPRE8gd2lsbCBub3Qgd29yayB3aXRoIGFzeW5jLCBpdCBoYXMgdG8gYmUgcmV0dXJuZWQgd2l0aCB0aGUgcmVzdWx0XG4gICAgICAgIGlmICghYWxsRXJyb3JzKSBnZW4uYXNzaWduKHZhbGlkLCB0cnVlKVxuICAgICAgfSxcbiAgICAgIChlKSA9PiB7XG4gICAgICAgIGdlbi5pZihfYCEoJHtlfSBpbnN0YW5jZW9mICR7aXQuVmFsaWRhdGlvbkVycm9yIGFzIE5hbWV9KWAsICgpID0+IGdlbi50aHJvdyhlKSlcbiAgICAgICAgYWRkRXJyb3JzRnJvbShlKVxuICAgICAgICBpZiAoIWFsbEVycm9ycykgZ2VuLmFzc2lnbih2YWxpZCwgZmFsc2UpXG4gICAgICB9XG4gICAgKVxuICAgIGN4dC5vayh2YWxpZClcbiAgfVxuXG4gIGZ1bmN0aW9uIGNhbGxTeW5jUmVmKCk6IHZvaWQge1xuICAgIGN4dC5yZXN1bHQoXG4gICAgICBjYWxsVmFsaWRhdGVDb2RlKGN4dCwgdiwgcGFzc0N4dCksXG4gICAgICAoKSA9PiBhZGRFdmFsdWF0ZWRGcm9tKHYpLFxuICAgICAgKCkgPT4gYWRkRXJyb3JzRnJvbSh2KVxuICAgIClcbiAgfVxuXG4gIGZ1bmN0aW9uIGFkZEVycm9yc0Zyb20oc291cmNlOiBDb2RlKTogdm9pZCB7XG4gICAgY29uc3QgZXJycyA9IF9gJHtzb3VyY2V9LmVycm9yc2BcbiAgICBnZW4uYXNzaWduKE4udkVycm9ycywgX2Ake04udkVycm9yc30gPT09IG51bGwgPyAke2VycnN9IDogJHtOLnZFcnJvcnN9LmNvbmNhdCgke2VycnN9KWApIC8vIFRPRE8gdGFnZ2VkXG4gICAgZ2VuLmFzc2lnbihOLmVycm9ycywgX2Ake04udkVycm9yc30ubGVuZ3RoYClcbiAgfVxuXG4gIGZ1bmN0aW9uIGFkZEV2YWx1YXRlZEZyb20oc291cmNlOiBDb2RlKTogdm9pZCB7XG4gICAgaWYgKCFpdC5vcHRzLnVuZXZhbHVhdGVkKSByZXR1cm5cbiAgICBjb25zdCBzY2hFdmFsdWF0ZWQgPSBzY2g/LnZhbGlkYXRlPy5ldmFsdWF0ZWRcbiAgICAvLyBUT0RPIHJlZmFjdG9yXG4gICAgaWYgKGl0LnByb3BzICE9PSB0cnVlKSB7XG4gICAgICBpZiAoc2NoRXZhbHVhdGVkICYmICFzY2hFdmFsdWF0ZWQuZHluYW1pY1Byb3BzKSB7XG4gICAgICAgIGlmIChzY2hFdmFsdWF0ZWQucHJvcHMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIGl0LnByb3BzID0gbWVyZ2VFdmFsdWF0ZWQucHJvcHMoZ2VuLCBzY2hFdmFsdWF0ZWQucHJvcHMsIGl0LnByb3BzKVxuICAgICAgICB9XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCBwcm9wcyA9IGdlbi52YXIoXCJwcm9wc1wiLCBfYCR7c291cmNlfS5ldmFsdWF0ZWQucHJvcHNgKVxuICAgICAgICBpdC5wcm9wcyA9IG1lcmdlRXZhbHVhdGVkLnByb3BzKGdlbiwgcHJvcHMsIGl0LnByb3BzLCBOYW1lKVxuICAgICAgfVxuICAgIH1cbiAgICBpZiAoaXQuaXRlbXMgIT09IHRydWUpIHtcbiAgICAgIGlmIChzY2hFdmFsdWF0ZWQgJiYgIXNjaEV2YWx1YXRlZC5keW5hbWljSXRlbXMpIHtcbiAgICAgICAgaWYgKHNjaEV2YWx1YXRlZC5pdGVtcyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgaXQuaXRlbXMgPSBtZXJnZUV2YWx1YXRlZC5pdGVtcyhnZW4sIHNjaEV2YWx1YXRlZC5pdGVtcywgaXQuaXRlbXMpXG4gICAgICAgIH1cbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGNvbnN0IGl0ZW1zID0gZ2VuLnZhcihcIml0ZW1zXCIsIF9gJHtzb3VyY2V9LmV2YWx1YXRlZC5pdGVtc2ApXG4gICAgICAgIGl0Lml0ZW1zID0gbWVyZ2VFdmFsdWF0ZWQuaXRlbXMoZ2VuLCBpdGVtcywgaXQuaXRlbXMsIE5hbWUpXG4gICAgICB9XG4gICAgfVxuICB9XG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtWb2NhYnVsYXJ5fSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IGlkS2V5d29yZCBmcm9tIFwiLi9pZFwiXG5pbXBvcnQgcmVmS2V5d29yZCBmcm9tIFwiLi9yZWZcIlxuXG5jb25zdCBjb3JlOiBWb2NhYnVsYXJ5ID0gW1xuICBcIiRzY2hlbWFcIixcbiAgXCIkaWRcIixcbiAgXCIkZGVmc1wiLFxuICBcIiR2b2NhYnVsYXJ5XCIsXG4gIHtrZXl3b3JkOiBcIiRjb21tZW50XCJ9LFxuICBcImRlZmluaXRpb25zXCIsXG4gIGlkS2V5d29yZCxcbiAgcmVmS2V5d29yZCxcbl1cblxuZXhwb3J0IGRlZmF1bHQgY29yZVxuIiwgImltcG9ydCB0eXBlIHtDb2RlS2V5d29yZERlZmluaXRpb24sIEVycm9yT2JqZWN0LCBLZXl3b3JkRXJyb3JEZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7Xywgc3RyLCBvcGVyYXRvcnMsIENvZGV9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuXG5jb25zdCBvcHMgPSBvcGVyYXRvcnNcblxudHlwZSBLd2QgPSBcIm1heGltdW1cIiB8IFwibWluaW11bVwiIHwgXCJleGNsdXNpdmVNYXhpbXVtXCIgfCBcImV4Y2x1c2l2ZU1pbmltdW1cIlxuXG50eXBlIENvbXBhcmlzb24gPSBcIjw9XCIgfCBcIj49XCIgfCBcIjxcIiB8IFwiPlwiXG5cbmNvbnN0IEtXRHM6IHtbSyBpbiBLd2RdOiB7b2tTdHI6IENvbXBhcmlzb247IG9rOiBDb2RlOyBmYWlsOiBDb2RlfX0gPSB7XG4gIG1heGltdW06IHtva1N0cjogXCI8PVwiLCBvazogb3BzLkxURSwgZmFpbDogb3BzLkdUfSxcbiAgbWluaW11bToge29rU3RyOiBcIj49XCIsIG9rOiBvcHMuR1RFLCBmYWlsOiBvcHMuTFR9LFxuICBleGNsdXNpdmVNYXhpbXVtOiB7b2tTdHI6IFwiPFwiLCBvazogb3BzLkxULCBmYWlsOiBvcHMuR1RFfSxcbiAgZXhjbHVzaXZlTWluaW11bToge29rU3RyOiBcIj5cIiwgb2s6IG9wcy5HVCwgZmFpbDogb3BzLkxURX0sXG59XG5cbmV4cG9ydCB0eXBlIExpbWl0TnVtYmVyRXJyb3IgPSBFcnJvck9iamVjdDxcbiAgS3dkLFxuICB7bGltaXQ6IG51bWJlcjsgY29tcGFyaXNvbjogQ29tcGFyaXNvbn0sXG4gIG51bWJlciB8IHskZGF0YTogc3RyaW5nfVxuPlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogKHtrZXl3b3JkLCBzY2hlbWFDb2RlfSkgPT4gc3RyYG11c3QgYmUgJHtLV0RzW2tleXdvcmQgYXMgS3dkXS5va1N0cn0gJHtzY2hlbWFDb2RlfWAsXG4gIHBhcmFtczogKHtrZXl3b3JkLCBzY2hlbWFDb2RlfSkgPT5cbiAgICBfYHtjb21wYXJpc29uOiAke0tXRHNba2V5d29yZCBhcyBLd2RdLm9rU3RyfSwgbGltaXQ6ICR7c2NoZW1hQ29kZX19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IE9iamVjdC5rZXlzKEtXRHMpLFxuICB0eXBlOiBcIm51bWJlclwiLFxuICBzY2hlbWFUeXBlOiBcIm51bWJlclwiLFxuICAkZGF0YTogdHJ1ZSxcbiAgZXJyb3IsXG4gIGNvZGUoY3h0OiBLZXl3b3JkQ3h0KSB7XG4gICAgY29uc3Qge2tleXdvcmQsIGRhdGEsIHNjaGVtYUNvZGV9ID0gY3h0XG4gICAgY3h0LmZhaWwkZGF0YShfYCR7ZGF0YX0gJHtLV0RzW2tleXdvcmQgYXMgS3dkXS5mYWlsfSAke3NjaGVtYUNvZGV9IHx8IGlzTmFOKCR7ZGF0YX0pYClcbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgRXJyb3JPYmplY3QsIEtleXdvcmRFcnJvckRlZmluaXRpb259IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtfLCBzdHJ9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuXG5leHBvcnQgdHlwZSBNdWx0aXBsZU9mRXJyb3IgPSBFcnJvck9iamVjdDxcbiAgXCJtdWx0aXBsZU9mXCIsXG4gIHttdWx0aXBsZU9mOiBudW1iZXJ9LFxuICBudW1iZXIgfCB7JGRhdGE6IHN0cmluZ31cbj5cblxuY29uc3QgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6ICh7c2NoZW1hQ29kZX0pID0+IHN0cmBtdXN0IGJlIG11bHRpcGxlIG9mICR7c2NoZW1hQ29kZX1gLFxuICBwYXJhbXM6ICh7c2NoZW1hQ29kZX0pID0+IF9ge211bHRpcGxlT2Y6ICR7c2NoZW1hQ29kZX19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwibXVsdGlwbGVPZlwiLFxuICB0eXBlOiBcIm51bWJlclwiLFxuICBzY2hlbWFUeXBlOiBcIm51bWJlclwiLFxuICAkZGF0YTogdHJ1ZSxcbiAgZXJyb3IsXG4gIGNvZGUoY3h0OiBLZXl3b3JkQ3h0KSB7XG4gICAgY29uc3Qge2dlbiwgZGF0YSwgc2NoZW1hQ29kZSwgaXR9ID0gY3h0XG4gICAgLy8gY29uc3QgYmR0ID0gYmFkJERhdGFUeXBlKHNjaGVtYUNvZGUsIDxzdHJpbmc+ZGVmLnNjaGVtYVR5cGUsICRkYXRhKVxuICAgIGNvbnN0IHByZWMgPSBpdC5vcHRzLm11bHRpcGxlT2ZQcmVjaXNpb25cbiAgICBjb25zdCByZXMgPSBnZW4ubGV0KFwicmVzXCIpXG4gICAgY29uc3QgaW52YWxpZCA9IHByZWNcbiAgICAgID8gX2BNYXRoLmFicyhNYXRoLnJvdW5kKCR7cmVzfSkgLSAke3Jlc30pID4gMWUtJHtwcmVjfWBcbiAgICAgIDogX2Ake3Jlc30gIT09IHBhcnNlSW50KCR7cmVzfSlgXG4gICAgY3h0LmZhaWwkZGF0YShfYCgke3NjaGVtYUNvZGV9ID09PSAwIHx8ICgke3Jlc30gPSAke2RhdGF9LyR7c2NoZW1hQ29kZX0sICR7aW52YWxpZH0pKWApXG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgIi8vIGh0dHBzOi8vbWF0aGlhc2J5bmVucy5iZS9ub3Rlcy9qYXZhc2NyaXB0LWVuY29kaW5nXG4vLyBodHRwczovL2dpdGh1Yi5jb20vYmVzdGllanMvcHVueWNvZGUuanMgLSBwdW55Y29kZS51Y3MyLmRlY29kZVxuZXhwb3J0IGRlZmF1bHQgZnVuY3Rpb24gdWNzMmxlbmd0aChzdHI6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGxlbiA9IHN0ci5sZW5ndGhcbiAgbGV0IGxlbmd0aCA9IDBcbiAgbGV0IHBvcyA9IDBcbiAgbGV0IHZhbHVlOiBudW1iZXJcbiAgd2hpbGUgKHBvcyA8IGxlbikge1xuICAgIGxlbmd0aCsrXG4gICAgdmFsdWUgPSBzdHIuY2hhckNvZGVBdChwb3MrKylcbiAgICBpZiAodmFsdWUgPj0gMHhkODAwICYmIHZhbHVlIDw9IDB4ZGJmZiAmJiBwb3MgPCBsZW4pIHtcbiAgICAgIC8vIGhpZ2ggc3Vycm9nYXRlLCBhbmQgdGhlcmUgaXMgYSBuZXh0IGNoYXJhY3RlclxuICAgICAgdmFsdWUgPSBzdHIuY2hhckNvZGVBdChwb3MpXG4gICAgICBpZiAoKHZhbHVlICYgMHhmYzAwKSA9PT0gMHhkYzAwKSBwb3MrKyAvLyBsb3cgc3Vycm9nYXRlXG4gICAgfVxuICB9XG4gIHJldHVybiBsZW5ndGhcbn1cblxudWNzMmxlbmd0aC5jb2RlID0gJ3JlcXVpcmUoXCJhanYvZGlzdC9ydW50aW1lL3VjczJsZW5ndGhcIikuZGVmYXVsdCdcbiIsICJpbXBvcnQgdHlwZSB7Q29kZUtleXdvcmREZWZpbml0aW9uLCBLZXl3b3JkRXJyb3JEZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7Xywgc3RyLCBvcGVyYXRvcnN9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHt1c2VGdW5jfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcbmltcG9ydCB1Y3MybGVuZ3RoIGZyb20gXCIuLi8uLi9ydW50aW1lL3VjczJsZW5ndGhcIlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZSh7a2V5d29yZCwgc2NoZW1hQ29kZX0pIHtcbiAgICBjb25zdCBjb21wID0ga2V5d29yZCA9PT0gXCJtYXhMZW5ndGhcIiA/IFwibW9yZVwiIDogXCJmZXdlclwiXG4gICAgcmV0dXJuIHN0cmBtdXN0IE5PVCBoYXZlICR7Y29tcH0gdGhhbiAke3NjaGVtYUNvZGV9IGNoYXJhY3RlcnNgXG4gIH0sXG4gIHBhcmFtczogKHtzY2hlbWFDb2RlfSkgPT4gX2B7bGltaXQ6ICR7c2NoZW1hQ29kZX19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFtcIm1heExlbmd0aFwiLCBcIm1pbkxlbmd0aFwiXSxcbiAgdHlwZTogXCJzdHJpbmdcIixcbiAgc2NoZW1hVHlwZTogXCJudW1iZXJcIixcbiAgJGRhdGE6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtrZXl3b3JkLCBkYXRhLCBzY2hlbWFDb2RlLCBpdH0gPSBjeHRcbiAgICBjb25zdCBvcCA9IGtleXdvcmQgPT09IFwibWF4TGVuZ3RoXCIgPyBvcGVyYXRvcnMuR1QgOiBvcGVyYXRvcnMuTFRcbiAgICBjb25zdCBsZW4gPVxuICAgICAgaXQub3B0cy51bmljb2RlID09PSBmYWxzZSA/IF9gJHtkYXRhfS5sZW5ndGhgIDogX2Ake3VzZUZ1bmMoY3h0LmdlbiwgdWNzMmxlbmd0aCl9KCR7ZGF0YX0pYFxuICAgIGN4dC5mYWlsJGRhdGEoX2Ake2xlbn0gJHtvcH0gJHtzY2hlbWFDb2RlfWApXG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtDb2RlS2V5d29yZERlZmluaXRpb24sIEVycm9yT2JqZWN0LCBLZXl3b3JkRXJyb3JEZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7dXNlUGF0dGVybn0gZnJvbSBcIi4uL2NvZGVcIlxuaW1wb3J0IHt1c2VGdW5jfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcbmltcG9ydCB7Xywgc3RyfSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcblxuZXhwb3J0IHR5cGUgUGF0dGVybkVycm9yID0gRXJyb3JPYmplY3Q8XCJwYXR0ZXJuXCIsIHtwYXR0ZXJuOiBzdHJpbmd9LCBzdHJpbmcgfCB7JGRhdGE6IHN0cmluZ30+XG5cbmNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiAoe3NjaGVtYUNvZGV9KSA9PiBzdHJgbXVzdCBtYXRjaCBwYXR0ZXJuIFwiJHtzY2hlbWFDb2RlfVwiYCxcbiAgcGFyYW1zOiAoe3NjaGVtYUNvZGV9KSA9PiBfYHtwYXR0ZXJuOiAke3NjaGVtYUNvZGV9fWAsXG59XG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcInBhdHRlcm5cIixcbiAgdHlwZTogXCJzdHJpbmdcIixcbiAgc2NoZW1hVHlwZTogXCJzdHJpbmdcIixcbiAgJGRhdGE6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIGRhdGEsICRkYXRhLCBzY2hlbWEsIHNjaGVtYUNvZGUsIGl0fSA9IGN4dFxuICAgIGNvbnN0IHUgPSBpdC5vcHRzLnVuaWNvZGVSZWdFeHAgPyBcInVcIiA6IFwiXCJcbiAgICBpZiAoJGRhdGEpIHtcbiAgICAgIGNvbnN0IHtyZWdFeHB9ID0gaXQub3B0cy5jb2RlXG4gICAgICBjb25zdCByZWdFeHBDb2RlID0gcmVnRXhwLmNvZGUgPT09IFwibmV3IFJlZ0V4cFwiID8gX2BuZXcgUmVnRXhwYCA6IHVzZUZ1bmMoZ2VuLCByZWdFeHApXG4gICAgICBjb25zdCB2YWxpZCA9IGdlbi5sZXQoXCJ2YWxpZFwiKVxuICAgICAgZ2VuLnRyeShcbiAgICAgICAgKCkgPT4gZ2VuLmFzc2lnbih2YWxpZCwgX2Ake3JlZ0V4cENvZGV9KCR7c2NoZW1hQ29kZX0sICR7dX0pLnRlc3QoJHtkYXRhfSlgKSxcbiAgICAgICAgKCkgPT4gZ2VuLmFzc2lnbih2YWxpZCwgZmFsc2UpXG4gICAgICApXG4gICAgICBjeHQuZmFpbCRkYXRhKF9gISR7dmFsaWR9YClcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgcmVnRXhwID0gdXNlUGF0dGVybihjeHQsIHNjaGVtYSlcbiAgICAgIGN4dC5mYWlsJGRhdGEoX2AhJHtyZWdFeHB9LnRlc3QoJHtkYXRhfSlgKVxuICAgIH1cbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgS2V5d29yZEVycm9yRGVmaW5pdGlvbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge18sIHN0ciwgb3BlcmF0b3JzfSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcblxuY29uc3QgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2Uoe2tleXdvcmQsIHNjaGVtYUNvZGV9KSB7XG4gICAgY29uc3QgY29tcCA9IGtleXdvcmQgPT09IFwibWF4UHJvcGVydGllc1wiID8gXCJtb3JlXCIgOiBcImZld2VyXCJcbiAgICByZXR1cm4gc3RyYG11c3QgTk9UIGhhdmUgJHtjb21wfSB0aGFuICR7c2NoZW1hQ29kZX0gcHJvcGVydGllc2BcbiAgfSxcbiAgcGFyYW1zOiAoe3NjaGVtYUNvZGV9KSA9PiBfYHtsaW1pdDogJHtzY2hlbWFDb2RlfX1gLFxufVxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogW1wibWF4UHJvcGVydGllc1wiLCBcIm1pblByb3BlcnRpZXNcIl0sXG4gIHR5cGU6IFwib2JqZWN0XCIsXG4gIHNjaGVtYVR5cGU6IFwibnVtYmVyXCIsXG4gICRkYXRhOiB0cnVlLFxuICBlcnJvcixcbiAgY29kZShjeHQ6IEtleXdvcmRDeHQpIHtcbiAgICBjb25zdCB7a2V5d29yZCwgZGF0YSwgc2NoZW1hQ29kZX0gPSBjeHRcbiAgICBjb25zdCBvcCA9IGtleXdvcmQgPT09IFwibWF4UHJvcGVydGllc1wiID8gb3BlcmF0b3JzLkdUIDogb3BlcmF0b3JzLkxUXG4gICAgY3h0LmZhaWwkZGF0YShfYE9iamVjdC5rZXlzKCR7ZGF0YX0pLmxlbmd0aCAke29wfSAke3NjaGVtYUNvZGV9YClcbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgRXJyb3JPYmplY3QsIEtleXdvcmRFcnJvckRlZmluaXRpb259IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtcbiAgY2hlY2tSZXBvcnRNaXNzaW5nUHJvcCxcbiAgY2hlY2tNaXNzaW5nUHJvcCxcbiAgcmVwb3J0TWlzc2luZ1Byb3AsXG4gIHByb3BlcnR5SW5EYXRhLFxuICBub1Byb3BlcnR5SW5EYXRhLFxufSBmcm9tIFwiLi4vY29kZVwiXG5pbXBvcnQge18sIHN0ciwgbmlsLCBub3QsIE5hbWUsIENvZGV9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHtjaGVja1N0cmljdE1vZGV9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuXG5leHBvcnQgdHlwZSBSZXF1aXJlZEVycm9yID0gRXJyb3JPYmplY3Q8XG4gIFwicmVxdWlyZWRcIixcbiAge21pc3NpbmdQcm9wZXJ0eTogc3RyaW5nfSxcbiAgc3RyaW5nW10gfCB7JGRhdGE6IHN0cmluZ31cbj5cblxuY29uc3QgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6ICh7cGFyYW1zOiB7bWlzc2luZ1Byb3BlcnR5fX0pID0+IHN0cmBtdXN0IGhhdmUgcmVxdWlyZWQgcHJvcGVydHkgJyR7bWlzc2luZ1Byb3BlcnR5fSdgLFxuICBwYXJhbXM6ICh7cGFyYW1zOiB7bWlzc2luZ1Byb3BlcnR5fX0pID0+IF9ge21pc3NpbmdQcm9wZXJ0eTogJHttaXNzaW5nUHJvcGVydHl9fWAsXG59XG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcInJlcXVpcmVkXCIsXG4gIHR5cGU6IFwib2JqZWN0XCIsXG4gIHNjaGVtYVR5cGU6IFwiYXJyYXlcIixcbiAgJGRhdGE6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYSwgc2NoZW1hQ29kZSwgZGF0YSwgJGRhdGEsIGl0fSA9IGN4dFxuICAgIGNvbnN0IHtvcHRzfSA9IGl0XG4gICAgaWYgKCEkZGF0YSAmJiBzY2hlbWEubGVuZ3RoID09PSAwKSByZXR1cm5cbiAgICBjb25zdCB1c2VMb29wID0gc2NoZW1hLmxlbmd0aCA+PSBvcHRzLmxvb3BSZXF1aXJlZFxuICAgIGlmIChpdC5hbGxFcnJvcnMpIGFsbEVycm9yc01vZGUoKVxuICAgIGVsc2UgZXhpdE9uRXJyb3JNb2RlKClcblxuICAgIGlmIChvcHRzLnN0cmljdFJlcXVpcmVkKSB7XG4gICAgICBjb25zdCBwcm9wcyA9IGN4dC5wYXJlbnRTY2hlbWEucHJvcGVydGllc1xuICAgICAgY29uc3Qge2RlZmluZWRQcm9wZXJ0aWVzfSA9IGN4dC5pdFxuICAgICAgZm9yIChjb25zdCByZXF1aXJlZEtleSBvZiBzY2hlbWEpIHtcbiAgICAgICAgaWYgKHByb3BzPy5bcmVxdWlyZWRLZXldID09PSB1bmRlZmluZWQgJiYgIWRlZmluZWRQcm9wZXJ0aWVzLmhhcyhyZXF1aXJlZEtleSkpIHtcbiAgICAgICAgICBjb25zdCBzY2hlbWFQYXRoID0gaXQuc2NoZW1hRW52LmJhc2VJZCArIGl0LmVyclNjaGVtYVBhdGhcbiAgICAgICAgICBjb25zdCBtc2cgPSBgcmVxdWlyZWQgcHJvcGVydHkgXCIke3JlcXVpcmVkS2V5fVwiIGlzIG5vdCBkZWZpbmVkIGF0IFwiJHtzY2hlbWFQYXRofVwiIChzdHJpY3RSZXF1aXJlZClgXG4gICAgICAgICAgY2hlY2tTdHJpY3RNb2RlKGl0LCBtc2csIGl0Lm9wdHMuc3RyaWN0UmVxdWlyZWQpXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG5cbiAgICBmdW5jdGlvbiBhbGxFcnJvcnNNb2RlKCk6IHZvaWQge1xuICAgICAgaWYgKHVzZUxvb3AgfHwgJGRhdGEpIHtcbiAgICAgICAgY3h0LmJsb2NrJGRhdGEobmlsLCBsb29wQWxsUmVxdWlyZWQpXG4gICAgICB9IGVsc2Uge1xuICAgICAgICBmb3IgKGNvbnN0IHByb3Agb2Ygc2NoZW1hKSB7XG4gICAgICAgICAgY2hlY2tSZXBvcnRNaXNzaW5nUHJvcChjeHQsIHByb3ApXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG5cbiAgICBmdW5jdGlvbiBleGl0T25FcnJvck1vZGUoKTogdm9pZCB7XG4gICAgICBjb25zdCBtaXNzaW5nID0gZ2VuLmxldChcIm1pc3NpbmdcIilcbiAgICAgIGlmICh1c2VMb29wIHx8ICRkYXRhKSB7XG4gICAgICAgIGNvbnN0IHZhbGlkID0gZ2VuLmxldChcInZhbGlkXCIsIHRydWUpXG4gICAgICAgIGN4dC5ibG9jayRkYXRhKHZhbGlkLCAoKSA9PiBsb29wVW50aWxNaXNzaW5nKG1pc3NpbmcsIHZhbGlkKSlcbiAgICAgICAgY3h0Lm9rKHZhbGlkKVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZ2VuLmlmKGNoZWNrTWlzc2luZ1Byb3AoY3h0LCBzY2hlbWEsIG1pc3NpbmcpKVxuICAgICAgICByZXBvcnRNaXNzaW5nUHJvcChjeHQsIG1pc3NpbmcpXG4gICAgICAgIGdlbi5lbHNlKClcbiAgICAgIH1cbiAgICB9XG5cbiAgICBmdW5jdGlvbiBsb29wQWxsUmVxdWlyZWQoKTogdm9pZCB7XG4gICAgICBnZW4uZm9yT2YoXCJwcm9wXCIsIHNjaGVtYUNvZGUgYXMgQ29kZSwgKHByb3ApID0+IHtcbiAgICAgICAgY3h0LnNldFBhcmFtcyh7bWlzc2luZ1Byb3BlcnR5OiBwcm9wfSlcbiAgICAgICAgZ2VuLmlmKG5vUHJvcGVydHlJbkRhdGEoZ2VuLCBkYXRhLCBwcm9wLCBvcHRzLm93blByb3BlcnRpZXMpLCAoKSA9PiBjeHQuZXJyb3IoKSlcbiAgICAgIH0pXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gbG9vcFVudGlsTWlzc2luZyhtaXNzaW5nOiBOYW1lLCB2YWxpZDogTmFtZSk6IHZvaWQge1xuICAgICAgY3h0LnNldFBhcmFtcyh7bWlzc2luZ1Byb3BlcnR5OiBtaXNzaW5nfSlcbiAgICAgIGdlbi5mb3JPZihcbiAgICAgICAgbWlzc2luZyxcbiAgICAgICAgc2NoZW1hQ29kZSBhcyBDb2RlLFxuICAgICAgICAoKSA9PiB7XG4gICAgICAgICAgZ2VuLmFzc2lnbih2YWxpZCwgcHJvcGVydHlJbkRhdGEoZ2VuLCBkYXRhLCBtaXNzaW5nLCBvcHRzLm93blByb3BlcnRpZXMpKVxuICAgICAgICAgIGdlbi5pZihub3QodmFsaWQpLCAoKSA9PiB7XG4gICAgICAgICAgICBjeHQuZXJyb3IoKVxuICAgICAgICAgICAgZ2VuLmJyZWFrKClcbiAgICAgICAgICB9KVxuICAgICAgICB9LFxuICAgICAgICBuaWxcbiAgICAgIClcbiAgICB9XG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtDb2RlS2V5d29yZERlZmluaXRpb24sIEtleXdvcmRFcnJvckRlZmluaXRpb259IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtfLCBzdHIsIG9wZXJhdG9yc30gZnJvbSBcIi4uLy4uL2NvbXBpbGUvY29kZWdlblwiXG5cbmNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlKHtrZXl3b3JkLCBzY2hlbWFDb2RlfSkge1xuICAgIGNvbnN0IGNvbXAgPSBrZXl3b3JkID09PSBcIm1heEl0ZW1zXCIgPyBcIm1vcmVcIiA6IFwiZmV3ZXJcIlxuICAgIHJldHVybiBzdHJgbXVzdCBOT1QgaGF2ZSAke2NvbXB9IHRoYW4gJHtzY2hlbWFDb2RlfSBpdGVtc2BcbiAgfSxcbiAgcGFyYW1zOiAoe3NjaGVtYUNvZGV9KSA9PiBfYHtsaW1pdDogJHtzY2hlbWFDb2RlfX1gLFxufVxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogW1wibWF4SXRlbXNcIiwgXCJtaW5JdGVtc1wiXSxcbiAgdHlwZTogXCJhcnJheVwiLFxuICBzY2hlbWFUeXBlOiBcIm51bWJlclwiLFxuICAkZGF0YTogdHJ1ZSxcbiAgZXJyb3IsXG4gIGNvZGUoY3h0OiBLZXl3b3JkQ3h0KSB7XG4gICAgY29uc3Qge2tleXdvcmQsIGRhdGEsIHNjaGVtYUNvZGV9ID0gY3h0XG4gICAgY29uc3Qgb3AgPSBrZXl3b3JkID09PSBcIm1heEl0ZW1zXCIgPyBvcGVyYXRvcnMuR1QgOiBvcGVyYXRvcnMuTFRcbiAgICBjeHQuZmFpbCRkYXRhKF9gJHtkYXRhfS5sZW5ndGggJHtvcH0gJHtzY2hlbWFDb2RlfWApXG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgIi8vIGh0dHBzOi8vZ2l0aHViLmNvbS9hanYtdmFsaWRhdG9yL2Fqdi9pc3N1ZXMvODg5XG5pbXBvcnQgKiBhcyBlcXVhbCBmcm9tIFwiZmFzdC1kZWVwLWVxdWFsXCJcblxudHlwZSBFcXVhbCA9IHR5cGVvZiBlcXVhbCAmIHtjb2RlOiBzdHJpbmd9XG47KGVxdWFsIGFzIEVxdWFsKS5jb2RlID0gJ3JlcXVpcmUoXCJhanYvZGlzdC9ydW50aW1lL2VxdWFsXCIpLmRlZmF1bHQnXG5cbmV4cG9ydCBkZWZhdWx0IGVxdWFsIGFzIEVxdWFsXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgRXJyb3JPYmplY3QsIEtleXdvcmRFcnJvckRlZmluaXRpb259IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtjaGVja0RhdGFUeXBlcywgZ2V0U2NoZW1hVHlwZXMsIERhdGFUeXBlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZS9kYXRhVHlwZVwiXG5pbXBvcnQge18sIHN0ciwgTmFtZX0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvY29kZWdlblwiXG5pbXBvcnQge3VzZUZ1bmN9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuaW1wb3J0IGVxdWFsIGZyb20gXCIuLi8uLi9ydW50aW1lL2VxdWFsXCJcblxuZXhwb3J0IHR5cGUgVW5pcXVlSXRlbXNFcnJvciA9IEVycm9yT2JqZWN0PFxuICBcInVuaXF1ZUl0ZW1zXCIsXG4gIHtpOiBudW1iZXI7IGo6IG51bWJlcn0sXG4gIGJvb2xlYW4gfCB7JGRhdGE6IHN0cmluZ31cbj5cblxuY29uc3QgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6ICh7cGFyYW1zOiB7aSwgan19KSA9PlxuICAgIHN0cmBtdXN0IE5PVCBoYXZlIGR1cGxpY2F0ZSBpdGVtcyAoaXRlbXMgIyMgJHtqfSBhbmQgJHtpfSBhcmUgaWRlbnRpY2FsKWAsXG4gIHBhcmFtczogKHtwYXJhbXM6IHtpLCBqfX0pID0+IF9ge2k6ICR7aX0sIGo6ICR7an19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwidW5pcXVlSXRlbXNcIixcbiAgdHlwZTogXCJhcnJheVwiLFxuICBzY2hlbWFUeXBlOiBcImJvb2xlYW5cIixcbiAgJGRhdGE6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIGRhdGEsICRkYXRhLCBzY2hlbWEsIHBhcmVudFNjaGVtYSwgc2NoZW1hQ29kZSwgaXR9ID0gY3h0XG4gICAgaWYgKCEkZGF0YSAmJiAhc2NoZW1hKSByZXR1cm5cbiAgICBjb25zdCB2YWxpZCA9IGdlbi5sZXQoXCJ2YWxpZFwiKVxuICAgIGNvbnN0IGl0ZW1UeXBlcyA9IHBhcmVudFNjaGVtYS5pdGVtcyA/IGdldFNjaGVtYVR5cGVzKHBhcmVudFNjaGVtYS5pdGVtcykgOiBbXVxuICAgIGN4dC5ibG9jayRkYXRhKHZhbGlkLCB2YWxpZGF0ZVVuaXF1ZUl0ZW1zLCBfYCR7c2NoZW1hQ29kZX0gPT09IGZhbHNlYClcbiAgICBjeHQub2sodmFsaWQpXG5cbiAgICBmdW5jdGlvbiB2YWxpZGF0ZVVuaXF1ZUl0ZW1zKCk6IHZvaWQge1xuICAgICAgY29uc3QgaSA9IGdlbi5sZXQoXCJpXCIsIF9gJHtkYXRhfS5sZW5ndGhgKVxuICAgICAgY29uc3QgaiA9IGdlbi5sZXQoXCJqXCIpXG4gICAgICBjeHQuc2V0UGFyYW1zKHtpLCBqfSlcbiAgICAgIGdlbi5hc3NpZ24odmFsaWQsIHRydWUpXG4gICAgICBnZW4uaWYoX2Ake2l9ID4gMWAsICgpID0+IChjYW5PcHRpbWl6ZSgpID8gbG9vcE4gOiBsb29wTjIpKGksIGopKVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGNhbk9wdGltaXplKCk6IGJvb2xlYW4ge1xuICAgICAgcmV0dXJuIGl0ZW1UeXBlcy5sZW5ndGggPiAwICYmICFpdGVtVHlwZXMuc29tZSgodCkgPT4gdCA9PT0gXCJvYmplY3RcIiB8fCB0ID09PSBcImFycmF5XCIpXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gbG9vcE4oaTogTmFtZSwgajogTmFtZSk6IHZvaWQge1xuICAgICAgY29uc3QgaXRlbSA9IGdlbi5uYW1lKFwiaXRlbVwiKVxuICAgICAgY29uc3Qgd3JvbmdUeXBlID0gY2hlY2tEYXRhVHlwZXMoaXRlbVR5cGVzLCBpdGVtLCBpdC5vcHRzLnN0cmljdE51bWJlcnMsIERhdGFUeXBlLldyb25nKVxuICAgICAgY29uc3QgaW5kaWNlcyA9IGdlbi5jb25zdChcImluZGljZXNcIiwgX2B7fWApXG4gICAgICBnZW4uZm9yKF9gOyR7aX0tLTtgLCAoKSA9PiB7XG4gICAgICAgIGdlbi5sZXQoaXRlbSwgX2Ake2RhdGF9WyR7aX1dYClcbiAgICAgICAgZ2VuLmlmKHdyb25nVHlwZSwgX2Bjb250aW51ZWApXG4gICAgICAgIGlmIChpdGVtVHlwZXMubGVuZ3RoID4gMSkgZ2VuLmlmKF9gdHlwZW9mICR7aXRlbX0gPT0gXCJzdHJpbmdcImAsIF9gJHtpdGVtfSArPSBcIl9cImApXG4gICAgICAgIGdlblxuICAgICAgICAgIC5pZihfYHR5cGVvZiAke2luZGljZXN9WyR7aXRlbX1dID09IFwibnVtYmVyXCJgLCAoKSA9PiB7XG4gICAgICAgICAgICBnZW4uYXNzaWduKGosIF9gJHtpbmRpY2VzfVske2l0ZW19XWApXG4gICAgICAgICAgICBjeHQuZXJyb3IoKVxuICAgICAgICAgICAgZ2VuLmFzc2lnbih2YWxpZCwgZmFsc2UpLmJyZWFrKClcbiAgICAgICAgICB9KVxuICAgICAgICAgIC5jb2RlKF9gJHtpbmRpY2VzfVske2l0ZW19XSA9ICR7aX1gKVxuICAgICAgfSlcbiAgICB9XG5cbiAgICBmdW5jdGlvbiBsb29wTjIoaTogTmFtZSwgajogTmFtZSk6IHZvaWQge1xuICAgICAgY29uc3QgZXFsID0gdXNlRnVuYyhnZW4sIGVxdWFsKVxuICAgICAgY29uc3Qgb3V0ZXIgPSBnZW4ubmFtZShcIm91dGVyXCIpXG4gICAgICBnZW4ubGFiZWwob3V0ZXIpLmZvcihfYDske2l9LS07YCwgKCkgPT5cbiAgICAgICAgZ2VuLmZvcihfYCR7an0gPSAke2l9OyAke2p9LS07YCwgKCkgPT5cbiAgICAgICAgICBnZW4uaWYoX2Ake2VxbH0oJHtkYXRhfVske2l9XSwgJHtkYXRhfVske2p9XSlgLCAoKSA9PiB7XG4gICAgICAgICAgICBjeHQuZXJyb3IoKVxuICAgICAgICAgICAgZ2VuLmFzc2lnbih2YWxpZCwgZmFsc2UpLmJyZWFrKG91dGVyKVxuICAgICAgICAgIH0pXG4gICAgICAgIClcbiAgICAgIClcbiAgICB9XG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtDb2RlS2V5d29yZERlZmluaXRpb24sIEVycm9yT2JqZWN0LCBLZXl3b3JkRXJyb3JEZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7X30gZnJvbSBcIi4uLy4uL2NvbXBpbGUvY29kZWdlblwiXG5pbXBvcnQge3VzZUZ1bmN9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuaW1wb3J0IGVxdWFsIGZyb20gXCIuLi8uLi9ydW50aW1lL2VxdWFsXCJcblxuZXhwb3J0IHR5cGUgQ29uc3RFcnJvciA9IEVycm9yT2JqZWN0PFwiY29uc3RcIiwge2FsbG93ZWRWYWx1ZTogYW55fT5cblxuY29uc3QgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6IFwibXVzdCBiZSBlcXVhbCB0byBjb25zdGFudFwiLFxuICBwYXJhbXM6ICh7c2NoZW1hQ29kZX0pID0+IF9ge2FsbG93ZWRWYWx1ZTogJHtzY2hlbWFDb2RlfX1gLFxufVxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogXCJjb25zdFwiLFxuICAkZGF0YTogdHJ1ZSxcbiAgZXJyb3IsXG4gIGNvZGUoY3h0OiBLZXl3b3JkQ3h0KSB7XG4gICAgY29uc3Qge2dlbiwgZGF0YSwgJGRhdGEsIHNjaGVtYUNvZGUsIHNjaGVtYX0gPSBjeHRcbiAgICBpZiAoJGRhdGEgfHwgKHNjaGVtYSAmJiB0eXBlb2Ygc2NoZW1hID09IFwib2JqZWN0XCIpKSB7XG4gICAgICBjeHQuZmFpbCRkYXRhKF9gISR7dXNlRnVuYyhnZW4sIGVxdWFsKX0oJHtkYXRhfSwgJHtzY2hlbWFDb2RlfSlgKVxuICAgIH0gZWxzZSB7XG4gICAgICBjeHQuZmFpbChfYCR7c2NoZW1hfSAhPT0gJHtkYXRhfWApXG4gICAgfVxuICB9LFxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7Q29kZUtleXdvcmREZWZpbml0aW9uLCBFcnJvck9iamVjdCwgS2V5d29yZEVycm9yRGVmaW5pdGlvbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge18sIG9yLCBOYW1lLCBDb2RlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCB7dXNlRnVuY30gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdXRpbFwiXG5pbXBvcnQgZXF1YWwgZnJvbSBcIi4uLy4uL3J1bnRpbWUvZXF1YWxcIlxuXG5leHBvcnQgdHlwZSBFbnVtRXJyb3IgPSBFcnJvck9iamVjdDxcImVudW1cIiwge2FsbG93ZWRWYWx1ZXM6IGFueVtdfSwgYW55W10gfCB7JGRhdGE6IHN0cmluZ30+XG5cbmNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiBcIm11c3QgYmUgZXF1YWwgdG8gb25lIG9mIHRoZSBhbGxvd2VkIHZhbHVlc1wiLFxuICBwYXJhbXM6ICh7c2NoZW1hQ29kZX0pID0+IF9ge2FsbG93ZWRWYWx1ZXM6ICR7c2NoZW1hQ29kZX19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiZW51bVwiLFxuICBzY2hlbWFUeXBlOiBcImFycmF5XCIsXG4gICRkYXRhOiB0cnVlLFxuICBlcnJvcixcbiAgY29kZShjeHQ6IEtleXdvcmRDeHQpIHtcbiAgICBjb25zdCB7Z2VuLCBkYXRhLCAkZGF0YSwgc2NoZW1hLCBzY2hlbWFDb2RlLCBpdH0gPSBjeHRcbiAgICBpZiAoISRkYXRhICYmIHNjaGVtYS5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcihcImVudW0gbXVzdCBoYXZlIG5vbi1lbXB0eSBhcnJheVwiKVxuICAgIGNvbnN0IHVzZUxvb3AgPSBzY2hlbWEubGVuZ3RoID49IGl0Lm9wdHMubG9vcEVudW1cbiAgICBsZXQgZXFsOiBOYW1lIHwgdW5kZWZpbmVkXG4gICAgY29uc3QgZ2V0RXFsID0gKCk6IE5hbWUgPT4gKGVxbCA/Pz0gdXNlRnVuYyhnZW4sIGVxdWFsKSlcblxuICAgIGxldCB2YWxpZDogQ29kZVxuICAgIGlmICh1c2VMb29wIHx8ICRkYXRhKSB7XG4gICAgICB2YWxpZCA9IGdlbi5sZXQoXCJ2YWxpZFwiKVxuICAgICAgY3h0LmJsb2NrJGRhdGEodmFsaWQsIGxvb3BFbnVtKVxuICAgIH0gZWxzZSB7XG4gICAgICAvKiBpc3RhbmJ1bCBpZ25vcmUgaWYgKi9cbiAgICAgIGlmICghQXJyYXkuaXNBcnJheShzY2hlbWEpKSB0aHJvdyBuZXcgRXJyb3IoXCJhanYgaW1wbGVtZW50YXRpb24gZXJyb3JcIilcbiAgICAgIGNvbnN0IHZTY2hlbWEgPSBnZW4uY29uc3QoXCJ2U2NoZW1hXCIsIHNjaGVtYUNvZGUpXG4gICAgICB2YWxpZCA9IG9yKC4uLnNjaGVtYS5tYXAoKF94OiB1bmtub3duLCBpOiBudW1iZXIpID0+IGVxdWFsQ29kZSh2U2NoZW1hLCBpKSkpXG4gICAgfVxuICAgIGN4dC5wYXNzKHZhbGlkKVxuXG4gICAgZnVuY3Rpb24gbG9vcEVudW0oKTogdm9pZCB7XG4gICAgICBnZW4uYXNzaWduKHZhbGlkLCBmYWxzZSlcbiAgICAgIGdlbi5mb3JPZihcInZcIiwgc2NoZW1hQ29kZSBhcyBDb2RlLCAodikgPT5cbiAgICAgICAgZ2VuLmlmKF9gJHtnZXRFcWwoKX0oJHtkYXRhfSwgJHt2fSlgLCAoKSA9PiBnZW4uYXNzaWduKHZhbGlkLCB0cnVlKS5icmVhaygpKVxuICAgICAgKVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGVxdWFsQ29kZSh2U2NoZW1hOiBOYW1lLCBpOiBudW1iZXIpOiBDb2RlIHtcbiAgICAgIGNvbnN0IHNjaCA9IHNjaGVtYVtpXVxuICAgICAgcmV0dXJuIHR5cGVvZiBzY2ggPT09IFwib2JqZWN0XCIgJiYgc2NoICE9PSBudWxsXG4gICAgICAgID8gX2Ake2dldEVxbCgpfSgke2RhdGF9LCAke3ZTY2hlbWF9WyR7aX1dKWBcbiAgICAgICAgOiBfYCR7ZGF0YX0gPT09ICR7c2NofWBcbiAgICB9XG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtFcnJvck9iamVjdCwgVm9jYWJ1bGFyeX0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCBsaW1pdE51bWJlciwge0xpbWl0TnVtYmVyRXJyb3J9IGZyb20gXCIuL2xpbWl0TnVtYmVyXCJcbmltcG9ydCBtdWx0aXBsZU9mLCB7TXVsdGlwbGVPZkVycm9yfSBmcm9tIFwiLi9tdWx0aXBsZU9mXCJcbmltcG9ydCBsaW1pdExlbmd0aCBmcm9tIFwiLi9saW1pdExlbmd0aFwiXG5pbXBvcnQgcGF0dGVybiwge1BhdHRlcm5FcnJvcn0gZnJvbSBcIi4vcGF0dGVyblwiXG5pbXBvcnQgbGltaXRQcm9wZXJ0aWVzIGZyb20gXCIuL2xpbWl0UHJvcGVydGllc1wiXG5pbXBvcnQgcmVxdWlyZWQsIHtSZXF1aXJlZEVycm9yfSBmcm9tIFwiLi9yZXF1aXJlZFwiXG5pbXBvcnQgbGltaXRJdGVtcyBmcm9tIFwiLi9saW1pdEl0ZW1zXCJcbmltcG9ydCB1bmlxdWVJdGVtcywge1VuaXF1ZUl0ZW1zRXJyb3J9IGZyb20gXCIuL3VuaXF1ZUl0ZW1zXCJcbmltcG9ydCBjb25zdEtleXdvcmQsIHtDb25zdEVycm9yfSBmcm9tIFwiLi9jb25zdFwiXG5pbXBvcnQgZW51bUtleXdvcmQsIHtFbnVtRXJyb3J9IGZyb20gXCIuL2VudW1cIlxuXG5jb25zdCB2YWxpZGF0aW9uOiBWb2NhYnVsYXJ5ID0gW1xuICAvLyBudW1iZXJcbiAgbGltaXROdW1iZXIsXG4gIG11bHRpcGxlT2YsXG4gIC8vIHN0cmluZ1xuICBsaW1pdExlbmd0aCxcbiAgcGF0dGVybixcbiAgLy8gb2JqZWN0XG4gIGxpbWl0UHJvcGVydGllcyxcbiAgcmVxdWlyZWQsXG4gIC8vIGFycmF5XG4gIGxpbWl0SXRlbXMsXG4gIHVuaXF1ZUl0ZW1zLFxuICAvLyBhbnlcbiAge2tleXdvcmQ6IFwidHlwZVwiLCBzY2hlbWFUeXBlOiBbXCJzdHJpbmdcIiwgXCJhcnJheVwiXX0sXG4gIHtrZXl3b3JkOiBcIm51bGxhYmxlXCIsIHNjaGVtYVR5cGU6IFwiYm9vbGVhblwifSxcbiAgY29uc3RLZXl3b3JkLFxuICBlbnVtS2V5d29yZCxcbl1cblxuZXhwb3J0IGRlZmF1bHQgdmFsaWRhdGlvblxuXG50eXBlIExpbWl0RXJyb3IgPSBFcnJvck9iamVjdDxcbiAgXCJtYXhJdGVtc1wiIHwgXCJtaW5JdGVtc1wiIHwgXCJtaW5Qcm9wZXJ0aWVzXCIgfCBcIm1heFByb3BlcnRpZXNcIiB8IFwibWluTGVuZ3RoXCIgfCBcIm1heExlbmd0aFwiLFxuICB7bGltaXQ6IG51bWJlcn0sXG4gIG51bWJlciB8IHskZGF0YTogc3RyaW5nfVxuPlxuXG5leHBvcnQgdHlwZSBWYWxpZGF0aW9uS2V5d29yZEVycm9yID1cbiAgfCBMaW1pdEVycm9yXG4gIHwgTGltaXROdW1iZXJFcnJvclxuICB8IE11bHRpcGxlT2ZFcnJvclxuICB8IFBhdHRlcm5FcnJvclxuICB8IFJlcXVpcmVkRXJyb3JcbiAgfCBVbmlxdWVJdGVtc0Vycm9yXG4gIHwgQ29uc3RFcnJvclxuICB8IEVudW1FcnJvclxuIiwgImltcG9ydCB0eXBlIHtcbiAgQ29kZUtleXdvcmREZWZpbml0aW9uLFxuICBFcnJvck9iamVjdCxcbiAgS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgQW55U2NoZW1hLFxufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7Xywgc3RyLCBub3QsIE5hbWV9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHthbHdheXNWYWxpZFNjaGVtYSwgY2hlY2tTdHJpY3RNb2RlLCBUeXBlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcblxuZXhwb3J0IHR5cGUgQWRkaXRpb25hbEl0ZW1zRXJyb3IgPSBFcnJvck9iamVjdDxcImFkZGl0aW9uYWxJdGVtc1wiLCB7bGltaXQ6IG51bWJlcn0sIEFueVNjaGVtYT5cblxuY29uc3QgZXJyb3I6IEtleXdvcmRFcnJvckRlZmluaXRpb24gPSB7XG4gIG1lc3NhZ2U6ICh7cGFyYW1zOiB7bGVufX0pID0+IHN0cmBtdXN0IE5PVCBoYXZlIG1vcmUgdGhhbiAke2xlbn0gaXRlbXNgLFxuICBwYXJhbXM6ICh7cGFyYW1zOiB7bGVufX0pID0+IF9ge2xpbWl0OiAke2xlbn19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiYWRkaXRpb25hbEl0ZW1zXCIgYXMgY29uc3QsXG4gIHR5cGU6IFwiYXJyYXlcIixcbiAgc2NoZW1hVHlwZTogW1wiYm9vbGVhblwiLCBcIm9iamVjdFwiXSxcbiAgYmVmb3JlOiBcInVuaXF1ZUl0ZW1zXCIsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtwYXJlbnRTY2hlbWEsIGl0fSA9IGN4dFxuICAgIGNvbnN0IHtpdGVtc30gPSBwYXJlbnRTY2hlbWFcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkoaXRlbXMpKSB7XG4gICAgICBjaGVja1N0cmljdE1vZGUoaXQsICdcImFkZGl0aW9uYWxJdGVtc1wiIGlzIGlnbm9yZWQgd2hlbiBcIml0ZW1zXCIgaXMgbm90IGFuIGFycmF5IG9mIHNjaGVtYXMnKVxuICAgICAgcmV0dXJuXG4gICAgfVxuICAgIHZhbGlkYXRlQWRkaXRpb25hbEl0ZW1zKGN4dCwgaXRlbXMpXG4gIH0sXG59XG5cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0ZUFkZGl0aW9uYWxJdGVtcyhjeHQ6IEtleXdvcmRDeHQsIGl0ZW1zOiBBbnlTY2hlbWFbXSk6IHZvaWQge1xuICBjb25zdCB7Z2VuLCBzY2hlbWEsIGRhdGEsIGtleXdvcmQsIGl0fSA9IGN4dFxuICBpdC5pdGVtcyA9IHRydWVcbiAgY29uc3QgbGVuID0gZ2VuLmNvbnN0KFwibGVuXCIsIF9gJHtkYXRhfS5sZW5ndGhgKVxuICBpZiAoc2NoZW1hID09PSBmYWxzZSkge1xuICAgIGN4dC5zZXRQYXJhbXMoe2xlbjogaXRlbXMubGVuZ3RofSlcbiAgICBjeHQucGFzcyhfYCR7bGVufSA8PSAke2l0ZW1zLmxlbmd0aH1gKVxuICB9IGVsc2UgaWYgKHR5cGVvZiBzY2hlbWEgPT0gXCJvYmplY3RcIiAmJiAhYWx3YXlzVmFsaWRTY2hlbWEoaXQsIHNjaGVtYSkpIHtcbiAgICBjb25zdCB2YWxpZCA9IGdlbi52YXIoXCJ2YWxpZFwiLCBfYCR7bGVufSA8PSAke2l0ZW1zLmxlbmd0aH1gKSAvLyBUT0RPIHZhclxuICAgIGdlbi5pZihub3QodmFsaWQpLCAoKSA9PiB2YWxpZGF0ZUl0ZW1zKHZhbGlkKSlcbiAgICBjeHQub2sodmFsaWQpXG4gIH1cblxuICBmdW5jdGlvbiB2YWxpZGF0ZUl0ZW1zKHZhbGlkOiBOYW1lKTogdm9pZCB7XG4gICAgZ2VuLmZvclJhbmdlKFwiaVwiLCBpdGVtcy5sZW5ndGgsIGxlbiwgKGkpID0+IHtcbiAgICAgIGN4dC5zdWJzY2hlbWEoe2tleXdvcmQsIGRhdGFQcm9wOiBpLCBkYXRhUHJvcFR5cGU6IFR5cGUuTnVtfSwgdmFsaWQpXG4gICAgICBpZiAoIWl0LmFsbEVycm9ycykgZ2VuLmlmKG5vdCh2YWxpZCksICgpID0+IGdlbi5icmVhaygpKVxuICAgIH0pXG4gIH1cbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgQW55U2NoZW1hLCBBbnlTY2hlbWFPYmplY3R9IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtffSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCB7YWx3YXlzVmFsaWRTY2hlbWEsIG1lcmdlRXZhbHVhdGVkLCBjaGVja1N0cmljdE1vZGV9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuaW1wb3J0IHt2YWxpZGF0ZUFycmF5fSBmcm9tIFwiLi4vY29kZVwiXG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcIml0ZW1zXCIsXG4gIHR5cGU6IFwiYXJyYXlcIixcbiAgc2NoZW1hVHlwZTogW1wib2JqZWN0XCIsIFwiYXJyYXlcIiwgXCJib29sZWFuXCJdLFxuICBiZWZvcmU6IFwidW5pcXVlSXRlbXNcIixcbiAgY29kZShjeHQ6IEtleXdvcmRDeHQpIHtcbiAgICBjb25zdCB7c2NoZW1hLCBpdH0gPSBjeHRcbiAgICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEpKSByZXR1cm4gdmFsaWRhdGVUdXBsZShjeHQsIFwiYWRkaXRpb25hbEl0ZW1zXCIsIHNjaGVtYSlcbiAgICBpdC5pdGVtcyA9IHRydWVcbiAgICBpZiAoYWx3YXlzVmFsaWRTY2hlbWEoaXQsIHNjaGVtYSkpIHJldHVyblxuICAgIGN4dC5vayh2YWxpZGF0ZUFycmF5KGN4dCkpXG4gIH0sXG59XG5cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0ZVR1cGxlKFxuICBjeHQ6IEtleXdvcmRDeHQsXG4gIGV4dHJhSXRlbXM6IHN0cmluZyxcbiAgc2NoQXJyOiBBbnlTY2hlbWFbXSA9IGN4dC5zY2hlbWFcbik6IHZvaWQge1xuICBjb25zdCB7Z2VuLCBwYXJlbnRTY2hlbWEsIGRhdGEsIGtleXdvcmQsIGl0fSA9IGN4dFxuICBjaGVja1N0cmljdFR1cGxlKHBhcmVudFNjaGVtYSlcbiAgaWYgKGl0Lm9wdHMudW5ldmFsdWF0ZWQgJiYgc2NoQXJyLmxlbmd0aCAmJiBpdC5pdGVtcyAhPT0gdHJ1ZSkge1xuICAgIGl0Lml0ZW1zID0gbWVyZ2VFdmFsdWF0ZWQuaXRlbXMoZ2VuLCBzY2hBcnIubGVuZ3RoLCBpdC5pdGVtcylcbiAgfVxuICBjb25zdCB2YWxpZCA9IGdlbi5uYW1lKFwidmFsaWRcIilcbiAgY29uc3QgbGVuID0gZ2VuLmNvbnN0KFwibGVuXCIsIF9gJHtkYXRhfS5sZW5ndGhgKVxuICBzY2hBcnIuZm9yRWFjaCgoc2NoOiBBbnlTY2hlbWEsIGk6IG51bWJlcikgPT4ge1xuICAgIGlmIChhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoKSkgcmV0dXJuXG4gICAgZ2VuLmlmKF9gJHtsZW59ID4gJHtpfWAsICgpID0+XG4gICAgICBjeHQuc3Vic2NoZW1hKFxuICAgICAgICB7XG4gICAgICAgICAga2V5d29yZCxcbiAgICAgICAgICBzY2hlbWFQcm9wOiBpLFxuICAgICAgICAgIGRhdGFQcm9wOiBpLFxuICAgICAgICB9LFxuICAgICAgICB2YWxpZFxuICAgICAgKVxuICAgIClcbiAgICBjeHQub2sodmFsaWQpXG4gIH0pXG5cbiAgZnVuY3Rpb24gY2hlY2tTdHJpY3RUdXBsZShzY2g6IEFueVNjaGVtYU9iamVjdCk6IHZvaWQge1xuICAgIGNvbnN0IHtvcHRzLCBlcnJTY2hlbWFQYXRofSA9IGl0XG4gICAgY29uc3QgbCA9IHNjaEFyci5sZW5ndGhcbiAgICBjb25zdCBmdWxsVHVwbGUgPSBsID09PSBzY2gubWluSXRlbXMgJiYgKGwgPT09IHNjaC5tYXhJdGVtcyB8fCBzY2hbZXh0cmFJdGVtc10gPT09IGZhbHNlKVxuICAgIGlmIChvcHRzLnN0cmljdFR1cGxlcyAmJiAhZnVsbFR1cGxlKSB7XG4gICAgICBjb25zdCBtc2cgPSBgXCIke2tleXdvcmR9XCIgaXMgJHtsfS10dXBsZSwgYnV0IG1pbkl0ZW1zIG9yIG1heEl0ZW1zLyR7ZXh0cmFJdGVtc30gYXJlIG5vdCBzcGVjaWZpZWQgb3IgZGlmZmVyZW50IGF0IHBhdGggXCIke2VyclNjaGVtYVBhdGh9XCJgXG4gICAgICBjaGVja1N0cmljdE1vZGUoaXQsIG1zZywgb3B0cy5zdHJpY3RUdXBsZXMpXG4gICAgfVxuICB9XG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtDb2RlS2V5d29yZERlZmluaXRpb259IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQge3ZhbGlkYXRlVHVwbGV9IGZyb20gXCIuL2l0ZW1zXCJcblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwicHJlZml4SXRlbXNcIixcbiAgdHlwZTogXCJhcnJheVwiLFxuICBzY2hlbWFUeXBlOiBbXCJhcnJheVwiXSxcbiAgYmVmb3JlOiBcInVuaXF1ZUl0ZW1zXCIsXG4gIGNvZGU6IChjeHQpID0+IHZhbGlkYXRlVHVwbGUoY3h0LCBcIml0ZW1zXCIpLFxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7XG4gIENvZGVLZXl3b3JkRGVmaW5pdGlvbixcbiAgS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgRXJyb3JPYmplY3QsXG4gIEFueVNjaGVtYSxcbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge18sIHN0cn0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvY29kZWdlblwiXG5pbXBvcnQge2Fsd2F5c1ZhbGlkU2NoZW1hfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcbmltcG9ydCB7dmFsaWRhdGVBcnJheX0gZnJvbSBcIi4uL2NvZGVcIlxuaW1wb3J0IHt2YWxpZGF0ZUFkZGl0aW9uYWxJdGVtc30gZnJvbSBcIi4vYWRkaXRpb25hbEl0ZW1zXCJcblxuZXhwb3J0IHR5cGUgSXRlbXNFcnJvciA9IEVycm9yT2JqZWN0PFwiaXRlbXNcIiwge2xpbWl0OiBudW1iZXJ9LCBBbnlTY2hlbWE+XG5cbmNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiAoe3BhcmFtczoge2xlbn19KSA9PiBzdHJgbXVzdCBOT1QgaGF2ZSBtb3JlIHRoYW4gJHtsZW59IGl0ZW1zYCxcbiAgcGFyYW1zOiAoe3BhcmFtczoge2xlbn19KSA9PiBfYHtsaW1pdDogJHtsZW59fWAsXG59XG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcIml0ZW1zXCIsXG4gIHR5cGU6IFwiYXJyYXlcIixcbiAgc2NoZW1hVHlwZTogW1wib2JqZWN0XCIsIFwiYm9vbGVhblwiXSxcbiAgYmVmb3JlOiBcInVuaXF1ZUl0ZW1zXCIsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtzY2hlbWEsIHBhcmVudFNjaGVtYSwgaXR9ID0gY3h0XG4gICAgY29uc3Qge3ByZWZpeEl0ZW1zfSA9IHBhcmVudFNjaGVtYVxuICAgIGl0Lml0ZW1zID0gdHJ1ZVxuICAgIGlmIChhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoZW1hKSkgcmV0dXJuXG4gICAgaWYgKHByZWZpeEl0ZW1zKSB2YWxpZGF0ZUFkZGl0aW9uYWxJdGVtcyhjeHQsIHByZWZpeEl0ZW1zKVxuICAgIGVsc2UgY3h0Lm9rKHZhbGlkYXRlQXJyYXkoY3h0KSlcbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge1xuICBDb2RlS2V5d29yZERlZmluaXRpb24sXG4gIEtleXdvcmRFcnJvckRlZmluaXRpb24sXG4gIEVycm9yT2JqZWN0LFxuICBBbnlTY2hlbWEsXG59IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtfLCBzdHIsIE5hbWV9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHthbHdheXNWYWxpZFNjaGVtYSwgY2hlY2tTdHJpY3RNb2RlLCBUeXBlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcblxuZXhwb3J0IHR5cGUgQ29udGFpbnNFcnJvciA9IEVycm9yT2JqZWN0PFxuICBcImNvbnRhaW5zXCIsXG4gIHttaW5Db250YWluczogbnVtYmVyOyBtYXhDb250YWlucz86IG51bWJlcn0sXG4gIEFueVNjaGVtYVxuPlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogKHtwYXJhbXM6IHttaW4sIG1heH19KSA9PlxuICAgIG1heCA9PT0gdW5kZWZpbmVkXG4gICAgICA/IHN0cmBtdXN0IGNvbnRhaW4gYXQgbGVhc3QgJHttaW59IHZhbGlkIGl0ZW0ocylgXG4gICAgICA6IHN0cmBtdXN0IGNvbnRhaW4gYXQgbGVhc3QgJHttaW59IGFuZCBubyBtb3JlIHRoYW4gJHttYXh9IHZhbGlkIGl0ZW0ocylgLFxuICBwYXJhbXM6ICh7cGFyYW1zOiB7bWluLCBtYXh9fSkgPT5cbiAgICBtYXggPT09IHVuZGVmaW5lZCA/IF9ge21pbkNvbnRhaW5zOiAke21pbn19YCA6IF9ge21pbkNvbnRhaW5zOiAke21pbn0sIG1heENvbnRhaW5zOiAke21heH19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiY29udGFpbnNcIixcbiAgdHlwZTogXCJhcnJheVwiLFxuICBzY2hlbWFUeXBlOiBbXCJvYmplY3RcIiwgXCJib29sZWFuXCJdLFxuICBiZWZvcmU6IFwidW5pcXVlSXRlbXNcIixcbiAgdHJhY2tFcnJvcnM6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYSwgcGFyZW50U2NoZW1hLCBkYXRhLCBpdH0gPSBjeHRcbiAgICBsZXQgbWluOiBudW1iZXJcbiAgICBsZXQgbWF4OiBudW1iZXIgfCB1bmRlZmluZWRcbiAgICBjb25zdCB7bWluQ29udGFpbnMsIG1heENvbnRhaW5zfSA9IHBhcmVudFNjaGVtYVxuICAgIGlmIChpdC5vcHRzLm5leHQpIHtcbiAgICAgIG1pbiA9IG1pbkNvbnRhaW5zID09PSB1bmRlZmluZWQgPyAxIDogbWluQ29udGFpbnNcbiAgICAgIG1heCA9IG1heENvbnRhaW5zXG4gICAgfSBlbHNlIHtcbiAgICAgIG1pbiA9IDFcbiAgICB9XG4gICAgY29uc3QgbGVuID0gZ2VuLmNvbnN0KFwibGVuXCIsIF9gJHtkYXRhfS5sZW5ndGhgKVxuICAgIGN4dC5zZXRQYXJhbXMoe21pbiwgbWF4fSlcbiAgICBpZiAobWF4ID09PSB1bmRlZmluZWQgJiYgbWluID09PSAwKSB7XG4gICAgICBjaGVja1N0cmljdE1vZGUoaXQsIGBcIm1pbkNvbnRhaW5zXCIgPT0gMCB3aXRob3V0IFwibWF4Q29udGFpbnNcIjogXCJjb250YWluc1wiIGtleXdvcmQgaWdub3JlZGApXG4gICAgICByZXR1cm5cbiAgICB9XG4gICAgaWYgKG1heCAhPT0gdW5kZWZpbmVkICYmIG1pbiA+IG1heCkge1xuICAgICAgY2hlY2tTdHJpY3RNb2RlKGl0LCBgXCJtaW5Db250YWluc1wiID4gXCJtYXhDb250YWluc1wiIGlzIGFsd2F5cyBpbnZhbGlkYClcbiAgICAgIGN4dC5mYWlsKClcbiAgICAgIHJldHVyblxuICAgIH1cbiAgICBpZiAoYWx3YXlzVmFsaWRTY2hlbWEoaXQsIHNjaGVtYSkpIHtcbiAgICAgIGxldCBjb25kID0gX2Ake2xlbn0gPj0gJHttaW59YFxuICAgICAgaWYgKG1heCAhPT0gdW5kZWZpbmVkKSBjb25kID0gX2Ake2NvbmR9ICYmICR7bGVufSA8PSAke21heH1gXG4gICAgICBjeHQucGFzcyhjb25kKVxuICAgICAgcmV0dXJuXG4gICAgfVxuXG4gICAgaXQuaXRlbXMgPSB0cnVlXG4gICAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gICAgaWYgKG1heCA9PT0gdW5kZWZpbmVkICYmIG1pbiA9PT0gMSkge1xuICAgICAgdmFsaWRhdGVJdGVtcyh2YWxpZCwgKCkgPT4gZ2VuLmlmKHZhbGlkLCAoKSA9PiBnZW4uYnJlYWsoKSkpXG4gICAgfSBlbHNlIGlmIChtaW4gPT09IDApIHtcbiAgICAgIGdlbi5sZXQodmFsaWQsIHRydWUpXG4gICAgICBpZiAobWF4ICE9PSB1bmRlZmluZWQpIGdlbi5pZihfYCR7ZGF0YX0ubGVuZ3RoID4gMGAsIHZhbGlkYXRlSXRlbXNXaXRoQ291bnQpXG4gICAgfSBlbHNlIHtcbiAgICAgIGdlbi5sZXQodmFsaWQsIGZhbHNlKVxuICAgICAgdmFsaWRhdGVJdGVtc1dpdGhDb3VudCgpXG4gICAgfVxuICAgIGN4dC5yZXN1bHQodmFsaWQsICgpID0+IGN4dC5yZXNldCgpKVxuXG4gICAgZnVuY3Rpb24gdmFsaWRhdGVJdGVtc1dpdGhDb3VudCgpOiB2b2lkIHtcbiAgICAgIGNvbnN0IHNjaFZhbGlkID0gZ2VuLm5hbWUoXCJfdmFsaWRcIilcbiAgICAgIGNvbnN0IGNvdW50ID0gZ2VuLmxldChcImNvdW50XCIsIDApXG4gICAgICB2YWxpZGF0ZUl0ZW1zKHNjaFZhbGlkLCAoKSA9PiBnZW4uaWYoc2NoVmFsaWQsICgpID0+IGNoZWNrTGltaXRzKGNvdW50KSkpXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gdmFsaWRhdGVJdGVtcyhfdmFsaWQ6IE5hbWUsIGJsb2NrOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgICBnZW4uZm9yUmFuZ2UoXCJpXCIsIDAsIGxlbiwgKGkpID0+IHtcbiAgICAgICAgY3h0LnN1YnNjaGVtYShcbiAgICAgICAgICB7XG4gICAgICAgICAgICBrZXl3b3JkOiBcImNvbnRhaW5zXCIsXG4gICAgICAgICAgICBkYXRhUHJvcDogaSxcbiAgICAgICAgICAgIGRhdGFQcm9wVHlwZTogVHlwZS5OdW0sXG4gICAgICAgICAgICBjb21wb3NpdGVSdWxlOiB0cnVlLFxuICAgICAgICAgIH0sXG4gICAgICAgICAgX3ZhbGlkXG4gICAgICAgIClcbiAgICAgICAgYmxvY2soKVxuICAgICAgfSlcbiAgICB9XG5cbiAgICBmdW5jdGlvbiBjaGVja0xpbWl0cyhjb3VudDogTmFtZSk6IHZvaWQge1xuICAgICAgZ2VuLmNvZGUoX2Ake2NvdW50fSsrYClcbiAgICAgIGlmIChtYXggPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBnZW4uaWYoX2Ake2NvdW50fSA+PSAke21pbn1gLCAoKSA9PiBnZW4uYXNzaWduKHZhbGlkLCB0cnVlKS5icmVhaygpKVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZ2VuLmlmKF9gJHtjb3VudH0gPiAke21heH1gLCAoKSA9PiBnZW4uYXNzaWduKHZhbGlkLCBmYWxzZSkuYnJlYWsoKSlcbiAgICAgICAgaWYgKG1pbiA9PT0gMSkgZ2VuLmFzc2lnbih2YWxpZCwgdHJ1ZSlcbiAgICAgICAgZWxzZSBnZW4uaWYoX2Ake2NvdW50fSA+PSAke21pbn1gLCAoKSA9PiBnZW4uYXNzaWduKHZhbGlkLCB0cnVlKSlcbiAgICAgIH1cbiAgICB9XG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtcbiAgQ29kZUtleXdvcmREZWZpbml0aW9uLFxuICBFcnJvck9iamVjdCxcbiAgS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgU2NoZW1hTWFwLFxuICBBbnlTY2hlbWEsXG59IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtfLCBzdHJ9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHthbHdheXNWYWxpZFNjaGVtYX0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdXRpbFwiXG5pbXBvcnQge2NoZWNrUmVwb3J0TWlzc2luZ1Byb3AsIGNoZWNrTWlzc2luZ1Byb3AsIHJlcG9ydE1pc3NpbmdQcm9wLCBwcm9wZXJ0eUluRGF0YX0gZnJvbSBcIi4uL2NvZGVcIlxuXG5leHBvcnQgdHlwZSBQcm9wZXJ0eURlcGVuZGVuY2llcyA9IHtbSyBpbiBzdHJpbmddPzogc3RyaW5nW119XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGVwZW5kZW5jaWVzRXJyb3JQYXJhbXMge1xuICBwcm9wZXJ0eTogc3RyaW5nXG4gIG1pc3NpbmdQcm9wZXJ0eTogc3RyaW5nXG4gIGRlcHNDb3VudDogbnVtYmVyXG4gIGRlcHM6IHN0cmluZyAvLyBUT0RPIGNoYW5nZSB0byBzdHJpbmdbXVxufVxuXG50eXBlIFNjaGVtYURlcGVuZGVuY2llcyA9IFNjaGVtYU1hcFxuXG5leHBvcnQgdHlwZSBEZXBlbmRlbmNpZXNFcnJvciA9IEVycm9yT2JqZWN0PFxuICBcImRlcGVuZGVuY2llc1wiLFxuICBEZXBlbmRlbmNpZXNFcnJvclBhcmFtcyxcbiAge1tLIGluIHN0cmluZ10/OiBzdHJpbmdbXSB8IEFueVNjaGVtYX1cbj5cblxuZXhwb3J0IGNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiAoe3BhcmFtczoge3Byb3BlcnR5LCBkZXBzQ291bnQsIGRlcHN9fSkgPT4ge1xuICAgIGNvbnN0IHByb3BlcnR5X2llcyA9IGRlcHNDb3VudCA9PT0gMSA/IFwicHJvcGVydHlcIiA6IFwicHJvcGVydGllc1wiXG4gICAgcmV0dXJuIHN0cmBtdXN0IGhhdmUgJHtwcm9wZXJ0eV9pZXN9ICR7ZGVwc30gd2hlbiBwcm9wZXJ0eSAke3Byb3BlcnR5fSBpcyBwcmVzZW50YFxuICB9LFxuICBwYXJhbXM6ICh7cGFyYW1zOiB7cHJvcGVydHksIGRlcHNDb3VudCwgZGVwcywgbWlzc2luZ1Byb3BlcnR5fX0pID0+XG4gICAgX2B7cHJvcGVydHk6ICR7cHJvcGVydHl9LFxuICAgIG1pc3NpbmdQcm9wZXJ0eTogJHttaXNzaW5nUHJvcGVydHl9LFxuICAgIGRlcHNDb3VudDogJHtkZXBzQ291bnR9LFxuICAgIGRlcHM6ICR7ZGVwc319YCwgLy8gVE9ETyBjaGFuZ2UgdG8gcmVmZXJlbmNlXG59XG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcImRlcGVuZGVuY2llc1wiLFxuICB0eXBlOiBcIm9iamVjdFwiLFxuICBzY2hlbWFUeXBlOiBcIm9iamVjdFwiLFxuICBlcnJvcixcbiAgY29kZShjeHQ6IEtleXdvcmRDeHQpIHtcbiAgICBjb25zdCBbcHJvcERlcHMsIHNjaERlcHNdID0gc3BsaXREZXBlbmRlbmNpZXMoY3h0KVxuICAgIHZhbGlkYXRlUHJvcGVydHlEZXBzKGN4dCwgcHJvcERlcHMpXG4gICAgdmFsaWRhdGVTY2hlbWFEZXBzKGN4dCwgc2NoRGVwcylcbiAgfSxcbn1cblxuZnVuY3Rpb24gc3BsaXREZXBlbmRlbmNpZXMoe3NjaGVtYX06IEtleXdvcmRDeHQpOiBbUHJvcGVydHlEZXBlbmRlbmNpZXMsIFNjaGVtYURlcGVuZGVuY2llc10ge1xuICBjb25zdCBwcm9wZXJ0eURlcHM6IFByb3BlcnR5RGVwZW5kZW5jaWVzID0ge31cbiAgY29uc3Qgc2NoZW1hRGVwczogU2NoZW1hRGVwZW5kZW5jaWVzID0ge31cbiAgZm9yIChjb25zdCBrZXkgaW4gc2NoZW1hKSB7XG4gICAgaWYgKGtleSA9PT0gXCJfX3Byb3RvX19cIikgY29udGludWVcbiAgICBjb25zdCBkZXBzID0gQXJyYXkuaXNBcnJheShzY2hlbWFba2V5XSkgPyBwcm9wZXJ0eURlcHMgOiBzY2hlbWFEZXBzXG4gICAgZGVwc1trZXldID0gc2NoZW1hW2tleV1cbiAgfVxuICByZXR1cm4gW3Byb3BlcnR5RGVwcywgc2NoZW1hRGVwc11cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlUHJvcGVydHlEZXBzKFxuICBjeHQ6IEtleXdvcmRDeHQsXG4gIHByb3BlcnR5RGVwczoge1tLIGluIHN0cmluZ10/OiBzdHJpbmdbXX0gPSBjeHQuc2NoZW1hXG4pOiB2b2lkIHtcbiAgY29uc3Qge2dlbiwgZGF0YSwgaXR9ID0gY3h0XG4gIGlmIChPYmplY3Qua2V5cyhwcm9wZXJ0eURlcHMpLmxlbmd0aCA9PT0gMCkgcmV0dXJuXG4gIGNvbnN0IG1pc3NpbmcgPSBnZW4ubGV0KFwibWlzc2luZ1wiKVxuICBmb3IgKGNvbnN0IHByb3AgaW4gcHJvcGVydHlEZXBzKSB7XG4gICAgY29uc3QgZGVwcyA9IHByb3BlcnR5RGVwc1twcm9wXSBhcyBzdHJpbmdbXVxuICAgIGlmIChkZXBzLmxlbmd0aCA9PT0gMCkgY29udGludWVcbiAgICBjb25zdCBoYXNQcm9wZXJ0eSA9IHByb3BlcnR5SW5EYXRhKGdlbiwgZGF0YSwgcHJvcCwgaXQub3B0cy5vd25Qcm9wZXJ0aWVzKVxuICAgIGN4dC5zZXRQYXJhbXMoe1xuICAgICAgcHJvcGVydHk6IHByb3AsXG4gICAgICBkZXBzQ291bnQ6IGRlcHMubGVuZ3RoLFxuICAgICAgZGVwczogZGVwcy5qb2luKFwiLCBcIiksXG4gICAgfSlcbiAgICBpZiAoaXQuYWxsRXJyb3JzKSB7XG4gICAgICBnZW4uaWYoaGFzUHJvcGVydHksICgpID0+IHtcbiAgICAgICAgZm9yIChjb25zdCBkZXBQcm9wIG9mIGRlcHMpIHtcbiAgICAgICAgICBjaGVja1JlcG9ydE1pc3NpbmdQcm9wKGN4dCwgZGVwUHJvcClcbiAgICAgICAgfVxuICAgICAgfSlcbiAgICB9IGVsc2Uge1xuICAgICAgZ2VuLmlmKF9gJHtoYXNQcm9wZXJ0eX0gJiYgKCR7Y2hlY2tNaXNzaW5nUHJvcChjeHQsIGRlcHMsIG1pc3NpbmcpfSlgKVxuICAgICAgcmVwb3J0TWlzc2luZ1Byb3AoY3h0LCBtaXNzaW5nKVxuICAgICAgZ2VuLmVsc2UoKVxuICAgIH1cbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVTY2hlbWFEZXBzKGN4dDogS2V5d29yZEN4dCwgc2NoZW1hRGVwczogU2NoZW1hTWFwID0gY3h0LnNjaGVtYSk6IHZvaWQge1xuICBjb25zdCB7Z2VuLCBkYXRhLCBrZXl3b3JkLCBpdH0gPSBjeHRcbiAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gIGZvciAoY29uc3QgcHJvcCBpbiBzY2hlbWFEZXBzKSB7XG4gICAgaWYgKGFsd2F5c1ZhbGlkU2NoZW1hKGl0LCBzY2hlbWFEZXBzW3Byb3BdIGFzIEFueVNjaGVtYSkpIGNvbnRpbnVlXG4gICAgZ2VuLmlmKFxuICAgICAgcHJvcGVydHlJbkRhdGEoZ2VuLCBkYXRhLCBwcm9wLCBpdC5vcHRzLm93blByb3BlcnRpZXMpLFxuICAgICAgKCkgPT4ge1xuICAgICAgICBjb25zdCBzY2hDeHQgPSBjeHQuc3Vic2NoZW1hKHtrZXl3b3JkLCBzY2hlbWFQcm9wOiBwcm9wfSwgdmFsaWQpXG4gICAgICAgIGN4dC5tZXJnZVZhbGlkRXZhbHVhdGVkKHNjaEN4dCwgdmFsaWQpXG4gICAgICB9LFxuICAgICAgKCkgPT4gZ2VuLnZhcih2YWxpZCwgdHJ1ZSkgLy8gVE9ETyB2YXJcbiAgICApXG4gICAgY3h0Lm9rKHZhbGlkKVxuICB9XG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtcbiAgQ29kZUtleXdvcmREZWZpbml0aW9uLFxuICBFcnJvck9iamVjdCxcbiAgS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgQW55U2NoZW1hLFxufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7Xywgbm90fSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCB7YWx3YXlzVmFsaWRTY2hlbWF9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuXG5leHBvcnQgdHlwZSBQcm9wZXJ0eU5hbWVzRXJyb3IgPSBFcnJvck9iamVjdDxcInByb3BlcnR5TmFtZXNcIiwge3Byb3BlcnR5TmFtZTogc3RyaW5nfSwgQW55U2NoZW1hPlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogXCJwcm9wZXJ0eSBuYW1lIG11c3QgYmUgdmFsaWRcIixcbiAgcGFyYW1zOiAoe3BhcmFtc30pID0+IF9ge3Byb3BlcnR5TmFtZTogJHtwYXJhbXMucHJvcGVydHlOYW1lfX1gLFxufVxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogXCJwcm9wZXJ0eU5hbWVzXCIsXG4gIHR5cGU6IFwib2JqZWN0XCIsXG4gIHNjaGVtYVR5cGU6IFtcIm9iamVjdFwiLCBcImJvb2xlYW5cIl0sXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYSwgZGF0YSwgaXR9ID0gY3h0XG4gICAgaWYgKGFsd2F5c1ZhbGlkU2NoZW1hKGl0LCBzY2hlbWEpKSByZXR1cm5cbiAgICBjb25zdCB2YWxpZCA9IGdlbi5uYW1lKFwidmFsaWRcIilcblxuICAgIGdlbi5mb3JJbihcImtleVwiLCBkYXRhLCAoa2V5KSA9PiB7XG4gICAgICBjeHQuc2V0UGFyYW1zKHtwcm9wZXJ0eU5hbWU6IGtleX0pXG4gICAgICBjeHQuc3Vic2NoZW1hKFxuICAgICAgICB7XG4gICAgICAgICAga2V5d29yZDogXCJwcm9wZXJ0eU5hbWVzXCIsXG4gICAgICAgICAgZGF0YToga2V5LFxuICAgICAgICAgIGRhdGFUeXBlczogW1wic3RyaW5nXCJdLFxuICAgICAgICAgIHByb3BlcnR5TmFtZToga2V5LFxuICAgICAgICAgIGNvbXBvc2l0ZVJ1bGU6IHRydWUsXG4gICAgICAgIH0sXG4gICAgICAgIHZhbGlkXG4gICAgICApXG4gICAgICBnZW4uaWYobm90KHZhbGlkKSwgKCkgPT4ge1xuICAgICAgICBjeHQuZXJyb3IodHJ1ZSlcbiAgICAgICAgaWYgKCFpdC5hbGxFcnJvcnMpIGdlbi5icmVhaygpXG4gICAgICB9KVxuICAgIH0pXG5cbiAgICBjeHQub2sodmFsaWQpXG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtcbiAgQ29kZUtleXdvcmREZWZpbml0aW9uLFxuICBBZGRlZEtleXdvcmREZWZpbml0aW9uLFxuICBFcnJvck9iamVjdCxcbiAgS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgQW55U2NoZW1hLFxufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHthbGxTY2hlbWFQcm9wZXJ0aWVzLCB1c2VQYXR0ZXJuLCBpc093blByb3BlcnR5fSBmcm9tIFwiLi4vY29kZVwiXG5pbXBvcnQge18sIG5pbCwgb3IsIG5vdCwgQ29kZSwgTmFtZX0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvY29kZWdlblwiXG5pbXBvcnQgTiBmcm9tIFwiLi4vLi4vY29tcGlsZS9uYW1lc1wiXG5pbXBvcnQgdHlwZSB7U3Vic2NoZW1hQXJnc30gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGUvc3Vic2NoZW1hXCJcbmltcG9ydCB7YWx3YXlzVmFsaWRTY2hlbWEsIHNjaGVtYVJlZk9yVmFsLCBUeXBlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcblxuZXhwb3J0IHR5cGUgQWRkaXRpb25hbFByb3BlcnRpZXNFcnJvciA9IEVycm9yT2JqZWN0PFxuICBcImFkZGl0aW9uYWxQcm9wZXJ0aWVzXCIsXG4gIHthZGRpdGlvbmFsUHJvcGVydHk6IHN0cmluZ30sXG4gIEFueVNjaGVtYVxuPlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogXCJtdXN0IE5PVCBoYXZlIGFkZGl0aW9uYWwgcHJvcGVydGllc1wiLFxuICBwYXJhbXM6ICh7cGFyYW1zfSkgPT4gX2B7YWRkaXRpb25hbFByb3BlcnR5OiAke3BhcmFtcy5hZGRpdGlvbmFsUHJvcGVydHl9fWAsXG59XG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uICYgQWRkZWRLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogXCJhZGRpdGlvbmFsUHJvcGVydGllc1wiLFxuICB0eXBlOiBbXCJvYmplY3RcIl0sXG4gIHNjaGVtYVR5cGU6IFtcImJvb2xlYW5cIiwgXCJvYmplY3RcIl0sXG4gIGFsbG93VW5kZWZpbmVkOiB0cnVlLFxuICB0cmFja0Vycm9yczogdHJ1ZSxcbiAgZXJyb3IsXG4gIGNvZGUoY3h0KSB7XG4gICAgY29uc3Qge2dlbiwgc2NoZW1hLCBwYXJlbnRTY2hlbWEsIGRhdGEsIGVycnNDb3VudCwgaXR9ID0gY3h0XG4gICAgLyogaXN0YW5idWwgaWdub3JlIGlmICovXG4gICAgaWYgKCFlcnJzQ291bnQpIHRocm93IG5ldyBFcnJvcihcImFqdiBpbXBsZW1lbnRhdGlvbiBlcnJvclwiKVxuICAgIGNvbnN0IHthbGxFcnJvcnMsIG9wdHN9ID0gaXRcbiAgICBpdC5wcm9wcyA9IHRydWVcbiAgICBpZiAob3B0cy5yZW1vdmVBZGRpdGlvbmFsICE9PSBcImFsbFwiICYmIGFsd2F5c1ZhbGlkU2NoZW1hKGl0LCBzY2hlbWEpKSByZXR1cm5cbiAgICBjb25zdCBwcm9wcyA9IGFsbFNjaGVtYVByb3BlcnRpZXMocGFyZW50U2NoZW1hLnByb3BlcnRpZXMpXG4gICAgY29uc3QgcGF0UHJvcHMgPSBhbGxTY2hlbWFQcm9wZXJ0aWVzKHBhcmVudFNjaGVtYS5wYXR0ZXJuUHJvcGVydGllcylcbiAgICBjaGVja0FkZGl0aW9uYWxQcm9wZXJ0aWVzKClcbiAgICBjeHQub2soX2Ake2VycnNDb3VudH0gPT09ICR7Ti5lcnJvcnN9YClcblxuICAgIGZ1bmN0aW9uIGNoZWNrQWRkaXRpb25hbFByb3BlcnRpZXMoKTogdm9pZCB7XG4gICAgICBnZW4uZm9ySW4oXCJrZXlcIiwgZGF0YSwgKGtleTogTmFtZSkgPT4ge1xuICAgICAgICBpZiAoIXByb3BzLmxlbmd0aCAmJiAhcGF0UHJvcHMubGVuZ3RoKSBhZGRpdGlvbmFsUHJvcGVydHlDb2RlKGtleSlcbiAgICAgICAgZWxzZSBnZW4uaWYoaXNBZGRpdGlvbmFsKGtleSksICgpID0+IGFkZGl0aW9uYWxQcm9wZXJ0eUNvZGUoa2V5KSlcbiAgICAgIH0pXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gaXNBZGRpdGlvbmFsKGtleTogTmFtZSk6IENvZGUge1xuICAgICAgbGV0IGRlZmluZWRQcm9wOiBDb2RlXG4gICAgICBpZiAocHJvcHMubGVuZ3RoID4gOCkge1xuICAgICAgICAvLyBUT0RPIG1heWJlIGFuIG9wdGlvbiBpbnN0ZWFkIG9mIGhhcmQtY29kZWQgOD9cbiAgICAgICAgY29uc3QgcHJvcHNTY2hlbWEgPSBzY2hlbWFSZWZPclZhbChpdCwgcGFyZW50U2NoZW1hLnByb3BlcnRpZXMsIFwicHJvcGVydGllc1wiKVxuICAgICAgICBkZWZpbmVkUHJvcCA9IGlzT3duUHJvcGVydHkoZ2VuLCBwcm9wc1NjaGVtYSBhcyBDb2RlLCBrZXkpXG4gICAgICB9IGVsc2UgaWYgKHByb3BzLmxlbmd0aCkge1xuICAgICAgICBkZWZpbmVkUHJvcCA9IG9yKC4uLnByb3BzLm1hcCgocCkgPT4gX2Ake2tleX0gPT09ICR7cH1gKSlcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGRlZmluZWRQcm9wID0gbmlsXG4gICAgICB9XG4gICAgICBpZiAocGF0UHJvcHMubGVuZ3RoKSB7XG4gICAgICAgIGRlZmluZWRQcm9wID0gb3IoZGVmaW5lZFByb3AsIC4uLnBhdFByb3BzLm1hcCgocCkgPT4gX2Ake3VzZVBhdHRlcm4oY3h0LCBwKX0udGVzdCgke2tleX0pYCkpXG4gICAgICB9XG4gICAgICByZXR1cm4gbm90KGRlZmluZWRQcm9wKVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGRlbGV0ZUFkZGl0aW9uYWwoa2V5OiBOYW1lKTogdm9pZCB7XG4gICAgICBnZW4uY29kZShfYGRlbGV0ZSAke2RhdGF9WyR7a2V5fV1gKVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGFkZGl0aW9uYWxQcm9wZXJ0eUNvZGUoa2V5OiBOYW1lKTogdm9pZCB7XG4gICAgICBpZiAob3B0cy5yZW1vdmVBZGRpdGlvbmFsID09PSBcImFsbFwiIHx8IChvcHRzLnJlbW92ZUFkZGl0aW9uYWwgJiYgc2NoZW1hID09PSBmYWxzZSkpIHtcbiAgICAgICAgZGVsZXRlQWRkaXRpb25hbChrZXkpXG4gICAgICAgIHJldHVyblxuICAgICAgfVxuXG4gICAgICBpZiAoc2NoZW1hID09PSBmYWxzZSkge1xuICAgICAgICBjeHQuc2V0UGFyYW1zKHthZGRpdGlvbmFsUHJvcGVydHk6IGtleX0pXG4gICAgICAgIGN4dC5lcnJvcigpXG4gICAgICAgIGlmICghYWxsRXJyb3JzKSBnZW4uYnJlYWsoKVxuICAgICAgICByZXR1cm5cbiAgICAgIH1cblxuICAgICAgaWYgKHR5cGVvZiBzY2hlbWEgPT0gXCJvYmplY3RcIiAmJiAhYWx3YXlzVmFsaWRTY2hlbWEoaXQsIHNjaGVtYSkpIHtcbiAgICAgICAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gICAgICAgIGlmIChvcHRzLnJlbW92ZUFkZGl0aW9uYWwgPT09IFwiZmFpbGluZ1wiKSB7XG4gICAgICAgICAgYXBwbHlBZGRpdGlvbmFsU2NoZW1hKGtleSwgdmFsaWQsIGZhbHNlKVxuICAgICAgICAgIGdlbi5pZihub3QodmFsaWQpLCAoKSA9PiB7XG4gICAgICAgICAgICBjeHQucmVzZXQoKVxuICAgICAgICAgICAgZGVsZXRlQWRkaXRpb25hbChrZXkpXG4gICAgICAgICAgfSlcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBhcHBseUFkZGl0aW9uYWxTY2hlbWEoa2V5LCB2YWxpZClcbiAgICAgICAgICBpZiAoIWFsbEVycm9ycykgZ2VuLmlmKG5vdCh2YWxpZCksICgpID0+IGdlbi5icmVhaygpKVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuXG4gICAgZnVuY3Rpb24gYXBwbHlBZGRpdGlvbmFsU2NoZW1hKGtleTogTmFtZSwgdmFsaWQ6IE5hbWUsIGVycm9ycz86IGZhbHNlKTogdm9pZCB7XG4gICAgICBjb25zdCBzdWJzY2hlbWE6IFN1YnNjaGVtYUFyZ3MgPSB7XG4gICAgICAgIGtleXdvcmQ6IFwiYWRkaXRpb25hbFByb3BlcnRpZXNcIixcbiAgICAgICAgZGF0YVByb3A6IGtleSxcbiAgICAgICAgZGF0YVByb3BUeXBlOiBUeXBlLlN0cixcbiAgICAgIH1cbiAgICAgIGlmIChlcnJvcnMgPT09IGZhbHNlKSB7XG4gICAgICAgIE9iamVjdC5hc3NpZ24oc3Vic2NoZW1hLCB7XG4gICAgICAgICAgY29tcG9zaXRlUnVsZTogdHJ1ZSxcbiAgICAgICAgICBjcmVhdGVFcnJvcnM6IGZhbHNlLFxuICAgICAgICAgIGFsbEVycm9yczogZmFsc2UsXG4gICAgICAgIH0pXG4gICAgICB9XG4gICAgICBjeHQuc3Vic2NoZW1hKHN1YnNjaGVtYSwgdmFsaWQpXG4gICAgfVxuICB9LFxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7Q29kZUtleXdvcmREZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge3Byb3BlcnR5SW5EYXRhLCBhbGxTY2hlbWFQcm9wZXJ0aWVzfSBmcm9tIFwiLi4vY29kZVwiXG5pbXBvcnQge2Fsd2F5c1ZhbGlkU2NoZW1hLCB0b0hhc2gsIG1lcmdlRXZhbHVhdGVkfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcbmltcG9ydCBhcERlZiBmcm9tIFwiLi9hZGRpdGlvbmFsUHJvcGVydGllc1wiXG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcInByb3BlcnRpZXNcIixcbiAgdHlwZTogXCJvYmplY3RcIixcbiAgc2NoZW1hVHlwZTogXCJvYmplY3RcIixcbiAgY29kZShjeHQ6IEtleXdvcmRDeHQpIHtcbiAgICBjb25zdCB7Z2VuLCBzY2hlbWEsIHBhcmVudFNjaGVtYSwgZGF0YSwgaXR9ID0gY3h0XG4gICAgaWYgKGl0Lm9wdHMucmVtb3ZlQWRkaXRpb25hbCA9PT0gXCJhbGxcIiAmJiBwYXJlbnRTY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXMgPT09IHVuZGVmaW5lZCkge1xuICAgICAgYXBEZWYuY29kZShuZXcgS2V5d29yZEN4dChpdCwgYXBEZWYsIFwiYWRkaXRpb25hbFByb3BlcnRpZXNcIikpXG4gICAgfVxuICAgIGNvbnN0IGFsbFByb3BzID0gYWxsU2NoZW1hUHJvcGVydGllcyhzY2hlbWEpXG4gICAgZm9yIChjb25zdCBwcm9wIG9mIGFsbFByb3BzKSB7XG4gICAgICBpdC5kZWZpbmVkUHJvcGVydGllcy5hZGQocHJvcClcbiAgICB9XG4gICAgaWYgKGl0Lm9wdHMudW5ldmFsdWF0ZWQgJiYgYWxsUHJvcHMubGVuZ3RoICYmIGl0LnByb3BzICE9PSB0cnVlKSB7XG4gICAgICBpdC5wcm9wcyA9IG1lcmdlRXZhbHVhdGVkLnByb3BzKGdlbiwgdG9IYXNoKGFsbFByb3BzKSwgaXQucHJvcHMpXG4gICAgfVxuICAgIGNvbnN0IHByb3BlcnRpZXMgPSBhbGxQcm9wcy5maWx0ZXIoKHApID0+ICFhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoZW1hW3BdKSlcbiAgICBpZiAocHJvcGVydGllcy5sZW5ndGggPT09IDApIHJldHVyblxuICAgIGNvbnN0IHZhbGlkID0gZ2VuLm5hbWUoXCJ2YWxpZFwiKVxuXG4gICAgZm9yIChjb25zdCBwcm9wIG9mIHByb3BlcnRpZXMpIHtcbiAgICAgIGlmIChoYXNEZWZhdWx0KHByb3ApKSB7XG4gICAgICAgIGFwcGx5UHJvcGVydHlTY2hlbWEocHJvcClcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGdlbi5pZihwcm9wZXJ0eUluRGF0YShnZW4sIGRhdGEsIHByb3AsIGl0Lm9wdHMub3duUHJvcGVydGllcykpXG4gICAgICAgIGFwcGx5UHJvcGVydHlTY2hlbWEocHJvcClcbiAgICAgICAgaWYgKCFpdC5hbGxFcnJvcnMpIGdlbi5lbHNlKCkudmFyKHZhbGlkLCB0cnVlKVxuICAgICAgICBnZW4uZW5kSWYoKVxuICAgICAgfVxuICAgICAgY3h0Lml0LmRlZmluZWRQcm9wZXJ0aWVzLmFkZChwcm9wKVxuICAgICAgY3h0Lm9rKHZhbGlkKVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIGhhc0RlZmF1bHQocHJvcDogc3RyaW5nKTogYm9vbGVhbiB8IHVuZGVmaW5lZCB7XG4gICAgICByZXR1cm4gaXQub3B0cy51c2VEZWZhdWx0cyAmJiAhaXQuY29tcG9zaXRlUnVsZSAmJiBzY2hlbWFbcHJvcF0uZGVmYXVsdCAhPT0gdW5kZWZpbmVkXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gYXBwbHlQcm9wZXJ0eVNjaGVtYShwcm9wOiBzdHJpbmcpOiB2b2lkIHtcbiAgICAgIGN4dC5zdWJzY2hlbWEoXG4gICAgICAgIHtcbiAgICAgICAgICBrZXl3b3JkOiBcInByb3BlcnRpZXNcIixcbiAgICAgICAgICBzY2hlbWFQcm9wOiBwcm9wLFxuICAgICAgICAgIGRhdGFQcm9wOiBwcm9wLFxuICAgICAgICB9LFxuICAgICAgICB2YWxpZFxuICAgICAgKVxuICAgIH1cbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge2FsbFNjaGVtYVByb3BlcnRpZXMsIHVzZVBhdHRlcm59IGZyb20gXCIuLi9jb2RlXCJcbmltcG9ydCB7Xywgbm90LCBOYW1lfSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCB7YWx3YXlzVmFsaWRTY2hlbWEsIGNoZWNrU3RyaWN0TW9kZX0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdXRpbFwiXG5pbXBvcnQge2V2YWx1YXRlZFByb3BzVG9OYW1lLCBUeXBlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcbmltcG9ydCB7QW55U2NoZW1hfSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogXCJwYXR0ZXJuUHJvcGVydGllc1wiLFxuICB0eXBlOiBcIm9iamVjdFwiLFxuICBzY2hlbWFUeXBlOiBcIm9iamVjdFwiLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYSwgZGF0YSwgcGFyZW50U2NoZW1hLCBpdH0gPSBjeHRcbiAgICBjb25zdCB7b3B0c30gPSBpdFxuICAgIGNvbnN0IHBhdHRlcm5zID0gYWxsU2NoZW1hUHJvcGVydGllcyhzY2hlbWEpXG4gICAgY29uc3QgYWx3YXlzVmFsaWRQYXR0ZXJucyA9IHBhdHRlcm5zLmZpbHRlcigocCkgPT5cbiAgICAgIGFsd2F5c1ZhbGlkU2NoZW1hKGl0LCBzY2hlbWFbcF0gYXMgQW55U2NoZW1hKVxuICAgIClcblxuICAgIGlmIChcbiAgICAgIHBhdHRlcm5zLmxlbmd0aCA9PT0gMCB8fFxuICAgICAgKGFsd2F5c1ZhbGlkUGF0dGVybnMubGVuZ3RoID09PSBwYXR0ZXJucy5sZW5ndGggJiZcbiAgICAgICAgKCFpdC5vcHRzLnVuZXZhbHVhdGVkIHx8IGl0LnByb3BzID09PSB0cnVlKSlcbiAgICApIHtcbiAgICAgIHJldHVyblxuICAgIH1cblxuICAgIGNvbnN0IGNoZWNrUHJvcGVydGllcyA9XG4gICAgICBvcHRzLnN0cmljdFNjaGVtYSAmJiAhb3B0cy5hbGxvd01hdGNoaW5nUHJvcGVydGllcyAmJiBwYXJlbnRTY2hlbWEucHJvcGVydGllc1xuICAgIGNvbnN0IHZhbGlkID0gZ2VuLm5hbWUoXCJ2YWxpZFwiKVxuICAgIGlmIChpdC5wcm9wcyAhPT0gdHJ1ZSAmJiAhKGl0LnByb3BzIGluc3RhbmNlb2YgTmFtZSkpIHtcbiAgICAgIGl0LnByb3BzID0gZXZhbHVhdGVkUHJvcHNUb05hbWUoZ2VuLCBpdC5wcm9wcylcbiAgICB9XG4gICAgY29uc3Qge3Byb3BzfSA9IGl0XG4gICAgdmFsaWRhdGVQYXR0ZXJuUHJvcGVydGllcygpXG5cbiAgICBmdW5jdGlvbiB2YWxpZGF0ZVBhdHRlcm5Qcm9wZXJ0aWVzKCk6IHZvaWQge1xuICAgICAgZm9yIChjb25zdCBwYXQgb2YgcGF0dGVybnMpIHtcbiAgICAgICAgaWYgKGNoZWNrUHJvcGVydGllcykgY2hlY2tNYXRjaGluZ1Byb3BlcnRpZXMocGF0KVxuICAgICAgICBpZiAoaXQuYWxsRXJyb3JzKSB7XG4gICAgICAgICAgdmFsaWRhdGVQcm9wZXJ0aWVzKHBhdClcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBnZW4udmFyKHZhbGlkLCB0cnVlKSAvLyBUT0RPIHZhclxuICAgICAgICAgIHZhbGlkYXRlUHJvcGVydGllcyhwYXQpXG4gICAgICAgICAgZ2VuLmlmKHZhbGlkKVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuXG4gICAgZnVuY3Rpb24gY2hlY2tNYXRjaGluZ1Byb3BlcnRpZXMocGF0OiBzdHJpbmcpOiB2b2lkIHtcbiAgICAgIGZvciAoY29uc3QgcHJvcCBpbiBjaGVja1Byb3BlcnRpZXMpIHtcbiAgICAgICAgaWYgKG5ldyBSZWdFeHAocGF0KS50ZXN0KHByb3ApKSB7XG4gICAgICAgICAgY2hlY2tTdHJpY3RNb2RlKFxuICAgICAgICAgICAgaXQsXG4gICAgICAgICAgICBgcHJvcGVydHkgJHtwcm9wfSBtYXRjaGVzIHBhdHRlcm4gJHtwYXR9ICh1c2UgYWxsb3dNYXRjaGluZ1Byb3BlcnRpZXMpYFxuICAgICAgICAgIClcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIHZhbGlkYXRlUHJvcGVydGllcyhwYXQ6IHN0cmluZyk6IHZvaWQge1xuICAgICAgZ2VuLmZvckluKFwia2V5XCIsIGRhdGEsIChrZXkpID0+IHtcbiAgICAgICAgZ2VuLmlmKF9gJHt1c2VQYXR0ZXJuKGN4dCwgcGF0KX0udGVzdCgke2tleX0pYCwgKCkgPT4ge1xuICAgICAgICAgIGNvbnN0IGFsd2F5c1ZhbGlkID0gYWx3YXlzVmFsaWRQYXR0ZXJucy5pbmNsdWRlcyhwYXQpXG4gICAgICAgICAgaWYgKCFhbHdheXNWYWxpZCkge1xuICAgICAgICAgICAgY3h0LnN1YnNjaGVtYShcbiAgICAgICAgICAgICAge1xuICAgICAgICAgICAgICAgIGtleXdvcmQ6IFwicGF0dGVyblByb3BlcnRpZXNcIixcbiAgICAgICAgICAgICAgICBzY2hlbWFQcm9wOiBwYXQsXG4gICAgICAgICAgICAgICAgZGF0YVByb3A6IGtleSxcbiAgICAgICAgICAgICAgICBkYXRhUHJvcFR5cGU6IFR5cGUuU3RyLFxuICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICB2YWxpZFxuICAgICAgICAgICAgKVxuICAgICAgICAgIH1cblxuICAgICAgICAgIGlmIChpdC5vcHRzLnVuZXZhbHVhdGVkICYmIHByb3BzICE9PSB0cnVlKSB7XG4gICAgICAgICAgICBnZW4uYXNzaWduKF9gJHtwcm9wc31bJHtrZXl9XWAsIHRydWUpXG4gICAgICAgICAgfSBlbHNlIGlmICghYWx3YXlzVmFsaWQgJiYgIWl0LmFsbEVycm9ycykge1xuICAgICAgICAgICAgLy8gY2FuIHNob3J0LWNpcmN1aXQgaWYgYHVuZXZhbHVhdGVkUHJvcGVydGllc2AgaXMgbm90IHN1cHBvcnRlZCAob3B0cy5uZXh0ID09PSBmYWxzZSlcbiAgICAgICAgICAgIC8vIG9yIGlmIGFsbCBwcm9wZXJ0aWVzIHdlcmUgZXZhbHVhdGVkIChwcm9wcyA9PT0gdHJ1ZSlcbiAgICAgICAgICAgIGdlbi5pZihub3QodmFsaWQpLCAoKSA9PiBnZW4uYnJlYWsoKSlcbiAgICAgICAgICB9XG4gICAgICAgIH0pXG4gICAgICB9KVxuICAgIH1cbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgRXJyb3JOb1BhcmFtcywgQW55U2NoZW1hfSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7YWx3YXlzVmFsaWRTY2hlbWF9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuXG5leHBvcnQgdHlwZSBOb3RLZXl3b3JkRXJyb3IgPSBFcnJvck5vUGFyYW1zPFwibm90XCIsIEFueVNjaGVtYT5cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwibm90XCIsXG4gIHNjaGVtYVR5cGU6IFtcIm9iamVjdFwiLCBcImJvb2xlYW5cIl0sXG4gIHRyYWNrRXJyb3JzOiB0cnVlLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIHNjaGVtYSwgaXR9ID0gY3h0XG4gICAgaWYgKGFsd2F5c1ZhbGlkU2NoZW1hKGl0LCBzY2hlbWEpKSB7XG4gICAgICBjeHQuZmFpbCgpXG4gICAgICByZXR1cm5cbiAgICB9XG5cbiAgICBjb25zdCB2YWxpZCA9IGdlbi5uYW1lKFwidmFsaWRcIilcbiAgICBjeHQuc3Vic2NoZW1hKFxuICAgICAge1xuICAgICAgICBrZXl3b3JkOiBcIm5vdFwiLFxuICAgICAgICBjb21wb3NpdGVSdWxlOiB0cnVlLFxuICAgICAgICBjcmVhdGVFcnJvcnM6IGZhbHNlLFxuICAgICAgICBhbGxFcnJvcnM6IGZhbHNlLFxuICAgICAgfSxcbiAgICAgIHZhbGlkXG4gICAgKVxuXG4gICAgY3h0LmZhaWxSZXN1bHQoXG4gICAgICB2YWxpZCxcbiAgICAgICgpID0+IGN4dC5yZXNldCgpLFxuICAgICAgKCkgPT4gY3h0LmVycm9yKClcbiAgICApXG4gIH0sXG4gIGVycm9yOiB7bWVzc2FnZTogXCJtdXN0IE5PVCBiZSB2YWxpZFwifSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgRXJyb3JOb1BhcmFtcywgQW55U2NoZW1hfSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHt2YWxpZGF0ZVVuaW9ufSBmcm9tIFwiLi4vY29kZVwiXG5cbmV4cG9ydCB0eXBlIEFueU9mRXJyb3IgPSBFcnJvck5vUGFyYW1zPFwiYW55T2ZcIiwgQW55U2NoZW1hW10+XG5cbmNvbnN0IGRlZjogQ29kZUtleXdvcmREZWZpbml0aW9uID0ge1xuICBrZXl3b3JkOiBcImFueU9mXCIsXG4gIHNjaGVtYVR5cGU6IFwiYXJyYXlcIixcbiAgdHJhY2tFcnJvcnM6IHRydWUsXG4gIGNvZGU6IHZhbGlkYXRlVW5pb24sXG4gIGVycm9yOiB7bWVzc2FnZTogXCJtdXN0IG1hdGNoIGEgc2NoZW1hIGluIGFueU9mXCJ9LFxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7XG4gIENvZGVLZXl3b3JkRGVmaW5pdGlvbixcbiAgRXJyb3JPYmplY3QsXG4gIEtleXdvcmRFcnJvckRlZmluaXRpb24sXG4gIEFueVNjaGVtYSxcbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge18sIE5hbWV9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuaW1wb3J0IHthbHdheXNWYWxpZFNjaGVtYX0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdXRpbFwiXG5pbXBvcnQge1NjaGVtYUN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGVcIlxuXG5leHBvcnQgdHlwZSBPbmVPZkVycm9yID0gRXJyb3JPYmplY3Q8XG4gIFwib25lT2ZcIixcbiAge3Bhc3NpbmdTY2hlbWFzOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbH0sXG4gIEFueVNjaGVtYVtdXG4+XG5cbmNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiBcIm11c3QgbWF0Y2ggZXhhY3RseSBvbmUgc2NoZW1hIGluIG9uZU9mXCIsXG4gIHBhcmFtczogKHtwYXJhbXN9KSA9PiBfYHtwYXNzaW5nU2NoZW1hczogJHtwYXJhbXMucGFzc2luZ319YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwib25lT2ZcIixcbiAgc2NoZW1hVHlwZTogXCJhcnJheVwiLFxuICB0cmFja0Vycm9yczogdHJ1ZSxcbiAgZXJyb3IsXG4gIGNvZGUoY3h0OiBLZXl3b3JkQ3h0KSB7XG4gICAgY29uc3Qge2dlbiwgc2NoZW1hLCBwYXJlbnRTY2hlbWEsIGl0fSA9IGN4dFxuICAgIC8qIGlzdGFuYnVsIGlnbm9yZSBpZiAqL1xuICAgIGlmICghQXJyYXkuaXNBcnJheShzY2hlbWEpKSB0aHJvdyBuZXcgRXJyb3IoXCJhanYgaW1wbGVtZW50YXRpb24gZXJyb3JcIilcbiAgICBpZiAoaXQub3B0cy5kaXNjcmltaW5hdG9yICYmIHBhcmVudFNjaGVtYS5kaXNjcmltaW5hdG9yKSByZXR1cm5cbiAgICBjb25zdCBzY2hBcnI6IEFueVNjaGVtYVtdID0gc2NoZW1hXG4gICAgY29uc3QgdmFsaWQgPSBnZW4ubGV0KFwidmFsaWRcIiwgZmFsc2UpXG4gICAgY29uc3QgcGFzc2luZyA9IGdlbi5sZXQoXCJwYXNzaW5nXCIsIG51bGwpXG4gICAgY29uc3Qgc2NoVmFsaWQgPSBnZW4ubmFtZShcIl92YWxpZFwiKVxuICAgIGN4dC5zZXRQYXJhbXMoe3Bhc3Npbmd9KVxuICAgIC8vIFRPRE8gcG9zc2libHkgZmFpbCBzdHJhaWdodCBhd2F5ICh3aXRoIHdhcm5pbmcgb3IgZXhjZXB0aW9uKSBpZiB0aGVyZSBhcmUgdHdvIGVtcHR5IGFsd2F5cyB2YWxpZCBzY2hlbWFzXG5cbiAgICBnZW4uYmxvY2sodmFsaWRhdGVPbmVPZilcblxuICAgIGN4dC5yZXN1bHQoXG4gICAgICB2YWxpZCxcbiAgICAgICgpID0+IGN4dC5yZXNldCgpLFxuICAgICAgKCkgPT4gY3h0LmVycm9yKHRydWUpXG4gICAgKVxuXG4gICAgZnVuY3Rpb24gdmFsaWRhdGVPbmVPZigpOiB2b2lkIHtcbiAgICAgIHNjaEFyci5mb3JFYWNoKChzY2g6IEFueVNjaGVtYSwgaTogbnVtYmVyKSA9PiB7XG4gICAgICAgIGxldCBzY2hDeHQ6IFNjaGVtYUN4dCB8IHVuZGVmaW5lZFxuICAgICAgICBpZiAoYWx3YXlzVmFsaWRTY2hlbWEoaXQsIHNjaCkpIHtcbiAgICAgICAgICBnZW4udmFyKHNjaFZhbGlkLCB0cnVlKVxuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIHNjaEN4dCA9IGN4dC5zdWJzY2hlbWEoXG4gICAgICAgICAgICB7XG4gICAgICAgICAgICAgIGtleXdvcmQ6IFwib25lT2ZcIixcbiAgICAgICAgICAgICAgc2NoZW1hUHJvcDogaSxcbiAgICAgICAgICAgICAgY29tcG9zaXRlUnVsZTogdHJ1ZSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgICBzY2hWYWxpZFxuICAgICAgICAgIClcbiAgICAgICAgfVxuXG4gICAgICAgIGlmIChpID4gMCkge1xuICAgICAgICAgIGdlblxuICAgICAgICAgICAgLmlmKF9gJHtzY2hWYWxpZH0gJiYgJHt2YWxpZH1gKVxuICAgICAgICAgICAgLmFzc2lnbih2YWxpZCwgZmFsc2UpXG4gICAgICAgICAgICAuYXNzaWduKHBhc3NpbmcsIF9gWyR7cGFzc2luZ30sICR7aX1dYClcbiAgICAgICAgICAgIC5lbHNlKClcbiAgICAgICAgfVxuXG4gICAgICAgIGdlbi5pZihzY2hWYWxpZCwgKCkgPT4ge1xuICAgICAgICAgIGdlbi5hc3NpZ24odmFsaWQsIHRydWUpXG4gICAgICAgICAgZ2VuLmFzc2lnbihwYXNzaW5nLCBpKVxuICAgICAgICAgIGlmIChzY2hDeHQpIGN4dC5tZXJnZUV2YWx1YXRlZChzY2hDeHQsIE5hbWUpXG4gICAgICAgIH0pXG4gICAgICB9KVxuICAgIH1cbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge0NvZGVLZXl3b3JkRGVmaW5pdGlvbiwgQW55U2NoZW1hfSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7YWx3YXlzVmFsaWRTY2hlbWF9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuXG5jb25zdCBkZWY6IENvZGVLZXl3b3JkRGVmaW5pdGlvbiA9IHtcbiAga2V5d29yZDogXCJhbGxPZlwiLFxuICBzY2hlbWFUeXBlOiBcImFycmF5XCIsXG4gIGNvZGUoY3h0OiBLZXl3b3JkQ3h0KSB7XG4gICAgY29uc3Qge2dlbiwgc2NoZW1hLCBpdH0gPSBjeHRcbiAgICAvKiBpc3RhbmJ1bCBpZ25vcmUgaWYgKi9cbiAgICBpZiAoIUFycmF5LmlzQXJyYXkoc2NoZW1hKSkgdGhyb3cgbmV3IEVycm9yKFwiYWp2IGltcGxlbWVudGF0aW9uIGVycm9yXCIpXG4gICAgY29uc3QgdmFsaWQgPSBnZW4ubmFtZShcInZhbGlkXCIpXG4gICAgc2NoZW1hLmZvckVhY2goKHNjaDogQW55U2NoZW1hLCBpOiBudW1iZXIpID0+IHtcbiAgICAgIGlmIChhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoKSkgcmV0dXJuXG4gICAgICBjb25zdCBzY2hDeHQgPSBjeHQuc3Vic2NoZW1hKHtrZXl3b3JkOiBcImFsbE9mXCIsIHNjaGVtYVByb3A6IGl9LCB2YWxpZClcbiAgICAgIGN4dC5vayh2YWxpZClcbiAgICAgIGN4dC5tZXJnZUV2YWx1YXRlZChzY2hDeHQpXG4gICAgfSlcbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAiaW1wb3J0IHR5cGUge1xuICBDb2RlS2V5d29yZERlZmluaXRpb24sXG4gIEVycm9yT2JqZWN0LFxuICBLZXl3b3JkRXJyb3JEZWZpbml0aW9uLFxuICBBbnlTY2hlbWEsXG59IGZyb20gXCIuLi8uLi90eXBlc1wiXG5pbXBvcnQgdHlwZSB7U2NoZW1hT2JqQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZVwiXG5pbXBvcnQgdHlwZSB7S2V5d29yZEN4dH0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvdmFsaWRhdGVcIlxuaW1wb3J0IHtfLCBzdHIsIG5vdCwgTmFtZX0gZnJvbSBcIi4uLy4uL2NvbXBpbGUvY29kZWdlblwiXG5pbXBvcnQge2Fsd2F5c1ZhbGlkU2NoZW1hLCBjaGVja1N0cmljdE1vZGV9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuXG5leHBvcnQgdHlwZSBJZktleXdvcmRFcnJvciA9IEVycm9yT2JqZWN0PFwiaWZcIiwge2ZhaWxpbmdLZXl3b3JkOiBzdHJpbmd9LCBBbnlTY2hlbWE+XG5cbmNvbnN0IGVycm9yOiBLZXl3b3JkRXJyb3JEZWZpbml0aW9uID0ge1xuICBtZXNzYWdlOiAoe3BhcmFtc30pID0+IHN0cmBtdXN0IG1hdGNoIFwiJHtwYXJhbXMuaWZDbGF1c2V9XCIgc2NoZW1hYCxcbiAgcGFyYW1zOiAoe3BhcmFtc30pID0+IF9ge2ZhaWxpbmdLZXl3b3JkOiAke3BhcmFtcy5pZkNsYXVzZX19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiaWZcIixcbiAgc2NoZW1hVHlwZTogW1wib2JqZWN0XCIsIFwiYm9vbGVhblwiXSxcbiAgdHJhY2tFcnJvcnM6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCkge1xuICAgIGNvbnN0IHtnZW4sIHBhcmVudFNjaGVtYSwgaXR9ID0gY3h0XG4gICAgaWYgKHBhcmVudFNjaGVtYS50aGVuID09PSB1bmRlZmluZWQgJiYgcGFyZW50U2NoZW1hLmVsc2UgPT09IHVuZGVmaW5lZCkge1xuICAgICAgY2hlY2tTdHJpY3RNb2RlKGl0LCAnXCJpZlwiIHdpdGhvdXQgXCJ0aGVuXCIgYW5kIFwiZWxzZVwiIGlzIGlnbm9yZWQnKVxuICAgIH1cbiAgICBjb25zdCBoYXNUaGVuID0gaGFzU2NoZW1hKGl0LCBcInRoZW5cIilcbiAgICBjb25zdCBoYXNFbHNlID0gaGFzU2NoZW1hKGl0LCBcImVsc2VcIilcbiAgICBpZiAoIWhhc1RoZW4gJiYgIWhhc0Vsc2UpIHJldHVyblxuXG4gICAgY29uc3QgdmFsaWQgPSBnZW4ubGV0KFwidmFsaWRcIiwgdHJ1ZSlcbiAgICBjb25zdCBzY2hWYWxpZCA9IGdlbi5uYW1lKFwiX3ZhbGlkXCIpXG4gICAgdmFsaWRhdGVJZigpXG4gICAgY3h0LnJlc2V0KClcblxuICAgIGlmIChoYXNUaGVuICYmIGhhc0Vsc2UpIHtcbiAgICAgIGNvbnN0IGlmQ2xhdXNlID0gZ2VuLmxldChcImlmQ2xhdXNlXCIpXG4gICAgICBjeHQuc2V0UGFyYW1zKHtpZkNsYXVzZX0pXG4gICAgICBnZW4uaWYoc2NoVmFsaWQsIHZhbGlkYXRlQ2xhdXNlKFwidGhlblwiLCBpZkNsYXVzZSksIHZhbGlkYXRlQ2xhdXNlKFwiZWxzZVwiLCBpZkNsYXVzZSkpXG4gICAgfSBlbHNlIGlmIChoYXNUaGVuKSB7XG4gICAgICBnZW4uaWYoc2NoVmFsaWQsIHZhbGlkYXRlQ2xhdXNlKFwidGhlblwiKSlcbiAgICB9IGVsc2Uge1xuICAgICAgZ2VuLmlmKG5vdChzY2hWYWxpZCksIHZhbGlkYXRlQ2xhdXNlKFwiZWxzZVwiKSlcbiAgICB9XG5cbiAgICBjeHQucGFzcyh2YWxpZCwgKCkgPT4gY3h0LmVycm9yKHRydWUpKVxuXG4gICAgZnVuY3Rpb24gdmFsaWRhdGVJZigpOiB2b2lkIHtcbiAgICAgIGNvbnN0IHNjaEN4dCA9IGN4dC5zdWJzY2hlbWEoXG4gICAgICAgIHtcbiAgICAgICAgICBrZXl3b3JkOiBcImlmXCIsXG4gICAgICAgICAgY29tcG9zaXRlUnVsZTogdHJ1ZSxcbiAgICAgICAgICBjcmVhdGVFcnJvcnM6IGZhbHNlLFxuICAgICAgICAgIGFsbEVycm9yczogZmFsc2UsXG4gICAgICAgIH0sXG4gICAgICAgIHNjaFZhbGlkXG4gICAgICApXG4gICAgICBjeHQubWVyZ2VFdmFsdWF0ZWQoc2NoQ3h0KVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIHZhbGlkYXRlQ2xhdXNlKGtleXdvcmQ6IHN0cmluZywgaWZDbGF1c2U/OiBOYW1lKTogKCkgPT4gdm9pZCB7XG4gICAgICByZXR1cm4gKCkgPT4ge1xuICAgICAgICBjb25zdCBzY2hDeHQgPSBjeHQuc3Vic2NoZW1hKHtrZXl3b3JkfSwgc2NoVmFsaWQpXG4gICAgICAgIGdlbi5hc3NpZ24odmFsaWQsIHNjaFZhbGlkKVxuICAgICAgICBjeHQubWVyZ2VWYWxpZEV2YWx1YXRlZChzY2hDeHQsIHZhbGlkKVxuICAgICAgICBpZiAoaWZDbGF1c2UpIGdlbi5hc3NpZ24oaWZDbGF1c2UsIF9gJHtrZXl3b3JkfWApXG4gICAgICAgIGVsc2UgY3h0LnNldFBhcmFtcyh7aWZDbGF1c2U6IGtleXdvcmR9KVxuICAgICAgfVxuICAgIH1cbiAgfSxcbn1cblxuZnVuY3Rpb24gaGFzU2NoZW1hKGl0OiBTY2hlbWFPYmpDeHQsIGtleXdvcmQ6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCBzY2hlbWEgPSBpdC5zY2hlbWFba2V5d29yZF1cbiAgcmV0dXJuIHNjaGVtYSAhPT0gdW5kZWZpbmVkICYmICFhbHdheXNWYWxpZFNjaGVtYShpdCwgc2NoZW1hKVxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7Q29kZUtleXdvcmREZWZpbml0aW9ufSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IHR5cGUge0tleXdvcmRDeHR9IGZyb20gXCIuLi8uLi9jb21waWxlL3ZhbGlkYXRlXCJcbmltcG9ydCB7Y2hlY2tTdHJpY3RNb2RlfSBmcm9tIFwiLi4vLi4vY29tcGlsZS91dGlsXCJcblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFtcInRoZW5cIiwgXCJlbHNlXCJdLFxuICBzY2hlbWFUeXBlOiBbXCJvYmplY3RcIiwgXCJib29sZWFuXCJdLFxuICBjb2RlKHtrZXl3b3JkLCBwYXJlbnRTY2hlbWEsIGl0fTogS2V5d29yZEN4dCkge1xuICAgIGlmIChwYXJlbnRTY2hlbWEuaWYgPT09IHVuZGVmaW5lZCkgY2hlY2tTdHJpY3RNb2RlKGl0LCBgXCIke2tleXdvcmR9XCIgd2l0aG91dCBcImlmXCIgaXMgaWdub3JlZGApXG4gIH0sXG59XG5cbmV4cG9ydCBkZWZhdWx0IGRlZlxuIiwgImltcG9ydCB0eXBlIHtFcnJvck5vUGFyYW1zLCBWb2NhYnVsYXJ5fSBmcm9tIFwiLi4vLi4vdHlwZXNcIlxuaW1wb3J0IGFkZGl0aW9uYWxJdGVtcywge0FkZGl0aW9uYWxJdGVtc0Vycm9yfSBmcm9tIFwiLi9hZGRpdGlvbmFsSXRlbXNcIlxuaW1wb3J0IHByZWZpeEl0ZW1zIGZyb20gXCIuL3ByZWZpeEl0ZW1zXCJcbmltcG9ydCBpdGVtcyBmcm9tIFwiLi9pdGVtc1wiXG5pbXBvcnQgaXRlbXMyMDIwLCB7SXRlbXNFcnJvcn0gZnJvbSBcIi4vaXRlbXMyMDIwXCJcbmltcG9ydCBjb250YWlucywge0NvbnRhaW5zRXJyb3J9IGZyb20gXCIuL2NvbnRhaW5zXCJcbmltcG9ydCBkZXBlbmRlbmNpZXMsIHtEZXBlbmRlbmNpZXNFcnJvcn0gZnJvbSBcIi4vZGVwZW5kZW5jaWVzXCJcbmltcG9ydCBwcm9wZXJ0eU5hbWVzLCB7UHJvcGVydHlOYW1lc0Vycm9yfSBmcm9tIFwiLi9wcm9wZXJ0eU5hbWVzXCJcbmltcG9ydCBhZGRpdGlvbmFsUHJvcGVydGllcywge0FkZGl0aW9uYWxQcm9wZXJ0aWVzRXJyb3J9IGZyb20gXCIuL2FkZGl0aW9uYWxQcm9wZXJ0aWVzXCJcbmltcG9ydCBwcm9wZXJ0aWVzIGZyb20gXCIuL3Byb3BlcnRpZXNcIlxuaW1wb3J0IHBhdHRlcm5Qcm9wZXJ0aWVzIGZyb20gXCIuL3BhdHRlcm5Qcm9wZXJ0aWVzXCJcbmltcG9ydCBub3RLZXl3b3JkLCB7Tm90S2V5d29yZEVycm9yfSBmcm9tIFwiLi9ub3RcIlxuaW1wb3J0IGFueU9mLCB7QW55T2ZFcnJvcn0gZnJvbSBcIi4vYW55T2ZcIlxuaW1wb3J0IG9uZU9mLCB7T25lT2ZFcnJvcn0gZnJvbSBcIi4vb25lT2ZcIlxuaW1wb3J0IGFsbE9mIGZyb20gXCIuL2FsbE9mXCJcbmltcG9ydCBpZktleXdvcmQsIHtJZktleXdvcmRFcnJvcn0gZnJvbSBcIi4vaWZcIlxuaW1wb3J0IHRoZW5FbHNlIGZyb20gXCIuL3RoZW5FbHNlXCJcblxuZXhwb3J0IGRlZmF1bHQgZnVuY3Rpb24gZ2V0QXBwbGljYXRvcihkcmFmdDIwMjAgPSBmYWxzZSk6IFZvY2FidWxhcnkge1xuICBjb25zdCBhcHBsaWNhdG9yID0gW1xuICAgIC8vIGFueVxuICAgIG5vdEtleXdvcmQsXG4gICAgYW55T2YsXG4gICAgb25lT2YsXG4gICAgYWxsT2YsXG4gICAgaWZLZXl3b3JkLFxuICAgIHRoZW5FbHNlLFxuICAgIC8vIG9iamVjdFxuICAgIHByb3BlcnR5TmFtZXMsXG4gICAgYWRkaXRpb25hbFByb3BlcnRpZXMsXG4gICAgZGVwZW5kZW5jaWVzLFxuICAgIHByb3BlcnRpZXMsXG4gICAgcGF0dGVyblByb3BlcnRpZXMsXG4gIF1cbiAgLy8gYXJyYXlcbiAgaWYgKGRyYWZ0MjAyMCkgYXBwbGljYXRvci5wdXNoKHByZWZpeEl0ZW1zLCBpdGVtczIwMjApXG4gIGVsc2UgYXBwbGljYXRvci5wdXNoKGFkZGl0aW9uYWxJdGVtcywgaXRlbXMpXG4gIGFwcGxpY2F0b3IucHVzaChjb250YWlucylcbiAgcmV0dXJuIGFwcGxpY2F0b3Jcbn1cblxuZXhwb3J0IHR5cGUgQXBwbGljYXRvcktleXdvcmRFcnJvciA9XG4gIHwgRXJyb3JOb1BhcmFtczxcImZhbHNlIHNjaGVtYVwiPlxuICB8IEFkZGl0aW9uYWxJdGVtc0Vycm9yXG4gIHwgSXRlbXNFcnJvclxuICB8IENvbnRhaW5zRXJyb3JcbiAgfCBBZGRpdGlvbmFsUHJvcGVydGllc0Vycm9yXG4gIHwgRGVwZW5kZW5jaWVzRXJyb3JcbiAgfCBJZktleXdvcmRFcnJvclxuICB8IEFueU9mRXJyb3JcbiAgfCBPbmVPZkVycm9yXG4gIHwgTm90S2V5d29yZEVycm9yXG4gIHwgUHJvcGVydHlOYW1lc0Vycm9yXG4iLCAiaW1wb3J0IHR5cGUge1xuICBBZGRlZEZvcm1hdCxcbiAgRm9ybWF0VmFsaWRhdG9yLFxuICBBc3luY0Zvcm1hdFZhbGlkYXRvcixcbiAgQ29kZUtleXdvcmREZWZpbml0aW9uLFxuICBLZXl3b3JkRXJyb3JEZWZpbml0aW9uLFxuICBFcnJvck9iamVjdCxcbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge18sIHN0ciwgbmlsLCBvciwgQ29kZSwgZ2V0UHJvcGVydHksIHJlZ2V4cENvZGV9IGZyb20gXCIuLi8uLi9jb21waWxlL2NvZGVnZW5cIlxuXG50eXBlIEZvcm1hdFZhbGlkYXRlID1cbiAgfCBGb3JtYXRWYWxpZGF0b3I8c3RyaW5nPlxuICB8IEZvcm1hdFZhbGlkYXRvcjxudW1iZXI+XG4gIHwgQXN5bmNGb3JtYXRWYWxpZGF0b3I8c3RyaW5nPlxuICB8IEFzeW5jRm9ybWF0VmFsaWRhdG9yPG51bWJlcj5cbiAgfCBSZWdFeHBcbiAgfCBzdHJpbmdcbiAgfCB0cnVlXG5cbmV4cG9ydCB0eXBlIEZvcm1hdEVycm9yID0gRXJyb3JPYmplY3Q8XCJmb3JtYXRcIiwge2Zvcm1hdDogc3RyaW5nfSwgc3RyaW5nIHwgeyRkYXRhOiBzdHJpbmd9PlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogKHtzY2hlbWFDb2RlfSkgPT4gc3RyYG11c3QgbWF0Y2ggZm9ybWF0IFwiJHtzY2hlbWFDb2RlfVwiYCxcbiAgcGFyYW1zOiAoe3NjaGVtYUNvZGV9KSA9PiBfYHtmb3JtYXQ6ICR7c2NoZW1hQ29kZX19YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiZm9ybWF0XCIsXG4gIHR5cGU6IFtcIm51bWJlclwiLCBcInN0cmluZ1wiXSxcbiAgc2NoZW1hVHlwZTogXCJzdHJpbmdcIixcbiAgJGRhdGE6IHRydWUsXG4gIGVycm9yLFxuICBjb2RlKGN4dDogS2V5d29yZEN4dCwgcnVsZVR5cGU/OiBzdHJpbmcpIHtcbiAgICBjb25zdCB7Z2VuLCBkYXRhLCAkZGF0YSwgc2NoZW1hLCBzY2hlbWFDb2RlLCBpdH0gPSBjeHRcbiAgICBjb25zdCB7b3B0cywgZXJyU2NoZW1hUGF0aCwgc2NoZW1hRW52LCBzZWxmfSA9IGl0XG4gICAgaWYgKCFvcHRzLnZhbGlkYXRlRm9ybWF0cykgcmV0dXJuXG5cbiAgICBpZiAoJGRhdGEpIHZhbGlkYXRlJERhdGFGb3JtYXQoKVxuICAgIGVsc2UgdmFsaWRhdGVGb3JtYXQoKVxuXG4gICAgZnVuY3Rpb24gdmFsaWRhdGUkRGF0YUZvcm1hdCgpOiB2b2lkIHtcbiAgICAgIGNvbnN0IGZtdHMgPSBnZW4uc2NvcGVWYWx1ZShcImZvcm1hdHNcIiwge1xuICAgICAgICByZWY6IHNlbGYuZm9ybWF0cyxcbiAgICAgICAgY29kZTogb3B0cy5jb2RlLmZvcm1hdHMsXG4gICAgICB9KVxuICAgICAgY29uc3QgZkRlZiA9IGdlbi5jb25zdChcImZEZWZcIiwgX2Ake2ZtdHN9WyR7c2NoZW1hQ29kZX1dYClcbiAgICAgIGNvbnN0IGZUeXBlID0gZ2VuLmxldChcImZUeXBlXCIpXG4gICAgICBjb25zdCBmb3JtYXQgPSBnZW4ubGV0KFwiZm9ybWF0XCIpXG4gICAgICAvLyBUT0RPIHNpbXBsaWZ5XG4gICAgICBnZW4uaWYoXG4gICAgICAgIF9gdHlwZW9mICR7ZkRlZn0gPT0gXCJvYmplY3RcIiAmJiAhKCR7ZkRlZn0gaW5zdGFuY2VvZiBSZWdFeHApYCxcbiAgICAgICAgKCkgPT4gZ2VuLmFzc2lnbihmVHlwZSwgX2Ake2ZEZWZ9LnR5cGUgfHwgXCJzdHJpbmdcImApLmFzc2lnbihmb3JtYXQsIF9gJHtmRGVmfS52YWxpZGF0ZWApLFxuICAgICAgICAoKSA9PiBnZW4uYXNzaWduKGZUeXBlLCBfYFwic3RyaW5nXCJgKS5hc3NpZ24oZm9ybWF0LCBmRGVmKVxuICAgICAgKVxuICAgICAgY3h0LmZhaWwkZGF0YShvcih1bmtub3duRm10KCksIGludmFsaWRGbXQoKSkpXG5cbiAgICAgIGZ1bmN0aW9uIHVua25vd25GbXQoKTogQ29kZSB7XG4gICAgICAgIGlmIChvcHRzLnN0cmljdFNjaGVtYSA9PT0gZmFsc2UpIHJldHVybiBuaWxcbiAgICAgICAgcmV0dXJuIF9gJHtzY2hlbWFDb2RlfSAmJiAhJHtmb3JtYXR9YFxuICAgICAgfVxuXG4gICAgICBmdW5jdGlvbiBpbnZhbGlkRm10KCk6IENvZGUge1xuICAgICAgICBjb25zdCBjYWxsRm9ybWF0ID0gc2NoZW1hRW52LiRhc3luY1xuICAgICAgICAgID8gX2AoJHtmRGVmfS5hc3luYyA/IGF3YWl0ICR7Zm9ybWF0fSgke2RhdGF9KSA6ICR7Zm9ybWF0fSgke2RhdGF9KSlgXG4gICAgICAgICAgOiBfYCR7Zm9ybWF0fSgke2RhdGF9KWBcbiAgICAgICAgY29uc3QgdmFsaWREYXRhID0gX2AodHlwZW9mICR7Zm9ybWF0fSA9PSBcImZ1bmN0aW9uXCIgPyAke2NhbGxGb3JtYXR9IDogJHtmb3JtYXR9LnRlc3QoJHtkYXRhfSkpYFxuICAgICAgICByZXR1cm4gX2Ake2Zvcm1hdH0gJiYgJHtmb3JtYXR9ICE9PSB0cnVlICYmICR7ZlR5cGV9ID09PSAke3J1bGVUeXBlfSAmJiAhJHt2YWxpZERhdGF9YFxuICAgICAgfVxuICAgIH1cblxuICAgIGZ1bmN0aW9uIHZhbGlkYXRlRm9ybWF0KCk6IHZvaWQge1xuICAgICAgY29uc3QgZm9ybWF0RGVmOiBBZGRlZEZvcm1hdCB8IHVuZGVmaW5lZCA9IHNlbGYuZm9ybWF0c1tzY2hlbWFdXG4gICAgICBpZiAoIWZvcm1hdERlZikge1xuICAgICAgICB1bmtub3duRm9ybWF0KClcbiAgICAgICAgcmV0dXJuXG4gICAgICB9XG4gICAgICBpZiAoZm9ybWF0RGVmID09PSB0cnVlKSByZXR1cm5cbiAgICAgIGNvbnN0IFtmbXRUeXBlLCBmb3JtYXQsIGZtdFJlZl0gPSBnZXRGb3JtYXQoZm9ybWF0RGVmKVxuICAgICAgaWYgKGZtdFR5cGUgPT09IHJ1bGVUeXBlKSBjeHQucGFzcyh2YWxpZENvbmRpdGlvbigpKVxuXG4gICAgICBmdW5jdGlvbiB1bmtub3duRm9ybWF0KCk6IHZvaWQge1xuICAgICAgICBpZiAob3B0cy5zdHJpY3RTY2hlbWEgPT09IGZhbHNlKSB7XG4gICAgICAgICAgc2VsZi5sb2dnZXIud2Fybih1bmtub3duTXNnKCkpXG4gICAgICAgICAgcmV0dXJuXG4gICAgICAgIH1cbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKHVua25vd25Nc2coKSlcblxuICAgICAgICBmdW5jdGlvbiB1bmtub3duTXNnKCk6IHN0cmluZyB7XG4gICAgICAgICAgcmV0dXJuIGB1bmtub3duIGZvcm1hdCBcIiR7c2NoZW1hIGFzIHN0cmluZ31cIiBpZ25vcmVkIGluIHNjaGVtYSBhdCBwYXRoIFwiJHtlcnJTY2hlbWFQYXRofVwiYFxuICAgICAgICB9XG4gICAgICB9XG5cbiAgICAgIGZ1bmN0aW9uIGdldEZvcm1hdChmbXREZWY6IEFkZGVkRm9ybWF0KTogW3N0cmluZywgRm9ybWF0VmFsaWRhdGUsIENvZGVdIHtcbiAgICAgICAgY29uc3QgY29kZSA9XG4gICAgICAgICAgZm10RGVmIGluc3RhbmNlb2YgUmVnRXhwXG4gICAgICAgICAgICA/IHJlZ2V4cENvZGUoZm10RGVmKVxuICAgICAgICAgICAgOiBvcHRzLmNvZGUuZm9ybWF0c1xuICAgICAgICAgICAgPyBfYCR7b3B0cy5jb2RlLmZvcm1hdHN9JHtnZXRQcm9wZXJ0eShzY2hlbWEpfWBcbiAgICAgICAgICAgIDogdW5kZWZpbmVkXG4gICAgICAgIGNvbnN0IGZtdCA9IGdlbi5zY29wZVZhbHVlKFwiZm9ybWF0c1wiLCB7a2V5OiBzY2hlbWEsIHJlZjogZm10RGVmLCBjb2RlfSlcbiAgICAgICAgaWYgKHR5cGVvZiBmbXREZWYgPT0gXCJvYmplY3RcIiAmJiAhKGZtdERlZiBpbnN0YW5jZW9mIFJlZ0V4cCkpIHtcbiAgICAgICAgICByZXR1cm4gW2ZtdERlZi50eXBlIHx8IFwic3RyaW5nXCIsIGZtdERlZi52YWxpZGF0ZSwgX2Ake2ZtdH0udmFsaWRhdGVgXVxuICAgICAgICB9XG5cbiAgICAgICAgcmV0dXJuIFtcInN0cmluZ1wiLCBmbXREZWYsIGZtdF1cbiAgICAgIH1cblxuICAgICAgZnVuY3Rpb24gdmFsaWRDb25kaXRpb24oKTogQ29kZSB7XG4gICAgICAgIGlmICh0eXBlb2YgZm9ybWF0RGVmID09IFwib2JqZWN0XCIgJiYgIShmb3JtYXREZWYgaW5zdGFuY2VvZiBSZWdFeHApICYmIGZvcm1hdERlZi5hc3luYykge1xuICAgICAgICAgIGlmICghc2NoZW1hRW52LiRhc3luYykgdGhyb3cgbmV3IEVycm9yKFwiYXN5bmMgZm9ybWF0IGluIHN5bmMgc2NoZW1hXCIpXG4gICAgICAgICAgcmV0dXJuIF9gYXdhaXQgJHtmbXRSZWZ9KCR7ZGF0YX0pYFxuICAgICAgICB9XG4gICAgICAgIHJldHVybiB0eXBlb2YgZm9ybWF0ID09IFwiZnVuY3Rpb25cIiA/IF9gJHtmbXRSZWZ9KCR7ZGF0YX0pYCA6IF9gJHtmbXRSZWZ9LnRlc3QoJHtkYXRhfSlgXG4gICAgICB9XG4gICAgfVxuICB9LFxufVxuXG5leHBvcnQgZGVmYXVsdCBkZWZcbiIsICJpbXBvcnQgdHlwZSB7Vm9jYWJ1bGFyeX0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCBmb3JtYXRLZXl3b3JkIGZyb20gXCIuL2Zvcm1hdFwiXG5cbmNvbnN0IGZvcm1hdDogVm9jYWJ1bGFyeSA9IFtmb3JtYXRLZXl3b3JkXVxuXG5leHBvcnQgZGVmYXVsdCBmb3JtYXRcbiIsICJpbXBvcnQgdHlwZSB7Vm9jYWJ1bGFyeX0gZnJvbSBcIi4uL3R5cGVzXCJcblxuZXhwb3J0IGNvbnN0IG1ldGFkYXRhVm9jYWJ1bGFyeTogVm9jYWJ1bGFyeSA9IFtcbiAgXCJ0aXRsZVwiLFxuICBcImRlc2NyaXB0aW9uXCIsXG4gIFwiZGVmYXVsdFwiLFxuICBcImRlcHJlY2F0ZWRcIixcbiAgXCJyZWFkT25seVwiLFxuICBcIndyaXRlT25seVwiLFxuICBcImV4YW1wbGVzXCIsXG5dXG5cbmV4cG9ydCBjb25zdCBjb250ZW50Vm9jYWJ1bGFyeTogVm9jYWJ1bGFyeSA9IFtcbiAgXCJjb250ZW50TWVkaWFUeXBlXCIsXG4gIFwiY29udGVudEVuY29kaW5nXCIsXG4gIFwiY29udGVudFNjaGVtYVwiLFxuXVxuIiwgImltcG9ydCB0eXBlIHtWb2NhYnVsYXJ5fSBmcm9tIFwiLi4vdHlwZXNcIlxuaW1wb3J0IGNvcmVWb2NhYnVsYXJ5IGZyb20gXCIuL2NvcmVcIlxuaW1wb3J0IHZhbGlkYXRpb25Wb2NhYnVsYXJ5IGZyb20gXCIuL3ZhbGlkYXRpb25cIlxuaW1wb3J0IGdldEFwcGxpY2F0b3JWb2NhYnVsYXJ5IGZyb20gXCIuL2FwcGxpY2F0b3JcIlxuaW1wb3J0IGZvcm1hdFZvY2FidWxhcnkgZnJvbSBcIi4vZm9ybWF0XCJcbmltcG9ydCB7bWV0YWRhdGFWb2NhYnVsYXJ5LCBjb250ZW50Vm9jYWJ1bGFyeX0gZnJvbSBcIi4vbWV0YWRhdGFcIlxuXG5jb25zdCBkcmFmdDdWb2NhYnVsYXJpZXM6IFZvY2FidWxhcnlbXSA9IFtcbiAgY29yZVZvY2FidWxhcnksXG4gIHZhbGlkYXRpb25Wb2NhYnVsYXJ5LFxuICBnZXRBcHBsaWNhdG9yVm9jYWJ1bGFyeSgpLFxuICBmb3JtYXRWb2NhYnVsYXJ5LFxuICBtZXRhZGF0YVZvY2FidWxhcnksXG4gIGNvbnRlbnRWb2NhYnVsYXJ5LFxuXVxuXG5leHBvcnQgZGVmYXVsdCBkcmFmdDdWb2NhYnVsYXJpZXNcbiIsICJpbXBvcnQgdHlwZSB7RXJyb3JPYmplY3R9IGZyb20gXCIuLi8uLi90eXBlc1wiXG5cbmV4cG9ydCBlbnVtIERpc2NyRXJyb3Ige1xuICBUYWcgPSBcInRhZ1wiLFxuICBNYXBwaW5nID0gXCJtYXBwaW5nXCIsXG59XG5cbmV4cG9ydCB0eXBlIERpc2NyRXJyb3JPYmo8RSBleHRlbmRzIERpc2NyRXJyb3I+ID0gRXJyb3JPYmplY3Q8XG4gIFwiZGlzY3JpbWluYXRvclwiLFxuICB7ZXJyb3I6IEU7IHRhZzogc3RyaW5nOyB0YWdWYWx1ZTogdW5rbm93bn0sXG4gIHN0cmluZ1xuPlxuIiwgImltcG9ydCB0eXBlIHtDb2RlS2V5d29yZERlZmluaXRpb24sIEFueVNjaGVtYU9iamVjdCwgS2V5d29yZEVycm9yRGVmaW5pdGlvbn0gZnJvbSBcIi4uLy4uL3R5cGVzXCJcbmltcG9ydCB0eXBlIHtLZXl3b3JkQ3h0fSBmcm9tIFwiLi4vLi4vY29tcGlsZS92YWxpZGF0ZVwiXG5pbXBvcnQge18sIGdldFByb3BlcnR5LCBOYW1lfSBmcm9tIFwiLi4vLi4vY29tcGlsZS9jb2RlZ2VuXCJcbmltcG9ydCB7RGlzY3JFcnJvciwgRGlzY3JFcnJvck9ian0gZnJvbSBcIi4uL2Rpc2NyaW1pbmF0b3IvdHlwZXNcIlxuaW1wb3J0IHtyZXNvbHZlUmVmLCBTY2hlbWFFbnZ9IGZyb20gXCIuLi8uLi9jb21waWxlXCJcbmltcG9ydCBNaXNzaW5nUmVmRXJyb3IgZnJvbSBcIi4uLy4uL2NvbXBpbGUvcmVmX2Vycm9yXCJcbmltcG9ydCB7c2NoZW1hSGFzUnVsZXNCdXRSZWZ9IGZyb20gXCIuLi8uLi9jb21waWxlL3V0aWxcIlxuXG5leHBvcnQgdHlwZSBEaXNjcmltaW5hdG9yRXJyb3IgPSBEaXNjckVycm9yT2JqPERpc2NyRXJyb3IuVGFnPiB8IERpc2NyRXJyb3JPYmo8RGlzY3JFcnJvci5NYXBwaW5nPlxuXG5jb25zdCBlcnJvcjogS2V5d29yZEVycm9yRGVmaW5pdGlvbiA9IHtcbiAgbWVzc2FnZTogKHtwYXJhbXM6IHtkaXNjckVycm9yLCB0YWdOYW1lfX0pID0+XG4gICAgZGlzY3JFcnJvciA9PT0gRGlzY3JFcnJvci5UYWdcbiAgICAgID8gYHRhZyBcIiR7dGFnTmFtZX1cIiBtdXN0IGJlIHN0cmluZ2BcbiAgICAgIDogYHZhbHVlIG9mIHRhZyBcIiR7dGFnTmFtZX1cIiBtdXN0IGJlIGluIG9uZU9mYCxcbiAgcGFyYW1zOiAoe3BhcmFtczoge2Rpc2NyRXJyb3IsIHRhZywgdGFnTmFtZX19KSA9PlxuICAgIF9ge2Vycm9yOiAke2Rpc2NyRXJyb3J9LCB0YWc6ICR7dGFnTmFtZX0sIHRhZ1ZhbHVlOiAke3RhZ319YCxcbn1cblxuY29uc3QgZGVmOiBDb2RlS2V5d29yZERlZmluaXRpb24gPSB7XG4gIGtleXdvcmQ6IFwiZGlzY3JpbWluYXRvclwiLFxuICB0eXBlOiBcIm9iamVjdFwiLFxuICBzY2hlbWFUeXBlOiBcIm9iamVjdFwiLFxuICBlcnJvcixcbiAgY29kZShjeHQ6IEtleXdvcmRDeHQpIHtcbiAgICBjb25zdCB7Z2VuLCBkYXRhLCBzY2hlbWEsIHBhcmVudFNjaGVtYSwgaXR9ID0gY3h0XG4gICAgY29uc3Qge29uZU9mfSA9IHBhcmVudFNjaGVtYVxuICAgIGlmICghaXQub3B0cy5kaXNjcmltaW5hdG9yKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXCJkaXNjcmltaW5hdG9yOiByZXF1aXJlcyBkaXNjcmltaW5hdG9yIG9wdGlvblwiKVxuICAgIH1cbiAgICBjb25zdCB0YWdOYW1lID0gc2NoZW1hLnByb3BlcnR5TmFtZVxuICAgIGlmICh0eXBlb2YgdGFnTmFtZSAhPSBcInN0cmluZ1wiKSB0aHJvdyBuZXcgRXJyb3IoXCJkaXNjcmltaW5hdG9yOiByZXF1aXJlcyBwcm9wZXJ0eU5hbWVcIilcbiAgICBpZiAoc2NoZW1hLm1hcHBpbmcpIHRocm93IG5ldyBFcnJvcihcImRpc2NyaW1pbmF0b3I6IG1hcHBpbmcgaXMgbm90IHN1cHBvcnRlZFwiKVxuICAgIGlmICghb25lT2YpIHRocm93IG5ldyBFcnJvcihcImRpc2NyaW1pbmF0b3I6IHJlcXVpcmVzIG9uZU9mIGtleXdvcmRcIilcbiAgICBjb25zdCB2YWxpZCA9IGdlbi5sZXQoXCJ2YWxpZFwiLCBmYWxzZSlcbiAgICBjb25zdCB0YWcgPSBnZW4uY29uc3QoXCJ0YWdcIiwgX2Ake2RhdGF9JHtnZXRQcm9wZXJ0eSh0YWdOYW1lKX1gKVxuICAgIGdlbi5pZihcbiAgICAgIF9gdHlwZW9mICR7dGFnfSA9PSBcInN0cmluZ1wiYCxcbiAgICAgICgpID0+IHZhbGlkYXRlTWFwcGluZygpLFxuICAgICAgKCkgPT4gY3h0LmVycm9yKGZhbHNlLCB7ZGlzY3JFcnJvcjogRGlzY3JFcnJvci5UYWcsIHRhZywgdGFnTmFtZX0pXG4gICAgKVxuICAgIGN4dC5vayh2YWxpZClcblxuICAgIGZ1bmN0aW9uIHZhbGlkYXRlTWFwcGluZygpOiB2b2lkIHtcbiAgICAgIGNvbnN0IG1hcHBpbmcgPSBnZXRNYXBwaW5nKClcbiAgICAgIGdlbi5pZihmYWxzZSlcbiAgICAgIGZvciAoY29uc3QgdGFnVmFsdWUgaW4gbWFwcGluZykge1xuICAgICAgICBnZW4uZWxzZUlmKF9gJHt0YWd9ID09PSAke3RhZ1ZhbHVlfWApXG4gICAgICAgIGdlbi5hc3NpZ24odmFsaWQsIGFwcGx5VGFnU2NoZW1hKG1hcHBpbmdbdGFnVmFsdWVdKSlcbiAgICAgIH1cbiAgICAgIGdlbi5lbHNlKClcbiAgICAgIGN4dC5lcnJvcihmYWxzZSwge2Rpc2NyRXJyb3I6IERpc2NyRXJyb3IuTWFwcGluZywgdGFnLCB0YWdOYW1lfSlcbiAgICAgIGdlbi5lbmRJZigpXG4gICAgfVxuXG4gICAgZnVuY3Rpb24gYXBwbHlUYWdTY2hlbWEoc2NoZW1hUHJvcD86IG51bWJlcik6IE5hbWUge1xuICAgICAgY29uc3QgX3ZhbGlkID0gZ2VuLm5hbWUoXCJ2YWxpZFwiKVxuICAgICAgY29uc3Qgc2NoQ3h0ID0gY3h0LnN1YnNjaGVtYSh7a2V5d29yZDogXCJvbmVPZlwiLCBzY2hlbWFQcm9wfSwgX3ZhbGlkKVxuICAgICAgY3h0Lm1lcmdlRXZhbHVhdGVkKHNjaEN4dCwgTmFtZSlcbiAgICAgIHJldHVybiBfdmFsaWRcbiAgICB9XG5cbiAgICBmdW5jdGlvbiBnZXRNYXBwaW5nKCk6IHtbVCBpbiBzdHJpbmddPzogbnVtYmVyfSB7XG4gICAgICBjb25zdCBvbmVPZk1hcHBpbmc6IHtbVCBpbiBzdHJpbmddPzogbnVtYmVyfSA9IHt9XG4gICAgICBjb25zdCB0b3BSZXF1aXJlZCA9IGhhc1JlcXVpcmVkKHBhcmVudFNjaGVtYSlcbiAgICAgIGxldCB0YWdSZXF1aXJlZCA9IHRydWVcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgb25lT2YubGVuZ3RoOyBpKyspIHtcbiAgICAgICAgbGV0IHNjaCA9IG9uZU9mW2ldXG4gICAgICAgIGlmIChzY2g/LiRyZWYgJiYgIXNjaGVtYUhhc1J1bGVzQnV0UmVmKHNjaCwgaXQuc2VsZi5SVUxFUykpIHtcbiAgICAgICAgICBjb25zdCByZWYgPSBzY2guJHJlZlxuICAgICAgICAgIHNjaCA9IHJlc29sdmVSZWYuY2FsbChpdC5zZWxmLCBpdC5zY2hlbWFFbnYucm9vdCwgaXQuYmFzZUlkLCByZWYpXG4gICAgICAgICAgaWYgKHNjaCBpbnN0YW5jZW9mIFNjaGVtYUVudikgc2NoID0gc2NoLnNjaGVtYVxuICAgICAgICAgIGlmIChzY2ggPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IE1pc3NpbmdSZWZFcnJvcihpdC5vcHRzLnVyaVJlc29sdmVyLCBpdC5iYXNlSWQsIHJlZilcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBwcm9wU2NoID0gc2NoPy5wcm9wZXJ0aWVzPy5bdGFnTmFtZV1cbiAgICAgICAgaWYgKHR5cGVvZiBwcm9wU2NoICE9IFwib2JqZWN0XCIpIHtcbiAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgICBgZGlzY3JpbWluYXRvcjogb25lT2Ygc3Vic2NoZW1hcyAob3IgcmVmZXJlbmNlZCBzY2hlbWFzKSBtdXN0IGhhdmUgXCJwcm9wZXJ0aWVzLyR7dGFnTmFtZX1cImBcbiAgICAgICAgICApXG4gICAgICAgIH1cbiAgICAgICAgdGFnUmVxdWlyZWQgPSB0YWdSZXF1aXJlZCAmJiAodG9wUmVxdWlyZWQgfHwgaGFzUmVxdWlyZWQoc2NoKSlcbiAgICAgICAgYWRkTWFwcGluZ3MocHJvcFNjaCwgaSlcbiAgICAgIH1cbiAgICAgIGlmICghdGFnUmVxdWlyZWQpIHRocm93IG5ldyBFcnJvcihgZGlzY3JpbWluYXRvcjogXCIke3RhZ05hbWV9XCIgbXVzdCBiZSByZXF1aXJlZGApXG4gICAgICByZXR1cm4gb25lT2ZNYXBwaW5nXG5cbiAgICAgIGZ1bmN0aW9uIGhhc1JlcXVpcmVkKHtyZXF1aXJlZH06IEFueVNjaGVtYU9iamVjdCk6IGJvb2xlYW4ge1xuICAgICAgICByZXR1cm4gQXJyYXkuaXNBcnJheShyZXF1aXJlZCkgJiYgcmVxdWlyZWQuaW5jbHVkZXModGFnTmFtZSlcbiAgICAgIH1cblxuICAgICAgZnVuY3Rpb24gYWRkTWFwcGluZ3Moc2NoOiBBbnlTY2hlbWFPYmplY3QsIGk6IG51bWJlcik6IHZvaWQge1xuICAgICAgICBpZiAoc2NoLmNvbnN0KSB7XG4gICAgICAgICAgYWRkTWFwcGluZyhzY2guY29uc3QsIGkpXG4gICAgICAgIH0gZWxzZSBpZiAoc2NoLmVudW0pIHtcbiAgICAgICAgICBmb3IgKGNvbnN0IHRhZ1ZhbHVlIG9mIHNjaC5lbnVtKSB7XG4gICAgICAgICAgICBhZGRNYXBwaW5nKHRhZ1ZhbHVlLCBpKVxuICAgICAgICAgIH1cbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYGRpc2NyaW1pbmF0b3I6IFwicHJvcGVydGllcy8ke3RhZ05hbWV9XCIgbXVzdCBoYXZlIFwiY29uc3RcIiBvciBcImVudW1cImApXG4gICAgICAgIH1cbiAgICAgIH1cblxuICAgICAgZnVuY3Rpb24gYWRkTWFwcGluZyh0YWdWYWx1ZTogdW5rbm93biwgaTogbnVtYmVyKTogdm9pZCB7XG4gICAgICAgIGlmICh0eXBlb2YgdGFnVmFsdWUgIT0gXCJzdHJpbmdcIiB8fCB0YWdWYWx1ZSBpbiBvbmVPZk1hcHBpbmcpIHtcbiAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYGRpc2NyaW1pbmF0b3I6IFwiJHt0YWdOYW1lfVwiIHZhbHVlcyBtdXN0IGJlIHVuaXF1ZSBzdHJpbmdzYClcbiAgICAgICAgfVxuICAgICAgICBvbmVPZk1hcHBpbmdbdGFnVmFsdWVdID0gaVxuICAgICAgfVxuICAgIH1cbiAgfSxcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmXG4iLCAie1xuICBcIiRzY2hlbWFcIjogXCJodHRwOi8vanNvbi1zY2hlbWEub3JnL2RyYWZ0LTA3L3NjaGVtYSNcIixcbiAgXCIkaWRcIjogXCJodHRwOi8vanNvbi1zY2hlbWEub3JnL2RyYWZ0LTA3L3NjaGVtYSNcIixcbiAgXCJ0aXRsZVwiOiBcIkNvcmUgc2NoZW1hIG1ldGEtc2NoZW1hXCIsXG4gIFwiZGVmaW5pdGlvbnNcIjoge1xuICAgIFwic2NoZW1hQXJyYXlcIjoge1xuICAgICAgXCJ0eXBlXCI6IFwiYXJyYXlcIixcbiAgICAgIFwibWluSXRlbXNcIjogMSxcbiAgICAgIFwiaXRlbXNcIjoge1wiJHJlZlwiOiBcIiNcIn1cbiAgICB9LFxuICAgIFwibm9uTmVnYXRpdmVJbnRlZ2VyXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcImludGVnZXJcIixcbiAgICAgIFwibWluaW11bVwiOiAwXG4gICAgfSxcbiAgICBcIm5vbk5lZ2F0aXZlSW50ZWdlckRlZmF1bHQwXCI6IHtcbiAgICAgIFwiYWxsT2ZcIjogW3tcIiRyZWZcIjogXCIjL2RlZmluaXRpb25zL25vbk5lZ2F0aXZlSW50ZWdlclwifSwge1wiZGVmYXVsdFwiOiAwfV1cbiAgICB9LFxuICAgIFwic2ltcGxlVHlwZXNcIjoge1xuICAgICAgXCJlbnVtXCI6IFtcImFycmF5XCIsIFwiYm9vbGVhblwiLCBcImludGVnZXJcIiwgXCJudWxsXCIsIFwibnVtYmVyXCIsIFwib2JqZWN0XCIsIFwic3RyaW5nXCJdXG4gICAgfSxcbiAgICBcInN0cmluZ0FycmF5XCI6IHtcbiAgICAgIFwidHlwZVwiOiBcImFycmF5XCIsXG4gICAgICBcIml0ZW1zXCI6IHtcInR5cGVcIjogXCJzdHJpbmdcIn0sXG4gICAgICBcInVuaXF1ZUl0ZW1zXCI6IHRydWUsXG4gICAgICBcImRlZmF1bHRcIjogW11cbiAgICB9XG4gIH0sXG4gIFwidHlwZVwiOiBbXCJvYmplY3RcIiwgXCJib29sZWFuXCJdLFxuICBcInByb3BlcnRpZXNcIjoge1xuICAgIFwiJGlkXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgXCJmb3JtYXRcIjogXCJ1cmktcmVmZXJlbmNlXCJcbiAgICB9LFxuICAgIFwiJHNjaGVtYVwiOiB7XG4gICAgICBcInR5cGVcIjogXCJzdHJpbmdcIixcbiAgICAgIFwiZm9ybWF0XCI6IFwidXJpXCJcbiAgICB9LFxuICAgIFwiJHJlZlwiOiB7XG4gICAgICBcInR5cGVcIjogXCJzdHJpbmdcIixcbiAgICAgIFwiZm9ybWF0XCI6IFwidXJpLXJlZmVyZW5jZVwiXG4gICAgfSxcbiAgICBcIiRjb21tZW50XCI6IHtcbiAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgfSxcbiAgICBcInRpdGxlXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgfSxcbiAgICBcImRlc2NyaXB0aW9uXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgfSxcbiAgICBcImRlZmF1bHRcIjogdHJ1ZSxcbiAgICBcInJlYWRPbmx5XCI6IHtcbiAgICAgIFwidHlwZVwiOiBcImJvb2xlYW5cIixcbiAgICAgIFwiZGVmYXVsdFwiOiBmYWxzZVxuICAgIH0sXG4gICAgXCJleGFtcGxlc1wiOiB7XG4gICAgICBcInR5cGVcIjogXCJhcnJheVwiLFxuICAgICAgXCJpdGVtc1wiOiB0cnVlXG4gICAgfSxcbiAgICBcIm11bHRpcGxlT2ZcIjoge1xuICAgICAgXCJ0eXBlXCI6IFwibnVtYmVyXCIsXG4gICAgICBcImV4Y2x1c2l2ZU1pbmltdW1cIjogMFxuICAgIH0sXG4gICAgXCJtYXhpbXVtXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcIm51bWJlclwiXG4gICAgfSxcbiAgICBcImV4Y2x1c2l2ZU1heGltdW1cIjoge1xuICAgICAgXCJ0eXBlXCI6IFwibnVtYmVyXCJcbiAgICB9LFxuICAgIFwibWluaW11bVwiOiB7XG4gICAgICBcInR5cGVcIjogXCJudW1iZXJcIlxuICAgIH0sXG4gICAgXCJleGNsdXNpdmVNaW5pbXVtXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcIm51bWJlclwiXG4gICAgfSxcbiAgICBcIm1heExlbmd0aFwiOiB7XCIkcmVmXCI6IFwiIy9kZWZpbml0aW9ucy9ub25OZWdhdGl2ZUludGVnZXJcIn0sXG4gICAgXCJtaW5MZW5ndGhcIjoge1wiJHJlZlwiOiBcIiMvZGVmaW5pdGlvbnMvbm9uTmVnYXRpdmVJbnRlZ2VyRGVmYXVsdDBcIn0sXG4gICAgXCJwYXR0ZXJuXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgXCJmb3JtYXRcIjogXCJyZWdleFwiXG4gICAgfSxcbiAgICBcImFkZGl0aW9uYWxJdGVtc1wiOiB7XCIkcmVmXCI6IFwiI1wifSxcbiAgICBcIml0ZW1zXCI6IHtcbiAgICAgIFwiYW55T2ZcIjogW3tcIiRyZWZcIjogXCIjXCJ9LCB7XCIkcmVmXCI6IFwiIy9kZWZpbml0aW9ucy9zY2hlbWFBcnJheVwifV0sXG4gICAgICBcImRlZmF1bHRcIjogdHJ1ZVxuICAgIH0sXG4gICAgXCJtYXhJdGVtc1wiOiB7XCIkcmVmXCI6IFwiIy9kZWZpbml0aW9ucy9ub25OZWdhdGl2ZUludGVnZXJcIn0sXG4gICAgXCJtaW5JdGVtc1wiOiB7XCIkcmVmXCI6IFwiIy9kZWZpbml0aW9ucy9ub25OZWdhdGl2ZUludGVnZXJEZWZhdWx0MFwifSxcbiAgICBcInVuaXF1ZUl0ZW1zXCI6IHtcbiAgICAgIFwidHlwZVwiOiBcImJvb2xlYW5cIixcbiAgICAgIFwiZGVmYXVsdFwiOiBmYWxzZVxuICAgIH0sXG4gICAgXCJjb250YWluc1wiOiB7XCIkcmVmXCI6IFwiI1wifSxcbiAgICBcIm1heFByb3BlcnRpZXNcIjoge1wiJHJlZlwiOiBcIiMvZGVmaW5pdGlvbnMvbm9uTmVnYXRpdmVJbnRlZ2VyXCJ9LFxuICAgIFwibWluUHJvcGVydGllc1wiOiB7XCIkcmVmXCI6IFwiIy9kZWZpbml0aW9ucy9ub25OZWdhdGl2ZUludGVnZXJEZWZhdWx0MFwifSxcbiAgICBcInJlcXVpcmVkXCI6IHtcIiRyZWZcIjogXCIjL2RlZmluaXRpb25zL3N0cmluZ0FycmF5XCJ9LFxuICAgIFwiYWRkaXRpb25hbFByb3BlcnRpZXNcIjoge1wiJHJlZlwiOiBcIiNcIn0sXG4gICAgXCJkZWZpbml0aW9uc1wiOiB7XG4gICAgICBcInR5cGVcIjogXCJvYmplY3RcIixcbiAgICAgIFwiYWRkaXRpb25hbFByb3BlcnRpZXNcIjoge1wiJHJlZlwiOiBcIiNcIn0sXG4gICAgICBcImRlZmF1bHRcIjoge31cbiAgICB9LFxuICAgIFwicHJvcGVydGllc1wiOiB7XG4gICAgICBcInR5cGVcIjogXCJvYmplY3RcIixcbiAgICAgIFwiYWRkaXRpb25hbFByb3BlcnRpZXNcIjoge1wiJHJlZlwiOiBcIiNcIn0sXG4gICAgICBcImRlZmF1bHRcIjoge31cbiAgICB9LFxuICAgIFwicGF0dGVyblByb3BlcnRpZXNcIjoge1xuICAgICAgXCJ0eXBlXCI6IFwib2JqZWN0XCIsXG4gICAgICBcImFkZGl0aW9uYWxQcm9wZXJ0aWVzXCI6IHtcIiRyZWZcIjogXCIjXCJ9LFxuICAgICAgXCJwcm9wZXJ0eU5hbWVzXCI6IHtcImZvcm1hdFwiOiBcInJlZ2V4XCJ9LFxuICAgICAgXCJkZWZhdWx0XCI6IHt9XG4gICAgfSxcbiAgICBcImRlcGVuZGVuY2llc1wiOiB7XG4gICAgICBcInR5cGVcIjogXCJvYmplY3RcIixcbiAgICAgIFwiYWRkaXRpb25hbFByb3BlcnRpZXNcIjoge1xuICAgICAgICBcImFueU9mXCI6IFt7XCIkcmVmXCI6IFwiI1wifSwge1wiJHJlZlwiOiBcIiMvZGVmaW5pdGlvbnMvc3RyaW5nQXJyYXlcIn1dXG4gICAgICB9XG4gICAgfSxcbiAgICBcInByb3BlcnR5TmFtZXNcIjoge1wiJHJlZlwiOiBcIiNcIn0sXG4gICAgXCJjb25zdFwiOiB0cnVlLFxuICAgIFwiZW51bVwiOiB7XG4gICAgICBcInR5cGVcIjogXCJhcnJheVwiLFxuICAgICAgXCJpdGVtc1wiOiB0cnVlLFxuICAgICAgXCJtaW5JdGVtc1wiOiAxLFxuICAgICAgXCJ1bmlxdWVJdGVtc1wiOiB0cnVlXG4gICAgfSxcbiAgICBcInR5cGVcIjoge1xuICAgICAgXCJhbnlPZlwiOiBbXG4gICAgICAgIHtcIiRyZWZcIjogXCIjL2RlZmluaXRpb25zL3NpbXBsZVR5cGVzXCJ9LFxuICAgICAgICB7XG4gICAgICAgICAgXCJ0eXBlXCI6IFwiYXJyYXlcIixcbiAgICAgICAgICBcIml0ZW1zXCI6IHtcIiRyZWZcIjogXCIjL2RlZmluaXRpb25zL3NpbXBsZVR5cGVzXCJ9LFxuICAgICAgICAgIFwibWluSXRlbXNcIjogMSxcbiAgICAgICAgICBcInVuaXF1ZUl0ZW1zXCI6IHRydWVcbiAgICAgICAgfVxuICAgICAgXVxuICAgIH0sXG4gICAgXCJmb3JtYXRcIjoge1widHlwZVwiOiBcInN0cmluZ1wifSxcbiAgICBcImNvbnRlbnRNZWRpYVR5cGVcIjoge1widHlwZVwiOiBcInN0cmluZ1wifSxcbiAgICBcImNvbnRlbnRFbmNvZGluZ1wiOiB7XCJ0eXBlXCI6IFwic3RyaW5nXCJ9LFxuICAgIFwiaWZcIjoge1wiJHJlZlwiOiBcIiNcIn0sXG4gICAgXCJ0aGVuXCI6IHtcIiRyZWZcIjogXCIjXCJ9LFxuICAgIFwiZWxzZVwiOiB7XCIkcmVmXCI6IFwiI1wifSxcbiAgICBcImFsbE9mXCI6IHtcIiRyZWZcIjogXCIjL2RlZmluaXRpb25zL3NjaGVtYUFycmF5XCJ9LFxuICAgIFwiYW55T2ZcIjoge1wiJHJlZlwiOiBcIiMvZGVmaW5pdGlvbnMvc2NoZW1hQXJyYXlcIn0sXG4gICAgXCJvbmVPZlwiOiB7XCIkcmVmXCI6IFwiIy9kZWZpbml0aW9ucy9zY2hlbWFBcnJheVwifSxcbiAgICBcIm5vdFwiOiB7XCIkcmVmXCI6IFwiI1wifVxuICB9LFxuICBcImRlZmF1bHRcIjogdHJ1ZVxufVxuIiwgImltcG9ydCB0eXBlIHtBbnlTY2hlbWFPYmplY3R9IGZyb20gXCIuL3R5cGVzXCJcbmltcG9ydCBBanZDb3JlIGZyb20gXCIuL2NvcmVcIlxuaW1wb3J0IGRyYWZ0N1ZvY2FidWxhcmllcyBmcm9tIFwiLi92b2NhYnVsYXJpZXMvZHJhZnQ3XCJcbmltcG9ydCBkaXNjcmltaW5hdG9yIGZyb20gXCIuL3ZvY2FidWxhcmllcy9kaXNjcmltaW5hdG9yXCJcbmltcG9ydCAqIGFzIGRyYWZ0N01ldGFTY2hlbWEgZnJvbSBcIi4vcmVmcy9qc29uLXNjaGVtYS1kcmFmdC0wNy5qc29uXCJcblxuY29uc3QgTUVUQV9TVVBQT1JUX0RBVEEgPSBbXCIvcHJvcGVydGllc1wiXVxuXG5jb25zdCBNRVRBX1NDSEVNQV9JRCA9IFwiaHR0cDovL2pzb24tc2NoZW1hLm9yZy9kcmFmdC0wNy9zY2hlbWFcIlxuXG5leHBvcnQgY2xhc3MgQWp2IGV4dGVuZHMgQWp2Q29yZSB7XG4gIF9hZGRWb2NhYnVsYXJpZXMoKTogdm9pZCB7XG4gICAgc3VwZXIuX2FkZFZvY2FidWxhcmllcygpXG4gICAgZHJhZnQ3Vm9jYWJ1bGFyaWVzLmZvckVhY2goKHYpID0+IHRoaXMuYWRkVm9jYWJ1bGFyeSh2KSlcbiAgICBpZiAodGhpcy5vcHRzLmRpc2NyaW1pbmF0b3IpIHRoaXMuYWRkS2V5d29yZChkaXNjcmltaW5hdG9yKVxuICB9XG5cbiAgX2FkZERlZmF1bHRNZXRhU2NoZW1hKCk6IHZvaWQge1xuICAgIHN1cGVyLl9hZGREZWZhdWx0TWV0YVNjaGVtYSgpXG4gICAgaWYgKCF0aGlzLm9wdHMubWV0YSkgcmV0dXJuXG4gICAgY29uc3QgbWV0YVNjaGVtYSA9IHRoaXMub3B0cy4kZGF0YVxuICAgICAgPyB0aGlzLiRkYXRhTWV0YVNjaGVtYShkcmFmdDdNZXRhU2NoZW1hLCBNRVRBX1NVUFBPUlRfREFUQSlcbiAgICAgIDogZHJhZnQ3TWV0YVNjaGVtYVxuICAgIHRoaXMuYWRkTWV0YVNjaGVtYShtZXRhU2NoZW1hLCBNRVRBX1NDSEVNQV9JRCwgZmFsc2UpXG4gICAgdGhpcy5yZWZzW1wiaHR0cDovL2pzb24tc2NoZW1hLm9yZy9zY2hlbWFcIl0gPSBNRVRBX1NDSEVNQV9JRFxuICB9XG5cbiAgZGVmYXVsdE1ldGEoKTogc3RyaW5nIHwgQW55U2NoZW1hT2JqZWN0IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gKHRoaXMub3B0cy5kZWZhdWx0TWV0YSA9XG4gICAgICBzdXBlci5kZWZhdWx0TWV0YSgpIHx8ICh0aGlzLmdldFNjaGVtYShNRVRBX1NDSEVNQV9JRCkgPyBNRVRBX1NDSEVNQV9JRCA6IHVuZGVmaW5lZCkpXG4gIH1cbn1cblxubW9kdWxlLmV4cG9ydHMgPSBleHBvcnRzID0gQWp2XG5tb2R1bGUuZXhwb3J0cy5BanYgPSBBanZcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIl9fZXNNb2R1bGVcIiwge3ZhbHVlOiB0cnVlfSlcblxuZXhwb3J0IGRlZmF1bHQgQWp2XG5cbmV4cG9ydCB7XG4gIEZvcm1hdCxcbiAgRm9ybWF0RGVmaW5pdGlvbixcbiAgQXN5bmNGb3JtYXREZWZpbml0aW9uLFxuICBLZXl3b3JkRGVmaW5pdGlvbixcbiAgS2V5d29yZEVycm9yRGVmaW5pdGlvbixcbiAgQ29kZUtleXdvcmREZWZpbml0aW9uLFxuICBNYWNyb0tleXdvcmREZWZpbml0aW9uLFxuICBGdW5jS2V5d29yZERlZmluaXRpb24sXG4gIFZvY2FidWxhcnksXG4gIFNjaGVtYSxcbiAgU2NoZW1hT2JqZWN0LFxuICBBbnlTY2hlbWFPYmplY3QsXG4gIEFzeW5jU2NoZW1hLFxuICBBbnlTY2hlbWEsXG4gIFZhbGlkYXRlRnVuY3Rpb24sXG4gIEFzeW5jVmFsaWRhdGVGdW5jdGlvbixcbiAgU2NoZW1hVmFsaWRhdGVGdW5jdGlvbixcbiAgRXJyb3JPYmplY3QsXG4gIEVycm9yTm9QYXJhbXMsXG59IGZyb20gXCIuL3R5cGVzXCJcblxuZXhwb3J0IHtQbHVnaW4sIE9wdGlvbnMsIENvZGVPcHRpb25zLCBJbnN0YW5jZU9wdGlvbnMsIExvZ2dlciwgRXJyb3JzVGV4dE9wdGlvbnN9IGZyb20gXCIuL2NvcmVcIlxuZXhwb3J0IHtTY2hlbWFDeHQsIFNjaGVtYU9iakN4dH0gZnJvbSBcIi4vY29tcGlsZVwiXG5leHBvcnQge0tleXdvcmRDeHR9IGZyb20gXCIuL2NvbXBpbGUvdmFsaWRhdGVcIlxuZXhwb3J0IHtEZWZpbmVkRXJyb3J9IGZyb20gXCIuL3ZvY2FidWxhcmllcy9lcnJvcnNcIlxuZXhwb3J0IHtKU09OVHlwZX0gZnJvbSBcIi4vY29tcGlsZS9ydWxlc1wiXG5leHBvcnQge0pTT05TY2hlbWFUeXBlfSBmcm9tIFwiLi90eXBlcy9qc29uLXNjaGVtYVwiXG5leHBvcnQge18sIHN0ciwgc3RyaW5naWZ5LCBuaWwsIE5hbWUsIENvZGUsIENvZGVHZW4sIENvZGVHZW5PcHRpb25zfSBmcm9tIFwiLi9jb21waWxlL2NvZGVnZW5cIlxuZXhwb3J0IHtkZWZhdWx0IGFzIFZhbGlkYXRpb25FcnJvcn0gZnJvbSBcIi4vcnVudGltZS92YWxpZGF0aW9uX2Vycm9yXCJcbmV4cG9ydCB7ZGVmYXVsdCBhcyBNaXNzaW5nUmVmRXJyb3J9IGZyb20gXCIuL2NvbXBpbGUvcmVmX2Vycm9yXCJcbiIsICIvLyBgbmFjb3MtYXV0aC1saW50IC0tZm9ybWF0IHNhcmlmYCB2YWxpZGF0ZWQgYWdhaW5zdCB0aGUgU0FSSUYgMi4xLjAgc2NoZW1hIHZlbmRvcmVkIGluIHRlc3QvZml4dHVyZXMvc2FyaWYgKGEgZmFpdGhmdWxcbi8vIHN1YnNldCBvZiB0aGUgT0FTSVMgc2NoZW1hOiBzZWUgaXRzIFJFQURNRSksIHBsdXMgd2hhdCBjb2RlIHNjYW5uaW5nIHJlbGllcyBvbiBiZXlvbmQgdGhlIHNjaGVtYS5cbmltcG9ydCB7IHRlc3QsIGRlc2NyaWJlLCBiZWZvcmUsIGFmdGVyIH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHNwYXduU3luYyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyBjcFN5bmMsIGV4aXN0c1N5bmMsIG1rZGlyU3luYywgbWtkdGVtcFN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IEFqdiBmcm9tICdhanYnO1xuXG4vLyBvdXQtdGVzdC91bml0IFx1MjE5MiB0aGUgcmVwb3NpdG9yeTsgYSBidW5kbGUgcnVuIGZyb20gZWxzZXdoZXJlIChzY3JpcHRzL3J1bi10ZXN0LnNoKSB1c2VzIHRoZSB3b3JraW5nIGRpcmVjdG9yeS5cbmNvbnN0IFJPT1QgPSBleGlzdHNTeW5jKHJlc29sdmUoX19kaXJuYW1lLCAnLi4vLi4vcGFja2FnZS5qc29uJykpID8gcmVzb2x2ZShfX2Rpcm5hbWUsICcuLi8uLicpIDogcHJvY2Vzcy5jd2QoKTtcbmNvbnN0IENMSSA9IGpvaW4oUk9PVCwgJ2Rpc3QvY2xpLmpzJyk7XG5jb25zdCBTQ0hFTUEgPSBqb2luKFJPT1QsICd0ZXN0L2ZpeHR1cmVzL3NhcmlmL3NhcmlmLTIuMS4wLXN1YnNldC5zY2hlbWEuanNvbicpO1xuXG4vLyBSRkMgMzk4NjogdGhlIGNoYXJhY3RlcnMgYSBVUkkgKHJlZmVyZW5jZSkgbWF5IGNvbnRhaW4sIGFuZCB3ZWxsLWZvcm1lZCBwZXJjZW50IGVzY2FwZXMuXG5jb25zdCBVUklfQ0hBUlMgPSAvXig/OltBLVphLXowLTlcXC0uX346Lz8jW1xcXUAhJCYnKCkqKyw7PV18JVswLTlBLUZhLWZdezJ9KSokLztcbmNvbnN0IGlzVXJpUmVmZXJlbmNlID0gKHM6IHN0cmluZykgPT4gVVJJX0NIQVJTLnRlc3Qocyk7XG5jb25zdCBpc1VyaSA9IChzOiBzdHJpbmcpID0+IGlzVXJpUmVmZXJlbmNlKHMpICYmIC9eW0EtWmEtel1bQS1aYS16MC05Ky4tXSo6Ly50ZXN0KHMpO1xuY29uc3QgaXNEYXRlVGltZSA9IChzOiBzdHJpbmcpID0+IC9eXFxkezR9LVxcZHsyfS1cXGR7Mn1UXFxkezJ9OlxcZHsyfTpcXGR7Mn0oXFwuXFxkKyk/KFp8WystXVxcZHsyfTpcXGR7Mn0pJC8udGVzdChzKSAmJiAhTnVtYmVyLmlzTmFOKERhdGUucGFyc2UocykpO1xuXG5mdW5jdGlvbiB2YWxpZGF0b3IoKSB7XG4gIGNvbnN0IGFqdiA9IG5ldyBBanYoeyBhbGxFcnJvcnM6IHRydWUsIHN0cmljdDogdHJ1ZSwgc3RyaWN0VHVwbGVzOiBmYWxzZSwgc3RyaWN0UmVxdWlyZWQ6IGZhbHNlIH0pO1xuICBhanYuYWRkRm9ybWF0KCd1cmknLCBpc1VyaSk7XG4gIGFqdi5hZGRGb3JtYXQoJ3VyaS1yZWZlcmVuY2UnLCBpc1VyaVJlZmVyZW5jZSk7XG4gIGFqdi5hZGRGb3JtYXQoJ2RhdGUtdGltZScsIGlzRGF0ZVRpbWUpO1xuICByZXR1cm4gYWp2LmNvbXBpbGUoSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMoU0NIRU1BLCAndXRmOCcpKSk7XG59XG5cbmZ1bmN0aW9uIGNsaShhcmdzOiBzdHJpbmdbXSwgY3dkOiBzdHJpbmcpIHtcbiAgY29uc3QgciA9IHNwYXduU3luYyhwcm9jZXNzLmV4ZWNQYXRoLCBbQ0xJLCAuLi5hcmdzXSwgeyBjd2QsIGVuY29kaW5nOiAndXRmOCcsIHRpbWVvdXQ6IDYwXzAwMCB9KTtcbiAgcmV0dXJuIHsgY29kZTogci5zdGF0dXMsIG91dDogci5zdGRvdXQsIGVycjogci5zdGRlcnIgfTtcbn1cblxuaW50ZXJmYWNlIFNhcmlmTG9nIHtcbiAgcnVuczoge1xuICAgIHRvb2w6IHsgZHJpdmVyOiB7IHJ1bGVzOiB7IGlkOiBzdHJpbmc7IGhlbHBVcmk/OiBzdHJpbmc7IGRlZmF1bHRDb25maWd1cmF0aW9uPzogeyBsZXZlbDogc3RyaW5nIH0gfVtdIH0gfTtcbiAgICByZXN1bHRzOiB7IHJ1bGVJZDogc3RyaW5nOyBsZXZlbDogc3RyaW5nOyBtZXNzYWdlOiB7IHRleHQ6IHN0cmluZyB9OyBsb2NhdGlvbnM6IHsgcGh5c2ljYWxMb2NhdGlvbjogeyBhcnRpZmFjdExvY2F0aW9uOiB7IHVyaTogc3RyaW5nIH07IHJlZ2lvbjogeyBzdGFydExpbmU6IG51bWJlciB9IH0gfVtdOyByZWxhdGVkTG9jYXRpb25zPzogeyBpZD86IG51bWJlciB9W10gfVtdO1xuICB9W107XG59XG5cbmRlc2NyaWJlKCdTQVJJRiAyLjEuMCBvdXRwdXQnLCAoKSA9PiB7XG4gIGxldCBkaXI6IHN0cmluZztcbiAgY29uc3QgdmFsaWRhdGUgPSB2YWxpZGF0b3IoKTtcbiAgYmVmb3JlKCgpID0+IHtcbiAgICBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnbmFsLXNhcmlmLScpKTtcbiAgICBjcFN5bmMoam9pbihST09ULCAnZXhhbXBsZXMnKSwgam9pbihkaXIsICdleGFtcGxlcycpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAvLyBBIHBhdGggd2l0aCBhIHNwYWNlIGFuZCBhIG5vbi1BU0NJSSBjaGFyYWN0ZXIgbXVzdCBzdGlsbCBiZSBhIHZhbGlkIFVSSSByZWZlcmVuY2UuXG4gICAgbWtkaXJTeW5jKGpvaW4oZGlyLCAnZXhhbXBsZXMvbXkgY2x1c3Rlci9cdTgyODJcdTcwQjkvY29uZicpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICB3cml0ZUZpbGVTeW5jKGpvaW4oZGlyLCAnZXhhbXBsZXMvbXkgY2x1c3Rlci9cdTgyODJcdTcwQjkvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJyksXG4gICAgICAnbmFjb3MuY29yZS5hdXRoLmVuYWJsZWQ9dHJ1ZVxcbm5hY29zLmNvcmUuYXV0aC5zeXN0ZW0udHlwZT1uYWNvc1xcbm5hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5PXNlcnZlcklkZW50aXR5XFxubmFjb3MuY29yZS5hdXRoLnNlcnZlci5pZGVudGl0eS52YWx1ZT1zZWN1cml0eVxcbicpO1xuICB9KTtcbiAgYWZ0ZXIoKCkgPT4gcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pKTtcblxuICB0ZXN0KCd0aGUgc2NoZW1hIGl0c2VsZiBjb21waWxlcyAoZHJhZnQtMDcpIGFuZCByZWplY3RzIHdoYXQgU0FSSUYgZm9yYmlkcycsICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwodmFsaWRhdGUoeyB2ZXJzaW9uOiAnMi4xLjAnLCBydW5zOiBbXSB9KSwgdHJ1ZSk7XG4gICAgYXNzZXJ0LmVxdWFsKHZhbGlkYXRlKHsgdmVyc2lvbjogJzIuMC4wJywgcnVuczogW10gfSksIGZhbHNlLCAnb25seSAyLjEuMCcpO1xuICAgIGFzc2VydC5lcXVhbCh2YWxpZGF0ZSh7IHZlcnNpb246ICcyLjEuMCcsIHJ1bnM6IFt7IHRvb2w6IHsgZHJpdmVyOiB7IG5hbWU6ICd4JyB9IH0sIHJlc3VsdHM6IFt7IG1lc3NhZ2U6IHsgdGV4dDogJ20nIH0sIGxldmVsOiAnaW5mbycgfV0gfV0gfSksIGZhbHNlLCAnbGV2ZWwgXCJpbmZvXCIgaXMgbm90IFNBUklGJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHZhbGlkYXRlKHsgdmVyc2lvbjogJzIuMS4wJywgcnVuczogW3sgdG9vbDogeyBkcml2ZXI6IHsgbmFtZTogJ3gnIH0gfSwgcmVzdWx0czogW3sgbWVzc2FnZTogeyB0ZXh0OiAnbScgfSwgbG9jYXRpb25zOiBbeyBwaHlzaWNhbExvY2F0aW9uOiB7IGFydGlmYWN0TG9jYXRpb246IHsgdXJpOiAnYSBiJyB9LCByZWdpb246IHsgc3RhcnRMaW5lOiAxIH0gfSB9XSB9XSB9XSB9KSwgZmFsc2UsICdhIHNwYWNlIGlzIG5vdCBhbGxvd2VkIGluIGEgVVJJJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHZhbGlkYXRlKHsgdmVyc2lvbjogJzIuMS4wJywgcnVuczogW3sgdG9vbDogeyBkcml2ZXI6IHsgbmFtZTogJ3gnIH0gfSwgcmVzdWx0czogW3sgbWVzc2FnZTogeyB0ZXh0OiAnbScgfSwgbG9jYXRpb25zOiBbeyBwaHlzaWNhbExvY2F0aW9uOiB7IGFydGlmYWN0TG9jYXRpb246IHsgdXJpOiAnYScgfSwgcmVnaW9uOiB7IHN0YXJ0TGluZTogMCB9IH0gfV0gfV0gfV0gfSksIGZhbHNlLCAnbGluZXMgYXJlIDEtYmFzZWQnKTtcbiAgfSk7XG5cbiAgZm9yIChjb25zdCBsb2NhbGUgb2YgWydlbicsICd6aC1jbiddKSB7XG4gICAgdGVzdChgdGhlIENMSSdzIFNBUklGIHZhbGlkYXRlcyAoJHtsb2NhbGV9KWAsICgpID0+IHtcbiAgICAgIGNvbnN0IHIgPSBjbGkoWydleGFtcGxlcycsICctLWZvcm1hdCcsICdzYXJpZicsICctLWxvY2FsZScsIGxvY2FsZV0sIGRpcik7XG4gICAgICBhc3NlcnQuZXF1YWwoci5jb2RlLCAxLCByLmVycik7XG4gICAgICBjb25zdCBsb2cgPSBKU09OLnBhcnNlKHIub3V0KSBhcyBTYXJpZkxvZztcbiAgICAgIGNvbnN0IG9rID0gdmFsaWRhdGUobG9nKTtcbiAgICAgIGFzc2VydC5vayhvaywgSlNPTi5zdHJpbmdpZnkodmFsaWRhdGUuZXJyb3JzPy5zbGljZSgwLCAxMCksIG51bGwsIDEpKTtcbiAgICAgIGNvbnN0IHJ1biA9IGxvZy5ydW5zWzBdO1xuICAgICAgYXNzZXJ0Lm9rKHJ1bi5yZXN1bHRzLmxlbmd0aCA+IDUsICdmaW5kaW5ncyByZXBvcnRlZCcpO1xuICAgICAgY29uc3QgaWRzID0gbmV3IFNldChydW4udG9vbC5kcml2ZXIucnVsZXMubWFwKHggPT4geC5pZCkpO1xuICAgICAgZm9yIChjb25zdCByZXMgb2YgcnVuLnJlc3VsdHMpIHtcbiAgICAgICAgYXNzZXJ0Lm9rKGlkcy5oYXMocmVzLnJ1bGVJZCksIGAke3Jlcy5ydWxlSWR9IGlzIGRlc2NyaWJlZCBpbiB0b29sLmRyaXZlci5ydWxlc2ApO1xuICAgICAgICBhc3NlcnQub2socmVzLmxvY2F0aW9uc1swXS5waHlzaWNhbExvY2F0aW9uLnJlZ2lvbi5zdGFydExpbmUgPj0gMSk7XG4gICAgICAgIGFzc2VydC5vayghL15cXC8vLnRlc3QocmVzLmxvY2F0aW9uc1swXS5waHlzaWNhbExvY2F0aW9uLmFydGlmYWN0TG9jYXRpb24udXJpKSwgJ1VSSXMgYXJlIHJlbGF0aXZlIHRvIHRoZSBzY2FubmVkIGRpcmVjdG9yeScpO1xuICAgICAgfVxuICAgICAgZm9yIChjb25zdCBydWxlIG9mIHJ1bi50b29sLmRyaXZlci5ydWxlcykgYXNzZXJ0Lm1hdGNoKFN0cmluZyhydWxlLmhlbHBVcmkpLCBuZXcgUmVnRXhwKGAvZG9jcy9ydWxlcy8ke3J1bGUuaWR9XFxcXC5tZCRgKSk7XG4gICAgICBjb25zdCBzcGFjZWQgPSBydW4ucmVzdWx0cy5maW5kKHggPT4geC5sb2NhdGlvbnNbMF0ucGh5c2ljYWxMb2NhdGlvbi5hcnRpZmFjdExvY2F0aW9uLnVyaS5pbmNsdWRlcygnbXklMjBjbHVzdGVyJykpO1xuICAgICAgYXNzZXJ0Lm9rKHNwYWNlZCwgJ3RoZSBmaWxlIHVuZGVyIFwibXkgY2x1c3RlclwiIGlzIHJlcG9ydGVkIHdpdGggYW4gZW5jb2RlZCBVUkknKTtcbiAgICAgIGFzc2VydC5vayhzcGFjZWQubG9jYXRpb25zWzBdLnBoeXNpY2FsTG9jYXRpb24uYXJ0aWZhY3RMb2NhdGlvbi51cmkuaW5jbHVkZXMoJyVFOCU4QSU4MiVFNyU4MiVCOScpLCAnbm9uLUFTQ0lJIGlzIHBlcmNlbnQtZW5jb2RlZCcpO1xuICAgICAgZm9yIChjb25zdCBzZWNyZXQgb2YgWydWR2hwYzBselRYbERkWE4wYjIxVFpXTnlaWFJMWlhrd01USXpORFUyTnpnPScsICdteS1vd24tdmFsdWUtZm9yLW5vZGUzJ10pIGFzc2VydC5vayghci5vdXQuaW5jbHVkZXMoc2VjcmV0KSwgJ25vIHNlY3JldCBpbiBTQVJJRicpO1xuICAgIH0pO1xuICB9XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFDQSxRQUFzQixjQUF0QixNQUFpQzs7QUFBakMsSUFBQUEsU0FBQSxjQUFBO0FBT2EsSUFBQUEsU0FBQSxhQUFhO0FBRTFCLFFBQWEsT0FBYixjQUEwQixZQUFXO01BRW5DLFlBQVksR0FBUztBQUNuQixjQUFLO0FBQ0wsWUFBSSxDQUFDQSxTQUFBLFdBQVcsS0FBSyxDQUFDO0FBQUcsZ0JBQU0sSUFBSSxNQUFNLDBDQUEwQztBQUNuRixhQUFLLE1BQU07TUFDYjtNQUVBLFdBQVE7QUFDTixlQUFPLEtBQUs7TUFDZDtNQUVBLFdBQVE7QUFDTixlQUFPO01BQ1Q7TUFFQSxJQUFJLFFBQUs7QUFDUCxlQUFPLEVBQUMsQ0FBQyxLQUFLLEdBQUcsR0FBRyxFQUFDO01BQ3ZCOztBQWxCRixJQUFBQSxTQUFBLE9BQUE7QUFxQkEsUUFBYSxRQUFiLGNBQTJCLFlBQVc7TUFLcEMsWUFBWSxNQUFrQztBQUM1QyxjQUFLO0FBQ0wsYUFBSyxTQUFTLE9BQU8sU0FBUyxXQUFXLENBQUMsSUFBSSxJQUFJO01BQ3BEO01BRUEsV0FBUTtBQUNOLGVBQU8sS0FBSztNQUNkO01BRUEsV0FBUTtBQUNOLFlBQUksS0FBSyxPQUFPLFNBQVM7QUFBRyxpQkFBTztBQUNuQyxjQUFNLE9BQU8sS0FBSyxPQUFPLENBQUM7QUFDMUIsZUFBTyxTQUFTLE1BQU0sU0FBUztNQUNqQztNQUVBLElBQUksTUFBRzs7QUFDTCxnQkFBTyxLQUFDLEtBQUssVUFBSSxRQUFBLE9BQUEsU0FBQSxLQUFULEtBQUssT0FBUyxLQUFLLE9BQU8sT0FBTyxDQUFDLEdBQVcsTUFBZ0IsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUU7TUFDckY7TUFFQSxJQUFJLFFBQUs7O0FBQ1AsZ0JBQU8sS0FBQyxLQUFLLFlBQU0sUUFBQSxPQUFBLFNBQUEsS0FBWCxLQUFLLFNBQVcsS0FBSyxPQUFPLE9BQU8sQ0FBQyxPQUFrQixNQUFLO0FBQ2pFLGNBQUksYUFBYTtBQUFNLGtCQUFNLEVBQUUsR0FBRyxLQUFLLE1BQU0sRUFBRSxHQUFHLEtBQUssS0FBSztBQUM1RCxpQkFBTztRQUNULEdBQUcsQ0FBQSxDQUFFO01BQ1A7O0FBN0JGLElBQUFBLFNBQUEsUUFBQTtBQXdDYSxJQUFBQSxTQUFBLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFJL0IsYUFBZ0IsRUFBRSxTQUErQixNQUFlO0FBQzlELFlBQU0sT0FBbUIsQ0FBQyxLQUFLLENBQUMsQ0FBQztBQUNqQyxVQUFJLElBQUk7QUFDUixhQUFPLElBQUksS0FBSyxRQUFRO0FBQ3RCLG1CQUFXLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFDeEIsYUFBSyxLQUFLLEtBQUssRUFBRSxDQUFDLENBQUM7TUFDckI7QUFDQSxhQUFPLElBQUksTUFBTSxJQUFJO0lBQ3ZCO0FBUkEsSUFBQUEsU0FBQSxJQUFBO0FBVUEsUUFBTSxPQUFPLElBQUksTUFBTSxHQUFHO0FBRTFCLGFBQWdCLElBQUksU0FBK0IsTUFBNEI7QUFDN0UsWUFBTSxPQUFtQixDQUFDLGNBQWMsS0FBSyxDQUFDLENBQUMsQ0FBQztBQUNoRCxVQUFJLElBQUk7QUFDUixhQUFPLElBQUksS0FBSyxRQUFRO0FBQ3RCLGFBQUssS0FBSyxJQUFJO0FBQ2QsbUJBQVcsTUFBTSxLQUFLLENBQUMsQ0FBQztBQUN4QixhQUFLLEtBQUssTUFBTSxjQUFjLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQztNQUMxQztBQUNBLGVBQVMsSUFBSTtBQUNiLGFBQU8sSUFBSSxNQUFNLElBQUk7SUFDdkI7QUFWQSxJQUFBQSxTQUFBLE1BQUE7QUFZQSxhQUFnQixXQUFXLE1BQWtCLEtBQXVCO0FBQ2xFLFVBQUksZUFBZTtBQUFPLGFBQUssS0FBSyxHQUFHLElBQUksTUFBTTtlQUN4QyxlQUFlO0FBQU0sYUFBSyxLQUFLLEdBQUc7O0FBQ3RDLGFBQUssS0FBSyxZQUFZLEdBQUcsQ0FBQztJQUNqQztBQUpBLElBQUFBLFNBQUEsYUFBQTtBQU1BLGFBQVMsU0FBUyxNQUFnQjtBQUNoQyxVQUFJLElBQUk7QUFDUixhQUFPLElBQUksS0FBSyxTQUFTLEdBQUc7QUFDMUIsWUFBSSxLQUFLLENBQUMsTUFBTSxNQUFNO0FBQ3BCLGdCQUFNLE1BQU0sZUFBZSxLQUFLLElBQUksQ0FBQyxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDbkQsY0FBSSxRQUFRLFFBQVc7QUFDckIsaUJBQUssT0FBTyxJQUFJLEdBQUcsR0FBRyxHQUFHO0FBQ3pCO1VBQ0Y7QUFDQSxlQUFLLEdBQUcsSUFBSTtRQUNkO0FBQ0E7TUFDRjtJQUNGO0FBRUEsYUFBUyxlQUFlLEdBQWEsR0FBVztBQUM5QyxVQUFJLE1BQU07QUFBTSxlQUFPO0FBQ3ZCLFVBQUksTUFBTTtBQUFNLGVBQU87QUFDdkIsVUFBSSxPQUFPLEtBQUssVUFBVTtBQUN4QixZQUFJLGFBQWEsUUFBUSxFQUFFLEVBQUUsU0FBUyxDQUFDLE1BQU07QUFBSztBQUNsRCxZQUFJLE9BQU8sS0FBSztBQUFVLGlCQUFPLEdBQUcsRUFBRSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsQ0FBQztBQUN0RCxZQUFJLEVBQUUsQ0FBQyxNQUFNO0FBQUssaUJBQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDO0FBQ25EO01BQ0Y7QUFDQSxVQUFJLE9BQU8sS0FBSyxZQUFZLEVBQUUsQ0FBQyxNQUFNLE9BQU8sRUFBRSxhQUFhO0FBQU8sZUFBTyxJQUFJLENBQUMsR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzNGO0lBQ0Y7QUFFQSxhQUFnQixVQUFVLElBQVUsSUFBUTtBQUMxQyxhQUFPLEdBQUcsU0FBUSxJQUFLLEtBQUssR0FBRyxTQUFRLElBQUssS0FBSyxNQUFNLEVBQUUsR0FBRyxFQUFFO0lBQ2hFO0FBRkEsSUFBQUEsU0FBQSxZQUFBO0FBS0EsYUFBUyxZQUFZLEdBQStDO0FBQ2xFLGFBQU8sT0FBTyxLQUFLLFlBQVksT0FBTyxLQUFLLGFBQWEsTUFBTSxPQUMxRCxJQUNBLGNBQWMsTUFBTSxRQUFRLENBQUMsSUFBSSxFQUFFLEtBQUssR0FBRyxJQUFJLENBQUM7SUFDdEQ7QUFFQSxhQUFnQixVQUFVLEdBQVU7QUFDbEMsYUFBTyxJQUFJLE1BQU0sY0FBYyxDQUFDLENBQUM7SUFDbkM7QUFGQSxJQUFBQSxTQUFBLFlBQUE7QUFJQSxhQUFnQixjQUFjLEdBQVU7QUFDdEMsYUFBTyxLQUFLLFVBQVUsQ0FBQyxFQUNwQixRQUFRLFdBQVcsU0FBUyxFQUM1QixRQUFRLFdBQVcsU0FBUztJQUNqQztBQUpBLElBQUFBLFNBQUEsZ0JBQUE7QUFNQSxhQUFnQixZQUFZLEtBQTJCO0FBQ3JELGFBQU8sT0FBTyxPQUFPLFlBQVlBLFNBQUEsV0FBVyxLQUFLLEdBQUcsSUFBSSxJQUFJLE1BQU0sSUFBSSxHQUFHLEVBQUUsSUFBSSxLQUFLLEdBQUc7SUFDekY7QUFGQSxJQUFBQSxTQUFBLGNBQUE7QUFLQSxhQUFnQixpQkFBaUIsS0FBMkI7QUFDMUQsVUFBSSxPQUFPLE9BQU8sWUFBWUEsU0FBQSxXQUFXLEtBQUssR0FBRyxHQUFHO0FBQ2xELGVBQU8sSUFBSSxNQUFNLEdBQUcsR0FBRyxFQUFFO01BQzNCO0FBQ0EsWUFBTSxJQUFJLE1BQU0saUNBQWlDLEdBQUcsaUNBQWlDO0lBQ3ZGO0FBTEEsSUFBQUEsU0FBQSxtQkFBQTtBQU9BLGFBQWdCLFdBQVcsSUFBVTtBQUNuQyxhQUFPLElBQUksTUFBTSxHQUFHLFNBQVEsQ0FBRTtJQUNoQztBQUZBLElBQUFBLFNBQUEsYUFBQTs7Ozs7Ozs7OztBQ3RLQSxRQUFBLFNBQUE7QUFlQSxRQUFNLGFBQU4sY0FBeUIsTUFBSztNQUU1QixZQUFZLE1BQW9CO0FBQzlCLGNBQU0sdUJBQXVCLElBQUksY0FBYztBQUMvQyxhQUFLLFFBQVEsS0FBSztNQUNwQjs7QUF3QkYsUUFBWTtBQUFaLEtBQUEsU0FBWUMsaUJBQWM7QUFDeEIsTUFBQUEsZ0JBQUFBLGdCQUFBLFNBQUEsSUFBQSxDQUFBLElBQUE7QUFDQSxNQUFBQSxnQkFBQUEsZ0JBQUEsV0FBQSxJQUFBLENBQUEsSUFBQTtJQUNGLEdBSFksbUJBQWNDLFNBQUEsaUJBQWQsaUJBQWMsQ0FBQSxFQUFBO0FBU2IsSUFBQUEsU0FBQSxXQUFXO01BQ3RCLE9BQU8sSUFBSSxPQUFBLEtBQUssT0FBTztNQUN2QixLQUFLLElBQUksT0FBQSxLQUFLLEtBQUs7TUFDbkIsS0FBSyxJQUFJLE9BQUEsS0FBSyxLQUFLOztBQUdyQixRQUFhLFFBQWIsTUFBa0I7TUFLaEIsWUFBWSxFQUFDLFVBQVUsT0FBTSxJQUFrQixDQUFBLEdBQUU7QUFKOUIsYUFBQSxTQUEyQyxDQUFBO0FBSzVELGFBQUssWUFBWTtBQUNqQixhQUFLLFVBQVU7TUFDakI7TUFFQSxPQUFPLGNBQTJCO0FBQ2hDLGVBQU8sd0JBQXdCLE9BQUEsT0FBTyxlQUFlLEtBQUssS0FBSyxZQUFZO01BQzdFO01BRUEsS0FBSyxRQUFjO0FBQ2pCLGVBQU8sSUFBSSxPQUFBLEtBQUssS0FBSyxTQUFTLE1BQU0sQ0FBQztNQUN2QztNQUVVLFNBQVMsUUFBYztBQUMvQixjQUFNLEtBQUssS0FBSyxPQUFPLE1BQU0sS0FBSyxLQUFLLFdBQVcsTUFBTTtBQUN4RCxlQUFPLEdBQUcsTUFBTSxHQUFHLEdBQUcsT0FBTztNQUMvQjtNQUVRLFdBQVcsUUFBYzs7QUFDL0IsY0FBSSxNQUFBLEtBQUEsS0FBSyxhQUFPLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxlQUFTLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxJQUFJLE1BQU0sTUFBTSxLQUFLLGFBQWEsQ0FBQyxLQUFLLFVBQVUsSUFBSSxNQUFNLEdBQUk7QUFDM0YsZ0JBQU0sSUFBSSxNQUFNLG9CQUFvQixNQUFNLGdDQUFnQztRQUM1RTtBQUNBLGVBQVEsS0FBSyxPQUFPLE1BQU0sSUFBSSxFQUFDLFFBQVEsT0FBTyxFQUFDO01BQ2pEOztBQTVCRixJQUFBQSxTQUFBLFFBQUE7QUFvQ0EsUUFBYSxpQkFBYixjQUFvQyxPQUFBLEtBQUk7TUFLdEMsWUFBWSxRQUFnQixTQUFlO0FBQ3pDLGNBQU0sT0FBTztBQUNiLGFBQUssU0FBUztNQUNoQjtNQUVBLFNBQVMsT0FBa0IsRUFBQyxVQUFVLFVBQVMsR0FBWTtBQUN6RCxhQUFLLFFBQVE7QUFDYixhQUFLLGFBQVksR0FBQSxPQUFBLE1BQUssSUFBSSxPQUFBLEtBQUssUUFBUSxDQUFDLElBQUksU0FBUztNQUN2RDs7QUFiRixJQUFBQSxTQUFBLGlCQUFBO0FBb0JBLFFBQU0sUUFBTyxHQUFBLE9BQUE7QUFFYixRQUFhLGFBQWIsY0FBZ0MsTUFBSztNQUtuQyxZQUFZLE1BQXVCO0FBQ2pDLGNBQU0sSUFBSTtBQUxPLGFBQUEsVUFBdUIsQ0FBQTtBQU14QyxhQUFLLFNBQVMsS0FBSztBQUNuQixhQUFLLE9BQU8sRUFBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFFBQVEsT0FBTyxPQUFBLElBQUc7TUFDbkQ7TUFFQSxNQUFHO0FBQ0QsZUFBTyxLQUFLO01BQ2Q7TUFFQSxLQUFLLFFBQWM7QUFDakIsZUFBTyxJQUFJLGVBQWUsUUFBUSxLQUFLLFNBQVMsTUFBTSxDQUFDO01BQ3pEO01BRUEsTUFBTSxjQUF1QyxPQUFnQjs7QUFDM0QsWUFBSSxNQUFNLFFBQVE7QUFBVyxnQkFBTSxJQUFJLE1BQU0sc0NBQXNDO0FBQ25GLGNBQU0sT0FBTyxLQUFLLE9BQU8sWUFBWTtBQUNyQyxjQUFNLEVBQUMsT0FBTSxJQUFJO0FBQ2pCLGNBQU0sWUFBVyxLQUFBLE1BQU0sU0FBRyxRQUFBLE9BQUEsU0FBQSxLQUFJLE1BQU07QUFDcEMsWUFBSSxLQUFLLEtBQUssUUFBUSxNQUFNO0FBQzVCLFlBQUksSUFBSTtBQUNOLGdCQUFNLFFBQVEsR0FBRyxJQUFJLFFBQVE7QUFDN0IsY0FBSTtBQUFPLG1CQUFPO1FBQ3BCLE9BQU87QUFDTCxlQUFLLEtBQUssUUFBUSxNQUFNLElBQUksb0JBQUksSUFBRztRQUNyQztBQUNBLFdBQUcsSUFBSSxVQUFVLElBQUk7QUFFckIsY0FBTSxJQUFJLEtBQUssT0FBTyxNQUFNLE1BQU0sS0FBSyxPQUFPLE1BQU0sSUFBSSxDQUFBO0FBQ3hELGNBQU0sWUFBWSxFQUFFO0FBQ3BCLFVBQUUsU0FBUyxJQUFJLE1BQU07QUFDckIsYUFBSyxTQUFTLE9BQU8sRUFBQyxVQUFVLFFBQVEsVUFBUyxDQUFDO0FBQ2xELGVBQU87TUFDVDtNQUVBLFNBQVMsUUFBZ0IsVUFBaUI7QUFDeEMsY0FBTSxLQUFLLEtBQUssUUFBUSxNQUFNO0FBQzlCLFlBQUksQ0FBQztBQUFJO0FBQ1QsZUFBTyxHQUFHLElBQUksUUFBUTtNQUN4QjtNQUVBLFVBQVUsV0FBaUIsU0FBdUMsS0FBSyxTQUFPO0FBQzVFLGVBQU8sS0FBSyxjQUFjLFFBQVEsQ0FBQyxTQUF3QjtBQUN6RCxjQUFJLEtBQUssY0FBYztBQUFXLGtCQUFNLElBQUksTUFBTSxrQkFBa0IsSUFBSSxnQkFBZ0I7QUFDeEYsa0JBQU8sR0FBQSxPQUFBLEtBQUksU0FBUyxHQUFHLEtBQUssU0FBUztRQUN2QyxDQUFDO01BQ0g7TUFFQSxVQUNFLFNBQXVDLEtBQUssU0FDNUMsWUFDQSxTQUFpRDtBQUVqRCxlQUFPLEtBQUssY0FDVixRQUNBLENBQUMsU0FBd0I7QUFDdkIsY0FBSSxLQUFLLFVBQVU7QUFBVyxrQkFBTSxJQUFJLE1BQU0sa0JBQWtCLElBQUksZ0JBQWdCO0FBQ3BGLGlCQUFPLEtBQUssTUFBTTtRQUNwQixHQUNBLFlBQ0EsT0FBTztNQUVYO01BRVEsY0FDTixRQUNBLFdBQ0EsYUFBOEIsQ0FBQSxHQUM5QixTQUFpRDtBQUVqRCxZQUFJLE9BQWEsT0FBQTtBQUNqQixtQkFBVyxVQUFVLFFBQVE7QUFDM0IsZ0JBQU0sS0FBSyxPQUFPLE1BQU07QUFDeEIsY0FBSSxDQUFDO0FBQUk7QUFDVCxnQkFBTSxVQUFXLFdBQVcsTUFBTSxJQUFJLFdBQVcsTUFBTSxLQUFLLG9CQUFJLElBQUc7QUFDbkUsYUFBRyxRQUFRLENBQUMsU0FBd0I7QUFDbEMsZ0JBQUksUUFBUSxJQUFJLElBQUk7QUFBRztBQUN2QixvQkFBUSxJQUFJLE1BQU0sZUFBZSxPQUFPO0FBQ3hDLGdCQUFJLElBQUksVUFBVSxJQUFJO0FBQ3RCLGdCQUFJLEdBQUc7QUFDTCxvQkFBTSxNQUFNLEtBQUssS0FBSyxNQUFNQSxTQUFBLFNBQVMsTUFBTUEsU0FBQSxTQUFTO0FBQ3BELHNCQUFPLEdBQUEsT0FBQSxLQUFJLElBQUksR0FBRyxHQUFHLElBQUksSUFBSSxNQUFNLENBQUMsSUFBSSxLQUFLLEtBQUssRUFBRTtZQUN0RCxXQUFZLElBQUksWUFBTyxRQUFQLFlBQU8sU0FBQSxTQUFQLFFBQVUsSUFBSSxHQUFJO0FBQ2hDLHNCQUFPLEdBQUEsT0FBQSxLQUFJLElBQUksR0FBRyxDQUFDLEdBQUcsS0FBSyxLQUFLLEVBQUU7WUFDcEMsT0FBTztBQUNMLG9CQUFNLElBQUksV0FBVyxJQUFJO1lBQzNCO0FBQ0Esb0JBQVEsSUFBSSxNQUFNLGVBQWUsU0FBUztVQUM1QyxDQUFDO1FBQ0g7QUFDQSxlQUFPO01BQ1Q7O0FBaEdGLElBQUFBLFNBQUEsYUFBQTs7Ozs7Ozs7OztBQ3BIQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFVBQUE7QUFFQSxRQUFBLFNBQUE7QUFBUSxXQUFBLGVBQUFDLFVBQUEsS0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBQyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsT0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBRyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsYUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBUyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsT0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBRyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsZUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBVyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsYUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBUyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsY0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBVSxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsUUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLE9BQUE7SUFBSSxFQUFBLENBQUE7QUFDeEUsUUFBQSxVQUFBO0FBQVEsV0FBQSxlQUFBQSxVQUFBLFNBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxRQUFBO0lBQUssRUFBQSxDQUFBO0FBQWMsV0FBQSxlQUFBQSxVQUFBLGNBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxRQUFBO0lBQVUsRUFBQSxDQUFBO0FBQUUsV0FBQSxlQUFBQSxVQUFBLGtCQUFBLEVBQUEsWUFBQSxNQUFBLEtBQUEsV0FBQTtBQUFBLGFBQUEsUUFBQTtJQUFjLEVBQUEsQ0FBQTtBQUFrQixXQUFBLGVBQUFBLFVBQUEsWUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFFBQUE7SUFBUSxFQUFBLENBQUE7QUFRbEUsSUFBQUEsU0FBQSxZQUFZO01BQ3ZCLElBQUksSUFBSSxPQUFBLE1BQU0sR0FBRztNQUNqQixLQUFLLElBQUksT0FBQSxNQUFNLElBQUk7TUFDbkIsSUFBSSxJQUFJLE9BQUEsTUFBTSxHQUFHO01BQ2pCLEtBQUssSUFBSSxPQUFBLE1BQU0sSUFBSTtNQUNuQixJQUFJLElBQUksT0FBQSxNQUFNLEtBQUs7TUFDbkIsS0FBSyxJQUFJLE9BQUEsTUFBTSxLQUFLO01BQ3BCLEtBQUssSUFBSSxPQUFBLE1BQU0sR0FBRztNQUNsQixJQUFJLElBQUksT0FBQSxNQUFNLElBQUk7TUFDbEIsS0FBSyxJQUFJLE9BQUEsTUFBTSxJQUFJO01BQ25CLEtBQUssSUFBSSxPQUFBLE1BQU0sR0FBRzs7QUFHcEIsUUFBZSxPQUFmLE1BQW1CO01BR2pCLGdCQUFhO0FBQ1gsZUFBTztNQUNUO01BRUEsY0FBYyxRQUFtQixZQUFxQjtBQUNwRCxlQUFPO01BQ1Q7O0FBT0YsUUFBTSxNQUFOLGNBQWtCLEtBQUk7TUFDcEIsWUFDbUIsU0FDQSxNQUNULEtBQWM7QUFFdEIsY0FBSztBQUpZLGFBQUEsVUFBQTtBQUNBLGFBQUEsT0FBQTtBQUNULGFBQUEsTUFBQTtNQUdWO01BRUEsT0FBTyxFQUFDLEtBQUssR0FBRSxHQUFZO0FBQ3pCLGNBQU0sVUFBVSxNQUFNLFFBQUEsU0FBUyxNQUFNLEtBQUs7QUFDMUMsY0FBTSxNQUFNLEtBQUssUUFBUSxTQUFZLEtBQUssTUFBTSxLQUFLLEdBQUc7QUFDeEQsZUFBTyxHQUFHLE9BQU8sSUFBSSxLQUFLLElBQUksR0FBRyxHQUFHLE1BQU07TUFDNUM7TUFFQSxjQUFjLE9BQWtCLFdBQW9CO0FBQ2xELFlBQUksQ0FBQyxNQUFNLEtBQUssS0FBSyxHQUFHO0FBQUc7QUFDM0IsWUFBSSxLQUFLO0FBQUssZUFBSyxNQUFNLGFBQWEsS0FBSyxLQUFLLE9BQU8sU0FBUztBQUNoRSxlQUFPO01BQ1Q7TUFFQSxJQUFJLFFBQUs7QUFDUCxlQUFPLEtBQUssZUFBZSxPQUFBLGNBQWMsS0FBSyxJQUFJLFFBQVEsQ0FBQTtNQUM1RDs7QUFHRixRQUFNLFNBQU4sY0FBcUIsS0FBSTtNQUN2QixZQUNXLEtBQ0YsS0FDVSxhQUFxQjtBQUV0QyxjQUFLO0FBSkksYUFBQSxNQUFBO0FBQ0YsYUFBQSxNQUFBO0FBQ1UsYUFBQSxjQUFBO01BR25CO01BRUEsT0FBTyxFQUFDLEdBQUUsR0FBWTtBQUNwQixlQUFPLEdBQUcsS0FBSyxHQUFHLE1BQU0sS0FBSyxHQUFHLE1BQU07TUFDeEM7TUFFQSxjQUFjLE9BQWtCLFdBQW9CO0FBQ2xELFlBQUksS0FBSyxlQUFlLE9BQUEsUUFBUSxDQUFDLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxDQUFDLEtBQUs7QUFBYTtBQUMzRSxhQUFLLE1BQU0sYUFBYSxLQUFLLEtBQUssT0FBTyxTQUFTO0FBQ2xELGVBQU87TUFDVDtNQUVBLElBQUksUUFBSztBQUNQLGNBQU0sUUFBUSxLQUFLLGVBQWUsT0FBQSxPQUFPLENBQUEsSUFBSyxFQUFDLEdBQUcsS0FBSyxJQUFJLE1BQUs7QUFDaEUsZUFBTyxhQUFhLE9BQU8sS0FBSyxHQUFHO01BQ3JDOztBQUdGLFFBQU0sV0FBTixjQUF1QixPQUFNO01BQzNCLFlBQ0UsS0FDaUIsSUFDakIsS0FDQSxhQUFxQjtBQUVyQixjQUFNLEtBQUssS0FBSyxXQUFXO0FBSlYsYUFBQSxLQUFBO01BS25CO01BRUEsT0FBTyxFQUFDLEdBQUUsR0FBWTtBQUNwQixlQUFPLEdBQUcsS0FBSyxHQUFHLElBQUksS0FBSyxFQUFFLEtBQUssS0FBSyxHQUFHLE1BQU07TUFDbEQ7O0FBR0YsUUFBTSxRQUFOLGNBQW9CLEtBQUk7TUFFdEIsWUFBcUIsT0FBVztBQUM5QixjQUFLO0FBRGMsYUFBQSxRQUFBO0FBRFosYUFBQSxRQUFtQixDQUFBO01BRzVCO01BRUEsT0FBTyxFQUFDLEdBQUUsR0FBWTtBQUNwQixlQUFPLEdBQUcsS0FBSyxLQUFLLE1BQU07TUFDNUI7O0FBR0YsUUFBTSxRQUFOLGNBQW9CLEtBQUk7TUFFdEIsWUFBcUIsT0FBWTtBQUMvQixjQUFLO0FBRGMsYUFBQSxRQUFBO0FBRFosYUFBQSxRQUFtQixDQUFBO01BRzVCO01BRUEsT0FBTyxFQUFDLEdBQUUsR0FBWTtBQUNwQixjQUFNLFFBQVEsS0FBSyxRQUFRLElBQUksS0FBSyxLQUFLLEtBQUs7QUFDOUMsZUFBTyxRQUFRLEtBQUssTUFBTTtNQUM1Qjs7QUFHRixRQUFNLFFBQU4sY0FBb0IsS0FBSTtNQUN0QixZQUFxQixPQUFXO0FBQzlCLGNBQUs7QUFEYyxhQUFBLFFBQUE7TUFFckI7TUFFQSxPQUFPLEVBQUMsR0FBRSxHQUFZO0FBQ3BCLGVBQU8sU0FBUyxLQUFLLEtBQUssTUFBTTtNQUNsQztNQUVBLElBQUksUUFBSztBQUNQLGVBQU8sS0FBSyxNQUFNO01BQ3BCOztBQUdGLFFBQU0sVUFBTixjQUFzQixLQUFJO01BQ3hCLFlBQW9CLE1BQWM7QUFDaEMsY0FBSztBQURhLGFBQUEsT0FBQTtNQUVwQjtNQUVBLE9BQU8sRUFBQyxHQUFFLEdBQVk7QUFDcEIsZUFBTyxHQUFHLEtBQUssSUFBSSxNQUFNO01BQzNCO01BRUEsZ0JBQWE7QUFDWCxlQUFPLEdBQUcsS0FBSyxJQUFJLEtBQUssT0FBTztNQUNqQztNQUVBLGNBQWMsT0FBa0IsV0FBb0I7QUFDbEQsYUFBSyxPQUFPLGFBQWEsS0FBSyxNQUFNLE9BQU8sU0FBUztBQUNwRCxlQUFPO01BQ1Q7TUFFQSxJQUFJLFFBQUs7QUFDUCxlQUFPLEtBQUssZ0JBQWdCLE9BQUEsY0FBYyxLQUFLLEtBQUssUUFBUSxDQUFBO01BQzlEOztBQUdGLFFBQWUsYUFBZixjQUFrQyxLQUFJO01BQ3BDLFlBQXFCLFFBQXFCLENBQUEsR0FBRTtBQUMxQyxjQUFLO0FBRGMsYUFBQSxRQUFBO01BRXJCO01BRUEsT0FBTyxNQUFlO0FBQ3BCLGVBQU8sS0FBSyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sT0FBTyxFQUFFLE9BQU8sSUFBSSxHQUFHLEVBQUU7TUFDakU7TUFFQSxnQkFBYTtBQUNYLGNBQU0sRUFBQyxNQUFLLElBQUk7QUFDaEIsWUFBSSxJQUFJLE1BQU07QUFDZCxlQUFPLEtBQUs7QUFDVixnQkFBTSxJQUFJLE1BQU0sQ0FBQyxFQUFFLGNBQWE7QUFDaEMsY0FBSSxNQUFNLFFBQVEsQ0FBQztBQUFHLGtCQUFNLE9BQU8sR0FBRyxHQUFHLEdBQUcsQ0FBQzttQkFDcEM7QUFBRyxrQkFBTSxDQUFDLElBQUk7O0FBQ2xCLGtCQUFNLE9BQU8sR0FBRyxDQUFDO1FBQ3hCO0FBQ0EsZUFBTyxNQUFNLFNBQVMsSUFBSSxPQUFPO01BQ25DO01BRUEsY0FBYyxPQUFrQixXQUFvQjtBQUNsRCxjQUFNLEVBQUMsTUFBSyxJQUFJO0FBQ2hCLFlBQUksSUFBSSxNQUFNO0FBQ2QsZUFBTyxLQUFLO0FBRVYsZ0JBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsY0FBSSxFQUFFLGNBQWMsT0FBTyxTQUFTO0FBQUc7QUFDdkMsd0JBQWMsT0FBTyxFQUFFLEtBQUs7QUFDNUIsZ0JBQU0sT0FBTyxHQUFHLENBQUM7UUFDbkI7QUFDQSxlQUFPLE1BQU0sU0FBUyxJQUFJLE9BQU87TUFDbkM7TUFFQSxJQUFJLFFBQUs7QUFDUCxlQUFPLEtBQUssTUFBTSxPQUFPLENBQUMsT0FBa0IsTUFBTSxTQUFTLE9BQU8sRUFBRSxLQUFLLEdBQUcsQ0FBQSxDQUFFO01BQ2hGOztBQU9GLFFBQWUsWUFBZixjQUFpQyxXQUFVO01BQ3pDLE9BQU8sTUFBZTtBQUNwQixlQUFPLE1BQU0sS0FBSyxLQUFLLE1BQU0sT0FBTyxJQUFJLElBQUksTUFBTSxLQUFLO01BQ3pEOztBQUdGLFFBQU0sT0FBTixjQUFtQixXQUFVOztBQUU3QixRQUFNLE9BQU4sY0FBbUIsVUFBUzs7QUFDVixTQUFBLE9BQU87QUFHekIsUUFBTSxLQUFOLE1BQU0sWUFBVyxVQUFTO01BR3hCLFlBQ1UsV0FDUixPQUFtQjtBQUVuQixjQUFNLEtBQUs7QUFISCxhQUFBLFlBQUE7TUFJVjtNQUVBLE9BQU8sTUFBZTtBQUNwQixZQUFJLE9BQU8sTUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLE9BQU8sSUFBSTtBQUN0RCxZQUFJLEtBQUs7QUFBTSxrQkFBUSxVQUFVLEtBQUssS0FBSyxPQUFPLElBQUk7QUFDdEQsZUFBTztNQUNUO01BRUEsZ0JBQWE7QUFDWCxjQUFNLGNBQWE7QUFDbkIsY0FBTSxPQUFPLEtBQUs7QUFDbEIsWUFBSSxTQUFTO0FBQU0saUJBQU8sS0FBSztBQUMvQixZQUFJLElBQUksS0FBSztBQUNiLFlBQUksR0FBRztBQUNMLGdCQUFNLEtBQUssRUFBRSxjQUFhO0FBQzFCLGNBQUksS0FBSyxPQUFPLE1BQU0sUUFBUSxFQUFFLElBQUksSUFBSSxLQUFLLEVBQUUsSUFBSztRQUN0RDtBQUNBLFlBQUksR0FBRztBQUNMLGNBQUksU0FBUztBQUFPLG1CQUFPLGFBQWEsTUFBSyxJQUFJLEVBQUU7QUFDbkQsY0FBSSxLQUFLLE1BQU07QUFBUSxtQkFBTztBQUM5QixpQkFBTyxJQUFJLElBQUcsSUFBSSxJQUFJLEdBQUcsYUFBYSxNQUFLLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSztRQUMxRDtBQUNBLFlBQUksU0FBUyxTQUFTLENBQUMsS0FBSyxNQUFNO0FBQVEsaUJBQU87QUFDakQsZUFBTztNQUNUO01BRUEsY0FBYyxPQUFrQixXQUFvQjs7QUFDbEQsYUFBSyxRQUFPLEtBQUEsS0FBSyxVQUFJLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxjQUFjLE9BQU8sU0FBUztBQUNyRCxZQUFJLEVBQUUsTUFBTSxjQUFjLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFBTztBQUMzRCxhQUFLLFlBQVksYUFBYSxLQUFLLFdBQVcsT0FBTyxTQUFTO0FBQzlELGVBQU87TUFDVDtNQUVBLElBQUksUUFBSztBQUNQLGNBQU0sUUFBUSxNQUFNO0FBQ3BCLHFCQUFhLE9BQU8sS0FBSyxTQUFTO0FBQ2xDLFlBQUksS0FBSztBQUFNLG1CQUFTLE9BQU8sS0FBSyxLQUFLLEtBQUs7QUFDOUMsZUFBTztNQUNUOztBQTdDZ0IsT0FBQSxPQUFPO0FBb0R6QixRQUFlLE1BQWYsY0FBMkIsVUFBUzs7QUFDbEIsUUFBQSxPQUFPO0FBR3pCLFFBQU0sVUFBTixjQUFzQixJQUFHO01BQ3ZCLFlBQW9CLFdBQWU7QUFDakMsY0FBSztBQURhLGFBQUEsWUFBQTtNQUVwQjtNQUVBLE9BQU8sTUFBZTtBQUNwQixlQUFPLE9BQU8sS0FBSyxTQUFTLE1BQU0sTUFBTSxPQUFPLElBQUk7TUFDckQ7TUFFQSxjQUFjLE9BQWtCLFdBQW9CO0FBQ2xELFlBQUksQ0FBQyxNQUFNLGNBQWMsT0FBTyxTQUFTO0FBQUc7QUFDNUMsYUFBSyxZQUFZLGFBQWEsS0FBSyxXQUFXLE9BQU8sU0FBUztBQUM5RCxlQUFPO01BQ1Q7TUFFQSxJQUFJLFFBQUs7QUFDUCxlQUFPLFNBQVMsTUFBTSxPQUFPLEtBQUssVUFBVSxLQUFLO01BQ25EOztBQUdGLFFBQU0sV0FBTixjQUF1QixJQUFHO01BQ3hCLFlBQ21CLFNBQ0EsTUFDQSxNQUNBLElBQVk7QUFFN0IsY0FBSztBQUxZLGFBQUEsVUFBQTtBQUNBLGFBQUEsT0FBQTtBQUNBLGFBQUEsT0FBQTtBQUNBLGFBQUEsS0FBQTtNQUduQjtNQUVBLE9BQU8sTUFBZTtBQUNwQixjQUFNLFVBQVUsS0FBSyxNQUFNLFFBQUEsU0FBUyxNQUFNLEtBQUs7QUFDL0MsY0FBTSxFQUFDLE1BQU0sTUFBTSxHQUFFLElBQUk7QUFDekIsZUFBTyxPQUFPLE9BQU8sSUFBSSxJQUFJLElBQUksSUFBSSxLQUFLLElBQUksSUFBSSxFQUFFLEtBQUssSUFBSSxRQUFRLE1BQU0sT0FBTyxJQUFJO01BQ3hGO01BRUEsSUFBSSxRQUFLO0FBQ1AsY0FBTSxRQUFRLGFBQWEsTUFBTSxPQUFPLEtBQUssSUFBSTtBQUNqRCxlQUFPLGFBQWEsT0FBTyxLQUFLLEVBQUU7TUFDcEM7O0FBR0YsUUFBTSxVQUFOLGNBQXNCLElBQUc7TUFDdkIsWUFDbUIsTUFDQSxTQUNBLE1BQ1QsVUFBYztBQUV0QixjQUFLO0FBTFksYUFBQSxPQUFBO0FBQ0EsYUFBQSxVQUFBO0FBQ0EsYUFBQSxPQUFBO0FBQ1QsYUFBQSxXQUFBO01BR1Y7TUFFQSxPQUFPLE1BQWU7QUFDcEIsZUFBTyxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxJQUFJLEtBQUssUUFBUSxNQUFNLE1BQU0sT0FBTyxJQUFJO01BQzlGO01BRUEsY0FBYyxPQUFrQixXQUFvQjtBQUNsRCxZQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sU0FBUztBQUFHO0FBQzVDLGFBQUssV0FBVyxhQUFhLEtBQUssVUFBVSxPQUFPLFNBQVM7QUFDNUQsZUFBTztNQUNUO01BRUEsSUFBSSxRQUFLO0FBQ1AsZUFBTyxTQUFTLE1BQU0sT0FBTyxLQUFLLFNBQVMsS0FBSztNQUNsRDs7QUFHRixRQUFNLE9BQU4sY0FBbUIsVUFBUztNQUUxQixZQUNTLE1BQ0EsTUFDQSxPQUFlO0FBRXRCLGNBQUs7QUFKRSxhQUFBLE9BQUE7QUFDQSxhQUFBLE9BQUE7QUFDQSxhQUFBLFFBQUE7TUFHVDtNQUVBLE9BQU8sTUFBZTtBQUNwQixjQUFNLFNBQVMsS0FBSyxRQUFRLFdBQVc7QUFDdkMsZUFBTyxHQUFHLE1BQU0sWUFBWSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksTUFBTSxNQUFNLE9BQU8sSUFBSTtNQUMzRTs7QUFaZ0IsU0FBQSxPQUFPO0FBZXpCLFFBQU0sU0FBTixjQUFxQixXQUFVO01BRzdCLE9BQU8sTUFBZTtBQUNwQixlQUFPLFlBQVksTUFBTSxPQUFPLElBQUk7TUFDdEM7O0FBSmdCLFdBQUEsT0FBTztBQU96QixRQUFNLE1BQU4sY0FBa0IsVUFBUztNQUl6QixPQUFPLE1BQWU7QUFDcEIsWUFBSSxPQUFPLFFBQVEsTUFBTSxPQUFPLElBQUk7QUFDcEMsWUFBSSxLQUFLO0FBQU8sa0JBQVEsS0FBSyxNQUFNLE9BQU8sSUFBSTtBQUM5QyxZQUFJLEtBQUs7QUFBUyxrQkFBUSxLQUFLLFFBQVEsT0FBTyxJQUFJO0FBQ2xELGVBQU87TUFDVDtNQUVBLGdCQUFhOztBQUNYLGNBQU0sY0FBYTtBQUNuQixTQUFBLEtBQUEsS0FBSyxXQUFLLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxjQUFhO0FBQ3pCLFNBQUEsS0FBQSxLQUFLLGFBQU8sUUFBQSxPQUFBLFNBQUEsU0FBQSxHQUFFLGNBQWE7QUFDM0IsZUFBTztNQUNUO01BRUEsY0FBYyxPQUFrQixXQUFvQjs7QUFDbEQsY0FBTSxjQUFjLE9BQU8sU0FBUztBQUNwQyxTQUFBLEtBQUEsS0FBSyxXQUFLLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxjQUFjLE9BQU8sU0FBUztBQUMxQyxTQUFBLEtBQUEsS0FBSyxhQUFPLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxjQUFjLE9BQU8sU0FBUztBQUM1QyxlQUFPO01BQ1Q7TUFFQSxJQUFJLFFBQUs7QUFDUCxjQUFNLFFBQVEsTUFBTTtBQUNwQixZQUFJLEtBQUs7QUFBTyxtQkFBUyxPQUFPLEtBQUssTUFBTSxLQUFLO0FBQ2hELFlBQUksS0FBSztBQUFTLG1CQUFTLE9BQU8sS0FBSyxRQUFRLEtBQUs7QUFDcEQsZUFBTztNQUNUOztBQU9GLFFBQU0sUUFBTixjQUFvQixVQUFTO01BRTNCLFlBQXFCLE9BQVc7QUFDOUIsY0FBSztBQURjLGFBQUEsUUFBQTtNQUVyQjtNQUVBLE9BQU8sTUFBZTtBQUNwQixlQUFPLFNBQVMsS0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPLElBQUk7TUFDbkQ7O0FBUGdCLFVBQUEsT0FBTztBQVV6QixRQUFNLFVBQU4sY0FBc0IsVUFBUztNQUU3QixPQUFPLE1BQWU7QUFDcEIsZUFBTyxZQUFZLE1BQU0sT0FBTyxJQUFJO01BQ3RDOztBQUhnQixZQUFBLE9BQU87QUFpQ3pCLFFBQWEsVUFBYixNQUFvQjtNQVNsQixZQUFZLFVBQXNCLE9BQXVCLENBQUEsR0FBRTtBQU5sRCxhQUFBLFVBQTBCLENBQUE7QUFFbEIsYUFBQSxlQUF5QixDQUFBO0FBQ3pCLGFBQUEsYUFBd0IsQ0FBQTtBQUl2QyxhQUFLLE9BQU8sRUFBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFFBQVEsT0FBTyxHQUFFO0FBQ2hELGFBQUssWUFBWTtBQUNqQixhQUFLLFNBQVMsSUFBSSxRQUFBLE1BQU0sRUFBQyxRQUFRLFNBQVEsQ0FBQztBQUMxQyxhQUFLLFNBQVMsQ0FBQyxJQUFJLEtBQUksQ0FBRTtNQUMzQjtNQUVBLFdBQVE7QUFDTixlQUFPLEtBQUssTUFBTSxPQUFPLEtBQUssSUFBSTtNQUNwQzs7TUFHQSxLQUFLLFFBQWM7QUFDakIsZUFBTyxLQUFLLE9BQU8sS0FBSyxNQUFNO01BQ2hDOztNQUdBLFVBQVUsUUFBYztBQUN0QixlQUFPLEtBQUssVUFBVSxLQUFLLE1BQU07TUFDbkM7O01BR0EsV0FBVyxjQUF1QyxPQUFnQjtBQUNoRSxjQUFNLE9BQU8sS0FBSyxVQUFVLE1BQU0sY0FBYyxLQUFLO0FBQ3JELGNBQU0sS0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNLE1BQU0sS0FBSyxRQUFRLEtBQUssTUFBTSxJQUFJLG9CQUFJLElBQUc7QUFDNUUsV0FBRyxJQUFJLElBQUk7QUFDWCxlQUFPO01BQ1Q7TUFFQSxjQUFjLFFBQWdCLFVBQWlCO0FBQzdDLGVBQU8sS0FBSyxVQUFVLFNBQVMsUUFBUSxRQUFRO01BQ2pEOzs7TUFJQSxVQUFVLFdBQWU7QUFDdkIsZUFBTyxLQUFLLFVBQVUsVUFBVSxXQUFXLEtBQUssT0FBTztNQUN6RDtNQUVBLFlBQVM7QUFDUCxlQUFPLEtBQUssVUFBVSxVQUFVLEtBQUssT0FBTztNQUM5QztNQUVRLEtBQ04sU0FDQSxjQUNBLEtBQ0EsVUFBa0I7QUFFbEIsY0FBTSxPQUFPLEtBQUssT0FBTyxPQUFPLFlBQVk7QUFDNUMsWUFBSSxRQUFRLFVBQWE7QUFBVSxlQUFLLFdBQVcsS0FBSyxHQUFHLElBQUk7QUFDL0QsYUFBSyxVQUFVLElBQUksSUFBSSxTQUFTLE1BQU0sR0FBRyxDQUFDO0FBQzFDLGVBQU87TUFDVDs7TUFHQSxNQUFNLGNBQTZCLEtBQWUsV0FBbUI7QUFDbkUsZUFBTyxLQUFLLEtBQUssUUFBQSxTQUFTLE9BQU8sY0FBYyxLQUFLLFNBQVM7TUFDL0Q7O01BR0EsSUFBSSxjQUE2QixLQUFnQixXQUFtQjtBQUNsRSxlQUFPLEtBQUssS0FBSyxRQUFBLFNBQVMsS0FBSyxjQUFjLEtBQUssU0FBUztNQUM3RDs7TUFHQSxJQUFJLGNBQTZCLEtBQWdCLFdBQW1CO0FBQ2xFLGVBQU8sS0FBSyxLQUFLLFFBQUEsU0FBUyxLQUFLLGNBQWMsS0FBSyxTQUFTO01BQzdEOztNQUdBLE9BQU8sS0FBVyxLQUFlLGFBQXFCO0FBQ3BELGVBQU8sS0FBSyxVQUFVLElBQUksT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDO01BQ3pEOztNQUdBLElBQUksS0FBVyxLQUFhO0FBQzFCLGVBQU8sS0FBSyxVQUFVLElBQUksU0FBUyxLQUFLQSxTQUFBLFVBQVUsS0FBSyxHQUFHLENBQUM7TUFDN0Q7O01BR0EsS0FBSyxHQUFtQjtBQUN0QixZQUFJLE9BQU8sS0FBSztBQUFZLFlBQUM7aUJBQ3BCLE1BQU0sT0FBQTtBQUFLLGVBQUssVUFBVSxJQUFJLFFBQVEsQ0FBQyxDQUFDO0FBQ2pELGVBQU87TUFDVDs7TUFHQSxVQUFVLFdBQStDO0FBQ3ZELGNBQU0sT0FBbUIsQ0FBQyxHQUFHO0FBQzdCLG1CQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssV0FBVztBQUNwQyxjQUFJLEtBQUssU0FBUztBQUFHLGlCQUFLLEtBQUssR0FBRztBQUNsQyxlQUFLLEtBQUssR0FBRztBQUNiLGNBQUksUUFBUSxTQUFTLEtBQUssS0FBSyxLQUFLO0FBQ2xDLGlCQUFLLEtBQUssR0FBRztBQUNiLGFBQUEsR0FBQSxPQUFBLFlBQVcsTUFBTSxLQUFLO1VBQ3hCO1FBQ0Y7QUFDQSxhQUFLLEtBQUssR0FBRztBQUNiLGVBQU8sSUFBSSxPQUFBLE1BQU0sSUFBSTtNQUN2Qjs7TUFHQSxHQUFHLFdBQTJCLFVBQWtCLFVBQWdCO0FBQzlELGFBQUssV0FBVyxJQUFJLEdBQUcsU0FBUyxDQUFDO0FBRWpDLFlBQUksWUFBWSxVQUFVO0FBQ3hCLGVBQUssS0FBSyxRQUFRLEVBQUUsS0FBSSxFQUFHLEtBQUssUUFBUSxFQUFFLE1BQUs7UUFDakQsV0FBVyxVQUFVO0FBQ25CLGVBQUssS0FBSyxRQUFRLEVBQUUsTUFBSztRQUMzQixXQUFXLFVBQVU7QUFDbkIsZ0JBQU0sSUFBSSxNQUFNLDBDQUEwQztRQUM1RDtBQUNBLGVBQU87TUFDVDs7TUFHQSxPQUFPLFdBQXlCO0FBQzlCLGVBQU8sS0FBSyxVQUFVLElBQUksR0FBRyxTQUFTLENBQUM7TUFDekM7O01BR0EsT0FBSTtBQUNGLGVBQU8sS0FBSyxVQUFVLElBQUksS0FBSSxDQUFFO01BQ2xDOztNQUdBLFFBQUs7QUFDSCxlQUFPLEtBQUssY0FBYyxJQUFJLElBQUk7TUFDcEM7TUFFUSxLQUFLLE1BQVcsU0FBZTtBQUNyQyxhQUFLLFdBQVcsSUFBSTtBQUNwQixZQUFJO0FBQVMsZUFBSyxLQUFLLE9BQU8sRUFBRSxPQUFNO0FBQ3RDLGVBQU87TUFDVDs7TUFHQSxJQUFJLFdBQWlCLFNBQWU7QUFDbEMsZUFBTyxLQUFLLEtBQUssSUFBSSxRQUFRLFNBQVMsR0FBRyxPQUFPO01BQ2xEOztNQUdBLFNBQ0UsY0FDQSxNQUNBLElBQ0EsU0FDQSxVQUFnQixLQUFLLEtBQUssTUFBTSxRQUFBLFNBQVMsTUFBTSxRQUFBLFNBQVMsS0FBRztBQUUzRCxjQUFNLE9BQU8sS0FBSyxPQUFPLE9BQU8sWUFBWTtBQUM1QyxlQUFPLEtBQUssS0FBSyxJQUFJLFNBQVMsU0FBUyxNQUFNLE1BQU0sRUFBRSxHQUFHLE1BQU0sUUFBUSxJQUFJLENBQUM7TUFDN0U7O01BR0EsTUFDRSxjQUNBLFVBQ0EsU0FDQSxVQUFnQixRQUFBLFNBQVMsT0FBSztBQUU5QixjQUFNLE9BQU8sS0FBSyxPQUFPLE9BQU8sWUFBWTtBQUM1QyxZQUFJLEtBQUssS0FBSyxLQUFLO0FBQ2pCLGdCQUFNLE1BQU0sb0JBQW9CLE9BQUEsT0FBTyxXQUFXLEtBQUssSUFBSSxRQUFRLFFBQVE7QUFDM0UsaUJBQU8sS0FBSyxTQUFTLE1BQU0sSUFBRyxHQUFBLE9BQUEsS0FBSSxHQUFHLFdBQVcsQ0FBQyxNQUFLO0FBQ3BELGlCQUFLLElBQUksT0FBTSxHQUFBLE9BQUEsS0FBSSxHQUFHLElBQUksQ0FBQyxHQUFHO0FBQzlCLG9CQUFRLElBQUk7VUFDZCxDQUFDO1FBQ0g7QUFDQSxlQUFPLEtBQUssS0FBSyxJQUFJLFFBQVEsTUFBTSxTQUFTLE1BQU0sUUFBUSxHQUFHLE1BQU0sUUFBUSxJQUFJLENBQUM7TUFDbEY7OztNQUlBLE1BQ0UsY0FDQSxLQUNBLFNBQ0EsVUFBZ0IsS0FBSyxLQUFLLE1BQU0sUUFBQSxTQUFTLE1BQU0sUUFBQSxTQUFTLE9BQUs7QUFFN0QsWUFBSSxLQUFLLEtBQUssZUFBZTtBQUMzQixpQkFBTyxLQUFLLE1BQU0sZUFBYyxHQUFBLE9BQUEsaUJBQWdCLEdBQUcsS0FBSyxPQUFPO1FBQ2pFO0FBQ0EsY0FBTSxPQUFPLEtBQUssT0FBTyxPQUFPLFlBQVk7QUFDNUMsZUFBTyxLQUFLLEtBQUssSUFBSSxRQUFRLE1BQU0sU0FBUyxNQUFNLEdBQUcsR0FBRyxNQUFNLFFBQVEsSUFBSSxDQUFDO01BQzdFOztNQUdBLFNBQU07QUFDSixlQUFPLEtBQUssY0FBYyxHQUFHO01BQy9COztNQUdBLE1BQU0sT0FBVztBQUNmLGVBQU8sS0FBSyxVQUFVLElBQUksTUFBTSxLQUFLLENBQUM7TUFDeEM7O01BR0EsTUFBTSxPQUFZO0FBQ2hCLGVBQU8sS0FBSyxVQUFVLElBQUksTUFBTSxLQUFLLENBQUM7TUFDeEM7O01BR0EsT0FBTyxPQUF1QjtBQUM1QixjQUFNLE9BQU8sSUFBSSxPQUFNO0FBQ3ZCLGFBQUssV0FBVyxJQUFJO0FBQ3BCLGFBQUssS0FBSyxLQUFLO0FBQ2YsWUFBSSxLQUFLLE1BQU0sV0FBVztBQUFHLGdCQUFNLElBQUksTUFBTSx3Q0FBd0M7QUFDckYsZUFBTyxLQUFLLGNBQWMsTUFBTTtNQUNsQzs7TUFHQSxJQUFJLFNBQWdCLFdBQStCLGFBQW1CO0FBQ3BFLFlBQUksQ0FBQyxhQUFhLENBQUM7QUFBYSxnQkFBTSxJQUFJLE1BQU0sOENBQThDO0FBQzlGLGNBQU0sT0FBTyxJQUFJLElBQUc7QUFDcEIsYUFBSyxXQUFXLElBQUk7QUFDcEIsYUFBSyxLQUFLLE9BQU87QUFDakIsWUFBSSxXQUFXO0FBQ2IsZ0JBQU0sUUFBUSxLQUFLLEtBQUssR0FBRztBQUMzQixlQUFLLFlBQVksS0FBSyxRQUFRLElBQUksTUFBTSxLQUFLO0FBQzdDLG9CQUFVLEtBQUs7UUFDakI7QUFDQSxZQUFJLGFBQWE7QUFDZixlQUFLLFlBQVksS0FBSyxVQUFVLElBQUksUUFBTztBQUMzQyxlQUFLLEtBQUssV0FBVztRQUN2QjtBQUNBLGVBQU8sS0FBSyxjQUFjLE9BQU8sT0FBTztNQUMxQzs7TUFHQSxNQUFNLE9BQVc7QUFDZixlQUFPLEtBQUssVUFBVSxJQUFJLE1BQU0sS0FBSyxDQUFDO01BQ3hDOztNQUdBLE1BQU0sTUFBYyxXQUFrQjtBQUNwQyxhQUFLLGFBQWEsS0FBSyxLQUFLLE9BQU8sTUFBTTtBQUN6QyxZQUFJO0FBQU0sZUFBSyxLQUFLLElBQUksRUFBRSxTQUFTLFNBQVM7QUFDNUMsZUFBTztNQUNUOztNQUdBLFNBQVMsV0FBa0I7QUFDekIsY0FBTSxNQUFNLEtBQUssYUFBYSxJQUFHO0FBQ2pDLFlBQUksUUFBUTtBQUFXLGdCQUFNLElBQUksTUFBTSxzQ0FBc0M7QUFDN0UsY0FBTSxVQUFVLEtBQUssT0FBTyxTQUFTO0FBQ3JDLFlBQUksVUFBVSxLQUFNLGNBQWMsVUFBYSxZQUFZLFdBQVk7QUFDckUsZ0JBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLE9BQU8sU0FBUyxXQUFXO1FBQ3ZGO0FBQ0EsYUFBSyxPQUFPLFNBQVM7QUFDckIsZUFBTztNQUNUOztNQUdBLEtBQUssTUFBWSxPQUFhLE9BQUEsS0FBSyxPQUFpQixVQUFnQjtBQUNsRSxhQUFLLFdBQVcsSUFBSSxLQUFLLE1BQU0sTUFBTSxLQUFLLENBQUM7QUFDM0MsWUFBSTtBQUFVLGVBQUssS0FBSyxRQUFRLEVBQUUsUUFBTztBQUN6QyxlQUFPO01BQ1Q7O01BR0EsVUFBTztBQUNMLGVBQU8sS0FBSyxjQUFjLElBQUk7TUFDaEM7TUFFQSxTQUFTLElBQUksR0FBQztBQUNaLGVBQU8sTUFBTSxHQUFHO0FBQ2QsZUFBSyxNQUFNLGNBQWE7QUFDeEIsZUFBSyxNQUFNLGNBQWMsS0FBSyxNQUFNLE9BQU8sS0FBSyxVQUFVO1FBQzVEO01BQ0Y7TUFFUSxVQUFVLE1BQWM7QUFDOUIsYUFBSyxVQUFVLE1BQU0sS0FBSyxJQUFJO0FBQzlCLGVBQU87TUFDVDtNQUVRLFdBQVcsTUFBb0I7QUFDckMsYUFBSyxVQUFVLE1BQU0sS0FBSyxJQUFJO0FBQzlCLGFBQUssT0FBTyxLQUFLLElBQUk7TUFDdkI7TUFFUSxjQUFjLElBQXNCLElBQXFCO0FBQy9ELGNBQU0sSUFBSSxLQUFLO0FBQ2YsWUFBSSxhQUFhLE1BQU8sTUFBTSxhQUFhLElBQUs7QUFDOUMsZUFBSyxPQUFPLElBQUc7QUFDZixpQkFBTztRQUNUO0FBQ0EsY0FBTSxJQUFJLE1BQU0sMEJBQTBCLEtBQUssR0FBRyxHQUFHLElBQUksSUFBSSxHQUFHLElBQUksS0FBSyxHQUFHLElBQUksR0FBRztNQUNyRjtNQUVRLFVBQVUsTUFBZTtBQUMvQixjQUFNLElBQUksS0FBSztBQUNmLFlBQUksRUFBRSxhQUFhLEtBQUs7QUFDdEIsZ0JBQU0sSUFBSSxNQUFNLDhCQUE4QjtRQUNoRDtBQUNBLGFBQUssWUFBWSxFQUFFLE9BQU87QUFDMUIsZUFBTztNQUNUO01BRUEsSUFBWSxRQUFLO0FBQ2YsZUFBTyxLQUFLLE9BQU8sQ0FBQztNQUN0QjtNQUVBLElBQVksWUFBUztBQUNuQixjQUFNLEtBQUssS0FBSztBQUNoQixlQUFPLEdBQUcsR0FBRyxTQUFTLENBQUM7TUFDekI7TUFFQSxJQUFZLFVBQVUsTUFBZ0I7QUFDcEMsY0FBTSxLQUFLLEtBQUs7QUFDaEIsV0FBRyxHQUFHLFNBQVMsQ0FBQyxJQUFJO01BQ3RCOztBQWpVRixJQUFBQSxTQUFBLFVBQUE7QUF3VUEsYUFBUyxTQUFTLE9BQWtCLE1BQWU7QUFDakQsaUJBQVcsS0FBSztBQUFNLGNBQU0sQ0FBQyxLQUFLLE1BQU0sQ0FBQyxLQUFLLE1BQU0sS0FBSyxDQUFDLEtBQUs7QUFDL0QsYUFBTztJQUNUO0FBRUEsYUFBUyxhQUFhLE9BQWtCLE1BQWM7QUFDcEQsYUFBTyxnQkFBZ0IsT0FBQSxjQUFjLFNBQVMsT0FBTyxLQUFLLEtBQUssSUFBSTtJQUNyRTtBQUdBLGFBQVMsYUFBYSxNQUFnQixPQUFrQixXQUFvQjtBQUMxRSxVQUFJLGdCQUFnQixPQUFBO0FBQU0sZUFBTyxZQUFZLElBQUk7QUFDakQsVUFBSSxDQUFDLFlBQVksSUFBSTtBQUFHLGVBQU87QUFDL0IsYUFBTyxJQUFJLE9BQUEsTUFDVCxLQUFLLE9BQU8sT0FBTyxDQUFDLE9BQW1CLE1BQXdCO0FBQzdELFlBQUksYUFBYSxPQUFBO0FBQU0sY0FBSSxZQUFZLENBQUM7QUFDeEMsWUFBSSxhQUFhLE9BQUE7QUFBTyxnQkFBTSxLQUFLLEdBQUcsRUFBRSxNQUFNOztBQUN6QyxnQkFBTSxLQUFLLENBQUM7QUFDakIsZUFBTztNQUNULEdBQUcsQ0FBQSxDQUFFLENBQUM7QUFHUixlQUFTLFlBQVksR0FBTztBQUMxQixjQUFNLElBQUksVUFBVSxFQUFFLEdBQUc7QUFDekIsWUFBSSxNQUFNLFVBQWEsTUFBTSxFQUFFLEdBQUcsTUFBTTtBQUFHLGlCQUFPO0FBQ2xELGVBQU8sTUFBTSxFQUFFLEdBQUc7QUFDbEIsZUFBTztNQUNUO0FBRUEsZUFBUyxZQUFZLEdBQVc7QUFDOUIsZUFDRSxhQUFhLE9BQUEsU0FDYixFQUFFLE9BQU8sS0FDUCxDQUFDLE1BQU0sYUFBYSxPQUFBLFFBQVEsTUFBTSxFQUFFLEdBQUcsTUFBTSxLQUFLLFVBQVUsRUFBRSxHQUFHLE1BQU0sTUFBUztNQUd0RjtJQUNGO0FBRUEsYUFBUyxjQUFjLE9BQWtCLE1BQWU7QUFDdEQsaUJBQVcsS0FBSztBQUFNLGNBQU0sQ0FBQyxLQUFLLE1BQU0sQ0FBQyxLQUFLLE1BQU0sS0FBSyxDQUFDLEtBQUs7SUFDakU7QUFHQSxhQUFnQixJQUFJLEdBQWtCO0FBQ3BDLGFBQU8sT0FBTyxLQUFLLGFBQWEsT0FBTyxLQUFLLFlBQVksTUFBTSxPQUFPLENBQUMsS0FBSSxHQUFBLE9BQUEsTUFBSyxJQUFJLENBQUMsQ0FBQztJQUN2RjtBQUZBLElBQUFBLFNBQUEsTUFBQTtBQUlBLFFBQU0sVUFBVSxRQUFRQSxTQUFBLFVBQVUsR0FBRztBQUdyQyxhQUFnQixPQUFPLE1BQVk7QUFDakMsYUFBTyxLQUFLLE9BQU8sT0FBTztJQUM1QjtBQUZBLElBQUFBLFNBQUEsTUFBQTtBQUlBLFFBQU0sU0FBUyxRQUFRQSxTQUFBLFVBQVUsRUFBRTtBQUduQyxhQUFnQixNQUFNLE1BQVk7QUFDaEMsYUFBTyxLQUFLLE9BQU8sTUFBTTtJQUMzQjtBQUZBLElBQUFBLFNBQUEsS0FBQTtBQU1BLGFBQVMsUUFBUSxJQUFRO0FBQ3ZCLGFBQU8sQ0FBQyxHQUFHLE1BQU8sTUFBTSxPQUFBLE1BQU0sSUFBSSxNQUFNLE9BQUEsTUFBTSxLQUFJLEdBQUEsT0FBQSxLQUFJLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRSxJQUFJLElBQUksQ0FBQyxDQUFDO0lBQzlFO0FBRUEsYUFBUyxJQUFJLEdBQU87QUFDbEIsYUFBTyxhQUFhLE9BQUEsT0FBTyxLQUFJLEdBQUEsT0FBQSxNQUFLLENBQUM7SUFDdkM7Ozs7Ozs7Ozs7QUNqMUJBLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUlBLGFBQWdCLE9BQWtDLEtBQVE7QUFDeEQsWUFBTSxPQUEwQixDQUFBO0FBQ2hDLGlCQUFXLFFBQVE7QUFBSyxhQUFLLElBQUksSUFBSTtBQUNyQyxhQUFPO0lBQ1Q7QUFKQSxJQUFBQyxTQUFBLFNBQUE7QUFNQSxhQUFnQixrQkFBa0IsSUFBZSxRQUFpQjtBQUNoRSxVQUFJLE9BQU8sVUFBVTtBQUFXLGVBQU87QUFDdkMsVUFBSSxPQUFPLEtBQUssTUFBTSxFQUFFLFdBQVc7QUFBRyxlQUFPO0FBQzdDLHdCQUFrQixJQUFJLE1BQU07QUFDNUIsYUFBTyxDQUFDLGVBQWUsUUFBUSxHQUFHLEtBQUssTUFBTSxHQUFHO0lBQ2xEO0FBTEEsSUFBQUEsU0FBQSxvQkFBQTtBQU9BLGFBQWdCLGtCQUFrQixJQUFlLFNBQW9CLEdBQUcsUUFBTTtBQUM1RSxZQUFNLEVBQUMsTUFBTSxLQUFJLElBQUk7QUFDckIsVUFBSSxDQUFDLEtBQUs7QUFBYztBQUN4QixVQUFJLE9BQU8sV0FBVztBQUFXO0FBQ2pDLFlBQU0sUUFBUSxLQUFLLE1BQU07QUFDekIsaUJBQVcsT0FBTyxRQUFRO0FBQ3hCLFlBQUksQ0FBQyxNQUFNLEdBQUc7QUFBRywwQkFBZ0IsSUFBSSxxQkFBcUIsR0FBRyxHQUFHO01BQ2xFO0lBQ0Y7QUFSQSxJQUFBQSxTQUFBLG9CQUFBO0FBVUEsYUFBZ0IsZUFDZCxRQUNBLE9BQXlDO0FBRXpDLFVBQUksT0FBTyxVQUFVO0FBQVcsZUFBTyxDQUFDO0FBQ3hDLGlCQUFXLE9BQU87QUFBUSxZQUFJLE1BQU0sR0FBRztBQUFHLGlCQUFPO0FBQ2pELGFBQU87SUFDVDtBQVBBLElBQUFBLFNBQUEsaUJBQUE7QUFTQSxhQUFnQixxQkFBcUIsUUFBbUIsT0FBc0I7QUFDNUUsVUFBSSxPQUFPLFVBQVU7QUFBVyxlQUFPLENBQUM7QUFDeEMsaUJBQVcsT0FBTztBQUFRLFlBQUksUUFBUSxVQUFVLE1BQU0sSUFBSSxHQUFHO0FBQUcsaUJBQU87QUFDdkUsYUFBTztJQUNUO0FBSkEsSUFBQUEsU0FBQSx1QkFBQTtBQU1BLGFBQWdCLGVBQ2QsRUFBQyxjQUFjLFdBQVUsR0FDekIsUUFDQSxTQUNBLE9BQXNCO0FBRXRCLFVBQUksQ0FBQyxPQUFPO0FBQ1YsWUFBSSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVU7QUFBVyxpQkFBTztBQUNwRSxZQUFJLE9BQU8sVUFBVTtBQUFVLGtCQUFPLEdBQUEsVUFBQSxLQUFJLE1BQU07TUFDbEQ7QUFDQSxjQUFPLEdBQUEsVUFBQSxLQUFJLFlBQVksR0FBRyxVQUFVLElBQUcsR0FBQSxVQUFBLGFBQVksT0FBTyxDQUFDO0lBQzdEO0FBWEEsSUFBQUEsU0FBQSxpQkFBQTtBQWFBLGFBQWdCLGlCQUFpQixLQUFXO0FBQzFDLGFBQU8sb0JBQW9CLG1CQUFtQixHQUFHLENBQUM7SUFDcEQ7QUFGQSxJQUFBQSxTQUFBLG1CQUFBO0FBSUEsYUFBZ0IsZUFBZSxLQUFvQjtBQUNqRCxhQUFPLG1CQUFtQixrQkFBa0IsR0FBRyxDQUFDO0lBQ2xEO0FBRkEsSUFBQUEsU0FBQSxpQkFBQTtBQUlBLGFBQWdCLGtCQUFrQixLQUFvQjtBQUNwRCxVQUFJLE9BQU8sT0FBTztBQUFVLGVBQU8sR0FBRyxHQUFHO0FBQ3pDLGFBQU8sSUFBSSxRQUFRLE1BQU0sSUFBSSxFQUFFLFFBQVEsT0FBTyxJQUFJO0lBQ3BEO0FBSEEsSUFBQUEsU0FBQSxvQkFBQTtBQUtBLGFBQWdCLG9CQUFvQixLQUFXO0FBQzdDLGFBQU8sSUFBSSxRQUFRLE9BQU8sR0FBRyxFQUFFLFFBQVEsT0FBTyxHQUFHO0lBQ25EO0FBRkEsSUFBQUEsU0FBQSxzQkFBQTtBQUlBLGFBQWdCLFNBQVksSUFBYSxHQUFpQjtBQUN4RCxVQUFJLE1BQU0sUUFBUSxFQUFFLEdBQUc7QUFDckIsbUJBQVcsS0FBSztBQUFJLFlBQUUsQ0FBQztNQUN6QixPQUFPO0FBQ0wsVUFBRSxFQUFFO01BQ047SUFDRjtBQU5BLElBQUFBLFNBQUEsV0FBQTtBQXdCQSxhQUFTLG1CQUE0QyxFQUNuRCxZQUNBLGFBQ0EsYUFDQSxhQUFZLEdBQ1M7QUFDckIsYUFBTyxDQUFDLEtBQUssTUFBTSxJQUFJLFdBQVU7QUFDL0IsY0FBTSxNQUNKLE9BQU8sU0FDSCxPQUNBLGNBQWMsVUFBQSxRQUNiLGdCQUFnQixVQUFBLE9BQU8sV0FBVyxLQUFLLE1BQU0sRUFBRSxJQUFJLFlBQVksS0FBSyxNQUFNLEVBQUUsR0FBRyxNQUNoRixnQkFBZ0IsVUFBQSxRQUNmLFlBQVksS0FBSyxJQUFJLElBQUksR0FBRyxRQUM3QixZQUFZLE1BQU0sRUFBRTtBQUMxQixlQUFPLFdBQVcsVUFBQSxRQUFRLEVBQUUsZUFBZSxVQUFBLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSTtNQUM5RTtJQUNGO0FBT2EsSUFBQUEsU0FBQSxpQkFBaUM7TUFDNUMsT0FBTyxtQkFBbUI7UUFDeEIsWUFBWSxDQUFDLEtBQUssTUFBTSxPQUN0QixJQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksRUFBRSxnQkFBZ0IsSUFBSSxrQkFBa0IsTUFBSztBQUN0RCxjQUFJLElBQ0YsR0FBQSxVQUFBLEtBQUksSUFBSSxhQUNSLE1BQU0sSUFBSSxPQUFPLElBQUksSUFBSSxHQUN6QixNQUFNLElBQUksT0FBTyxLQUFJLEdBQUEsVUFBQSxLQUFJLEVBQUUsUUFBUSxFQUFFLE1BQUssR0FBQSxVQUFBLG1CQUFrQixFQUFFLEtBQUssSUFBSSxHQUFHLENBQUM7UUFFL0UsQ0FBQztRQUNILGFBQWEsQ0FBQyxLQUFLLE1BQU0sT0FDdkIsSUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEVBQUUsYUFBYSxNQUFLO0FBQzdCLGNBQUksU0FBUyxNQUFNO0FBQ2pCLGdCQUFJLE9BQU8sSUFBSSxJQUFJO1VBQ3JCLE9BQU87QUFDTCxnQkFBSSxPQUFPLEtBQUksR0FBQSxVQUFBLEtBQUksRUFBRSxRQUFRO0FBQzdCLHlCQUFhLEtBQUssSUFBSSxJQUFJO1VBQzVCO1FBQ0YsQ0FBQztRQUNILGFBQWEsQ0FBQyxNQUFNLE9BQVEsU0FBUyxPQUFPLE9BQU8sRUFBQyxHQUFHLE1BQU0sR0FBRyxHQUFFO1FBQ2xFLGNBQWM7T0FDZjtNQUNELE9BQU8sbUJBQW1CO1FBQ3hCLFlBQVksQ0FBQyxLQUFLLE1BQU0sT0FDdEIsSUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEVBQUUsZ0JBQWdCLElBQUksa0JBQWtCLE1BQ2pELElBQUksT0FBTyxLQUFJLEdBQUEsVUFBQSxLQUFJLElBQUksc0JBQXNCLEVBQUUsTUFBTSxJQUFJLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxDQUFDO1FBRWxGLGFBQWEsQ0FBQyxLQUFLLE1BQU0sT0FDdkIsSUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEVBQUUsYUFBYSxNQUN4QixJQUFJLE9BQU8sSUFBSSxTQUFTLE9BQU8sUUFBTyxHQUFBLFVBQUEsS0FBSSxFQUFFLE1BQU0sSUFBSSxNQUFNLEVBQUUsTUFBTSxJQUFJLEVBQUUsQ0FBQztRQUUvRSxhQUFhLENBQUMsTUFBTSxPQUFRLFNBQVMsT0FBTyxPQUFPLEtBQUssSUFBSSxNQUFNLEVBQUU7UUFDcEUsY0FBYyxDQUFDLEtBQUssVUFBVSxJQUFJLElBQUksU0FBUyxLQUFLO09BQ3JEOztBQUdILGFBQWdCLHFCQUFxQixLQUFjLElBQXdCO0FBQ3pFLFVBQUksT0FBTztBQUFNLGVBQU8sSUFBSSxJQUFJLFNBQVMsSUFBSTtBQUM3QyxZQUFNLFFBQVEsSUFBSSxJQUFJLFVBQVMsR0FBQSxVQUFBLE1BQUs7QUFDcEMsVUFBSSxPQUFPO0FBQVcscUJBQWEsS0FBSyxPQUFPLEVBQUU7QUFDakQsYUFBTztJQUNUO0FBTEEsSUFBQUEsU0FBQSx1QkFBQTtBQU9BLGFBQWdCLGFBQWEsS0FBYyxPQUFhLElBQTBCO0FBQ2hGLGFBQU8sS0FBSyxFQUFFLEVBQUUsUUFBUSxDQUFDLE1BQU0sSUFBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLEtBQUssSUFBRyxHQUFBLFVBQUEsYUFBWSxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUM7SUFDL0U7QUFGQSxJQUFBQSxTQUFBLGVBQUE7QUFJQSxRQUFNLFdBQW9DLENBQUE7QUFFMUMsYUFBZ0IsUUFBUSxLQUFjLEdBQWlCO0FBQ3JELGFBQU8sSUFBSSxXQUFXLFFBQVE7UUFDNUIsS0FBSztRQUNMLE1BQU0sU0FBUyxFQUFFLElBQUksTUFBTSxTQUFTLEVBQUUsSUFBSSxJQUFJLElBQUksT0FBQSxNQUFNLEVBQUUsSUFBSTtPQUMvRDtJQUNIO0FBTEEsSUFBQUEsU0FBQSxVQUFBO0FBT0EsUUFBWTtBQUFaLEtBQUEsU0FBWUMsT0FBSTtBQUNkLE1BQUFBLE1BQUFBLE1BQUEsS0FBQSxJQUFBLENBQUEsSUFBQTtBQUNBLE1BQUFBLE1BQUFBLE1BQUEsS0FBQSxJQUFBLENBQUEsSUFBQTtJQUNGLEdBSFksU0FBSUQsU0FBQSxPQUFKLE9BQUksQ0FBQSxFQUFBO0FBS2hCLGFBQWdCLGFBQ2QsVUFDQSxjQUNBLGtCQUEwQjtBQUcxQixVQUFJLG9CQUFvQixVQUFBLE1BQU07QUFDNUIsY0FBTSxXQUFXLGlCQUFpQixLQUFLO0FBQ3ZDLGVBQU8sbUJBQ0gsWUFDRSxHQUFBLFVBQUEsV0FBVSxRQUFRLFlBQ2xCLEdBQUEsVUFBQSxZQUFXLFFBQVEsWUFDckIsWUFDQSxHQUFBLFVBQUEsV0FBVSxRQUFRLE1BQ2xCLEdBQUEsVUFBQSxXQUFVLFFBQVE7TUFDeEI7QUFDQSxhQUFPLG9CQUFtQixHQUFBLFVBQUEsYUFBWSxRQUFRLEVBQUUsU0FBUSxJQUFLLE1BQU0sa0JBQWtCLFFBQVE7SUFDL0Y7QUFqQkEsSUFBQUEsU0FBQSxlQUFBO0FBbUJBLGFBQWdCLGdCQUNkLElBQ0EsS0FDQSxPQUF3QixHQUFHLEtBQUssY0FBWTtBQUU1QyxVQUFJLENBQUM7QUFBTTtBQUNYLFlBQU0sZ0JBQWdCLEdBQUc7QUFDekIsVUFBSSxTQUFTO0FBQU0sY0FBTSxJQUFJLE1BQU0sR0FBRztBQUN0QyxTQUFHLEtBQUssT0FBTyxLQUFLLEdBQUc7SUFDekI7QUFUQSxJQUFBQSxTQUFBLGtCQUFBOzs7Ozs7Ozs7QUMzTUEsUUFBQSxZQUFBO0FBRUEsUUFBTSxRQUFROztNQUVaLE1BQU0sSUFBSSxVQUFBLEtBQUssTUFBTTs7O01BRXJCLFFBQVEsSUFBSSxVQUFBLEtBQUssUUFBUTs7TUFDekIsY0FBYyxJQUFJLFVBQUEsS0FBSyxjQUFjO01BQ3JDLFlBQVksSUFBSSxVQUFBLEtBQUssWUFBWTtNQUNqQyxvQkFBb0IsSUFBSSxVQUFBLEtBQUssb0JBQW9CO01BQ2pELFVBQVUsSUFBSSxVQUFBLEtBQUssVUFBVTs7TUFDN0IsZ0JBQWdCLElBQUksVUFBQSxLQUFLLGdCQUFnQjs7O01BRXpDLFNBQVMsSUFBSSxVQUFBLEtBQUssU0FBUzs7TUFDM0IsUUFBUSxJQUFJLFVBQUEsS0FBSyxRQUFROztNQUN6QixNQUFNLElBQUksVUFBQSxLQUFLLE1BQU07O01BRXJCLE1BQU0sSUFBSSxVQUFBLEtBQUssTUFBTTtNQUNyQixPQUFPLElBQUksVUFBQSxLQUFLLE9BQU87O01BRXZCLE1BQU0sSUFBSSxVQUFBLEtBQUssTUFBTTtNQUNyQixTQUFTLElBQUksVUFBQSxLQUFLLFNBQVM7TUFDM0IsU0FBUyxJQUFJLFVBQUEsS0FBSyxTQUFTO01BQzNCLFVBQVUsSUFBSSxVQUFBLEtBQUssVUFBVTs7QUFHL0IsSUFBQUUsU0FBQSxVQUFlOzs7Ozs7Ozs7O0FDeEJmLFFBQUEsWUFBQTtBQUVBLFFBQUEsU0FBQTtBQUNBLFFBQUEsVUFBQTtBQUVhLElBQUFDLFNBQUEsZUFBdUM7TUFDbEQsU0FBUyxDQUFDLEVBQUMsUUFBTyxPQUFNLEdBQUEsVUFBQSxrQkFBaUIsT0FBTzs7QUFHckMsSUFBQUEsU0FBQSxvQkFBNEM7TUFDdkQsU0FBUyxDQUFDLEVBQUMsU0FBUyxXQUFVLE1BQzVCLGNBQ0ksR0FBQSxVQUFBLFFBQU8sT0FBTyxxQkFBcUIsVUFBVSxjQUM3QyxHQUFBLFVBQUEsUUFBTyxPQUFPOztBQVN0QixhQUFnQixZQUNkLEtBQ0EsUUFBZ0NBLFNBQUEsY0FDaEMsWUFDQSxtQkFBMkI7QUFFM0IsWUFBTSxFQUFDLEdBQUUsSUFBSTtBQUNiLFlBQU0sRUFBQyxLQUFLLGVBQWUsVUFBUyxJQUFJO0FBQ3hDLFlBQU0sU0FBUyxnQkFBZ0IsS0FBSyxPQUFPLFVBQVU7QUFDckQsVUFBSSxzQkFBaUIsUUFBakIsc0JBQWlCLFNBQWpCLG9CQUFzQixpQkFBaUIsV0FBWTtBQUNyRCxpQkFBUyxLQUFLLE1BQU07TUFDdEIsT0FBTztBQUNMLHFCQUFhLEtBQUksR0FBQSxVQUFBLE1BQUssTUFBTSxHQUFHO01BQ2pDO0lBQ0Y7QUFkQSxJQUFBQSxTQUFBLGNBQUE7QUFnQkEsYUFBZ0IsaUJBQ2QsS0FDQSxRQUFnQ0EsU0FBQSxjQUNoQyxZQUF1QjtBQUV2QixZQUFNLEVBQUMsR0FBRSxJQUFJO0FBQ2IsWUFBTSxFQUFDLEtBQUssZUFBZSxVQUFTLElBQUk7QUFDeEMsWUFBTSxTQUFTLGdCQUFnQixLQUFLLE9BQU8sVUFBVTtBQUNyRCxlQUFTLEtBQUssTUFBTTtBQUNwQixVQUFJLEVBQUUsaUJBQWlCLFlBQVk7QUFDakMscUJBQWEsSUFBSSxRQUFBLFFBQUUsT0FBTztNQUM1QjtJQUNGO0FBWkEsSUFBQUEsU0FBQSxtQkFBQTtBQWNBLGFBQWdCLGlCQUFpQixLQUFjLFdBQWU7QUFDNUQsVUFBSSxPQUFPLFFBQUEsUUFBRSxRQUFRLFNBQVM7QUFDOUIsVUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLFFBQUEsUUFBRSxPQUFPLGFBQWEsTUFDL0IsSUFBSSxHQUNGLFdBQ0EsTUFBTSxJQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLE9BQU8sV0FBVyxTQUFTLEdBQ2xELE1BQU0sSUFBSSxPQUFPLFFBQUEsUUFBRSxTQUFTLElBQUksQ0FBQyxDQUNsQztJQUVMO0FBVEEsSUFBQUEsU0FBQSxtQkFBQTtBQVdBLGFBQWdCLGFBQWEsRUFDM0IsS0FDQSxTQUNBLGFBQ0EsTUFDQSxXQUNBLEdBQUUsR0FDYztBQUVoQixVQUFJLGNBQWM7QUFBVyxjQUFNLElBQUksTUFBTSwwQkFBMEI7QUFDdkUsWUFBTSxNQUFNLElBQUksS0FBSyxLQUFLO0FBQzFCLFVBQUksU0FBUyxLQUFLLFdBQVcsUUFBQSxRQUFFLFFBQVEsQ0FBQyxNQUFLO0FBQzNDLFlBQUksTUFBTSxNQUFLLEdBQUEsVUFBQSxLQUFJLFFBQUEsUUFBRSxPQUFPLElBQUksQ0FBQyxHQUFHO0FBQ3BDLFlBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxHQUFHLCtCQUErQixNQUMzQyxJQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksR0FBRyxrQkFBaUIsR0FBQSxVQUFBLFdBQVUsUUFBQSxRQUFFLGNBQWMsR0FBRyxTQUFTLENBQUMsQ0FBQztBQUU3RSxZQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksR0FBRyxnQkFBZSxHQUFBLFVBQUEsT0FBTSxHQUFHLGFBQWEsSUFBSSxPQUFPLEVBQUU7QUFDcEUsWUFBSSxHQUFHLEtBQUssU0FBUztBQUNuQixjQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksR0FBRyxXQUFXLFdBQVc7QUFDeEMsY0FBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLEdBQUcsU0FBUyxJQUFJO1FBQ2pDO01BQ0YsQ0FBQztJQUNIO0FBdEJBLElBQUFBLFNBQUEsZUFBQTtBQXdCQSxhQUFTLFNBQVMsS0FBYyxRQUFZO0FBQzFDLFlBQU0sTUFBTSxJQUFJLE1BQU0sT0FBTyxNQUFNO0FBQ25DLFVBQUksSUFDRixHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsT0FBTyxhQUNiLE1BQU0sSUFBSSxPQUFPLFFBQUEsUUFBRSxVQUFTLEdBQUEsVUFBQSxNQUFLLEdBQUcsR0FBRyxJQUN2QyxHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsT0FBTyxTQUFTLEdBQUcsR0FBRztBQUU5QixVQUFJLE1BQUssR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLE1BQU0sSUFBSTtJQUMzQjtBQUVBLGFBQVMsYUFBYSxJQUFlLE1BQVU7QUFDN0MsWUFBTSxFQUFDLEtBQUssY0FBYyxVQUFTLElBQUk7QUFDdkMsVUFBSSxVQUFVLFFBQVE7QUFDcEIsWUFBSSxPQUFNLEdBQUEsVUFBQSxTQUFRLEdBQUcsZUFBdUIsSUFBSSxJQUFJLEdBQUc7TUFDekQsT0FBTztBQUNMLFlBQUksUUFBTyxHQUFBLFVBQUEsS0FBSSxZQUFZLFdBQVcsSUFBSTtBQUMxQyxZQUFJLE9BQU8sS0FBSztNQUNsQjtJQUNGO0FBRUEsUUFBTSxJQUFJO01BQ1IsU0FBUyxJQUFJLFVBQUEsS0FBSyxTQUFTO01BQzNCLFlBQVksSUFBSSxVQUFBLEtBQUssWUFBWTs7TUFDakMsUUFBUSxJQUFJLFVBQUEsS0FBSyxRQUFRO01BQ3pCLGNBQWMsSUFBSSxVQUFBLEtBQUssY0FBYztNQUNyQyxTQUFTLElBQUksVUFBQSxLQUFLLFNBQVM7TUFDM0IsUUFBUSxJQUFJLFVBQUEsS0FBSyxRQUFRO01BQ3pCLGNBQWMsSUFBSSxVQUFBLEtBQUssY0FBYzs7QUFHdkMsYUFBUyxnQkFDUCxLQUNBLE9BQ0EsWUFBdUI7QUFFdkIsWUFBTSxFQUFDLGFBQVksSUFBSSxJQUFJO0FBQzNCLFVBQUksaUJBQWlCO0FBQU8sZ0JBQU8sR0FBQSxVQUFBO0FBQ25DLGFBQU8sWUFBWSxLQUFLLE9BQU8sVUFBVTtJQUMzQztBQUVBLGFBQVMsWUFDUCxLQUNBLE9BQ0EsYUFBeUIsQ0FBQSxHQUFFO0FBRTNCLFlBQU0sRUFBQyxLQUFLLEdBQUUsSUFBSTtBQUNsQixZQUFNLFlBQXlDO1FBQzdDLGtCQUFrQixJQUFJLFVBQVU7UUFDaEMsZ0JBQWdCLEtBQUssVUFBVTs7QUFFakMsc0JBQWdCLEtBQUssT0FBTyxTQUFTO0FBQ3JDLGFBQU8sSUFBSSxPQUFPLEdBQUcsU0FBUztJQUNoQztBQUVBLGFBQVMsa0JBQWtCLEVBQUMsVUFBUyxHQUFjLEVBQUMsYUFBWSxHQUFhO0FBQzNFLFlBQU0sV0FBVyxnQkFDYixHQUFBLFVBQUEsT0FBTSxTQUFTLElBQUcsR0FBQSxPQUFBLGNBQWEsY0FBYyxPQUFBLEtBQUssR0FBRyxDQUFDLEtBQ3REO0FBQ0osYUFBTyxDQUFDLFFBQUEsUUFBRSxlQUFjLEdBQUEsVUFBQSxXQUFVLFFBQUEsUUFBRSxjQUFjLFFBQVEsQ0FBQztJQUM3RDtBQUVBLGFBQVMsZ0JBQ1AsRUFBQyxTQUFTLElBQUksRUFBQyxjQUFhLEVBQUMsR0FDN0IsRUFBQyxZQUFZLGFBQVksR0FBYTtBQUV0QyxVQUFJLFVBQVUsZUFBZSxpQkFBZ0IsR0FBQSxVQUFBLE9BQU0sYUFBYSxJQUFJLE9BQU87QUFDM0UsVUFBSSxZQUFZO0FBQ2QsbUJBQVUsR0FBQSxVQUFBLE9BQU0sT0FBTyxJQUFHLEdBQUEsT0FBQSxjQUFhLFlBQVksT0FBQSxLQUFLLEdBQUcsQ0FBQztNQUM5RDtBQUNBLGFBQU8sQ0FBQyxFQUFFLFlBQVksT0FBTztJQUMvQjtBQUVBLGFBQVMsZ0JBQ1AsS0FDQSxFQUFDLFFBQVEsUUFBTyxHQUNoQixXQUFzQztBQUV0QyxZQUFNLEVBQUMsU0FBUyxNQUFNLGFBQWEsR0FBRSxJQUFJO0FBQ3pDLFlBQU0sRUFBQyxNQUFNLGNBQWMsY0FBYyxXQUFVLElBQUk7QUFDdkQsZ0JBQVUsS0FDUixDQUFDLEVBQUUsU0FBUyxPQUFPLEdBQ25CLENBQUMsRUFBRSxRQUFRLE9BQU8sVUFBVSxhQUFhLE9BQU8sR0FBRyxJQUFJLFdBQVUsR0FBQSxVQUFBLE1BQUssQ0FBQztBQUV6RSxVQUFJLEtBQUssVUFBVTtBQUNqQixrQkFBVSxLQUFLLENBQUMsRUFBRSxTQUFTLE9BQU8sV0FBVyxhQUFhLFFBQVEsR0FBRyxJQUFJLE9BQU8sQ0FBQztNQUNuRjtBQUNBLFVBQUksS0FBSyxTQUFTO0FBQ2hCLGtCQUFVLEtBQ1IsQ0FBQyxFQUFFLFFBQVEsV0FBVyxHQUN0QixDQUFDLEVBQUUsZUFBYyxHQUFBLFVBQUEsS0FBSSxZQUFZLEdBQUcsVUFBVSxFQUFFLEdBQ2hELENBQUMsUUFBQSxRQUFFLE1BQU0sSUFBSSxDQUFDO01BRWxCO0FBQ0EsVUFBSTtBQUFjLGtCQUFVLEtBQUssQ0FBQyxFQUFFLGNBQWMsWUFBWSxDQUFDO0lBQ2pFOzs7Ozs7Ozs7O0FDckxBLFFBQUEsV0FBQTtBQUNBLFFBQUEsWUFBQTtBQUNBLFFBQUEsVUFBQTtBQUVBLFFBQU0sWUFBb0M7TUFDeEMsU0FBUzs7QUFHWCxhQUFnQixxQkFBcUIsSUFBYTtBQUNoRCxZQUFNLEVBQUMsS0FBSyxRQUFRLGFBQVksSUFBSTtBQUNwQyxVQUFJLFdBQVcsT0FBTztBQUNwQix5QkFBaUIsSUFBSSxLQUFLO01BQzVCLFdBQVcsT0FBTyxVQUFVLFlBQVksT0FBTyxXQUFXLE1BQU07QUFDOUQsWUFBSSxPQUFPLFFBQUEsUUFBRSxJQUFJO01BQ25CLE9BQU87QUFDTCxZQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksWUFBWSxXQUFXLElBQUk7QUFDMUMsWUFBSSxPQUFPLElBQUk7TUFDakI7SUFDRjtBQVZBLElBQUFDLFNBQUEsdUJBQUE7QUFZQSxhQUFnQixrQkFBa0IsSUFBZSxPQUFXO0FBQzFELFlBQU0sRUFBQyxLQUFLLE9BQU0sSUFBSTtBQUN0QixVQUFJLFdBQVcsT0FBTztBQUNwQixZQUFJLElBQUksT0FBTyxLQUFLO0FBQ3BCLHlCQUFpQixFQUFFO01BQ3JCLE9BQU87QUFDTCxZQUFJLElBQUksT0FBTyxJQUFJO01BQ3JCO0lBQ0Y7QUFSQSxJQUFBQSxTQUFBLG9CQUFBO0FBVUEsYUFBUyxpQkFBaUIsSUFBZSxtQkFBMkI7QUFDbEUsWUFBTSxFQUFDLEtBQUssS0FBSSxJQUFJO0FBRXBCLFlBQU0sTUFBdUI7UUFDM0I7UUFDQSxTQUFTO1FBQ1Q7UUFDQSxRQUFRO1FBQ1IsWUFBWTtRQUNaLGFBQWE7UUFDYixRQUFRLENBQUE7UUFDUjs7QUFFRixPQUFBLEdBQUEsU0FBQSxhQUFZLEtBQUssV0FBVyxRQUFXLGlCQUFpQjtJQUMxRDs7Ozs7Ozs7OztBQzVDQSxRQUFNLGFBQWEsQ0FBQyxVQUFVLFVBQVUsV0FBVyxXQUFXLFFBQVEsVUFBVSxPQUFPO0FBSXZGLFFBQU0sWUFBeUIsSUFBSSxJQUFJLFVBQVU7QUFFakQsYUFBZ0IsV0FBVyxHQUFVO0FBQ25DLGFBQU8sT0FBTyxLQUFLLFlBQVksVUFBVSxJQUFJLENBQUM7SUFDaEQ7QUFGQSxJQUFBQyxTQUFBLGFBQUE7QUEyQkEsYUFBZ0IsV0FBUTtBQUN0QixZQUFNLFNBQXNFO1FBQzFFLFFBQVEsRUFBQyxNQUFNLFVBQVUsT0FBTyxDQUFBLEVBQUU7UUFDbEMsUUFBUSxFQUFDLE1BQU0sVUFBVSxPQUFPLENBQUEsRUFBRTtRQUNsQyxPQUFPLEVBQUMsTUFBTSxTQUFTLE9BQU8sQ0FBQSxFQUFFO1FBQ2hDLFFBQVEsRUFBQyxNQUFNLFVBQVUsT0FBTyxDQUFBLEVBQUU7O0FBRXBDLGFBQU87UUFDTCxPQUFPLEVBQUMsR0FBRyxRQUFRLFNBQVMsTUFBTSxTQUFTLE1BQU0sTUFBTSxLQUFJO1FBQzNELE9BQU8sQ0FBQyxFQUFDLE9BQU8sQ0FBQSxFQUFFLEdBQUcsT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLE9BQU8sT0FBTyxNQUFNO1FBQzlFLE1BQU0sRUFBQyxPQUFPLENBQUEsRUFBRTtRQUNoQixLQUFLLENBQUE7UUFDTCxVQUFVLENBQUE7O0lBRWQ7QUFkQSxJQUFBQSxTQUFBLFdBQUE7Ozs7Ozs7Ozs7QUMvQkEsYUFBZ0Isc0JBQ2QsRUFBQyxRQUFRLEtBQUksR0FDYixNQUFjO0FBRWQsWUFBTSxRQUFRLEtBQUssTUFBTSxNQUFNLElBQUk7QUFDbkMsYUFBTyxTQUFTLFVBQVUsUUFBUSxlQUFlLFFBQVEsS0FBSztJQUNoRTtBQU5BLElBQUFDLFNBQUEsd0JBQUE7QUFRQSxhQUFnQixlQUFlLFFBQXlCLE9BQWdCO0FBQ3RFLGFBQU8sTUFBTSxNQUFNLEtBQUssQ0FBQyxTQUFTLGNBQWMsUUFBUSxJQUFJLENBQUM7SUFDL0Q7QUFGQSxJQUFBQSxTQUFBLGlCQUFBO0FBSUEsYUFBZ0IsY0FBYyxRQUF5QixNQUFVOztBQUMvRCxhQUNFLE9BQU8sS0FBSyxPQUFPLE1BQU0sWUFDekIsS0FBQSxLQUFLLFdBQVcsZ0JBQVUsUUFBQSxPQUFBLFNBQUEsU0FBQSxHQUFFLEtBQUssQ0FBQyxRQUFRLE9BQU8sR0FBRyxNQUFNLE1BQVM7SUFFdkU7QUFMQSxJQUFBQSxTQUFBLGdCQUFBOzs7Ozs7Ozs7O0FDVEEsUUFBQSxVQUFBO0FBQ0EsUUFBQSxrQkFBQTtBQUNBLFFBQUEsV0FBQTtBQUNBLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUVBLFFBQVk7QUFBWixLQUFBLFNBQVlDLFdBQVE7QUFDbEIsTUFBQUEsVUFBQUEsVUFBQSxTQUFBLElBQUEsQ0FBQSxJQUFBO0FBQ0EsTUFBQUEsVUFBQUEsVUFBQSxPQUFBLElBQUEsQ0FBQSxJQUFBO0lBQ0YsR0FIWSxhQUFRQyxTQUFBLFdBQVIsV0FBUSxDQUFBLEVBQUE7QUFLcEIsYUFBZ0IsZUFBZSxRQUF1QjtBQUNwRCxZQUFNLFFBQVEsYUFBYSxPQUFPLElBQUk7QUFDdEMsWUFBTSxVQUFVLE1BQU0sU0FBUyxNQUFNO0FBQ3JDLFVBQUksU0FBUztBQUNYLFlBQUksT0FBTyxhQUFhO0FBQU8sZ0JBQU0sSUFBSSxNQUFNLHdDQUF3QztNQUN6RixPQUFPO0FBQ0wsWUFBSSxDQUFDLE1BQU0sVUFBVSxPQUFPLGFBQWEsUUFBVztBQUNsRCxnQkFBTSxJQUFJLE1BQU0sMENBQTBDO1FBQzVEO0FBQ0EsWUFBSSxPQUFPLGFBQWE7QUFBTSxnQkFBTSxLQUFLLE1BQU07TUFDakQ7QUFDQSxhQUFPO0lBQ1Q7QUFaQSxJQUFBQSxTQUFBLGlCQUFBO0FBZUEsYUFBZ0IsYUFBYSxJQUF1QjtBQUNsRCxZQUFNLFFBQW1CLE1BQU0sUUFBUSxFQUFFLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUE7QUFDOUQsVUFBSSxNQUFNLE1BQU0sUUFBQSxVQUFVO0FBQUcsZUFBTztBQUNwQyxZQUFNLElBQUksTUFBTSwwQ0FBMEMsTUFBTSxLQUFLLEdBQUcsQ0FBQztJQUMzRTtBQUpBLElBQUFBLFNBQUEsZUFBQTtBQU1BLGFBQWdCLHVCQUF1QixJQUFrQixPQUFpQjtBQUN4RSxZQUFNLEVBQUMsS0FBSyxNQUFNLEtBQUksSUFBSTtBQUMxQixZQUFNLFdBQVcsY0FBYyxPQUFPLEtBQUssV0FBVztBQUN0RCxZQUFNLGFBQ0osTUFBTSxTQUFTLEtBQ2YsRUFBRSxTQUFTLFdBQVcsS0FBSyxNQUFNLFdBQVcsTUFBSyxHQUFBLGdCQUFBLHVCQUFzQixJQUFJLE1BQU0sQ0FBQyxDQUFDO0FBQ3JGLFVBQUksWUFBWTtBQUNkLGNBQU0sWUFBWSxlQUFlLE9BQU8sTUFBTSxLQUFLLGVBQWUsU0FBUyxLQUFLO0FBQ2hGLFlBQUksR0FBRyxXQUFXLE1BQUs7QUFDckIsY0FBSSxTQUFTO0FBQVEsdUJBQVcsSUFBSSxPQUFPLFFBQVE7O0FBQzlDLDRCQUFnQixFQUFFO1FBQ3pCLENBQUM7TUFDSDtBQUNBLGFBQU87SUFDVDtBQWRBLElBQUFBLFNBQUEseUJBQUE7QUFnQkEsUUFBTSxZQUEyQixvQkFBSSxJQUFJLENBQUMsVUFBVSxVQUFVLFdBQVcsV0FBVyxNQUFNLENBQUM7QUFDM0YsYUFBUyxjQUFjLE9BQW1CLGFBQStCO0FBQ3ZFLGFBQU8sY0FDSCxNQUFNLE9BQU8sQ0FBQyxNQUFNLFVBQVUsSUFBSSxDQUFDLEtBQU0sZ0JBQWdCLFdBQVcsTUFBTSxPQUFRLElBQ2xGLENBQUE7SUFDTjtBQUVBLGFBQVMsV0FBVyxJQUFrQixPQUFtQixVQUFvQjtBQUMzRSxZQUFNLEVBQUMsS0FBSyxNQUFNLEtBQUksSUFBSTtBQUMxQixZQUFNLFdBQVcsSUFBSSxJQUFJLGFBQVksR0FBQSxVQUFBLFlBQVcsSUFBSSxFQUFFO0FBQ3RELFlBQU0sVUFBVSxJQUFJLElBQUksWUFBVyxHQUFBLFVBQUEsYUFBWTtBQUMvQyxVQUFJLEtBQUssZ0JBQWdCLFNBQVM7QUFDaEMsWUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLFFBQVEsaUNBQWlDLElBQUksUUFBUSxJQUFJLGdCQUFnQixNQUNsRixJQUNHLE9BQU8sT0FBTSxHQUFBLFVBQUEsS0FBSSxJQUFJLEtBQUssRUFDMUIsT0FBTyxXQUFVLEdBQUEsVUFBQSxZQUFXLElBQUksRUFBRSxFQUNsQyxHQUFHLGVBQWUsT0FBTyxNQUFNLEtBQUssYUFBYSxHQUFHLE1BQU0sSUFBSSxPQUFPLFNBQVMsSUFBSSxDQUFDLENBQUM7TUFFM0Y7QUFDQSxVQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksT0FBTyxnQkFBZ0I7QUFDbEMsaUJBQVcsS0FBSyxVQUFVO0FBQ3hCLFlBQUksVUFBVSxJQUFJLENBQUMsS0FBTSxNQUFNLFdBQVcsS0FBSyxnQkFBZ0IsU0FBVTtBQUN2RSw2QkFBbUIsQ0FBQztRQUN0QjtNQUNGO0FBQ0EsVUFBSSxLQUFJO0FBQ1Isc0JBQWdCLEVBQUU7QUFDbEIsVUFBSSxNQUFLO0FBRVQsVUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLE9BQU8sa0JBQWtCLE1BQUs7QUFDdkMsWUFBSSxPQUFPLE1BQU0sT0FBTztBQUN4Qix5QkFBaUIsSUFBSSxPQUFPO01BQzlCLENBQUM7QUFFRCxlQUFTLG1CQUFtQixHQUFTO0FBQ25DLGdCQUFRLEdBQUc7VUFDVCxLQUFLO0FBQ0gsZ0JBQ0csUUFBTyxHQUFBLFVBQUEsS0FBSSxRQUFRLG1CQUFtQixRQUFRLGVBQWUsRUFDN0QsT0FBTyxVQUFTLEdBQUEsVUFBQSxVQUFTLElBQUksRUFBRSxFQUMvQixRQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksV0FBVyxFQUMxQixPQUFPLFVBQVMsR0FBQSxVQUFBLE1BQUs7QUFDeEI7VUFDRixLQUFLO0FBQ0gsZ0JBQ0csUUFDQyxHQUFBLFVBQUEsS0FBSSxRQUFRLG9CQUFvQixJQUFJO29CQUM1QixRQUFRLG1CQUFtQixJQUFJLE9BQU8sSUFBSSxRQUFRLElBQUksR0FBRyxFQUVsRSxPQUFPLFVBQVMsR0FBQSxVQUFBLE1BQUssSUFBSSxFQUFFO0FBQzlCO1VBQ0YsS0FBSztBQUNILGdCQUNHLFFBQ0MsR0FBQSxVQUFBLEtBQUksUUFBUSxxQkFBcUIsSUFBSTtvQkFDN0IsUUFBUSxvQkFBb0IsSUFBSSxPQUFPLElBQUksUUFBUSxJQUFJLFNBQVMsSUFBSSxRQUFRLEVBRXJGLE9BQU8sVUFBUyxHQUFBLFVBQUEsTUFBSyxJQUFJLEVBQUU7QUFDOUI7VUFDRixLQUFLO0FBQ0gsZ0JBQ0csUUFBTyxHQUFBLFVBQUEsS0FBSSxJQUFJLG1CQUFtQixJQUFJLGFBQWEsSUFBSSxXQUFXLEVBQ2xFLE9BQU8sU0FBUyxLQUFLLEVBQ3JCLFFBQU8sR0FBQSxVQUFBLEtBQUksSUFBSSxrQkFBa0IsSUFBSSxRQUFRLEVBQzdDLE9BQU8sU0FBUyxJQUFJO0FBQ3ZCO1VBQ0YsS0FBSztBQUNILGdCQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksSUFBSSxjQUFjLElBQUksYUFBYSxJQUFJLFlBQVk7QUFDbEUsZ0JBQUksT0FBTyxTQUFTLElBQUk7QUFDeEI7VUFFRixLQUFLO0FBQ0gsZ0JBQ0csUUFDQyxHQUFBLFVBQUEsS0FBSSxRQUFRLG9CQUFvQixRQUFRO21CQUNqQyxRQUFRLHFCQUFxQixJQUFJLFdBQVcsRUFFcEQsT0FBTyxVQUFTLEdBQUEsVUFBQSxNQUFLLElBQUksR0FBRztRQUNuQztNQUNGO0lBQ0Y7QUFFQSxhQUFTLGlCQUFpQixFQUFDLEtBQUssWUFBWSxtQkFBa0IsR0FBaUIsTUFBVTtBQUV2RixVQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksVUFBVSxrQkFBa0IsTUFDckMsSUFBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLFVBQVUsSUFBSSxrQkFBa0IsS0FBSyxJQUFJLENBQUM7SUFFN0Q7QUFFQSxhQUFnQixjQUNkLFVBQ0EsTUFDQSxZQUNBLFVBQVUsU0FBUyxTQUFPO0FBRTFCLFlBQU0sS0FBSyxZQUFZLFNBQVMsVUFBVSxVQUFBLFVBQVUsS0FBSyxVQUFBLFVBQVU7QUFDbkUsVUFBSTtBQUNKLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsa0JBQU8sR0FBQSxVQUFBLEtBQUksSUFBSSxJQUFJLEVBQUU7UUFDdkIsS0FBSztBQUNILGtCQUFPLEdBQUEsVUFBQSxtQkFBa0IsSUFBSTtBQUM3QjtRQUNGLEtBQUs7QUFDSCxrQkFBTyxHQUFBLFVBQUEsS0FBSSxJQUFJLGNBQWMsSUFBSSxrQ0FBa0MsSUFBSTtBQUN2RTtRQUNGLEtBQUs7QUFDSCxpQkFBTyxTQUFRLEdBQUEsVUFBQSxPQUFNLElBQUksbUJBQW1CLElBQUksR0FBRztBQUNuRDtRQUNGLEtBQUs7QUFDSCxpQkFBTyxRQUFPO0FBQ2Q7UUFDRjtBQUNFLGtCQUFPLEdBQUEsVUFBQSxZQUFXLElBQUksSUFBSSxFQUFFLElBQUksUUFBUTtNQUM1QztBQUNBLGFBQU8sWUFBWSxTQUFTLFVBQVUsUUFBTyxHQUFBLFVBQUEsS0FBSSxJQUFJO0FBRXJELGVBQVMsUUFBUSxRQUFjLFVBQUEsS0FBRztBQUNoQyxnQkFBTyxHQUFBLFVBQUEsTUFBSSxHQUFBLFVBQUEsWUFBVyxJQUFJLGdCQUFnQixPQUFPLGNBQWEsR0FBQSxVQUFBLGNBQWEsSUFBSSxNQUFNLFVBQUEsR0FBRztNQUMxRjtJQUNGO0FBL0JBLElBQUFBLFNBQUEsZ0JBQUE7QUFpQ0EsYUFBZ0IsZUFDZCxXQUNBLE1BQ0EsWUFDQSxTQUFrQjtBQUVsQixVQUFJLFVBQVUsV0FBVyxHQUFHO0FBQzFCLGVBQU8sY0FBYyxVQUFVLENBQUMsR0FBRyxNQUFNLFlBQVksT0FBTztNQUM5RDtBQUNBLFVBQUk7QUFDSixZQUFNLFNBQVEsR0FBQSxPQUFBLFFBQU8sU0FBUztBQUM5QixVQUFJLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFDL0IsY0FBTSxVQUFTLEdBQUEsVUFBQSxZQUFXLElBQUk7QUFDOUIsZUFBTyxNQUFNLE9BQU8sVUFBUyxHQUFBLFVBQUEsTUFBSyxJQUFJLE9BQU8sTUFBTTtBQUNuRCxlQUFPLE1BQU07QUFDYixlQUFPLE1BQU07QUFDYixlQUFPLE1BQU07TUFDZixPQUFPO0FBQ0wsZUFBTyxVQUFBO01BQ1Q7QUFDQSxVQUFJLE1BQU07QUFBUSxlQUFPLE1BQU07QUFDL0IsaUJBQVcsS0FBSztBQUFPLGdCQUFPLEdBQUEsVUFBQSxLQUFJLE1BQU0sY0FBYyxHQUFlLE1BQU0sWUFBWSxPQUFPLENBQUM7QUFDL0YsYUFBTztJQUNUO0FBdkJBLElBQUFBLFNBQUEsaUJBQUE7QUEyQkEsUUFBTSxZQUFvQztNQUN4QyxTQUFTLENBQUMsRUFBQyxPQUFNLE1BQU0sV0FBVyxNQUFNO01BQ3hDLFFBQVEsQ0FBQyxFQUFDLFFBQVEsWUFBVyxNQUMzQixPQUFPLFVBQVUsWUFBVyxHQUFBLFVBQUEsWUFBVyxNQUFNLE9BQU0sR0FBQSxVQUFBLFlBQVcsV0FBVzs7QUFHN0UsYUFBZ0IsZ0JBQWdCLElBQWdCO0FBQzlDLFlBQU0sTUFBTSxvQkFBb0IsRUFBRTtBQUNsQyxPQUFBLEdBQUEsU0FBQSxhQUFZLEtBQUssU0FBUztJQUM1QjtBQUhBLElBQUFBLFNBQUEsa0JBQUE7QUFLQSxhQUFTLG9CQUFvQixJQUFnQjtBQUMzQyxZQUFNLEVBQUMsS0FBSyxNQUFNLE9BQU0sSUFBSTtBQUM1QixZQUFNLGNBQWEsR0FBQSxPQUFBLGdCQUFlLElBQUksUUFBUSxNQUFNO0FBQ3BELGFBQU87UUFDTDtRQUNBLFNBQVM7UUFDVDtRQUNBLFFBQVEsT0FBTztRQUNmO1FBQ0EsYUFBYTtRQUNiLGNBQWM7UUFDZCxRQUFRLENBQUE7UUFDUjs7SUFFSjs7Ozs7Ozs7OztBQ3BPQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFFQSxhQUFnQixlQUFlLElBQWtCLElBQVc7QUFDMUQsWUFBTSxFQUFDLFlBQVksTUFBSyxJQUFJLEdBQUc7QUFDL0IsVUFBSSxPQUFPLFlBQVksWUFBWTtBQUNqQyxtQkFBVyxPQUFPLFlBQVk7QUFDNUIsd0JBQWMsSUFBSSxLQUFLLFdBQVcsR0FBRyxFQUFFLE9BQU87UUFDaEQ7TUFDRixXQUFXLE9BQU8sV0FBVyxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ2pELGNBQU0sUUFBUSxDQUFDLEtBQUssTUFBYyxjQUFjLElBQUksR0FBRyxJQUFJLE9BQU8sQ0FBQztNQUNyRTtJQUNGO0FBVEEsSUFBQUMsU0FBQSxpQkFBQTtBQVdBLGFBQVMsY0FBYyxJQUFrQixNQUF1QixjQUFxQjtBQUNuRixZQUFNLEVBQUMsS0FBSyxlQUFlLE1BQU0sS0FBSSxJQUFJO0FBQ3pDLFVBQUksaUJBQWlCO0FBQVc7QUFDaEMsWUFBTSxhQUFZLEdBQUEsVUFBQSxLQUFJLElBQUksSUFBRyxHQUFBLFVBQUEsYUFBWSxJQUFJLENBQUM7QUFDOUMsVUFBSSxlQUFlO0FBQ2pCLFNBQUEsR0FBQSxPQUFBLGlCQUFnQixJQUFJLDJCQUEyQixTQUFTLEVBQUU7QUFDMUQ7TUFDRjtBQUVBLFVBQUksYUFBWSxHQUFBLFVBQUEsS0FBSSxTQUFTO0FBQzdCLFVBQUksS0FBSyxnQkFBZ0IsU0FBUztBQUNoQyxxQkFBWSxHQUFBLFVBQUEsS0FBSSxTQUFTLE9BQU8sU0FBUyxnQkFBZ0IsU0FBUztNQUNwRTtBQUdBLFVBQUksR0FBRyxZQUFXLEdBQUEsVUFBQSxLQUFJLFNBQVMsT0FBTSxHQUFBLFVBQUEsV0FBVSxZQUFZLENBQUMsRUFBRTtJQUNoRTs7Ozs7Ozs7OztBQzVCQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFVBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxhQUFnQix1QkFBdUIsS0FBaUIsTUFBWTtBQUNsRSxZQUFNLEVBQUMsS0FBSyxNQUFNLEdBQUUsSUFBSTtBQUN4QixVQUFJLEdBQUcsaUJBQWlCLEtBQUssTUFBTSxNQUFNLEdBQUcsS0FBSyxhQUFhLEdBQUcsTUFBSztBQUNwRSxZQUFJLFVBQVUsRUFBQyxrQkFBaUIsR0FBQSxVQUFBLEtBQUksSUFBSSxHQUFFLEdBQUcsSUFBSTtBQUNqRCxZQUFJLE1BQUs7TUFDWCxDQUFDO0lBQ0g7QUFOQSxJQUFBQyxTQUFBLHlCQUFBO0FBUUEsYUFBZ0IsaUJBQ2QsRUFBQyxLQUFLLE1BQU0sSUFBSSxFQUFDLEtBQUksRUFBQyxHQUN0QixZQUNBLFNBQWE7QUFFYixjQUFPLEdBQUEsVUFBQSxJQUNMLEdBQUcsV0FBVyxJQUFJLENBQUMsVUFDakIsR0FBQSxVQUFBLEtBQUksaUJBQWlCLEtBQUssTUFBTSxNQUFNLEtBQUssYUFBYSxJQUFHLEdBQUEsVUFBQSxLQUFJLE9BQU8sTUFBTSxJQUFJLEVBQUUsQ0FBQyxDQUNwRjtJQUVMO0FBVkEsSUFBQUEsU0FBQSxtQkFBQTtBQVlBLGFBQWdCLGtCQUFrQixLQUFpQixTQUFhO0FBQzlELFVBQUksVUFBVSxFQUFDLGlCQUFpQixRQUFPLEdBQUcsSUFBSTtBQUM5QyxVQUFJLE1BQUs7SUFDWDtBQUhBLElBQUFBLFNBQUEsb0JBQUE7QUFLQSxhQUFnQixZQUFZLEtBQVk7QUFDdEMsYUFBTyxJQUFJLFdBQVcsUUFBUTs7UUFFNUIsS0FBSyxPQUFPLFVBQVU7UUFDdEIsT0FBTSxHQUFBLFVBQUE7T0FDUDtJQUNIO0FBTkEsSUFBQUEsU0FBQSxjQUFBO0FBUUEsYUFBZ0IsY0FBYyxLQUFjLE1BQVksVUFBdUI7QUFDN0UsY0FBTyxHQUFBLFVBQUEsS0FBSSxZQUFZLEdBQUcsQ0FBQyxTQUFTLElBQUksS0FBSyxRQUFRO0lBQ3ZEO0FBRkEsSUFBQUEsU0FBQSxnQkFBQTtBQUlBLGFBQWdCLGVBQ2QsS0FDQSxNQUNBLFVBQ0EsZUFBdUI7QUFFdkIsWUFBTSxRQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksSUFBRyxHQUFBLFVBQUEsYUFBWSxRQUFRLENBQUM7QUFDN0MsYUFBTyxpQkFBZ0IsR0FBQSxVQUFBLEtBQUksSUFBSSxPQUFPLGNBQWMsS0FBSyxNQUFNLFFBQVEsQ0FBQyxLQUFLO0lBQy9FO0FBUkEsSUFBQUEsU0FBQSxpQkFBQTtBQVVBLGFBQWdCLGlCQUNkLEtBQ0EsTUFDQSxVQUNBLGVBQXVCO0FBRXZCLFlBQU0sUUFBTyxHQUFBLFVBQUEsS0FBSSxJQUFJLElBQUcsR0FBQSxVQUFBLGFBQVksUUFBUSxDQUFDO0FBQzdDLGFBQU8saUJBQWdCLEdBQUEsVUFBQSxJQUFHLE9BQU0sR0FBQSxVQUFBLEtBQUksY0FBYyxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSTtJQUM3RTtBQVJBLElBQUFBLFNBQUEsbUJBQUE7QUFVQSxhQUFnQixvQkFBb0IsV0FBcUI7QUFDdkQsYUFBTyxZQUFZLE9BQU8sS0FBSyxTQUFTLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxXQUFXLElBQUksQ0FBQTtJQUMvRTtBQUZBLElBQUFBLFNBQUEsc0JBQUE7QUFJQSxhQUFnQixpQkFBaUIsSUFBZSxXQUFvQjtBQUNsRSxhQUFPLG9CQUFvQixTQUFTLEVBQUUsT0FDcEMsQ0FBQyxNQUFNLEVBQUMsR0FBQSxPQUFBLG1CQUFrQixJQUFJLFVBQVUsQ0FBQyxDQUFjLENBQUM7SUFFNUQ7QUFKQSxJQUFBQSxTQUFBLG1CQUFBO0FBTUEsYUFBZ0IsaUJBQ2QsRUFBQyxZQUFZLE1BQU0sSUFBSSxFQUFDLEtBQUssY0FBYyxZQUFZLFVBQVMsR0FBRyxHQUFFLEdBQ3JFLE1BQ0EsU0FDQSxZQUFvQjtBQUVwQixZQUFNLGdCQUFnQixjQUFhLEdBQUEsVUFBQSxLQUFJLFVBQVUsS0FBSyxJQUFJLEtBQUssWUFBWSxHQUFHLFVBQVUsS0FBSztBQUM3RixZQUFNLFNBQWtDO1FBQ3RDLENBQUMsUUFBQSxRQUFFLGVBQWMsR0FBQSxVQUFBLFdBQVUsUUFBQSxRQUFFLGNBQWMsU0FBUyxDQUFDO1FBQ3JELENBQUMsUUFBQSxRQUFFLFlBQVksR0FBRyxVQUFVO1FBQzVCLENBQUMsUUFBQSxRQUFFLG9CQUFvQixHQUFHLGtCQUFrQjtRQUM1QyxDQUFDLFFBQUEsUUFBRSxVQUFVLFFBQUEsUUFBRSxRQUFROztBQUV6QixVQUFJLEdBQUcsS0FBSztBQUFZLGVBQU8sS0FBSyxDQUFDLFFBQUEsUUFBRSxnQkFBZ0IsUUFBQSxRQUFFLGNBQWMsQ0FBQztBQUN4RSxZQUFNLFFBQU8sR0FBQSxVQUFBLEtBQUksYUFBYSxLQUFLLElBQUksT0FBTyxHQUFHLE1BQU0sQ0FBQztBQUN4RCxhQUFPLFlBQVksVUFBQSxPQUFNLEdBQUEsVUFBQSxLQUFJLElBQUksU0FBUyxPQUFPLEtBQUssSUFBSSxPQUFNLEdBQUEsVUFBQSxLQUFJLElBQUksSUFBSSxJQUFJO0lBQ2xGO0FBaEJBLElBQUFBLFNBQUEsbUJBQUE7QUFrQkEsUUFBTSxhQUFZLEdBQUEsVUFBQTtBQUVsQixhQUFnQixXQUFXLEVBQUMsS0FBSyxJQUFJLEVBQUMsS0FBSSxFQUFDLEdBQWUsU0FBZTtBQUN2RSxZQUFNLElBQUksS0FBSyxnQkFBZ0IsTUFBTTtBQUNyQyxZQUFNLEVBQUMsT0FBTSxJQUFJLEtBQUs7QUFDdEIsWUFBTSxLQUFLLE9BQU8sU0FBUyxDQUFDO0FBRTVCLGFBQU8sSUFBSSxXQUFXLFdBQVc7UUFDL0IsS0FBSyxHQUFHLFNBQVE7UUFDaEIsS0FBSztRQUNMLE9BQU0sR0FBQSxVQUFBLEtBQUksT0FBTyxTQUFTLGVBQWUsYUFBWSxHQUFBLE9BQUEsU0FBUSxLQUFLLE1BQU0sQ0FBQyxJQUFJLE9BQU8sS0FBSyxDQUFDO09BQzNGO0lBQ0g7QUFWQSxJQUFBQSxTQUFBLGFBQUE7QUFZQSxhQUFnQixjQUFjLEtBQWU7QUFDM0MsWUFBTSxFQUFDLEtBQUssTUFBTSxTQUFTLEdBQUUsSUFBSTtBQUNqQyxZQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsVUFBSSxHQUFHLFdBQVc7QUFDaEIsY0FBTSxXQUFXLElBQUksSUFBSSxTQUFTLElBQUk7QUFDdEMsc0JBQWMsTUFBTSxJQUFJLE9BQU8sVUFBVSxLQUFLLENBQUM7QUFDL0MsZUFBTztNQUNUO0FBQ0EsVUFBSSxJQUFJLE9BQU8sSUFBSTtBQUNuQixvQkFBYyxNQUFNLElBQUksTUFBSyxDQUFFO0FBQy9CLGFBQU87QUFFUCxlQUFTLGNBQWMsVUFBb0I7QUFDekMsY0FBTSxNQUFNLElBQUksTUFBTSxRQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksU0FBUztBQUM5QyxZQUFJLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxNQUFLO0FBQzlCLGNBQUksVUFDRjtZQUNFO1lBQ0EsVUFBVTtZQUNWLGNBQWMsT0FBQSxLQUFLO2FBRXJCLEtBQUs7QUFFUCxjQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksS0FBSyxHQUFHLFFBQVE7UUFDN0IsQ0FBQztNQUNIO0lBQ0Y7QUExQkEsSUFBQUEsU0FBQSxnQkFBQTtBQTRCQSxhQUFnQixjQUFjLEtBQWU7QUFDM0MsWUFBTSxFQUFDLEtBQUssUUFBUSxTQUFTLEdBQUUsSUFBSTtBQUVuQyxVQUFJLENBQUMsTUFBTSxRQUFRLE1BQU07QUFBRyxjQUFNLElBQUksTUFBTSwwQkFBMEI7QUFDdEUsWUFBTSxjQUFjLE9BQU8sS0FBSyxDQUFDLFNBQW1CLEdBQUEsT0FBQSxtQkFBa0IsSUFBSSxHQUFHLENBQUM7QUFDOUUsVUFBSSxlQUFlLENBQUMsR0FBRyxLQUFLO0FBQWE7QUFFekMsWUFBTSxRQUFRLElBQUksSUFBSSxTQUFTLEtBQUs7QUFDcEMsWUFBTSxXQUFXLElBQUksS0FBSyxRQUFRO0FBRWxDLFVBQUksTUFBTSxNQUNSLE9BQU8sUUFBUSxDQUFDLE1BQWlCLE1BQWE7QUFDNUMsY0FBTSxTQUFTLElBQUksVUFDakI7VUFDRTtVQUNBLFlBQVk7VUFDWixlQUFlO1dBRWpCLFFBQVE7QUFFVixZQUFJLE9BQU8sUUFBTyxHQUFBLFVBQUEsS0FBSSxLQUFLLE9BQU8sUUFBUSxFQUFFO0FBQzVDLGNBQU0sU0FBUyxJQUFJLG9CQUFvQixRQUFRLFFBQVE7QUFHdkQsWUFBSSxDQUFDO0FBQVEsY0FBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEtBQUssQ0FBQztNQUNoQyxDQUFDLENBQUM7QUFHSixVQUFJLE9BQ0YsT0FDQSxNQUFNLElBQUksTUFBSyxHQUNmLE1BQU0sSUFBSSxNQUFNLElBQUksQ0FBQztJQUV6QjtBQWpDQSxJQUFBQSxTQUFBLGdCQUFBOzs7Ozs7Ozs7O0FDNUhBLFFBQUEsWUFBQTtBQUNBLFFBQUEsVUFBQTtBQUVBLFFBQUEsU0FBQTtBQUNBLFFBQUEsV0FBQTtBQUlBLGFBQWdCLGlCQUFpQixLQUFpQixLQUEyQjtBQUMzRSxZQUFNLEVBQUMsS0FBSyxTQUFTLFFBQVEsY0FBYyxHQUFFLElBQUk7QUFDakQsWUFBTSxjQUFjLElBQUksTUFBTSxLQUFLLEdBQUcsTUFBTSxRQUFRLGNBQWMsRUFBRTtBQUNwRSxZQUFNLFlBQVksV0FBVyxLQUFLLFNBQVMsV0FBVztBQUN0RCxVQUFJLEdBQUcsS0FBSyxtQkFBbUI7QUFBTyxXQUFHLEtBQUssZUFBZSxhQUFhLElBQUk7QUFFOUUsWUFBTSxRQUFRLElBQUksS0FBSyxPQUFPO0FBQzlCLFVBQUksVUFDRjtRQUNFLFFBQVE7UUFDUixZQUFZLFVBQUE7UUFDWixlQUFlLEdBQUcsR0FBRyxhQUFhLElBQUksT0FBTztRQUM3QyxjQUFjO1FBQ2QsZUFBZTtTQUVqQixLQUFLO0FBRVAsVUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDO0lBQ3ZDO0FBbEJBLElBQUFDLFNBQUEsbUJBQUE7QUFvQkEsYUFBZ0IsZ0JBQWdCLEtBQWlCLEtBQTBCOztBQUN6RSxZQUFNLEVBQUMsS0FBSyxTQUFTLFFBQVEsY0FBYyxPQUFPLEdBQUUsSUFBSTtBQUN4RCx3QkFBa0IsSUFBSSxHQUFHO0FBQ3pCLFlBQU0sV0FDSixDQUFDLFNBQVMsSUFBSSxVQUFVLElBQUksUUFBUSxLQUFLLEdBQUcsTUFBTSxRQUFRLGNBQWMsRUFBRSxJQUFJLElBQUk7QUFDcEYsWUFBTSxjQUFjLFdBQVcsS0FBSyxTQUFTLFFBQVE7QUFDckQsWUFBTSxRQUFRLElBQUksSUFBSSxPQUFPO0FBQzdCLFVBQUksV0FBVyxPQUFPLGVBQWU7QUFDckMsVUFBSSxJQUFHLEtBQUEsSUFBSSxXQUFLLFFBQUEsT0FBQSxTQUFBLEtBQUksS0FBSztBQUV6QixlQUFTLGtCQUFlO0FBQ3RCLFlBQUksSUFBSSxXQUFXLE9BQU87QUFDeEIsc0JBQVc7QUFDWCxjQUFJLElBQUk7QUFBVyx1QkFBVyxHQUFHO0FBQ2pDLHFCQUFXLE1BQU0sSUFBSSxNQUFLLENBQUU7UUFDOUIsT0FBTztBQUNMLGdCQUFNLFdBQVcsSUFBSSxRQUFRLGNBQWEsSUFBSyxhQUFZO0FBQzNELGNBQUksSUFBSTtBQUFXLHVCQUFXLEdBQUc7QUFDakMscUJBQVcsTUFBTSxRQUFRLEtBQUssUUFBUSxDQUFDO1FBQ3pDO01BQ0Y7QUFFQSxlQUFTLGdCQUFhO0FBQ3BCLGNBQU0sV0FBVyxJQUFJLElBQUksWUFBWSxJQUFJO0FBQ3pDLFlBQUksSUFDRixNQUFNLGFBQVksR0FBQSxVQUFBLFVBQVMsR0FDM0IsQ0FBQyxNQUNDLElBQUksT0FBTyxPQUFPLEtBQUssRUFBRSxJQUN2QixHQUFBLFVBQUEsS0FBSSxDQUFDLGVBQWUsR0FBRyxlQUF1QixJQUM5QyxNQUFNLElBQUksT0FBTyxXQUFVLEdBQUEsVUFBQSxLQUFJLENBQUMsU0FBUyxHQUN6QyxNQUFNLElBQUksTUFBTSxDQUFDLENBQUMsQ0FDbkI7QUFFTCxlQUFPO01BQ1Q7QUFFQSxlQUFTLGVBQVk7QUFDbkIsY0FBTSxnQkFBZSxHQUFBLFVBQUEsS0FBSSxXQUFXO0FBQ3BDLFlBQUksT0FBTyxjQUFjLElBQUk7QUFDN0Isb0JBQVksVUFBQSxHQUFHO0FBQ2YsZUFBTztNQUNUO0FBRUEsZUFBUyxZQUFZLFNBQWUsSUFBSSxTQUFRLEdBQUEsVUFBQSxhQUFZLFVBQUEsS0FBRztBQUM3RCxjQUFNLFVBQVUsR0FBRyxLQUFLLGNBQWMsUUFBQSxRQUFFLE9BQU8sUUFBQSxRQUFFO0FBQ2pELGNBQU0sYUFBYSxFQUFHLGFBQWEsT0FBTyxDQUFDLFNBQVUsSUFBSSxXQUFXO0FBQ3BFLFlBQUksT0FDRixRQUNBLEdBQUEsVUFBQSxLQUFJLE1BQU0sSUFBRyxHQUFBLE9BQUEsa0JBQWlCLEtBQUssYUFBYSxTQUFTLFVBQVUsQ0FBQyxJQUNwRSxJQUFJLFNBQVM7TUFFakI7QUFFQSxlQUFTLFdBQVcsUUFBa0I7O0FBQ3BDLFlBQUksSUFBRyxHQUFBLFVBQUEsTUFBSUMsTUFBQSxJQUFJLFdBQUssUUFBQUEsUUFBQSxTQUFBQSxNQUFJLEtBQUssR0FBRyxNQUFNO01BQ3hDO0lBQ0Y7QUF4REEsSUFBQUQsU0FBQSxrQkFBQTtBQTBEQSxhQUFTLFdBQVcsS0FBZTtBQUNqQyxZQUFNLEVBQUMsS0FBSyxNQUFNLEdBQUUsSUFBSTtBQUN4QixVQUFJLEdBQUcsR0FBRyxZQUFZLE1BQU0sSUFBSSxPQUFPLE9BQU0sR0FBQSxVQUFBLEtBQUksR0FBRyxVQUFVLElBQUksR0FBRyxrQkFBa0IsR0FBRyxDQUFDO0lBQzdGO0FBRUEsYUFBUyxRQUFRLEtBQWlCLE1BQVU7QUFDMUMsWUFBTSxFQUFDLElBQUcsSUFBSTtBQUNkLFVBQUksSUFDRixHQUFBLFVBQUEsbUJBQWtCLElBQUksS0FDdEIsTUFBSztBQUNILFlBQ0csT0FBTyxRQUFBLFFBQUUsVUFBUyxHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsT0FBTyxlQUFlLElBQUksTUFBTSxRQUFBLFFBQUUsT0FBTyxXQUFXLElBQUksR0FBRyxFQUNuRixPQUFPLFFBQUEsUUFBRSxTQUFRLEdBQUEsVUFBQSxLQUFJLFFBQUEsUUFBRSxPQUFPLFNBQVM7QUFDMUMsU0FBQSxHQUFBLFNBQUEsY0FBYSxHQUFHO01BQ2xCLEdBQ0EsTUFBTSxJQUFJLE1BQUssQ0FBRTtJQUVyQjtBQUVBLGFBQVMsa0JBQWtCLEVBQUMsVUFBUyxHQUFpQixLQUEwQjtBQUM5RSxVQUFJLElBQUksU0FBUyxDQUFDLFVBQVU7QUFBUSxjQUFNLElBQUksTUFBTSw4QkFBOEI7SUFDcEY7QUFFQSxhQUFTLFdBQVcsS0FBYyxTQUFpQixRQUFpQztBQUNsRixVQUFJLFdBQVc7QUFBVyxjQUFNLElBQUksTUFBTSxZQUFZLE9BQU8scUJBQXFCO0FBQ2xGLGFBQU8sSUFBSSxXQUNULFdBQ0EsT0FBTyxVQUFVLGFBQWEsRUFBQyxLQUFLLE9BQU0sSUFBSSxFQUFDLEtBQUssUUFBUSxPQUFNLEdBQUEsVUFBQSxXQUFVLE1BQU0sRUFBQyxDQUFDO0lBRXhGO0FBRUEsYUFBZ0IsZ0JBQ2QsUUFDQSxZQUNBLGlCQUFpQixPQUFLO0FBR3RCLGFBQ0UsQ0FBQyxXQUFXLFVBQ1osV0FBVyxLQUFLLENBQUMsT0FDZixPQUFPLFVBQ0gsTUFBTSxRQUFRLE1BQU0sSUFDcEIsT0FBTyxXQUNQLFVBQVUsT0FBTyxVQUFVLFlBQVksQ0FBQyxNQUFNLFFBQVEsTUFBTSxJQUM1RCxPQUFPLFVBQVUsTUFBTyxrQkFBa0IsT0FBTyxVQUFVLFdBQVk7SUFHakY7QUFoQkEsSUFBQUEsU0FBQSxrQkFBQTtBQWtCQSxhQUFnQixxQkFDZCxFQUFDLFFBQVEsTUFBTSxNQUFNLGNBQWEsR0FDbEMsS0FDQSxTQUFlO0FBR2YsVUFBSSxNQUFNLFFBQVEsSUFBSSxPQUFPLElBQUksQ0FBQyxJQUFJLFFBQVEsU0FBUyxPQUFPLElBQUksSUFBSSxZQUFZLFNBQVM7QUFDekYsY0FBTSxJQUFJLE1BQU0sMEJBQTBCO01BQzVDO0FBRUEsWUFBTSxPQUFPLElBQUk7QUFDakIsVUFBSSxTQUFJLFFBQUosU0FBSSxTQUFBLFNBQUosS0FBTSxLQUFLLENBQUMsUUFBUSxDQUFDLE9BQU8sVUFBVSxlQUFlLEtBQUssUUFBUSxHQUFHLENBQUMsR0FBRztBQUMzRSxjQUFNLElBQUksTUFBTSwyQ0FBMkMsT0FBTyxLQUFLLEtBQUssS0FBSyxHQUFHLENBQUMsRUFBRTtNQUN6RjtBQUVBLFVBQUksSUFBSSxnQkFBZ0I7QUFDdEIsY0FBTSxRQUFRLElBQUksZUFBZSxPQUFPLE9BQU8sQ0FBQztBQUNoRCxZQUFJLENBQUMsT0FBTztBQUNWLGdCQUFNLE1BQ0osWUFBWSxPQUFPLCtCQUErQixhQUFhLFFBQy9ELEtBQUssV0FBVyxJQUFJLGVBQWUsTUFBTTtBQUMzQyxjQUFJLEtBQUssbUJBQW1CO0FBQU8saUJBQUssT0FBTyxNQUFNLEdBQUc7O0FBQ25ELGtCQUFNLElBQUksTUFBTSxHQUFHO1FBQzFCO01BQ0Y7SUFDRjtBQXpCQSxJQUFBQSxTQUFBLHVCQUFBOzs7Ozs7Ozs7O0FDL0lBLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQTZDQSxhQUFnQixhQUNkLElBQ0EsRUFBQyxTQUFTLFlBQVksUUFBUSxZQUFZLGVBQWUsYUFBWSxHQUFnQjtBQUVyRixVQUFJLFlBQVksVUFBYSxXQUFXLFFBQVc7QUFDakQsY0FBTSxJQUFJLE1BQU0sc0RBQXNEO01BQ3hFO0FBRUEsVUFBSSxZQUFZLFFBQVc7QUFDekIsY0FBTSxNQUFNLEdBQUcsT0FBTyxPQUFPO0FBQzdCLGVBQU8sZUFBZSxTQUNsQjtVQUNFLFFBQVE7VUFDUixhQUFZLEdBQUEsVUFBQSxLQUFJLEdBQUcsVUFBVSxJQUFHLEdBQUEsVUFBQSxhQUFZLE9BQU8sQ0FBQztVQUNwRCxlQUFlLEdBQUcsR0FBRyxhQUFhLElBQUksT0FBTztZQUUvQztVQUNFLFFBQVEsSUFBSSxVQUFVO1VBQ3RCLGFBQVksR0FBQSxVQUFBLEtBQUksR0FBRyxVQUFVLElBQUcsR0FBQSxVQUFBLGFBQVksT0FBTyxDQUFDLElBQUcsR0FBQSxVQUFBLGFBQVksVUFBVSxDQUFDO1VBQzlFLGVBQWUsR0FBRyxHQUFHLGFBQWEsSUFBSSxPQUFPLEtBQUksR0FBQSxPQUFBLGdCQUFlLFVBQVUsQ0FBQzs7TUFFbkY7QUFFQSxVQUFJLFdBQVcsUUFBVztBQUN4QixZQUFJLGVBQWUsVUFBYSxrQkFBa0IsVUFBYSxpQkFBaUIsUUFBVztBQUN6RixnQkFBTSxJQUFJLE1BQU0sNkVBQTZFO1FBQy9GO0FBQ0EsZUFBTztVQUNMO1VBQ0E7VUFDQTtVQUNBOztNQUVKO0FBRUEsWUFBTSxJQUFJLE1BQU0sNkNBQTZDO0lBQy9EO0FBcENBLElBQUFFLFNBQUEsZUFBQTtBQXNDQSxhQUFnQixvQkFDZCxXQUNBLElBQ0EsRUFBQyxVQUFVLGNBQWMsUUFBUSxNQUFNLFdBQVcsYUFBWSxHQUFnQjtBQUU5RSxVQUFJLFNBQVMsVUFBYSxhQUFhLFFBQVc7QUFDaEQsY0FBTSxJQUFJLE1BQU0scURBQXFEO01BQ3ZFO0FBRUEsWUFBTSxFQUFDLElBQUcsSUFBSTtBQUVkLFVBQUksYUFBYSxRQUFXO0FBQzFCLGNBQU0sRUFBQyxXQUFXLGFBQWEsS0FBSSxJQUFJO0FBQ3ZDLGNBQU0sV0FBVyxJQUFJLElBQUksU0FBUSxHQUFBLFVBQUEsS0FBSSxHQUFHLElBQUksSUFBRyxHQUFBLFVBQUEsYUFBWSxRQUFRLENBQUMsSUFBSSxJQUFJO0FBQzVFLHlCQUFpQixRQUFRO0FBQ3pCLGtCQUFVLGFBQVksR0FBQSxVQUFBLE9BQU0sU0FBUyxJQUFHLEdBQUEsT0FBQSxjQUFhLFVBQVUsUUFBUSxLQUFLLGdCQUFnQixDQUFDO0FBQzdGLGtCQUFVLHNCQUFxQixHQUFBLFVBQUEsS0FBSSxRQUFRO0FBQzNDLGtCQUFVLGNBQWMsQ0FBQyxHQUFHLGFBQWEsVUFBVSxrQkFBa0I7TUFDdkU7QUFFQSxVQUFJLFNBQVMsUUFBVztBQUN0QixjQUFNLFdBQVcsZ0JBQWdCLFVBQUEsT0FBTyxPQUFPLElBQUksSUFBSSxRQUFRLE1BQU0sSUFBSTtBQUN6RSx5QkFBaUIsUUFBUTtBQUN6QixZQUFJLGlCQUFpQjtBQUFXLG9CQUFVLGVBQWU7TUFFM0Q7QUFFQSxVQUFJO0FBQVcsa0JBQVUsWUFBWTtBQUVyQyxlQUFTLGlCQUFpQixXQUFlO0FBQ3ZDLGtCQUFVLE9BQU87QUFDakIsa0JBQVUsWUFBWSxHQUFHLFlBQVk7QUFDckMsa0JBQVUsWUFBWSxDQUFBO0FBQ3RCLFdBQUcsb0JBQW9CLG9CQUFJLElBQUc7QUFDOUIsa0JBQVUsYUFBYSxHQUFHO0FBQzFCLGtCQUFVLFlBQVksQ0FBQyxHQUFHLEdBQUcsV0FBVyxTQUFTO01BQ25EO0lBQ0Y7QUFyQ0EsSUFBQUEsU0FBQSxzQkFBQTtBQXVDQSxhQUFnQixvQkFDZCxXQUNBLEVBQUMsa0JBQWtCLGFBQWEsZUFBZSxjQUFjLFVBQVMsR0FBZ0I7QUFFdEYsVUFBSSxrQkFBa0I7QUFBVyxrQkFBVSxnQkFBZ0I7QUFDM0QsVUFBSSxpQkFBaUI7QUFBVyxrQkFBVSxlQUFlO0FBQ3pELFVBQUksY0FBYztBQUFXLGtCQUFVLFlBQVk7QUFDbkQsZ0JBQVUsbUJBQW1CO0FBQzdCLGdCQUFVLGNBQWM7SUFDMUI7QUFUQSxJQUFBQSxTQUFBLHNCQUFBOzs7OztBQzdIQTtBQUFBLDBDQUFBQyxVQUFBQyxTQUFBO0FBQUE7QUFNQSxJQUFBQSxRQUFPLFVBQVUsU0FBUyxNQUFNLEdBQUcsR0FBRztBQUNwQyxVQUFJLE1BQU0sRUFBRyxRQUFPO0FBRXBCLFVBQUksS0FBSyxLQUFLLE9BQU8sS0FBSyxZQUFZLE9BQU8sS0FBSyxVQUFVO0FBQzFELFlBQUksRUFBRSxnQkFBZ0IsRUFBRSxZQUFhLFFBQU87QUFFNUMsWUFBSSxRQUFRLEdBQUc7QUFDZixZQUFJLE1BQU0sUUFBUSxDQUFDLEdBQUc7QUFDcEIsbUJBQVMsRUFBRTtBQUNYLGNBQUksVUFBVSxFQUFFLE9BQVEsUUFBTztBQUMvQixlQUFLLElBQUksUUFBUSxRQUFRO0FBQ3ZCLGdCQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxFQUFHLFFBQU87QUFDakMsaUJBQU87QUFBQSxRQUNUO0FBSUEsWUFBSSxFQUFFLGdCQUFnQixPQUFRLFFBQU8sRUFBRSxXQUFXLEVBQUUsVUFBVSxFQUFFLFVBQVUsRUFBRTtBQUM1RSxZQUFJLEVBQUUsWUFBWSxPQUFPLFVBQVUsUUFBUyxRQUFPLEVBQUUsUUFBUSxNQUFNLEVBQUUsUUFBUTtBQUM3RSxZQUFJLEVBQUUsYUFBYSxPQUFPLFVBQVUsU0FBVSxRQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsU0FBUztBQUVqRixlQUFPLE9BQU8sS0FBSyxDQUFDO0FBQ3BCLGlCQUFTLEtBQUs7QUFDZCxZQUFJLFdBQVcsT0FBTyxLQUFLLENBQUMsRUFBRSxPQUFRLFFBQU87QUFFN0MsYUFBSyxJQUFJLFFBQVEsUUFBUTtBQUN2QixjQUFJLENBQUMsT0FBTyxVQUFVLGVBQWUsS0FBSyxHQUFHLEtBQUssQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUVoRSxhQUFLLElBQUksUUFBUSxRQUFRLEtBQUk7QUFDM0IsY0FBSSxNQUFNLEtBQUssQ0FBQztBQUVoQixjQUFJLENBQUMsTUFBTSxFQUFFLEdBQUcsR0FBRyxFQUFFLEdBQUcsQ0FBQyxFQUFHLFFBQU87QUFBQSxRQUNyQztBQUVBLGVBQU87QUFBQSxNQUNUO0FBR0EsYUFBTyxNQUFJLEtBQUssTUFBSTtBQUFBLElBQ3RCO0FBQUE7QUFBQTs7O0FDN0NBO0FBQUEsK0NBQUFDLFVBQUFDLFNBQUE7QUFBQTtBQUVBLFFBQUksV0FBV0EsUUFBTyxVQUFVLFNBQVUsUUFBUSxNQUFNLElBQUk7QUFFMUQsVUFBSSxPQUFPLFFBQVEsWUFBWTtBQUM3QixhQUFLO0FBQ0wsZUFBTyxDQUFDO0FBQUEsTUFDVjtBQUVBLFdBQUssS0FBSyxNQUFNO0FBQ2hCLFVBQUksTUFBTyxPQUFPLE1BQU0sYUFBYyxLQUFLLEdBQUcsT0FBTyxXQUFXO0FBQUEsTUFBQztBQUNqRSxVQUFJLE9BQU8sR0FBRyxRQUFRLFdBQVc7QUFBQSxNQUFDO0FBRWxDLGdCQUFVLE1BQU0sS0FBSyxNQUFNLFFBQVEsSUFBSSxNQUFNO0FBQUEsSUFDL0M7QUFHQSxhQUFTLFdBQVc7QUFBQSxNQUNsQixpQkFBaUI7QUFBQSxNQUNqQixPQUFPO0FBQUEsTUFDUCxVQUFVO0FBQUEsTUFDVixzQkFBc0I7QUFBQSxNQUN0QixlQUFlO0FBQUEsTUFDZixLQUFLO0FBQUEsTUFDTCxJQUFJO0FBQUEsTUFDSixNQUFNO0FBQUEsTUFDTixNQUFNO0FBQUEsSUFDUjtBQUVBLGFBQVMsZ0JBQWdCO0FBQUEsTUFDdkIsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLElBQ1Q7QUFFQSxhQUFTLGdCQUFnQjtBQUFBLE1BQ3ZCLE9BQU87QUFBQSxNQUNQLGFBQWE7QUFBQSxNQUNiLFlBQVk7QUFBQSxNQUNaLG1CQUFtQjtBQUFBLE1BQ25CLGNBQWM7QUFBQSxJQUNoQjtBQUVBLGFBQVMsZUFBZTtBQUFBLE1BQ3RCLFNBQVM7QUFBQSxNQUNULE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFVBQVU7QUFBQSxNQUNWLFNBQVM7QUFBQSxNQUNULFNBQVM7QUFBQSxNQUNULGtCQUFrQjtBQUFBLE1BQ2xCLGtCQUFrQjtBQUFBLE1BQ2xCLFlBQVk7QUFBQSxNQUNaLFdBQVc7QUFBQSxNQUNYLFdBQVc7QUFBQSxNQUNYLFNBQVM7QUFBQSxNQUNULFFBQVE7QUFBQSxNQUNSLFVBQVU7QUFBQSxNQUNWLFVBQVU7QUFBQSxNQUNWLGFBQWE7QUFBQSxNQUNiLGVBQWU7QUFBQSxNQUNmLGVBQWU7QUFBQSxJQUNqQjtBQUdBLGFBQVMsVUFBVSxNQUFNLEtBQUssTUFBTSxRQUFRLFNBQVMsWUFBWSxlQUFlLGVBQWUsY0FBYyxVQUFVO0FBQ3JILFVBQUksVUFBVSxPQUFPLFVBQVUsWUFBWSxDQUFDLE1BQU0sUUFBUSxNQUFNLEdBQUc7QUFDakUsWUFBSSxRQUFRLFNBQVMsWUFBWSxlQUFlLGVBQWUsY0FBYyxRQUFRO0FBQ3JGLGlCQUFTLE9BQU8sUUFBUTtBQUN0QixjQUFJLE1BQU0sT0FBTyxHQUFHO0FBQ3BCLGNBQUksTUFBTSxRQUFRLEdBQUcsR0FBRztBQUN0QixnQkFBSSxPQUFPLFNBQVMsZUFBZTtBQUNqQyx1QkFBUyxJQUFFLEdBQUcsSUFBRSxJQUFJLFFBQVE7QUFDMUIsMEJBQVUsTUFBTSxLQUFLLE1BQU0sSUFBSSxDQUFDLEdBQUcsVUFBVSxNQUFNLE1BQU0sTUFBTSxHQUFHLFlBQVksU0FBUyxLQUFLLFFBQVEsQ0FBQztBQUFBLFlBQ3pHO0FBQUEsVUFDRixXQUFXLE9BQU8sU0FBUyxlQUFlO0FBQ3hDLGdCQUFJLE9BQU8sT0FBTyxPQUFPLFVBQVU7QUFDakMsdUJBQVMsUUFBUTtBQUNmLDBCQUFVLE1BQU0sS0FBSyxNQUFNLElBQUksSUFBSSxHQUFHLFVBQVUsTUFBTSxNQUFNLE1BQU0sY0FBYyxJQUFJLEdBQUcsWUFBWSxTQUFTLEtBQUssUUFBUSxJQUFJO0FBQUEsWUFDakk7QUFBQSxVQUNGLFdBQVcsT0FBTyxTQUFTLFlBQWEsS0FBSyxXQUFXLEVBQUUsT0FBTyxTQUFTLGVBQWdCO0FBQ3hGLHNCQUFVLE1BQU0sS0FBSyxNQUFNLEtBQUssVUFBVSxNQUFNLEtBQUssWUFBWSxTQUFTLEtBQUssTUFBTTtBQUFBLFVBQ3ZGO0FBQUEsUUFDRjtBQUNBLGFBQUssUUFBUSxTQUFTLFlBQVksZUFBZSxlQUFlLGNBQWMsUUFBUTtBQUFBLE1BQ3hGO0FBQUEsSUFDRjtBQUdBLGFBQVMsY0FBYyxLQUFLO0FBQzFCLGFBQU8sSUFBSSxRQUFRLE1BQU0sSUFBSSxFQUFFLFFBQVEsT0FBTyxJQUFJO0FBQUEsSUFDcEQ7QUFBQTtBQUFBOzs7Ozs7OztBQ3pGQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFFBQUE7QUFDQSxRQUFBLFdBQUE7QUFNQSxRQUFNLGlCQUFpQixvQkFBSSxJQUFJO01BQzdCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0tBQ0Q7QUFFRCxhQUFnQixVQUFVLFFBQW1CLFFBQTBCLE1BQUk7QUFDekUsVUFBSSxPQUFPLFVBQVU7QUFBVyxlQUFPO0FBQ3ZDLFVBQUksVUFBVTtBQUFNLGVBQU8sQ0FBQyxPQUFPLE1BQU07QUFDekMsVUFBSSxDQUFDO0FBQU8sZUFBTztBQUNuQixhQUFPLFVBQVUsTUFBTSxLQUFLO0lBQzlCO0FBTEEsSUFBQUMsU0FBQSxZQUFBO0FBT0EsUUFBTSxlQUFlLG9CQUFJLElBQUk7TUFDM0I7TUFDQTtNQUNBO01BQ0E7TUFDQTtLQUNEO0FBRUQsYUFBUyxPQUFPLFFBQXVCO0FBQ3JDLGlCQUFXLE9BQU8sUUFBUTtBQUN4QixZQUFJLGFBQWEsSUFBSSxHQUFHO0FBQUcsaUJBQU87QUFDbEMsY0FBTSxNQUFNLE9BQU8sR0FBRztBQUN0QixZQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxLQUFLLE1BQU07QUFBRyxpQkFBTztBQUNuRCxZQUFJLE9BQU8sT0FBTyxZQUFZLE9BQU8sR0FBRztBQUFHLGlCQUFPO01BQ3BEO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxVQUFVLFFBQXVCO0FBQ3hDLFVBQUksUUFBUTtBQUNaLGlCQUFXLE9BQU8sUUFBUTtBQUN4QixZQUFJLFFBQVE7QUFBUSxpQkFBTztBQUMzQjtBQUNBLFlBQUksZUFBZSxJQUFJLEdBQUc7QUFBRztBQUM3QixZQUFJLE9BQU8sT0FBTyxHQUFHLEtBQUssVUFBVTtBQUNsQyxXQUFBLEdBQUEsT0FBQSxVQUFTLE9BQU8sR0FBRyxHQUFHLENBQUMsUUFBUyxTQUFTLFVBQVUsR0FBRyxDQUFFO1FBQzFEO0FBQ0EsWUFBSSxVQUFVO0FBQVUsaUJBQU87TUFDakM7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFnQixZQUFZLFVBQXVCLEtBQUssSUFBSSxXQUFtQjtBQUM3RSxVQUFJLGNBQWM7QUFBTyxhQUFLLFlBQVksRUFBRTtBQUM1QyxZQUFNLElBQUksU0FBUyxNQUFNLEVBQUU7QUFDM0IsYUFBTyxhQUFhLFVBQVUsQ0FBQztJQUNqQztBQUpBLElBQUFBLFNBQUEsY0FBQTtBQU1BLGFBQWdCLGFBQWEsVUFBdUIsR0FBZTtBQUNqRSxZQUFNLGFBQWEsU0FBUyxVQUFVLENBQUM7QUFDdkMsYUFBTyxXQUFXLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtJQUNwQztBQUhBLElBQUFBLFNBQUEsZUFBQTtBQUtBLFFBQU0sc0JBQXNCO0FBQzVCLGFBQWdCLFlBQVksSUFBc0I7QUFDaEQsYUFBTyxLQUFLLEdBQUcsUUFBUSxxQkFBcUIsRUFBRSxJQUFJO0lBQ3BEO0FBRkEsSUFBQUEsU0FBQSxjQUFBO0FBSUEsYUFBZ0IsV0FBVyxVQUF1QixRQUFnQixJQUFVO0FBQzFFLFdBQUssWUFBWSxFQUFFO0FBQ25CLGFBQU8sU0FBUyxRQUFRLFFBQVEsRUFBRTtJQUNwQztBQUhBLElBQUFBLFNBQUEsYUFBQTtBQUtBLFFBQU0sU0FBUztBQUVmLGFBQWdCLGNBQXlCLFFBQW1CLFFBQWM7QUFDeEUsVUFBSSxPQUFPLFVBQVU7QUFBVyxlQUFPLENBQUE7QUFDdkMsWUFBTSxFQUFDLFVBQVUsWUFBVyxJQUFJLEtBQUs7QUFDckMsWUFBTSxRQUFRLFlBQVksT0FBTyxRQUFRLEtBQUssTUFBTTtBQUNwRCxZQUFNLFVBQTBDLEVBQUMsSUFBSSxNQUFLO0FBQzFELFlBQU0sYUFBYSxZQUFZLGFBQWEsT0FBTyxLQUFLO0FBQ3hELFlBQU0sWUFBdUIsQ0FBQTtBQUM3QixZQUFNLGFBQTBCLG9CQUFJLElBQUc7QUFFdkMsZUFBUyxRQUFRLEVBQUMsU0FBUyxLQUFJLEdBQUcsQ0FBQyxLQUFLLFNBQVMsR0FBRyxrQkFBaUI7QUFDbkUsWUFBSSxrQkFBa0I7QUFBVztBQUNqQyxjQUFNLFdBQVcsYUFBYTtBQUM5QixZQUFJLGNBQWMsUUFBUSxhQUFhO0FBQ3ZDLFlBQUksT0FBTyxJQUFJLFFBQVEsS0FBSztBQUFVLHdCQUFjLE9BQU8sS0FBSyxNQUFNLElBQUksUUFBUSxDQUFDO0FBQ25GLGtCQUFVLEtBQUssTUFBTSxJQUFJLE9BQU87QUFDaEMsa0JBQVUsS0FBSyxNQUFNLElBQUksY0FBYztBQUN2QyxnQkFBUSxPQUFPLElBQUk7QUFFbkIsaUJBQVMsT0FBa0IsS0FBVztBQUVwQyxnQkFBTSxXQUFXLEtBQUssS0FBSyxZQUFZO0FBQ3ZDLGdCQUFNLFlBQVksY0FBYyxTQUFTLGFBQWEsR0FBRyxJQUFJLEdBQUc7QUFDaEUsY0FBSSxXQUFXLElBQUksR0FBRztBQUFHLGtCQUFNLFNBQVMsR0FBRztBQUMzQyxxQkFBVyxJQUFJLEdBQUc7QUFDbEIsY0FBSSxXQUFXLEtBQUssS0FBSyxHQUFHO0FBQzVCLGNBQUksT0FBTyxZQUFZO0FBQVUsdUJBQVcsS0FBSyxLQUFLLFFBQVE7QUFDOUQsY0FBSSxPQUFPLFlBQVksVUFBVTtBQUMvQiw2QkFBaUIsS0FBSyxTQUFTLFFBQVEsR0FBRztVQUM1QyxXQUFXLFFBQVEsWUFBWSxRQUFRLEdBQUc7QUFDeEMsZ0JBQUksSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNsQiwrQkFBaUIsS0FBSyxVQUFVLEdBQUcsR0FBRyxHQUFHO0FBQ3pDLHdCQUFVLEdBQUcsSUFBSTtZQUNuQixPQUFPO0FBQ0wsbUJBQUssS0FBSyxHQUFHLElBQUk7WUFDbkI7VUFDRjtBQUNBLGlCQUFPO1FBQ1Q7QUFFQSxpQkFBUyxVQUFxQixRQUFlO0FBQzNDLGNBQUksT0FBTyxVQUFVLFVBQVU7QUFDN0IsZ0JBQUksQ0FBQyxPQUFPLEtBQUssTUFBTTtBQUFHLG9CQUFNLElBQUksTUFBTSxtQkFBbUIsTUFBTSxHQUFHO0FBQ3RFLG1CQUFPLEtBQUssTUFBTSxJQUFJLE1BQU0sRUFBRTtVQUNoQztRQUNGO01BQ0YsQ0FBQztBQUVELGFBQU87QUFFUCxlQUFTLGlCQUFpQixNQUFpQixNQUE2QixLQUFXO0FBQ2pGLFlBQUksU0FBUyxVQUFhLENBQUMsTUFBTSxNQUFNLElBQUk7QUFBRyxnQkFBTSxTQUFTLEdBQUc7TUFDbEU7QUFFQSxlQUFTLFNBQVMsS0FBVztBQUMzQixlQUFPLElBQUksTUFBTSxjQUFjLEdBQUcsb0NBQW9DO01BQ3hFO0lBQ0Y7QUF4REEsSUFBQUEsU0FBQSxnQkFBQTs7Ozs7Ozs7OztBQ25GQSxRQUFBLGVBQUE7QUFDQSxRQUFBLGFBQUE7QUFDQSxRQUFBLGtCQUFBO0FBQ0EsUUFBQSxhQUFBO0FBQ0EsUUFBQSxhQUFBO0FBQ0EsUUFBQSxZQUFBO0FBQ0EsUUFBQSxjQUFBO0FBQ0EsUUFBQSxZQUFBO0FBQ0EsUUFBQSxVQUFBO0FBQ0EsUUFBQSxZQUFBO0FBQ0EsUUFBQSxTQUFBO0FBU0EsUUFBQSxXQUFBO0FBU0EsYUFBZ0IscUJBQXFCLElBQWE7QUFDaEQsVUFBSSxZQUFZLEVBQUUsR0FBRztBQUNuQixzQkFBYyxFQUFFO0FBQ2hCLFlBQUksa0JBQWtCLEVBQUUsR0FBRztBQUN6QiwyQkFBaUIsRUFBRTtBQUNuQjtRQUNGO01BQ0Y7QUFDQSx1QkFBaUIsSUFBSSxPQUFNLEdBQUEsYUFBQSxzQkFBcUIsRUFBRSxDQUFDO0lBQ3JEO0FBVEEsSUFBQUMsU0FBQSx1QkFBQTtBQVdBLGFBQVMsaUJBQ1AsRUFBQyxLQUFLLGNBQWMsUUFBUSxXQUFXLEtBQUksR0FDM0MsTUFBVztBQUVYLFVBQUksS0FBSyxLQUFLLEtBQUs7QUFDakIsWUFBSSxLQUFLLGVBQWMsR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLElBQUksS0FBSyxRQUFBLFFBQUUsTUFBTSxJQUFJLFVBQVUsUUFBUSxNQUFLO0FBQ3ZFLGNBQUksTUFBSyxHQUFBLFVBQUEsbUJBQWtCLGNBQWMsUUFBUSxJQUFJLENBQUMsRUFBRTtBQUN4RCwrQkFBcUIsS0FBSyxJQUFJO0FBQzlCLGNBQUksS0FBSyxJQUFJO1FBQ2YsQ0FBQztNQUNILE9BQU87QUFDTCxZQUFJLEtBQUssZUFBYyxHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsSUFBSSxLQUFLLGtCQUFrQixJQUFJLENBQUMsSUFBSSxVQUFVLFFBQVEsTUFDakYsSUFBSSxLQUFLLGNBQWMsUUFBUSxJQUFJLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQztNQUVwRDtJQUNGO0FBRUEsYUFBUyxrQkFBa0IsTUFBcUI7QUFDOUMsY0FBTyxHQUFBLFVBQUEsTUFBSyxRQUFBLFFBQUUsWUFBWSxRQUFRLFFBQUEsUUFBRSxVQUFVLEtBQUssUUFBQSxRQUFFLGtCQUFrQixLQUFLLFFBQUEsUUFBRSxRQUFRLElBQ3BGLFFBQUEsUUFBRSxJQUNKLEdBQUcsS0FBSyxjQUFhLEdBQUEsVUFBQSxPQUFNLFFBQUEsUUFBRSxjQUFjLFFBQVEsVUFBQSxHQUFHO0lBQ3hEO0FBRUEsYUFBUyxxQkFBcUIsS0FBYyxNQUFxQjtBQUMvRCxVQUFJLEdBQ0YsUUFBQSxRQUFFLFFBQ0YsTUFBSztBQUNILFlBQUksSUFBSSxRQUFBLFFBQUUsZUFBYyxHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsTUFBTSxJQUFJLFFBQUEsUUFBRSxZQUFZLEVBQUU7QUFDeEQsWUFBSSxJQUFJLFFBQUEsUUFBRSxhQUFZLEdBQUEsVUFBQSxLQUFJLFFBQUEsUUFBRSxNQUFNLElBQUksUUFBQSxRQUFFLFVBQVUsRUFBRTtBQUNwRCxZQUFJLElBQUksUUFBQSxRQUFFLHFCQUFvQixHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsTUFBTSxJQUFJLFFBQUEsUUFBRSxrQkFBa0IsRUFBRTtBQUNwRSxZQUFJLElBQUksUUFBQSxRQUFFLFdBQVUsR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLE1BQU0sSUFBSSxRQUFBLFFBQUUsUUFBUSxFQUFFO0FBQ2hELFlBQUksS0FBSztBQUFZLGNBQUksSUFBSSxRQUFBLFFBQUUsaUJBQWdCLEdBQUEsVUFBQSxLQUFJLFFBQUEsUUFBRSxNQUFNLElBQUksUUFBQSxRQUFFLGNBQWMsRUFBRTtNQUNuRixHQUNBLE1BQUs7QUFDSCxZQUFJLElBQUksUUFBQSxRQUFFLGVBQWMsR0FBQSxVQUFBLE1BQUs7QUFDN0IsWUFBSSxJQUFJLFFBQUEsUUFBRSxhQUFZLEdBQUEsVUFBQSxhQUFZO0FBQ2xDLFlBQUksSUFBSSxRQUFBLFFBQUUscUJBQW9CLEdBQUEsVUFBQSxhQUFZO0FBQzFDLFlBQUksSUFBSSxRQUFBLFFBQUUsVUFBVSxRQUFBLFFBQUUsSUFBSTtBQUMxQixZQUFJLEtBQUs7QUFBWSxjQUFJLElBQUksUUFBQSxRQUFFLGlCQUFnQixHQUFBLFVBQUEsTUFBSztNQUN0RCxDQUFDO0lBRUw7QUFFQSxhQUFTLGlCQUFpQixJQUFnQjtBQUN4QyxZQUFNLEVBQUMsUUFBUSxNQUFNLElBQUcsSUFBSTtBQUM1Qix1QkFBaUIsSUFBSSxNQUFLO0FBQ3hCLFlBQUksS0FBSyxZQUFZLE9BQU87QUFBVSx5QkFBZSxFQUFFO0FBQ3ZELHVCQUFlLEVBQUU7QUFDakIsWUFBSSxJQUFJLFFBQUEsUUFBRSxTQUFTLElBQUk7QUFDdkIsWUFBSSxJQUFJLFFBQUEsUUFBRSxRQUFRLENBQUM7QUFDbkIsWUFBSSxLQUFLO0FBQWEseUJBQWUsRUFBRTtBQUN2Qyx3QkFBZ0IsRUFBRTtBQUNsQixzQkFBYyxFQUFFO01BQ2xCLENBQUM7QUFDRDtJQUNGO0FBRUEsYUFBUyxlQUFlLElBQWdCO0FBRXRDLFlBQU0sRUFBQyxLQUFLLGFBQVksSUFBSTtBQUM1QixTQUFHLFlBQVksSUFBSSxNQUFNLGNBQWEsR0FBQSxVQUFBLEtBQUksWUFBWSxZQUFZO0FBQ2xFLFVBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxHQUFHLFNBQVMsaUJBQWlCLE1BQU0sSUFBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLEdBQUcsU0FBUyxXQUFVLEdBQUEsVUFBQSxhQUFZLENBQUM7QUFDaEcsVUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEdBQUcsU0FBUyxpQkFBaUIsTUFBTSxJQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksR0FBRyxTQUFTLFdBQVUsR0FBQSxVQUFBLGFBQVksQ0FBQztJQUNsRztBQUVBLGFBQVMsY0FBYyxRQUFtQixNQUFxQjtBQUM3RCxZQUFNLFFBQVEsT0FBTyxVQUFVLFlBQVksT0FBTyxLQUFLLFFBQVE7QUFDL0QsYUFBTyxVQUFVLEtBQUssS0FBSyxVQUFVLEtBQUssS0FBSyxZQUFXLEdBQUEsVUFBQSxtQkFBa0IsS0FBSyxRQUFRLFVBQUE7SUFDM0Y7QUFHQSxhQUFTLGNBQWMsSUFBZSxPQUFXO0FBQy9DLFVBQUksWUFBWSxFQUFFLEdBQUc7QUFDbkIsc0JBQWMsRUFBRTtBQUNoQixZQUFJLGtCQUFrQixFQUFFLEdBQUc7QUFDekIsMkJBQWlCLElBQUksS0FBSztBQUMxQjtRQUNGO01BQ0Y7QUFDQSxPQUFBLEdBQUEsYUFBQSxtQkFBa0IsSUFBSSxLQUFLO0lBQzdCO0FBRUEsYUFBUyxrQkFBa0IsRUFBQyxRQUFRLEtBQUksR0FBWTtBQUNsRCxVQUFJLE9BQU8sVUFBVTtBQUFXLGVBQU8sQ0FBQztBQUN4QyxpQkFBVyxPQUFPO0FBQVEsWUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFHO0FBQUcsaUJBQU87QUFDMUQsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLElBQWE7QUFDaEMsYUFBTyxPQUFPLEdBQUcsVUFBVTtJQUM3QjtBQUVBLGFBQVMsaUJBQWlCLElBQWtCLE9BQVc7QUFDckQsWUFBTSxFQUFDLFFBQVEsS0FBSyxLQUFJLElBQUk7QUFDNUIsVUFBSSxLQUFLLFlBQVksT0FBTztBQUFVLHVCQUFlLEVBQUU7QUFDdkQsb0JBQWMsRUFBRTtBQUNoQix1QkFBaUIsRUFBRTtBQUNuQixZQUFNLFlBQVksSUFBSSxNQUFNLFNBQVMsUUFBQSxRQUFFLE1BQU07QUFDN0Msc0JBQWdCLElBQUksU0FBUztBQUU3QixVQUFJLElBQUksUUFBTyxHQUFBLFVBQUEsS0FBSSxTQUFTLFFBQVEsUUFBQSxRQUFFLE1BQU0sRUFBRTtJQUNoRDtBQUVBLGFBQVMsY0FBYyxJQUFnQjtBQUNyQyxPQUFBLEdBQUEsT0FBQSxtQkFBa0IsRUFBRTtBQUNwQiwyQkFBcUIsRUFBRTtJQUN6QjtBQUVBLGFBQVMsZ0JBQWdCLElBQWtCLFdBQWdCO0FBQ3pELFVBQUksR0FBRyxLQUFLO0FBQUssZUFBTyxlQUFlLElBQUksQ0FBQSxHQUFJLE9BQU8sU0FBUztBQUMvRCxZQUFNLFNBQVEsR0FBQSxXQUFBLGdCQUFlLEdBQUcsTUFBTTtBQUN0QyxZQUFNLGdCQUFlLEdBQUEsV0FBQSx3QkFBdUIsSUFBSSxLQUFLO0FBQ3JELHFCQUFlLElBQUksT0FBTyxDQUFDLGNBQWMsU0FBUztJQUNwRDtBQUVBLGFBQVMscUJBQXFCLElBQWdCO0FBQzVDLFlBQU0sRUFBQyxRQUFRLGVBQWUsTUFBTSxLQUFJLElBQUk7QUFDNUMsVUFBSSxPQUFPLFFBQVEsS0FBSywwQkFBeUIsR0FBQSxPQUFBLHNCQUFxQixRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ3pGLGFBQUssT0FBTyxLQUFLLDZDQUE2QyxhQUFhLEdBQUc7TUFDaEY7SUFDRjtBQUVBLGFBQVMsZUFBZSxJQUFnQjtBQUN0QyxZQUFNLEVBQUMsUUFBUSxLQUFJLElBQUk7QUFDdkIsVUFBSSxPQUFPLFlBQVksVUFBYSxLQUFLLGVBQWUsS0FBSyxjQUFjO0FBQ3pFLFNBQUEsR0FBQSxPQUFBLGlCQUFnQixJQUFJLHVDQUF1QztNQUM3RDtJQUNGO0FBRUEsYUFBUyxjQUFjLElBQWdCO0FBQ3JDLFlBQU0sUUFBUSxHQUFHLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDeEMsVUFBSTtBQUFPLFdBQUcsVUFBUyxHQUFBLFVBQUEsWUFBVyxHQUFHLEtBQUssYUFBYSxHQUFHLFFBQVEsS0FBSztJQUN6RTtBQUVBLGFBQVMsaUJBQWlCLElBQWdCO0FBQ3hDLFVBQUksR0FBRyxPQUFPLFVBQVUsQ0FBQyxHQUFHLFVBQVU7QUFBUSxjQUFNLElBQUksTUFBTSw2QkFBNkI7SUFDN0Y7QUFFQSxhQUFTLGVBQWUsRUFBQyxLQUFLLFdBQVcsUUFBUSxlQUFlLEtBQUksR0FBZTtBQUNqRixZQUFNLE1BQU0sT0FBTztBQUNuQixVQUFJLEtBQUssYUFBYSxNQUFNO0FBQzFCLFlBQUksTUFBSyxHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsSUFBSSxlQUFlLEdBQUcsR0FBRztNQUMxQyxXQUFXLE9BQU8sS0FBSyxZQUFZLFlBQVk7QUFDN0MsY0FBTSxjQUFhLEdBQUEsVUFBQSxPQUFNLGFBQWE7QUFDdEMsY0FBTSxXQUFXLElBQUksV0FBVyxRQUFRLEVBQUMsS0FBSyxVQUFVLEtBQUksQ0FBQztBQUM3RCxZQUFJLE1BQUssR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLElBQUksa0JBQWtCLEdBQUcsS0FBSyxVQUFVLEtBQUssUUFBUSxVQUFVO01BQ2hGO0lBQ0Y7QUFFQSxhQUFTLGNBQWMsSUFBYTtBQUNsQyxZQUFNLEVBQUMsS0FBSyxXQUFXLGNBQWMsaUJBQWlCLEtBQUksSUFBSTtBQUM5RCxVQUFJLFVBQVUsUUFBUTtBQUVwQixZQUFJLElBQ0YsR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLE1BQU0sVUFDWixNQUFNLElBQUksT0FBTyxRQUFBLFFBQUUsSUFBSSxHQUN2QixNQUFNLElBQUksT0FBTSxHQUFBLFVBQUEsU0FBUSxlQUF1QixJQUFJLFFBQUEsUUFBRSxPQUFPLEdBQUcsQ0FBQztNQUVwRSxPQUFPO0FBQ0wsWUFBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLFlBQVksV0FBVyxRQUFBLFFBQUUsT0FBTztBQUMvQyxZQUFJLEtBQUs7QUFBYSwwQkFBZ0IsRUFBRTtBQUN4QyxZQUFJLFFBQU8sR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLE1BQU0sUUFBUTtNQUNqQztJQUNGO0FBRUEsYUFBUyxnQkFBZ0IsRUFBQyxLQUFLLFdBQVcsT0FBTyxNQUFLLEdBQVk7QUFDaEUsVUFBSSxpQkFBaUIsVUFBQTtBQUFNLFlBQUksUUFBTyxHQUFBLFVBQUEsS0FBSSxTQUFTLFVBQVUsS0FBSztBQUNsRSxVQUFJLGlCQUFpQixVQUFBO0FBQU0sWUFBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLFNBQVMsVUFBVSxLQUFLO0lBQ3BFO0FBRUEsYUFBUyxlQUNQLElBQ0EsT0FDQSxZQUNBLFdBQWdCO0FBRWhCLFlBQU0sRUFBQyxLQUFLLFFBQVEsTUFBTSxXQUFXLE1BQU0sS0FBSSxJQUFJO0FBQ25ELFlBQU0sRUFBQyxNQUFLLElBQUk7QUFDaEIsVUFBSSxPQUFPLFNBQVMsS0FBSyx5QkFBeUIsRUFBQyxHQUFBLE9BQUEsc0JBQXFCLFFBQVEsS0FBSyxJQUFJO0FBQ3ZGLFlBQUksTUFBTSxNQUFNLFlBQVksSUFBSSxRQUFTLE1BQU0sSUFBSSxLQUFjLFVBQVUsQ0FBQztBQUM1RTtNQUNGO0FBQ0EsVUFBSSxDQUFDLEtBQUs7QUFBSyx5QkFBaUIsSUFBSSxLQUFLO0FBQ3pDLFVBQUksTUFBTSxNQUFLO0FBQ2IsbUJBQVcsU0FBUyxNQUFNO0FBQU8sd0JBQWMsS0FBSztBQUNwRCxzQkFBYyxNQUFNLElBQUk7TUFDMUIsQ0FBQztBQUVELGVBQVMsY0FBYyxPQUFnQjtBQUNyQyxZQUFJLEVBQUMsR0FBQSxnQkFBQSxnQkFBZSxRQUFRLEtBQUs7QUFBRztBQUNwQyxZQUFJLE1BQU0sTUFBTTtBQUNkLGNBQUksSUFBRyxHQUFBLFdBQUEsZUFBYyxNQUFNLE1BQU0sTUFBTSxLQUFLLGFBQWEsQ0FBQztBQUMxRCwwQkFBZ0IsSUFBSSxLQUFLO0FBQ3pCLGNBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxDQUFDLE1BQU0sTUFBTSxRQUFRLFlBQVk7QUFDL0QsZ0JBQUksS0FBSTtBQUNSLGFBQUEsR0FBQSxXQUFBLGlCQUFnQixFQUFFO1VBQ3BCO0FBQ0EsY0FBSSxNQUFLO1FBQ1gsT0FBTztBQUNMLDBCQUFnQixJQUFJLEtBQUs7UUFDM0I7QUFFQSxZQUFJLENBQUM7QUFBVyxjQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksUUFBQSxRQUFFLE1BQU0sUUFBUSxhQUFhLENBQUMsRUFBRTtNQUM3RDtJQUNGO0FBRUEsYUFBUyxnQkFBZ0IsSUFBa0IsT0FBZ0I7QUFDekQsWUFBTSxFQUNKLEtBQ0EsUUFDQSxNQUFNLEVBQUMsWUFBVyxFQUFDLElBQ2pCO0FBQ0osVUFBSTtBQUFhLFNBQUEsR0FBQSxXQUFBLGdCQUFlLElBQUksTUFBTSxJQUFJO0FBQzlDLFVBQUksTUFBTSxNQUFLO0FBQ2IsbUJBQVcsUUFBUSxNQUFNLE9BQU87QUFDOUIsZUFBSSxHQUFBLGdCQUFBLGVBQWMsUUFBUSxJQUFJLEdBQUc7QUFDL0Isd0JBQVksSUFBSSxLQUFLLFNBQVMsS0FBSyxZQUFZLE1BQU0sSUFBSTtVQUMzRDtRQUNGO01BQ0YsQ0FBQztJQUNIO0FBRUEsYUFBUyxpQkFBaUIsSUFBa0IsT0FBaUI7QUFDM0QsVUFBSSxHQUFHLFVBQVUsUUFBUSxDQUFDLEdBQUcsS0FBSztBQUFhO0FBQy9DLHdCQUFrQixJQUFJLEtBQUs7QUFDM0IsVUFBSSxDQUFDLEdBQUcsS0FBSztBQUFpQiwyQkFBbUIsSUFBSSxLQUFLO0FBQzFELHdCQUFrQixJQUFJLEdBQUcsU0FBUztJQUNwQztBQUVBLGFBQVMsa0JBQWtCLElBQWtCLE9BQWlCO0FBQzVELFVBQUksQ0FBQyxNQUFNO0FBQVE7QUFDbkIsVUFBSSxDQUFDLEdBQUcsVUFBVSxRQUFRO0FBQ3hCLFdBQUcsWUFBWTtBQUNmO01BQ0Y7QUFDQSxZQUFNLFFBQVEsQ0FBQyxNQUFLO0FBQ2xCLFlBQUksQ0FBQyxhQUFhLEdBQUcsV0FBVyxDQUFDLEdBQUc7QUFDbEMsMkJBQWlCLElBQUksU0FBUyxDQUFDLDZCQUE2QixHQUFHLFVBQVUsS0FBSyxHQUFHLENBQUMsR0FBRztRQUN2RjtNQUNGLENBQUM7QUFDRCx3QkFBa0IsSUFBSSxLQUFLO0lBQzdCO0FBRUEsYUFBUyxtQkFBbUIsSUFBa0IsSUFBYztBQUMxRCxVQUFJLEdBQUcsU0FBUyxLQUFLLEVBQUUsR0FBRyxXQUFXLEtBQUssR0FBRyxTQUFTLE1BQU0sSUFBSTtBQUM5RCx5QkFBaUIsSUFBSSxpREFBaUQ7TUFDeEU7SUFDRjtBQUVBLGFBQVMsa0JBQWtCLElBQWtCLElBQWM7QUFDekQsWUFBTSxRQUFRLEdBQUcsS0FBSyxNQUFNO0FBQzVCLGlCQUFXLFdBQVcsT0FBTztBQUMzQixjQUFNLE9BQU8sTUFBTSxPQUFPO0FBQzFCLFlBQUksT0FBTyxRQUFRLGFBQVksR0FBQSxnQkFBQSxlQUFjLEdBQUcsUUFBUSxJQUFJLEdBQUc7QUFDN0QsZ0JBQU0sRUFBQyxLQUFJLElBQUksS0FBSztBQUNwQixjQUFJLEtBQUssVUFBVSxDQUFDLEtBQUssS0FBSyxDQUFDLE1BQU0sa0JBQWtCLElBQUksQ0FBQyxDQUFDLEdBQUc7QUFDOUQsNkJBQWlCLElBQUksaUJBQWlCLEtBQUssS0FBSyxHQUFHLENBQUMsa0JBQWtCLE9BQU8sR0FBRztVQUNsRjtRQUNGO01BQ0Y7SUFDRjtBQUVBLGFBQVMsa0JBQWtCLE9BQW1CLE1BQWM7QUFDMUQsYUFBTyxNQUFNLFNBQVMsSUFBSSxLQUFNLFNBQVMsWUFBWSxNQUFNLFNBQVMsU0FBUztJQUMvRTtBQUVBLGFBQVMsYUFBYSxJQUFnQixHQUFXO0FBQy9DLGFBQU8sR0FBRyxTQUFTLENBQUMsS0FBTSxNQUFNLGFBQWEsR0FBRyxTQUFTLFFBQVE7SUFDbkU7QUFFQSxhQUFTLGtCQUFrQixJQUFrQixXQUFxQjtBQUNoRSxZQUFNLEtBQWlCLENBQUE7QUFDdkIsaUJBQVcsS0FBSyxHQUFHLFdBQVc7QUFDNUIsWUFBSSxhQUFhLFdBQVcsQ0FBQztBQUFHLGFBQUcsS0FBSyxDQUFDO2lCQUNoQyxVQUFVLFNBQVMsU0FBUyxLQUFLLE1BQU07QUFBVSxhQUFHLEtBQUssU0FBUztNQUM3RTtBQUNBLFNBQUcsWUFBWTtJQUNqQjtBQUVBLGFBQVMsaUJBQWlCLElBQWtCLEtBQVc7QUFDckQsWUFBTSxhQUFhLEdBQUcsVUFBVSxTQUFTLEdBQUc7QUFDNUMsYUFBTyxRQUFRLFVBQVU7QUFDekIsT0FBQSxHQUFBLE9BQUEsaUJBQWdCLElBQUksS0FBSyxHQUFHLEtBQUssV0FBVztJQUM5QztBQUVBLFFBQWEsYUFBYixNQUF1QjtNQWlCckIsWUFBWSxJQUFrQixLQUE2QixTQUFlO0FBQ3hFLFNBQUEsR0FBQSxVQUFBLHNCQUFxQixJQUFJLEtBQUssT0FBTztBQUNyQyxhQUFLLE1BQU0sR0FBRztBQUNkLGFBQUssWUFBWSxHQUFHO0FBQ3BCLGFBQUssVUFBVTtBQUNmLGFBQUssT0FBTyxHQUFHO0FBQ2YsYUFBSyxTQUFTLEdBQUcsT0FBTyxPQUFPO0FBQy9CLGFBQUssUUFBUSxJQUFJLFNBQVMsR0FBRyxLQUFLLFNBQVMsS0FBSyxVQUFVLEtBQUssT0FBTztBQUN0RSxhQUFLLGVBQWMsR0FBQSxPQUFBLGdCQUFlLElBQUksS0FBSyxRQUFRLFNBQVMsS0FBSyxLQUFLO0FBQ3RFLGFBQUssYUFBYSxJQUFJO0FBQ3RCLGFBQUssZUFBZSxHQUFHO0FBQ3ZCLGFBQUssU0FBUyxDQUFBO0FBQ2QsYUFBSyxLQUFLO0FBQ1YsYUFBSyxNQUFNO0FBRVgsWUFBSSxLQUFLLE9BQU87QUFDZCxlQUFLLGFBQWEsR0FBRyxJQUFJLE1BQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxFQUFFLENBQUM7UUFDbkUsT0FBTztBQUNMLGVBQUssYUFBYSxLQUFLO0FBQ3ZCLGNBQUksRUFBQyxHQUFBLFVBQUEsaUJBQWdCLEtBQUssUUFBUSxJQUFJLFlBQVksSUFBSSxjQUFjLEdBQUc7QUFDckUsa0JBQU0sSUFBSSxNQUFNLEdBQUcsT0FBTyxrQkFBa0IsS0FBSyxVQUFVLElBQUksVUFBVSxDQUFDLEVBQUU7VUFDOUU7UUFDRjtBQUVBLFlBQUksVUFBVSxNQUFNLElBQUksY0FBYyxJQUFJLFdBQVcsT0FBTztBQUMxRCxlQUFLLFlBQVksR0FBRyxJQUFJLE1BQU0sU0FBUyxRQUFBLFFBQUUsTUFBTTtRQUNqRDtNQUNGO01BRUEsT0FBTyxXQUFpQixlQUE0QixZQUF1QjtBQUN6RSxhQUFLLFlBQVcsR0FBQSxVQUFBLEtBQUksU0FBUyxHQUFHLGVBQWUsVUFBVTtNQUMzRDtNQUVBLFdBQVcsV0FBaUIsZUFBNEIsWUFBdUI7QUFDN0UsYUFBSyxJQUFJLEdBQUcsU0FBUztBQUNyQixZQUFJO0FBQVkscUJBQVU7O0FBQ3JCLGVBQUssTUFBSztBQUNmLFlBQUksZUFBZTtBQUNqQixlQUFLLElBQUksS0FBSTtBQUNiLHdCQUFhO0FBQ2IsY0FBSSxLQUFLO0FBQVcsaUJBQUssSUFBSSxNQUFLO1FBQ3BDLE9BQU87QUFDTCxjQUFJLEtBQUs7QUFBVyxpQkFBSyxJQUFJLE1BQUs7O0FBQzdCLGlCQUFLLElBQUksS0FBSTtRQUNwQjtNQUNGO01BRUEsS0FBSyxXQUFpQixZQUF1QjtBQUMzQyxhQUFLLFlBQVcsR0FBQSxVQUFBLEtBQUksU0FBUyxHQUFHLFFBQVcsVUFBVTtNQUN2RDtNQUVBLEtBQUssV0FBZ0I7QUFDbkIsWUFBSSxjQUFjLFFBQVc7QUFDM0IsZUFBSyxNQUFLO0FBQ1YsY0FBSSxDQUFDLEtBQUs7QUFBVyxpQkFBSyxJQUFJLEdBQUcsS0FBSztBQUN0QztRQUNGO0FBQ0EsYUFBSyxJQUFJLEdBQUcsU0FBUztBQUNyQixhQUFLLE1BQUs7QUFDVixZQUFJLEtBQUs7QUFBVyxlQUFLLElBQUksTUFBSzs7QUFDN0IsZUFBSyxJQUFJLEtBQUk7TUFDcEI7TUFFQSxVQUFVLFdBQWU7QUFDdkIsWUFBSSxDQUFDLEtBQUs7QUFBTyxpQkFBTyxLQUFLLEtBQUssU0FBUztBQUMzQyxjQUFNLEVBQUMsV0FBVSxJQUFJO0FBQ3JCLGFBQUssTUFBSyxHQUFBLFVBQUEsS0FBSSxVQUFVLHVCQUFzQixHQUFBLFVBQUEsSUFBRyxLQUFLLGFBQVksR0FBSSxTQUFTLENBQUMsR0FBRztNQUNyRjtNQUVBLE1BQU0sUUFBa0IsYUFBZ0MsWUFBdUI7QUFDN0UsWUFBSSxhQUFhO0FBQ2YsZUFBSyxVQUFVLFdBQVc7QUFDMUIsZUFBSyxPQUFPLFFBQVEsVUFBVTtBQUM5QixlQUFLLFVBQVUsQ0FBQSxDQUFFO0FBQ2pCO1FBQ0Y7QUFDQSxhQUFLLE9BQU8sUUFBUSxVQUFVO01BQ2hDO01BRVEsT0FBTyxRQUFrQixZQUF1QjtBQUN0RDtBQUFDLFNBQUMsU0FBUyxTQUFBLG1CQUFtQixTQUFBLGFBQWEsTUFBTSxLQUFLLElBQUksT0FBTyxVQUFVO01BQzdFO01BRUEsYUFBVTtBQUNSLFNBQUEsR0FBQSxTQUFBLGFBQVksTUFBTSxLQUFLLElBQUksY0FBYyxTQUFBLGlCQUFpQjtNQUM1RDtNQUVBLFFBQUs7QUFDSCxZQUFJLEtBQUssY0FBYztBQUFXLGdCQUFNLElBQUksTUFBTSx5Q0FBeUM7QUFDM0YsU0FBQSxHQUFBLFNBQUEsa0JBQWlCLEtBQUssS0FBSyxLQUFLLFNBQVM7TUFDM0M7TUFFQSxHQUFHLE1BQW9CO0FBQ3JCLFlBQUksQ0FBQyxLQUFLO0FBQVcsZUFBSyxJQUFJLEdBQUcsSUFBSTtNQUN2QztNQUVBLFVBQVUsS0FBdUIsUUFBYTtBQUM1QyxZQUFJO0FBQVEsaUJBQU8sT0FBTyxLQUFLLFFBQVEsR0FBRzs7QUFDckMsZUFBSyxTQUFTO01BQ3JCO01BRUEsV0FBVyxPQUFhLFdBQXVCLGFBQW1CLFVBQUEsS0FBRztBQUNuRSxhQUFLLElBQUksTUFBTSxNQUFLO0FBQ2xCLGVBQUssV0FBVyxPQUFPLFVBQVU7QUFDakMsb0JBQVM7UUFDWCxDQUFDO01BQ0g7TUFFQSxXQUFXLFFBQWMsVUFBQSxLQUFLLGFBQW1CLFVBQUEsS0FBRztBQUNsRCxZQUFJLENBQUMsS0FBSztBQUFPO0FBQ2pCLGNBQU0sRUFBQyxLQUFLLFlBQVksWUFBWSxJQUFHLElBQUk7QUFDM0MsWUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFHLEdBQUEsVUFBQSxLQUFJLFVBQVUsa0JBQWtCLFVBQVUsQ0FBQztBQUNyRCxZQUFJLFVBQVUsVUFBQTtBQUFLLGNBQUksT0FBTyxPQUFPLElBQUk7QUFDekMsWUFBSSxXQUFXLFVBQVUsSUFBSSxnQkFBZ0I7QUFDM0MsY0FBSSxPQUFPLEtBQUssYUFBWSxDQUFFO0FBQzlCLGVBQUssV0FBVTtBQUNmLGNBQUksVUFBVSxVQUFBO0FBQUssZ0JBQUksT0FBTyxPQUFPLEtBQUs7UUFDNUM7QUFDQSxZQUFJLEtBQUk7TUFDVjtNQUVBLGVBQVk7QUFDVixjQUFNLEVBQUMsS0FBSyxZQUFZLFlBQVksS0FBSyxHQUFFLElBQUk7QUFDL0MsZ0JBQU8sR0FBQSxVQUFBLElBQUcsZUFBYyxHQUFJLG1CQUFrQixDQUFFO0FBRWhELGlCQUFTLGlCQUFjO0FBQ3JCLGNBQUksV0FBVyxRQUFRO0FBRXJCLGdCQUFJLEVBQUUsc0JBQXNCLFVBQUE7QUFBTyxvQkFBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQzdFLGtCQUFNLEtBQUssTUFBTSxRQUFRLFVBQVUsSUFBSSxhQUFhLENBQUMsVUFBVTtBQUMvRCxvQkFBTyxHQUFBLFVBQUEsTUFBSSxHQUFBLFdBQUEsZ0JBQWUsSUFBSSxZQUFZLEdBQUcsS0FBSyxlQUFlLFdBQUEsU0FBUyxLQUFLLENBQUM7VUFDbEY7QUFDQSxpQkFBTyxVQUFBO1FBQ1Q7QUFFQSxpQkFBUyxxQkFBa0I7QUFDekIsY0FBSSxJQUFJLGdCQUFnQjtBQUN0QixrQkFBTSxvQkFBb0IsSUFBSSxXQUFXLGlCQUFpQixFQUFDLEtBQUssSUFBSSxlQUFjLENBQUM7QUFDbkYsb0JBQU8sR0FBQSxVQUFBLE1BQUssaUJBQWlCLElBQUksVUFBVTtVQUM3QztBQUNBLGlCQUFPLFVBQUE7UUFDVDtNQUNGO01BRUEsVUFBVSxNQUFxQixPQUFXO0FBQ3hDLGNBQU0sYUFBWSxHQUFBLFlBQUEsY0FBYSxLQUFLLElBQUksSUFBSTtBQUM1QyxTQUFBLEdBQUEsWUFBQSxxQkFBb0IsV0FBVyxLQUFLLElBQUksSUFBSTtBQUM1QyxTQUFBLEdBQUEsWUFBQSxxQkFBb0IsV0FBVyxJQUFJO0FBQ25DLGNBQU0sY0FBYyxFQUFDLEdBQUcsS0FBSyxJQUFJLEdBQUcsV0FBVyxPQUFPLFFBQVcsT0FBTyxPQUFTO0FBQ2pGLHNCQUFjLGFBQWEsS0FBSztBQUNoQyxlQUFPO01BQ1Q7TUFFQSxlQUFlLFdBQXNCLFFBQW9CO0FBQ3ZELGNBQU0sRUFBQyxJQUFJLElBQUcsSUFBSTtBQUNsQixZQUFJLENBQUMsR0FBRyxLQUFLO0FBQWE7QUFDMUIsWUFBSSxHQUFHLFVBQVUsUUFBUSxVQUFVLFVBQVUsUUFBVztBQUN0RCxhQUFHLFFBQVEsT0FBQSxlQUFlLE1BQU0sS0FBSyxVQUFVLE9BQU8sR0FBRyxPQUFPLE1BQU07UUFDeEU7QUFDQSxZQUFJLEdBQUcsVUFBVSxRQUFRLFVBQVUsVUFBVSxRQUFXO0FBQ3RELGFBQUcsUUFBUSxPQUFBLGVBQWUsTUFBTSxLQUFLLFVBQVUsT0FBTyxHQUFHLE9BQU8sTUFBTTtRQUN4RTtNQUNGO01BRUEsb0JBQW9CLFdBQXNCLE9BQVc7QUFDbkQsY0FBTSxFQUFDLElBQUksSUFBRyxJQUFJO0FBQ2xCLFlBQUksR0FBRyxLQUFLLGdCQUFnQixHQUFHLFVBQVUsUUFBUSxHQUFHLFVBQVUsT0FBTztBQUNuRSxjQUFJLEdBQUcsT0FBTyxNQUFNLEtBQUssZUFBZSxXQUFXLFVBQUEsSUFBSSxDQUFDO0FBQ3hELGlCQUFPO1FBQ1Q7TUFDRjs7QUEzTEYsSUFBQUEsU0FBQSxhQUFBO0FBOExBLGFBQVMsWUFDUCxJQUNBLFNBQ0EsS0FDQSxVQUFtQjtBQUVuQixZQUFNLE1BQU0sSUFBSSxXQUFXLElBQUksS0FBSyxPQUFPO0FBQzNDLFVBQUksVUFBVSxLQUFLO0FBQ2pCLFlBQUksS0FBSyxLQUFLLFFBQVE7TUFDeEIsV0FBVyxJQUFJLFNBQVMsSUFBSSxVQUFVO0FBQ3BDLFNBQUEsR0FBQSxVQUFBLGlCQUFnQixLQUFLLEdBQUc7TUFDMUIsV0FBVyxXQUFXLEtBQUs7QUFDekIsU0FBQSxHQUFBLFVBQUEsa0JBQWlCLEtBQUssR0FBRztNQUMzQixXQUFXLElBQUksV0FBVyxJQUFJLFVBQVU7QUFDdEMsU0FBQSxHQUFBLFVBQUEsaUJBQWdCLEtBQUssR0FBRztNQUMxQjtJQUNGO0FBRUEsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sd0JBQXdCO0FBQzlCLGFBQWdCLFFBQ2QsT0FDQSxFQUFDLFdBQVcsV0FBVyxZQUFXLEdBQVk7QUFFOUMsVUFBSTtBQUNKLFVBQUk7QUFDSixVQUFJLFVBQVU7QUFBSSxlQUFPLFFBQUEsUUFBRTtBQUMzQixVQUFJLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDcEIsWUFBSSxDQUFDLGFBQWEsS0FBSyxLQUFLO0FBQUcsZ0JBQU0sSUFBSSxNQUFNLHlCQUF5QixLQUFLLEVBQUU7QUFDL0Usc0JBQWM7QUFDZCxlQUFPLFFBQUEsUUFBRTtNQUNYLE9BQU87QUFDTCxjQUFNLFVBQVUsc0JBQXNCLEtBQUssS0FBSztBQUNoRCxZQUFJLENBQUM7QUFBUyxnQkFBTSxJQUFJLE1BQU0seUJBQXlCLEtBQUssRUFBRTtBQUM5RCxjQUFNLEtBQWEsQ0FBQyxRQUFRLENBQUM7QUFDN0Isc0JBQWMsUUFBUSxDQUFDO0FBQ3ZCLFlBQUksZ0JBQWdCLEtBQUs7QUFDdkIsY0FBSSxNQUFNO0FBQVcsa0JBQU0sSUFBSSxNQUFNLFNBQVMsa0JBQWtCLEVBQUUsQ0FBQztBQUNuRSxpQkFBTyxZQUFZLFlBQVksRUFBRTtRQUNuQztBQUNBLFlBQUksS0FBSztBQUFXLGdCQUFNLElBQUksTUFBTSxTQUFTLFFBQVEsRUFBRSxDQUFDO0FBQ3hELGVBQU8sVUFBVSxZQUFZLEVBQUU7QUFDL0IsWUFBSSxDQUFDO0FBQWEsaUJBQU87TUFDM0I7QUFFQSxVQUFJLE9BQU87QUFDWCxZQUFNLFdBQVcsWUFBWSxNQUFNLEdBQUc7QUFDdEMsaUJBQVcsV0FBVyxVQUFVO0FBQzlCLFlBQUksU0FBUztBQUNYLGtCQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksSUFBRyxHQUFBLFVBQUEsY0FBWSxHQUFBLE9BQUEscUJBQW9CLE9BQU8sQ0FBQyxDQUFDO0FBQzNELGtCQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksT0FBTyxJQUFJO1FBQzVCO01BQ0Y7QUFDQSxhQUFPO0FBRVAsZUFBUyxTQUFTLGFBQXFCLElBQVU7QUFDL0MsZUFBTyxpQkFBaUIsV0FBVyxJQUFJLEVBQUUsZ0NBQWdDLFNBQVM7TUFDcEY7SUFDRjtBQXRDQSxJQUFBQSxTQUFBLFVBQUE7Ozs7Ozs7OztBQzdoQkEsUUFBcUIsa0JBQXJCLGNBQTZDLE1BQUs7TUFLaEQsWUFBWSxRQUE4QjtBQUN4QyxjQUFNLG1CQUFtQjtBQUN6QixhQUFLLFNBQVM7QUFDZCxhQUFLLE1BQU0sS0FBSyxhQUFhO01BQy9COztBQVRGLElBQUFDLFNBQUEsVUFBQTs7Ozs7Ozs7O0FDRkEsUUFBQSxZQUFBO0FBR0EsUUFBcUIsa0JBQXJCLGNBQTZDLE1BQUs7TUFJaEQsWUFBWSxVQUF1QixRQUFnQixLQUFhLEtBQVk7QUFDMUUsY0FBTSxPQUFPLDJCQUEyQixHQUFHLFlBQVksTUFBTSxFQUFFO0FBQy9ELGFBQUssY0FBYSxHQUFBLFVBQUEsWUFBVyxVQUFVLFFBQVEsR0FBRztBQUNsRCxhQUFLLGlCQUFnQixHQUFBLFVBQUEsY0FBWSxHQUFBLFVBQUEsYUFBWSxVQUFVLEtBQUssVUFBVSxDQUFDO01BQ3pFOztBQVJGLElBQUFDLFNBQUEsVUFBQTs7Ozs7Ozs7OztBQ09BLFFBQUEsWUFBQTtBQUNBLFFBQUEscUJBQUE7QUFDQSxRQUFBLFVBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLGFBQUE7QUEwREEsUUFBYSxZQUFiLE1BQXNCO01Ba0JwQixZQUFZLEtBQWtCOztBQVRyQixhQUFBLE9BQW1CLENBQUE7QUFDbkIsYUFBQSxpQkFBMkMsQ0FBQTtBQVNsRCxZQUFJO0FBQ0osWUFBSSxPQUFPLElBQUksVUFBVTtBQUFVLG1CQUFTLElBQUk7QUFDaEQsYUFBSyxTQUFTLElBQUk7QUFDbEIsYUFBSyxXQUFXLElBQUk7QUFDcEIsYUFBSyxPQUFPLElBQUksUUFBUTtBQUN4QixhQUFLLFVBQVMsS0FBQSxJQUFJLFlBQU0sUUFBQSxPQUFBLFNBQUEsTUFBSSxHQUFBLFVBQUEsYUFBWSxXQUFNLFFBQU4sV0FBTSxTQUFBLFNBQU4sT0FBUyxJQUFJLFlBQVksS0FBSyxDQUFDO0FBQ3ZFLGFBQUssYUFBYSxJQUFJO0FBQ3RCLGFBQUssWUFBWSxJQUFJO0FBQ3JCLGFBQUssT0FBTyxJQUFJO0FBQ2hCLGFBQUssU0FBUyxXQUFNLFFBQU4sV0FBTSxTQUFBLFNBQU4sT0FBUTtBQUN0QixhQUFLLE9BQU8sQ0FBQTtNQUNkOztBQTlCRixJQUFBQyxTQUFBLFlBQUE7QUFxQ0EsYUFBZ0IsY0FBeUIsS0FBYztBQUVyRCxZQUFNLE9BQU8sbUJBQW1CLEtBQUssTUFBTSxHQUFHO0FBQzlDLFVBQUk7QUFBTSxlQUFPO0FBQ2pCLFlBQU0sVUFBUyxHQUFBLFVBQUEsYUFBWSxLQUFLLEtBQUssYUFBYSxJQUFJLEtBQUssTUFBTTtBQUNqRSxZQUFNLEVBQUMsS0FBSyxNQUFLLElBQUksS0FBSyxLQUFLO0FBQy9CLFlBQU0sRUFBQyxjQUFhLElBQUksS0FBSztBQUM3QixZQUFNLE1BQU0sSUFBSSxVQUFBLFFBQVEsS0FBSyxPQUFPLEVBQUMsS0FBSyxPQUFPLGNBQWEsQ0FBQztBQUMvRCxVQUFJO0FBQ0osVUFBSSxJQUFJLFFBQVE7QUFDZCwyQkFBbUIsSUFBSSxXQUFXLFNBQVM7VUFDekMsS0FBSyxtQkFBQTtVQUNMLE9BQU0sR0FBQSxVQUFBO1NBQ1A7TUFDSDtBQUVBLFlBQU0sZUFBZSxJQUFJLFVBQVUsVUFBVTtBQUM3QyxVQUFJLGVBQWU7QUFFbkIsWUFBTSxZQUF1QjtRQUMzQjtRQUNBLFdBQVcsS0FBSyxLQUFLO1FBQ3JCLE1BQU0sUUFBQSxRQUFFO1FBQ1IsWUFBWSxRQUFBLFFBQUU7UUFDZCxvQkFBb0IsUUFBQSxRQUFFO1FBQ3RCLFdBQVcsQ0FBQyxRQUFBLFFBQUUsSUFBSTtRQUNsQixhQUFhLENBQUMsVUFBQSxHQUFHOztRQUNqQixXQUFXO1FBQ1gsV0FBVyxDQUFBO1FBQ1gsbUJBQW1CLG9CQUFJLElBQUc7UUFDMUIsY0FBYyxJQUFJLFdBQ2hCLFVBQ0EsS0FBSyxLQUFLLEtBQUssV0FBVyxPQUN0QixFQUFDLEtBQUssSUFBSSxRQUFRLE9BQU0sR0FBQSxVQUFBLFdBQVUsSUFBSSxNQUFNLEVBQUMsSUFDN0MsRUFBQyxLQUFLLElBQUksT0FBTSxDQUFDO1FBRXZCO1FBQ0EsaUJBQWlCO1FBQ2pCLFFBQVEsSUFBSTtRQUNaLFdBQVc7UUFDWDtRQUNBLFFBQVEsSUFBSSxVQUFVO1FBQ3RCLFlBQVksVUFBQTtRQUNaLGVBQWUsSUFBSSxlQUFlLEtBQUssS0FBSyxNQUFNLEtBQUs7UUFDdkQsWUFBVyxHQUFBLFVBQUE7UUFDWCxNQUFNLEtBQUs7UUFDWCxNQUFNOztBQUdSLFVBQUk7QUFDSixVQUFJO0FBQ0YsYUFBSyxjQUFjLElBQUksR0FBRztBQUMxQixTQUFBLEdBQUEsV0FBQSxzQkFBcUIsU0FBUztBQUM5QixZQUFJLFNBQVMsS0FBSyxLQUFLLEtBQUssUUFBUTtBQUVwQyxjQUFNLGVBQWUsSUFBSSxTQUFRO0FBQ2pDLHFCQUFhLEdBQUcsSUFBSSxVQUFVLFFBQUEsUUFBRSxLQUFLLENBQUMsVUFBVSxZQUFZO0FBRTVELFlBQUksS0FBSyxLQUFLLEtBQUs7QUFBUyx1QkFBYSxLQUFLLEtBQUssS0FBSyxRQUFRLFlBQVksR0FBRztBQUUvRSxjQUFNLGVBQWUsSUFBSSxTQUFTLEdBQUcsUUFBQSxRQUFFLElBQUksSUFBSSxHQUFHLFFBQUEsUUFBRSxLQUFLLElBQUksVUFBVTtBQUN2RSxjQUFNLFdBQWdDLGFBQWEsTUFBTSxLQUFLLE1BQU0sSUFBRyxDQUFFO0FBQ3pFLGFBQUssTUFBTSxNQUFNLGNBQWMsRUFBQyxLQUFLLFNBQVEsQ0FBQztBQUU5QyxpQkFBUyxTQUFTO0FBQ2xCLGlCQUFTLFNBQVMsSUFBSTtBQUN0QixpQkFBUyxZQUFZO0FBQ3JCLFlBQUksSUFBSTtBQUFTLG1CQUFtQyxTQUFTO0FBQzdELFlBQUksS0FBSyxLQUFLLEtBQUssV0FBVyxNQUFNO0FBQ2xDLG1CQUFTLFNBQVMsRUFBQyxjQUFjLGNBQWMsYUFBYSxJQUFJLFFBQU87UUFDekU7QUFDQSxZQUFJLEtBQUssS0FBSyxhQUFhO0FBQ3pCLGdCQUFNLEVBQUMsT0FBTyxNQUFLLElBQUk7QUFDdkIsbUJBQVMsWUFBWTtZQUNuQixPQUFPLGlCQUFpQixVQUFBLE9BQU8sU0FBWTtZQUMzQyxPQUFPLGlCQUFpQixVQUFBLE9BQU8sU0FBWTtZQUMzQyxjQUFjLGlCQUFpQixVQUFBO1lBQy9CLGNBQWMsaUJBQWlCLFVBQUE7O0FBRWpDLGNBQUksU0FBUztBQUFRLHFCQUFTLE9BQU8sYUFBWSxHQUFBLFVBQUEsV0FBVSxTQUFTLFNBQVM7UUFDL0U7QUFDQSxZQUFJLFdBQVc7QUFDZixlQUFPO01BQ1QsU0FBUyxHQUFHO0FBQ1YsZUFBTyxJQUFJO0FBQ1gsZUFBTyxJQUFJO0FBQ1gsWUFBSTtBQUFZLGVBQUssT0FBTyxNQUFNLDBDQUEwQyxVQUFVO0FBRXRGLGNBQU07TUFDUjtBQUNFLGFBQUssY0FBYyxPQUFPLEdBQUc7TUFDL0I7SUFDRjtBQTVGQSxJQUFBQSxTQUFBLGdCQUFBO0FBOEZBLGFBQWdCLFdBRWQsTUFDQSxRQUNBLEtBQVc7O0FBRVgsYUFBTSxHQUFBLFVBQUEsWUFBVyxLQUFLLEtBQUssYUFBYSxRQUFRLEdBQUc7QUFDbkQsWUFBTSxZQUFZLEtBQUssS0FBSyxHQUFHO0FBQy9CLFVBQUk7QUFBVyxlQUFPO0FBRXRCLFVBQUksT0FBT0MsU0FBUSxLQUFLLE1BQU0sTUFBTSxHQUFHO0FBQ3ZDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGNBQU0sVUFBUyxLQUFBLEtBQUssZUFBUyxRQUFBLE9BQUEsU0FBQSxTQUFBLEdBQUcsR0FBRztBQUNuQyxjQUFNLEVBQUMsU0FBUSxJQUFJLEtBQUs7QUFDeEIsWUFBSTtBQUFRLGlCQUFPLElBQUksVUFBVSxFQUFDLFFBQVEsVUFBVSxNQUFNLE9BQU0sQ0FBQztNQUNuRTtBQUVBLFVBQUksU0FBUztBQUFXO0FBQ3hCLGFBQVEsS0FBSyxLQUFLLEdBQUcsSUFBSSxnQkFBZ0IsS0FBSyxNQUFNLElBQUk7SUFDMUQ7QUFuQkEsSUFBQUQsU0FBQSxhQUFBO0FBcUJBLGFBQVMsZ0JBQTJCLEtBQWM7QUFDaEQsV0FBSSxHQUFBLFVBQUEsV0FBVSxJQUFJLFFBQVEsS0FBSyxLQUFLLFVBQVU7QUFBRyxlQUFPLElBQUk7QUFDNUQsYUFBTyxJQUFJLFdBQVcsTUFBTSxjQUFjLEtBQUssTUFBTSxHQUFHO0lBQzFEO0FBR0EsYUFBZ0IsbUJBQThCLFFBQWlCO0FBQzdELGlCQUFXLE9BQU8sS0FBSyxlQUFlO0FBQ3BDLFlBQUksY0FBYyxLQUFLLE1BQU07QUFBRyxpQkFBTztNQUN6QztJQUNGO0FBSkEsSUFBQUEsU0FBQSxxQkFBQTtBQU1BLGFBQVMsY0FBYyxJQUFlLElBQWE7QUFDakQsYUFBTyxHQUFHLFdBQVcsR0FBRyxVQUFVLEdBQUcsU0FBUyxHQUFHLFFBQVEsR0FBRyxXQUFXLEdBQUc7SUFDNUU7QUFJQSxhQUFTQyxTQUVQLE1BQ0E7QUFFQSxVQUFJO0FBQ0osYUFBTyxRQUFRLE1BQU0sS0FBSyxLQUFLLEdBQUcsTUFBTTtBQUFVLGNBQU07QUFDeEQsYUFBTyxPQUFPLEtBQUssUUFBUSxHQUFHLEtBQUssY0FBYyxLQUFLLE1BQU0sTUFBTSxHQUFHO0lBQ3ZFO0FBR0EsYUFBZ0IsY0FFZCxNQUNBO0FBRUEsWUFBTSxJQUFJLEtBQUssS0FBSyxZQUFZLE1BQU0sR0FBRztBQUN6QyxZQUFNLFdBQVUsR0FBQSxVQUFBLGNBQWEsS0FBSyxLQUFLLGFBQWEsQ0FBQztBQUNyRCxVQUFJLFVBQVMsR0FBQSxVQUFBLGFBQVksS0FBSyxLQUFLLGFBQWEsS0FBSyxRQUFRLE1BQVM7QUFFdEUsVUFBSSxPQUFPLEtBQUssS0FBSyxNQUFNLEVBQUUsU0FBUyxLQUFLLFlBQVksUUFBUTtBQUM3RCxlQUFPLGVBQWUsS0FBSyxNQUFNLEdBQUcsSUFBSTtNQUMxQztBQUVBLFlBQU0sTUFBSyxHQUFBLFVBQUEsYUFBWSxPQUFPO0FBQzlCLFlBQU0sV0FBVyxLQUFLLEtBQUssRUFBRSxLQUFLLEtBQUssUUFBUSxFQUFFO0FBQ2pELFVBQUksT0FBTyxZQUFZLFVBQVU7QUFDL0IsY0FBTSxNQUFNLGNBQWMsS0FBSyxNQUFNLE1BQU0sUUFBUTtBQUNuRCxZQUFJLFFBQU8sUUFBRyxRQUFILFFBQUcsU0FBQSxTQUFILElBQUssWUFBVztBQUFVO0FBQ3JDLGVBQU8sZUFBZSxLQUFLLE1BQU0sR0FBRyxHQUFHO01BQ3pDO0FBRUEsVUFBSSxRQUFPLGFBQVEsUUFBUixhQUFRLFNBQUEsU0FBUixTQUFVLFlBQVc7QUFBVTtBQUMxQyxVQUFJLENBQUMsU0FBUztBQUFVLHNCQUFjLEtBQUssTUFBTSxRQUFRO0FBQ3pELFVBQUksUUFBTyxHQUFBLFVBQUEsYUFBWSxHQUFHLEdBQUc7QUFDM0IsY0FBTSxFQUFDLE9BQU0sSUFBSTtBQUNqQixjQUFNLEVBQUMsU0FBUSxJQUFJLEtBQUs7QUFDeEIsY0FBTSxRQUFRLE9BQU8sUUFBUTtBQUM3QixZQUFJO0FBQU8sb0JBQVMsR0FBQSxVQUFBLFlBQVcsS0FBSyxLQUFLLGFBQWEsUUFBUSxLQUFLO0FBQ25FLGVBQU8sSUFBSSxVQUFVLEVBQUMsUUFBUSxVQUFVLE1BQU0sT0FBTSxDQUFDO01BQ3ZEO0FBQ0EsYUFBTyxlQUFlLEtBQUssTUFBTSxHQUFHLFFBQVE7SUFDOUM7QUEvQkEsSUFBQUQsU0FBQSxnQkFBQTtBQWlDQSxRQUFNLHVCQUF1QixvQkFBSSxJQUFJO01BQ25DO01BQ0E7TUFDQTtNQUNBO01BQ0E7S0FDRDtBQUVELGFBQVMsZUFFUCxXQUNBLEVBQUMsUUFBUSxRQUFRLEtBQUksR0FBWTs7QUFFakMsWUFBSSxLQUFBLFVBQVUsY0FBUSxRQUFBLE9BQUEsU0FBQSxTQUFBLEdBQUcsQ0FBQyxPQUFNO0FBQUs7QUFDckMsaUJBQVcsUUFBUSxVQUFVLFNBQVMsTUFBTSxDQUFDLEVBQUUsTUFBTSxHQUFHLEdBQUc7QUFDekQsWUFBSSxPQUFPLFdBQVc7QUFBVztBQUNqQyxjQUFNLGFBQWEsUUFBTyxHQUFBLE9BQUEsa0JBQWlCLElBQUksQ0FBQztBQUNoRCxZQUFJLGVBQWU7QUFBVztBQUM5QixpQkFBUztBQUVULGNBQU0sUUFBUSxPQUFPLFdBQVcsWUFBWSxPQUFPLEtBQUssS0FBSyxRQUFRO0FBQ3JFLFlBQUksQ0FBQyxxQkFBcUIsSUFBSSxJQUFJLEtBQUssT0FBTztBQUM1QyxvQkFBUyxHQUFBLFVBQUEsWUFBVyxLQUFLLEtBQUssYUFBYSxRQUFRLEtBQUs7UUFDMUQ7TUFDRjtBQUNBLFVBQUk7QUFDSixVQUFJLE9BQU8sVUFBVSxhQUFhLE9BQU8sUUFBUSxFQUFDLEdBQUEsT0FBQSxzQkFBcUIsUUFBUSxLQUFLLEtBQUssR0FBRztBQUMxRixjQUFNLFFBQU8sR0FBQSxVQUFBLFlBQVcsS0FBSyxLQUFLLGFBQWEsUUFBUSxPQUFPLElBQUk7QUFDbEUsY0FBTSxjQUFjLEtBQUssTUFBTSxNQUFNLElBQUk7TUFDM0M7QUFHQSxZQUFNLEVBQUMsU0FBUSxJQUFJLEtBQUs7QUFDeEIsWUFBTSxPQUFPLElBQUksVUFBVSxFQUFDLFFBQVEsVUFBVSxNQUFNLE9BQU0sQ0FBQztBQUMzRCxVQUFJLElBQUksV0FBVyxJQUFJLEtBQUs7QUFBUSxlQUFPO0FBQzNDLGFBQU87SUFDVDs7Ozs7QUNuVUE7QUFBQSx5Q0FBQUUsVUFBQUMsU0FBQTtBQUFBLElBQUFBLFFBQUE7QUFBQSxNQUNFLEtBQU87QUFBQSxNQUNQLGFBQWU7QUFBQSxNQUNmLE1BQVE7QUFBQSxNQUNSLFVBQVksQ0FBQyxPQUFPO0FBQUEsTUFDcEIsWUFBYztBQUFBLFFBQ1osT0FBUztBQUFBLFVBQ1AsTUFBUTtBQUFBLFVBQ1IsT0FBUyxDQUFDLEVBQUMsUUFBVSx3QkFBdUIsR0FBRyxFQUFDLFFBQVUsZUFBYyxDQUFDO0FBQUEsUUFDM0U7QUFBQSxNQUNGO0FBQUEsTUFDQSxzQkFBd0I7QUFBQSxJQUMxQjtBQUFBO0FBQUE7OztBQ1pBO0FBQUEsdUNBQUFDLFVBQUFDLFNBQUE7QUFBQTtBQUdBLFFBQU0sU0FBUyxPQUFPLFVBQVUsS0FBSyxLQUFLLDZEQUE2RDtBQUd2RyxRQUFNLFNBQVMsT0FBTyxVQUFVLEtBQUssS0FBSywwRkFBMEY7QUFHcEksUUFBTSxTQUFTLE9BQU8sVUFBVSxLQUFLLEtBQUssUUFBUTtBQUdsRCxRQUFNLFlBQVksT0FBTyxVQUFVLEtBQUssS0FBSyxnQkFBZ0I7QUFHN0QsUUFBTSxlQUFlLE9BQU8sVUFBVSxLQUFLLEtBQUssa0JBQWtCO0FBR2xFLFFBQU0sa0JBQWtCLE9BQU8sVUFBVSxLQUFLLEtBQUssbUNBQW1DO0FBR3RGLFFBQU0sMkJBQTJCLE9BQU8sVUFBVSxLQUFLLEtBQUssb0NBQW9DO0FBR2hHLFFBQU0sc0JBQXNCLE9BQU8sVUFBVSxLQUFLLEtBQUssaUNBQWlDO0FBRXhGLFFBQU0sV0FBVyxJQUFJLE1BQU0sR0FBRztBQUM5QjtBQUNFLFlBQU0sYUFBYTtBQUNuQixlQUFTLElBQUksR0FBRyxJQUFJLEtBQUssS0FBSztBQUM1QixpQkFBUyxDQUFDLElBQUksTUFBTSxXQUFXLEtBQUssQ0FBQyxJQUFJLFdBQVcsSUFBSSxFQUFHO0FBQUEsTUFDN0Q7QUFBQSxJQUNGO0FBQ0EsYUFBUyxzQkFBdUIsSUFBSTtBQUNsQyxVQUFJLEtBQUssTUFBTztBQUNkLGVBQU8sU0FBUyxNQUFRLE1BQU0sQ0FBRSxJQUN6QixTQUFTLE1BQVEsS0FBSyxFQUFLO0FBQUEsTUFDcEM7QUFDQSxVQUFJLEtBQUssT0FBUztBQUNoQixlQUFPLFNBQVMsTUFBUSxNQUFNLEVBQUcsSUFDMUIsU0FBUyxNQUFTLE1BQU0sSUFBSyxFQUFLLElBQ2xDLFNBQVMsTUFBUSxLQUFLLEVBQUs7QUFBQSxNQUNwQztBQUNBLGFBQU8sU0FBUyxNQUFRLE1BQU0sRUFBRyxJQUMxQixTQUFTLE1BQVMsTUFBTSxLQUFNLEVBQUssSUFDbkMsU0FBUyxNQUFTLE1BQU0sSUFBSyxFQUFLLElBQ2xDLFNBQVMsTUFBUSxLQUFLLEVBQUs7QUFBQSxJQUNwQztBQU1BLGFBQVMseUJBQTBCLE9BQU87QUFDeEMsVUFBSSxNQUFNO0FBQ1YsVUFBSSxPQUFPO0FBQ1gsVUFBSSxJQUFJO0FBRVIsV0FBSyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNqQyxlQUFPLE1BQU0sQ0FBQyxFQUFFLFdBQVcsQ0FBQztBQUM1QixZQUFJLFNBQVMsSUFBSTtBQUNmO0FBQUEsUUFDRjtBQUNBLFlBQUksRUFBRyxRQUFRLE1BQU0sUUFBUSxNQUFRLFFBQVEsTUFBTSxRQUFRLE1BQVEsUUFBUSxNQUFNLFFBQVEsTUFBTztBQUM5RixpQkFBTztBQUFBLFFBQ1Q7QUFDQSxlQUFPLE1BQU0sQ0FBQztBQUNkO0FBQUEsTUFDRjtBQUVBLFdBQUssS0FBSyxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDbEMsZUFBTyxNQUFNLENBQUMsRUFBRSxXQUFXLENBQUM7QUFDNUIsWUFBSSxFQUFHLFFBQVEsTUFBTSxRQUFRLE1BQVEsUUFBUSxNQUFNLFFBQVEsTUFBUSxRQUFRLE1BQU0sUUFBUSxNQUFPO0FBQzlGLGlCQUFPO0FBQUEsUUFDVDtBQUNBLGVBQU8sTUFBTSxDQUFDO0FBQUEsTUFDaEI7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUdBLFFBQU0sV0FBVyxPQUFPLFVBQVUsS0FBSyxLQUFLLG1CQUFtQjtBQUcvRCxRQUFNLGNBQWMsT0FBTyxVQUFVLEtBQUssS0FBSyxpREFBaUQ7QUFHaEcsUUFBTSxrQkFBa0IsT0FBTyxVQUFVLEtBQUssS0FBSyxtQkFBbUI7QUFNdEUsUUFBTSxrQkFBa0IsT0FBTyxVQUFVLEtBQUssS0FBSyw2QkFBNkI7QUFNaEYsYUFBUyxpQkFBa0IsTUFBTTtBQUMvQixVQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFFOUIsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFJLGdCQUFnQixLQUFLLENBQUMsQ0FBQyxFQUFHO0FBQzlCLFlBQUksS0FBSyxDQUFDLE1BQU0sT0FBTyxJQUFJLElBQUksS0FBSyxVQUFVLFVBQVUsS0FBSyxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsQ0FBQyxHQUFHO0FBQ2pGLGVBQUs7QUFDTDtBQUFBLFFBQ0Y7QUFDQSxlQUFPO0FBQUEsTUFDVDtBQUVBLGFBQU87QUFBQSxJQUNUO0FBU0EsYUFBUyxvQkFBcUIsU0FBUztBQUNyQyxVQUFJLFlBQVk7QUFDaEIsVUFBSSxhQUFhO0FBQ2pCLFVBQUksV0FBVztBQUNmLFVBQUksWUFBWTtBQUNoQixlQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsUUFBUSxLQUFLO0FBQ3ZDLFlBQUksUUFBUSxDQUFDLE1BQU0sS0FBSztBQUN0QixjQUFJLGFBQWEsR0FBSSxZQUFXO0FBQ2hDO0FBQ0EsY0FBSSxZQUFZLFlBQVk7QUFDMUIseUJBQWE7QUFDYix3QkFBWTtBQUFBLFVBQ2Q7QUFBQSxRQUNGLE9BQU87QUFDTCxxQkFBVztBQUNYLHNCQUFZO0FBQUEsUUFDZDtBQUFBLE1BQ0Y7QUFFQSxVQUFJLGFBQWEsRUFBRyxRQUFPLFFBQVEsS0FBSyxHQUFHO0FBRTNDLFlBQU0sT0FBTyxRQUFRLE1BQU0sR0FBRyxTQUFTLEVBQUUsS0FBSyxHQUFHO0FBQ2pELFlBQU0sT0FBTyxRQUFRLE1BQU0sWUFBWSxVQUFVLEVBQUUsS0FBSyxHQUFHO0FBQzNELGFBQU8sT0FBTyxPQUFPO0FBQUEsSUFDdkI7QUFVQSxhQUFTLHFCQUFzQixPQUFPO0FBQ3BDLFlBQU0sY0FBYyxNQUFNLFFBQVEsSUFBSTtBQUN0QyxVQUFJLGdCQUFnQixNQUFNLE1BQU0sUUFBUSxNQUFNLGNBQWMsQ0FBQyxNQUFNLEdBQUksUUFBTztBQUU5RSxZQUFNLE9BQU8sZ0JBQWdCLEtBQUssTUFBTSxNQUFNLEdBQUcsSUFBSSxNQUFNLE1BQU0sR0FBRyxXQUFXLEVBQUUsTUFBTSxHQUFHO0FBQzFGLFlBQU0sUUFBUSxnQkFBZ0IsS0FBSyxDQUFDLElBQUksTUFBTSxNQUFNLGNBQWMsQ0FBQyxFQUFFLE1BQU0sR0FBRztBQUM5RSxVQUFJLGdCQUFnQixJQUFJO0FBQ3RCLFlBQUksS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLE1BQU0sR0FBSSxNQUFLLFNBQVM7QUFDdkQsWUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLENBQUMsTUFBTSxHQUFJLE9BQU0sU0FBUztBQUFBLE1BQzVEO0FBRUEsWUFBTSxRQUFRLEtBQUssT0FBTyxLQUFLO0FBQy9CLFVBQUksY0FBYztBQUNsQixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGNBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsWUFBSSxTQUFTLEdBQUksUUFBTztBQUV4QixZQUFJLEtBQUssUUFBUSxHQUFHLE1BQU0sSUFBSTtBQUM1QixjQUFJLE1BQU0sTUFBTSxTQUFTLEtBQU0sZ0JBQWdCLE1BQU0sTUFBTSxXQUFXLEtBQU0sQ0FBQyxPQUFPLElBQUksRUFBRyxRQUFPO0FBQ2xHLHlCQUFlO0FBQ2Y7QUFBQSxRQUNGO0FBRUEsWUFBSSxDQUFDLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDNUIsY0FBTSxDQUFDLElBQUksU0FBUyxNQUFNLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDekM7QUFBQSxNQUNGO0FBRUEsVUFBSSxnQkFBZ0IsSUFBSTtBQUN0QixZQUFJLGdCQUFnQixFQUFHLFFBQU87QUFDOUIsZUFBTyxvQkFBb0IsS0FBSztBQUFBLE1BQ2xDO0FBQ0EsVUFBSSxlQUFlLEVBQUcsUUFBTztBQUc3QixZQUFNLFdBQVcsTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNO0FBQzNDLGVBQVMsSUFBSSxhQUFhLElBQUksR0FBRyxJQUFLLFVBQVMsS0FBSyxHQUFHO0FBQ3ZELGVBQVMsSUFBSSxLQUFLLFFBQVEsSUFBSSxNQUFNLFFBQVEsSUFBSyxVQUFTLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDdkUsYUFBTyxvQkFBb0IsUUFBUTtBQUFBLElBQ3JDO0FBbUJBLGFBQVMsY0FBZSxNQUFNO0FBQzVCLFlBQU0sWUFBWSxLQUFLLENBQUMsTUFBTSxPQUFPLEtBQUssS0FBSyxTQUFTLENBQUMsTUFBTTtBQUMvRCxZQUFNLGFBQWEsS0FBSyxDQUFDLE1BQU0sT0FBTyxLQUFLLEtBQUssU0FBUyxDQUFDLE1BQU07QUFDaEUsVUFBSSxjQUFjLENBQUMsVUFBVyxRQUFPLEVBQUUsTUFBTSxRQUFRLE9BQU8sT0FBTyxLQUFLO0FBRXhFLFVBQUksUUFBUSxZQUFZLEtBQUssTUFBTSxHQUFHLEVBQUUsSUFBSTtBQUM1QyxVQUFJLGFBQWEsWUFBWSxLQUFLLEdBQUc7QUFDbkMsZ0JBQVEsTUFBTSxZQUFZO0FBQzFCLGVBQU8sRUFBRSxNQUFNLElBQUksS0FBSyxLQUFLLGFBQWEsT0FBTyxRQUFRLE9BQU8sYUFBYSxLQUFLO0FBQUEsTUFDcEY7QUFFQSxVQUFJLFVBQVUsT0FBTyxHQUFHLElBQUksR0FBRztBQUM3QixlQUFPLEVBQUUsTUFBTSxRQUFRLE9BQU8sT0FBTyxVQUFVO0FBQUEsTUFDakQ7QUFFQSxVQUFJLGlCQUFpQjtBQUNyQixZQUFNLGdCQUFnQixNQUFNLFFBQVEsR0FBRztBQUN2QyxVQUFJLGtCQUFrQixJQUFJO0FBQ3hCLGNBQU0sa0JBQWtCLE1BQU0sTUFBTSxlQUFlLGdCQUFnQixDQUFDLEVBQUUsWUFBWSxNQUFNLFFBQVEsSUFBSTtBQUNwRyx5QkFBaUIsTUFBTSxNQUFNLGdCQUFnQixlQUFlO0FBQzVELFlBQUksQ0FBQyxpQkFBaUIsY0FBYyxFQUFHLFFBQU8sRUFBRSxNQUFNLFFBQVEsT0FBTyxPQUFPLEtBQUs7QUFDakYsZ0JBQVEsTUFBTSxNQUFNLEdBQUcsYUFBYTtBQUFBLE1BQ3RDO0FBRUEsWUFBTSxVQUFVLHFCQUFxQixLQUFLO0FBQzFDLFVBQUksWUFBWSxPQUFXLFFBQU8sRUFBRSxNQUFNLFFBQVEsT0FBTyxPQUFPLEtBQUs7QUFFckUsYUFBTztBQUFBLFFBQ0wsTUFBTSxXQUFXLGlCQUFpQixNQUFNLGlCQUFpQjtBQUFBLFFBQ3pELGFBQWEsV0FBVyxpQkFBaUIsUUFBUSxpQkFBaUI7QUFBQSxRQUNsRSxRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFPQSxhQUFTLFVBQVcsS0FBSyxPQUFPO0FBQzlCLFVBQUksTUFBTTtBQUNWLGVBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxRQUFRLEtBQUs7QUFDbkMsWUFBSSxJQUFJLENBQUMsTUFBTSxNQUFPO0FBQUEsTUFDeEI7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQVFBLGFBQVMsa0JBQW1CLE1BQU07QUFDaEMsVUFBSSxRQUFRO0FBQ1osWUFBTSxTQUFTLENBQUM7QUFDaEIsVUFBSSxZQUFZO0FBQ2hCLFVBQUksTUFBTTtBQUdWLGFBQU8sTUFBTSxNQUFNLFFBQVE7QUFDekIsWUFBSSxRQUFRLEdBQUc7QUFDYixjQUFJLFVBQVUsS0FBSztBQUNqQjtBQUFBLFVBQ0YsV0FBVyxVQUFVLEtBQUs7QUFDeEIsbUJBQU8sS0FBSyxHQUFHO0FBQ2Y7QUFBQSxVQUNGLE9BQU87QUFDTCxtQkFBTyxLQUFLLEtBQUs7QUFDakI7QUFBQSxVQUNGO0FBQUEsUUFDRixXQUFXLFFBQVEsR0FBRztBQUNwQixjQUFJLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDcEIsZ0JBQUksTUFBTSxDQUFDLE1BQU0sS0FBSztBQUNwQjtBQUFBLFlBQ0YsV0FBVyxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQzNCLHNCQUFRLE1BQU0sTUFBTSxDQUFDO0FBQ3JCO0FBQUEsWUFDRjtBQUFBLFVBQ0YsV0FBVyxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQzNCLGdCQUFJLE1BQU0sQ0FBQyxNQUFNLE9BQU8sTUFBTSxDQUFDLE1BQU0sS0FBSztBQUN4QyxxQkFBTyxLQUFLLEdBQUc7QUFDZjtBQUFBLFlBQ0Y7QUFBQSxVQUNGO0FBQUEsUUFDRixXQUFXLFFBQVEsR0FBRztBQUNwQixjQUFJLFVBQVUsT0FBTztBQUNuQixnQkFBSSxPQUFPLFdBQVcsR0FBRztBQUN2QixxQkFBTyxJQUFJO0FBQUEsWUFDYjtBQUNBLG1CQUFPLEtBQUssR0FBRztBQUNmO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxZQUFJLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDcEIsY0FBSSxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQ3BCLGdCQUFJLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDcEIsc0JBQVEsTUFBTSxNQUFNLENBQUM7QUFDckI7QUFBQSxZQUNGO0FBQUEsVUFDRixXQUFXLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDM0Isb0JBQVEsTUFBTSxNQUFNLENBQUM7QUFDckI7QUFBQSxVQUNGO0FBQUEsUUFDRixXQUFXLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDM0IsY0FBSSxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQ3BCLGdCQUFJLE1BQU0sQ0FBQyxNQUFNLEtBQUs7QUFDcEIsc0JBQVEsTUFBTSxNQUFNLENBQUM7QUFDckI7QUFBQSxZQUNGLFdBQVcsTUFBTSxDQUFDLE1BQU0sS0FBSztBQUMzQixrQkFBSSxNQUFNLENBQUMsTUFBTSxLQUFLO0FBQ3BCLHdCQUFRLE1BQU0sTUFBTSxDQUFDO0FBQ3JCLG9CQUFJLE9BQU8sV0FBVyxHQUFHO0FBQ3ZCLHlCQUFPLElBQUk7QUFBQSxnQkFDYjtBQUNBO0FBQUEsY0FDRjtBQUFBLFlBQ0Y7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUdBLGFBQUssWUFBWSxNQUFNLFFBQVEsS0FBSyxDQUFDLE9BQU8sSUFBSTtBQUM5QyxpQkFBTyxLQUFLLEtBQUs7QUFDakI7QUFBQSxRQUNGLE9BQU87QUFDTCxpQkFBTyxLQUFLLE1BQU0sTUFBTSxHQUFHLFNBQVMsQ0FBQztBQUNyQyxrQkFBUSxNQUFNLE1BQU0sU0FBUztBQUFBLFFBQy9CO0FBQUEsTUFDRjtBQUVBLGFBQU8sT0FBTyxLQUFLLEVBQUU7QUFBQSxJQUN2QjtBQWFBLGFBQVMsMEJBQTJCLE1BQU07QUFDeEMsVUFBSSxTQUFTLE1BQU0sS0FBSyxDQUFDLE1BQU0sS0FBSztBQUNsQyxlQUFPLGtCQUFrQixJQUFJO0FBQUEsTUFDL0I7QUFFQSxZQUFNLFdBQVcsS0FBSyxNQUFNLEdBQUc7QUFDL0IsWUFBTSxPQUFPLFNBQVMsU0FBUztBQUUvQixZQUFNLFNBQVMsQ0FBQztBQUNoQixVQUFJLG9CQUFvQjtBQUV4QixlQUFTLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSztBQUM5QixjQUFNLFVBQVUsU0FBUyxDQUFDO0FBQzFCLFlBQUksWUFBWSxPQUFPLFlBQVksTUFBTTtBQUN2QyxjQUFJLFlBQVksTUFBTTtBQUNwQixnQkFBSSxPQUFPLFdBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLE1BQU0sTUFBTTtBQUM3RCxxQkFBTyxJQUFJO0FBQUEsWUFDYixPQUFPO0FBQ0wscUJBQU8sS0FBSyxJQUFJO0FBQUEsWUFDbEI7QUFBQSxVQUNGO0FBQ0EsOEJBQW9CLE1BQU07QUFBQSxRQUM1QixPQUFPO0FBQ0wsaUJBQU8sS0FBSyxPQUFPO0FBQUEsUUFDckI7QUFBQSxNQUNGO0FBRUEsVUFBSSxxQkFBcUIsT0FBTyxPQUFPLFNBQVMsQ0FBQyxNQUFNLE1BQU07QUFDM0QsZUFBTyxLQUFLLEVBQUU7QUFBQSxNQUNoQjtBQUNBLFVBQUksT0FBTyxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sTUFBTSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUl0RSxlQUFPLFFBQVEsR0FBRztBQUFBLE1BQ3BCO0FBRUEsYUFBTyxPQUFPLEtBQUssR0FBRztBQUFBLElBQ3hCO0FBWUEsUUFBTSxjQUFjLEVBQUUsS0FBSyxPQUFPLEtBQUssT0FBTyxLQUFLLE9BQU8sS0FBSyxPQUFPLEtBQUssTUFBTTtBQUNqRixRQUFNLGdCQUFnQjtBQUN0QixRQUFNLHlCQUF5QjtBQUUvQixhQUFTLHVCQUF3QixNQUFNLE1BQU07QUFDM0MsWUFBTSxLQUFLLE9BQU8seUJBQXlCO0FBQzNDLFNBQUcsWUFBWTtBQUNmLGFBQU8sS0FBSyxRQUFRLElBQUksQ0FBQyxPQUFPLFlBQVksRUFBRSxDQUFDO0FBQUEsSUFDakQ7QUFVQSxhQUFTLHlCQUEwQixPQUFPLG1CQUFtQixPQUFPO0FBQ2xFLFVBQUksTUFBTSxRQUFRLEdBQUcsTUFBTSxJQUFJO0FBQzdCLGVBQU87QUFBQSxNQUNUO0FBRUEsVUFBSSxTQUFTO0FBRWIsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxZQUFJLE1BQU0sQ0FBQyxNQUFNLE9BQU8sSUFBSSxJQUFJLE1BQU0sUUFBUTtBQUM1QyxnQkFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDO0FBQ3BDLGNBQUksVUFBVSxHQUFHLEdBQUc7QUFDbEIsa0JBQU0sZ0JBQWdCLElBQUksWUFBWTtBQUN0QyxrQkFBTSxVQUFVLE9BQU8sYUFBYSxTQUFTLGVBQWUsRUFBRSxDQUFDO0FBRS9ELGdCQUFJLG9CQUFvQixhQUFhLE9BQU8sR0FBRztBQUM3Qyx3QkFBVTtBQUFBLFlBQ1osT0FBTztBQUNMLHdCQUFVLE1BQU07QUFBQSxZQUNsQjtBQUVBLGlCQUFLO0FBQ0w7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUVBLGtCQUFVLE1BQU0sQ0FBQztBQUFBLE1BQ25CO0FBRUEsYUFBTztBQUFBLElBQ1Q7QUFVQSxhQUFTLHNCQUF1QixPQUFPO0FBQ3JDLFVBQUksU0FBUztBQUViLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsY0FBTSxLQUFLLE1BQU0sQ0FBQztBQUNsQixZQUFJLE9BQU8sT0FBTyxJQUFJLElBQUksTUFBTSxRQUFRO0FBQ3RDLGdCQUFNLE1BQU0sTUFBTSxNQUFNLElBQUksR0FBRyxJQUFJLENBQUM7QUFDcEMsY0FBSSxVQUFVLEdBQUcsR0FBRztBQUNsQixrQkFBTSxnQkFBZ0IsSUFBSSxZQUFZO0FBQ3RDLGtCQUFNLFVBQVUsT0FBTyxhQUFhLFNBQVMsZUFBZSxFQUFFLENBQUM7QUFFL0QsZ0JBQUksWUFBWSxPQUFPLGFBQWEsT0FBTyxHQUFHO0FBQzVDLHdCQUFVO0FBQUEsWUFDWixPQUFPO0FBQ0wsd0JBQVUsTUFBTTtBQUFBLFlBQ2xCO0FBRUEsaUJBQUs7QUFDTDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBRUEsWUFBSSxnQkFBZ0IsRUFBRSxHQUFHO0FBQ3ZCLG9CQUFVO0FBQUEsUUFDWixPQUFPO0FBQ0wsZ0JBQU0sT0FBTyxNQUFNLFdBQVcsQ0FBQztBQUMvQixjQUFJLE9BQU8sS0FBTTtBQUNmLHNCQUFVLGFBQWEsSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJO0FBQUEsVUFDbkQsV0FBVyxPQUFPLFNBQVUsT0FBTyxPQUFRO0FBQ3pDLHNCQUFVLHNCQUFzQixJQUFJO0FBQUEsVUFDdEMsV0FBVyxRQUFRLFNBQVUsSUFBSSxJQUFJLE1BQU0sUUFBUTtBQUNqRCxrQkFBTSxNQUFNLE1BQU0sV0FBVyxJQUFJLENBQUM7QUFDbEMsZ0JBQUksT0FBTyxTQUFVLE9BQU8sT0FBUTtBQUNsQyx3QkFBVSxzQkFBc0IsU0FBWSxPQUFPLFNBQVcsT0FBTyxNQUFNLE1BQU87QUFDbEY7QUFBQSxZQUNGLE9BQU87QUFDTCx3QkFBVSxzQkFBc0IsS0FBTTtBQUFBLFlBQ3hDO0FBQUEsVUFDRixPQUFPO0FBQ0wsc0JBQVUsc0JBQXNCLEtBQU07QUFBQSxVQUN4QztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBRUEsYUFBTztBQUFBLElBQ1Q7QUFZQSxhQUFTLHNCQUF1QixPQUFPLGVBQWUsT0FBTztBQUMzRCxVQUFJLFNBQVM7QUFDYixVQUFJLGVBQWUsZ0JBQWdCLE1BQU0sQ0FBQyxNQUFNO0FBRWhELGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsY0FBTSxLQUFLLE1BQU0sQ0FBQztBQUNsQixZQUFJLE9BQU8sT0FBTyxJQUFJLElBQUksTUFBTSxRQUFRO0FBQ3RDLGdCQUFNLE1BQU0sTUFBTSxNQUFNLElBQUksR0FBRyxJQUFJLENBQUM7QUFDcEMsY0FBSSxVQUFVLEdBQUcsR0FBRztBQUNsQixzQkFBVSxNQUFNLElBQUksWUFBWTtBQUNoQyxpQkFBSztBQUNMO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFFQSxZQUFJLE9BQU8sS0FBSztBQUNkLHlCQUFlO0FBQUEsUUFDakI7QUFFQSxZQUFJLGdCQUFnQixFQUFFLE1BQU0sT0FBTyxPQUFPLENBQUMsZUFBZTtBQUN4RCxvQkFBVTtBQUFBLFFBQ1osT0FBTztBQUNMLGdCQUFNLE9BQU8sTUFBTSxXQUFXLENBQUM7QUFDL0IsY0FBSSxPQUFPLEtBQU07QUFDZixzQkFBVSxTQUFTLElBQUk7QUFBQSxVQUN6QixXQUFXLE9BQU8sU0FBVSxPQUFPLE9BQVE7QUFDekMsc0JBQVUsc0JBQXNCLElBQUk7QUFBQSxVQUN0QyxXQUFXLFFBQVEsU0FBVSxJQUFJLElBQUksTUFBTSxRQUFRO0FBQ2pELGtCQUFNLE1BQU0sTUFBTSxXQUFXLElBQUksQ0FBQztBQUNsQyxnQkFBSSxPQUFPLFNBQVUsT0FBTyxPQUFRO0FBQ2xDLHdCQUFVLHNCQUFzQixTQUFZLE9BQU8sU0FBVyxPQUFPLE1BQU0sTUFBTztBQUNsRjtBQUFBLFlBQ0YsT0FBTztBQUNMLHdCQUFVLHNCQUFzQixLQUFNO0FBQUEsWUFDeEM7QUFBQSxVQUNGLE9BQU87QUFDTCxzQkFBVSxzQkFBc0IsS0FBTTtBQUFBLFVBQ3hDO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFFQSxhQUFPO0FBQUEsSUFDVDtBQVVBLGFBQVMsZ0JBQWlCLE9BQU8sV0FBVztBQUMxQyxVQUFJLFNBQVM7QUFFYixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGNBQU0sS0FBSyxNQUFNLENBQUM7QUFDbEIsWUFBSSxPQUFPLE9BQU8sSUFBSSxJQUFJLE1BQU0sUUFBUTtBQUN0QyxnQkFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDO0FBQ3BDLGNBQUksVUFBVSxHQUFHLEdBQUc7QUFDbEIsc0JBQVUsTUFBTSxJQUFJLFlBQVk7QUFDaEMsaUJBQUs7QUFDTDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBRUEsWUFBSSxVQUFVLEVBQUUsR0FBRztBQUNqQixvQkFBVTtBQUFBLFFBQ1osT0FBTztBQUNMLGdCQUFNLE9BQU8sTUFBTSxXQUFXLENBQUM7QUFDL0IsY0FBSSxPQUFPLEtBQU07QUFDZixzQkFBVSxTQUFTLElBQUk7QUFBQSxVQUN6QixXQUFXLE9BQU8sU0FBVSxPQUFPLE9BQVE7QUFDekMsc0JBQVUsc0JBQXNCLElBQUk7QUFBQSxVQUN0QyxXQUFXLFFBQVEsU0FBVSxJQUFJLElBQUksTUFBTSxRQUFRO0FBQ2pELGtCQUFNLE1BQU0sTUFBTSxXQUFXLElBQUksQ0FBQztBQUNsQyxnQkFBSSxPQUFPLFNBQVUsT0FBTyxPQUFRO0FBQ2xDLHdCQUFVLHNCQUFzQixTQUFZLE9BQU8sU0FBVyxPQUFPLE1BQU0sTUFBTztBQUNsRjtBQUFBLFlBQ0YsT0FBTztBQUNMLHdCQUFVLHNCQUFzQixLQUFNO0FBQUEsWUFDeEM7QUFBQSxVQUNGLE9BQU87QUFDTCxzQkFBVSxzQkFBc0IsS0FBTTtBQUFBLFVBQ3hDO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFFQSxhQUFPO0FBQUEsSUFDVDtBQVNBLGFBQVMsZUFBZ0IsT0FBTztBQUM5QixhQUFPLGdCQUFnQixPQUFPLG1CQUFtQjtBQUFBLElBQ25EO0FBU0EsYUFBUyxZQUFhLE9BQU87QUFDM0IsYUFBTyxnQkFBZ0IsT0FBTyx3QkFBd0I7QUFBQSxJQUN4RDtBQVFBLGFBQVMsZUFBZ0IsT0FBTztBQUM5QixhQUFPLGdCQUFnQixPQUFPLHdCQUF3QjtBQUFBLElBQ3hEO0FBRUEsYUFBUyxhQUFjLElBQUk7QUFDekIsYUFDRyxNQUFNLE1BQVEsTUFBTSxNQUNwQixNQUFNLE1BQVEsTUFBTSxNQUNwQixNQUFNLE1BQVEsTUFBTSxPQUNyQixPQUFPLE1BQVEsT0FBTyxNQUFRLE9BQU8sTUFBUSxPQUFPLE1BQ3BELE9BQU8sTUFBUSxPQUFPLE1BQVEsT0FBTztBQUFBLElBRXpDO0FBWUEsYUFBUywrQkFBZ0MsT0FBTztBQUM5QyxVQUFJLFNBQVM7QUFFYixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGNBQU0sS0FBSyxNQUFNLENBQUM7QUFDbEIsWUFBSSxPQUFPLE9BQU8sSUFBSSxJQUFJLE1BQU0sUUFBUTtBQUN0QyxnQkFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDO0FBQ3BDLGNBQUksVUFBVSxHQUFHLEdBQUc7QUFDbEIsa0JBQU0sZ0JBQWdCLElBQUksWUFBWTtBQUN0QyxrQkFBTSxVQUFVLE9BQU8sYUFBYSxTQUFTLGVBQWUsRUFBRSxDQUFDO0FBRS9ELGdCQUFJLGFBQWEsT0FBTyxHQUFHO0FBQ3pCLHdCQUFVO0FBQUEsWUFDWixPQUFPO0FBQ0wsd0JBQVUsTUFBTTtBQUFBLFlBQ2xCO0FBRUEsaUJBQUs7QUFDTDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBRUEsWUFBSSx5QkFBeUIsRUFBRSxHQUFHO0FBQ2hDLG9CQUFVO0FBQUEsUUFDWixPQUFPO0FBQ0wsZ0JBQU0sT0FBTyxNQUFNLFdBQVcsQ0FBQztBQUMvQixjQUFJLE9BQU8sS0FBTTtBQUNmLHNCQUFVLGFBQWEsSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJO0FBQUEsVUFDbkQsV0FBVyxPQUFPLFNBQVUsT0FBTyxPQUFRO0FBQ3pDLHNCQUFVLHNCQUFzQixJQUFJO0FBQUEsVUFDdEMsV0FBVyxRQUFRLFNBQVUsSUFBSSxJQUFJLE1BQU0sUUFBUTtBQUNqRCxrQkFBTSxNQUFNLE1BQU0sV0FBVyxJQUFJLENBQUM7QUFDbEMsZ0JBQUksT0FBTyxTQUFVLE9BQU8sT0FBUTtBQUNsQyx3QkFBVSxzQkFBc0IsU0FBWSxPQUFPLFNBQVcsT0FBTyxNQUFNLE1BQU87QUFDbEY7QUFBQSxZQUNGLE9BQU87QUFDTCx3QkFBVSxzQkFBc0IsS0FBTTtBQUFBLFlBQ3hDO0FBQUEsVUFDRixPQUFPO0FBQ0wsc0JBQVUsc0JBQXNCLEtBQU07QUFBQSxVQUN4QztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBRUEsYUFBTztBQUFBLElBQ1Q7QUFRQSxhQUFTLHdCQUF5QixPQUFPO0FBQ3ZDLFVBQUksU0FBUztBQUViLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsWUFBSSxNQUFNLENBQUMsTUFBTSxPQUFPLElBQUksSUFBSSxNQUFNLFFBQVE7QUFDNUMsZ0JBQU0sTUFBTSxNQUFNLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQztBQUNwQyxjQUFJLFVBQVUsR0FBRyxHQUFHO0FBQ2xCLHNCQUFVLE1BQU0sSUFBSSxZQUFZO0FBQ2hDLGlCQUFLO0FBQ0w7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUVBLGtCQUFVLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxNQUMzQjtBQUVBLGFBQU87QUFBQSxJQUNUO0FBTUEsYUFBUyxtQkFBb0IsV0FBVztBQUN0QyxZQUFNLFlBQVksQ0FBQztBQUVuQixVQUFJLFVBQVUsYUFBYSxRQUFXO0FBQ3BDLGtCQUFVLEtBQUssZUFBZSxVQUFVLFFBQVEsQ0FBQztBQUNqRCxrQkFBVSxLQUFLLEdBQUc7QUFBQSxNQUNwQjtBQUVBLFVBQUksVUFBVSxTQUFTLFFBQVc7QUFDaEMsWUFBSSxPQUFPLFVBQVU7QUFDckIsWUFBSSxDQUFDLE9BQU8sSUFBSSxHQUFHO0FBQ2pCLGNBQUksVUFBVSxjQUFjLElBQUk7QUFDaEMsY0FBSSxRQUFRLFdBQVcsUUFBUSxRQUFRLGdCQUFnQixNQUFNO0FBRzNELG1CQUFPLHlCQUF5QixNQUFNLElBQUk7QUFDMUMsc0JBQVUsY0FBYyxJQUFJO0FBQUEsVUFDOUI7QUFDQSxjQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsZ0JBQWdCLE1BQU07QUFDM0QsbUJBQU8sSUFBSSxRQUFRLFdBQVc7QUFBQSxVQUNoQyxPQUFPO0FBQ0wsbUJBQU8sdUJBQXVCLE1BQU0sS0FBSztBQUFBLFVBQzNDO0FBQUEsUUFDRjtBQUNBLGtCQUFVLEtBQUssSUFBSTtBQUFBLE1BQ3JCO0FBRUEsVUFBSSxPQUFPLFVBQVUsU0FBUyxZQUFZLE9BQU8sVUFBVSxTQUFTLFVBQVU7QUFDNUUsY0FBTSxPQUFPLE9BQU8sVUFBVSxJQUFJO0FBQ2xDLFlBQUksQ0FBQyxPQUFPLElBQUksR0FBRztBQUNqQixnQkFBTSxJQUFJLFVBQVUsd0JBQXdCO0FBQUEsUUFDOUM7QUFDQSxrQkFBVSxLQUFLLEdBQUc7QUFDbEIsa0JBQVUsS0FBSyxJQUFJO0FBQUEsTUFDckI7QUFFQSxhQUFPLFVBQVUsU0FBUyxVQUFVLEtBQUssRUFBRSxJQUFJO0FBQUEsSUFDakQ7QUFFQSxJQUFBQSxRQUFPLFVBQVU7QUFBQSxNQUNmO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUM5eEJBO0FBQUEseUNBQUFDLFVBQUFDLFNBQUE7QUFBQTtBQUVBLFFBQU0sRUFBRSxPQUFPLElBQUk7QUFDbkIsUUFBTSxVQUFVO0FBRWhCLFFBQU07QUFBQTtBQUFBLE1BQTZDO0FBQUEsUUFBQztBQUFBLFFBQVE7QUFBQSxRQUFTO0FBQUEsUUFDbkU7QUFBQSxRQUFPO0FBQUEsUUFBTztBQUFBLE1BQVU7QUFBQTtBQVExQixhQUFTLGtCQUFtQixNQUFNO0FBQ2hDLGFBQU8scUJBQXFCO0FBQUE7QUFBQSxRQUEwQjtBQUFBLE1BQUssTUFBTTtBQUFBLElBQ25FO0FBd0JBLGFBQVMsV0FBWSxhQUFhO0FBQ2hDLFVBQUksWUFBWSxXQUFXLE1BQU07QUFDL0IsZUFBTztBQUFBLE1BQ1QsV0FBVyxZQUFZLFdBQVcsT0FBTztBQUN2QyxlQUFPO0FBQUEsTUFDVCxXQUFXLFlBQVksUUFBUTtBQUM3QixlQUNFLFlBQVksT0FBTyxXQUFXLE1BQzdCLFlBQVksT0FBTyxDQUFDLE1BQU0sT0FBTyxZQUFZLE9BQU8sQ0FBQyxNQUFNLFNBQzNELFlBQVksT0FBTyxDQUFDLE1BQU0sT0FBTyxZQUFZLE9BQU8sQ0FBQyxNQUFNLFNBQzNELFlBQVksT0FBTyxDQUFDLE1BQU0sT0FBTyxZQUFZLE9BQU8sQ0FBQyxNQUFNO0FBQUEsTUFFaEUsT0FBTztBQUNMLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUdBLGFBQVMsVUFBVyxXQUFXO0FBQzdCLFVBQUksQ0FBQyxVQUFVLE1BQU07QUFDbkIsa0JBQVUsUUFBUSxVQUFVLFNBQVM7QUFBQSxNQUN2QztBQUVBLGFBQU87QUFBQSxJQUNUO0FBR0EsYUFBUyxjQUFlLFdBQVc7QUFDakMsWUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLEVBQUUsWUFBWSxNQUFNO0FBRzFELFVBQUksVUFBVSxVQUFVLFNBQVMsTUFBTSxPQUFPLFVBQVUsU0FBUyxJQUFJO0FBQ25FLGtCQUFVLE9BQU87QUFBQSxNQUNuQjtBQUdBLFVBQUksQ0FBQyxVQUFVLE1BQU07QUFDbkIsa0JBQVUsT0FBTztBQUFBLE1BQ25CO0FBTUEsYUFBTztBQUFBLElBQ1Q7QUFHQSxhQUFTLFFBQVMsYUFBYTtBQUU3QixrQkFBWSxTQUFTLFdBQVcsV0FBVztBQUczQyxrQkFBWSxnQkFBZ0IsWUFBWSxRQUFRLFFBQVEsWUFBWSxRQUFRLE1BQU0sWUFBWSxRQUFRO0FBQ3RHLGtCQUFZLE9BQU87QUFDbkIsa0JBQVksUUFBUTtBQUVwQixhQUFPO0FBQUEsSUFDVDtBQUdBLGFBQVMsWUFBYSxhQUFhO0FBRWpDLFVBQUksWUFBWSxVQUFVLFdBQVcsV0FBVyxJQUFJLE1BQU0sT0FBTyxZQUFZLFNBQVMsSUFBSTtBQUN4RixvQkFBWSxPQUFPO0FBQUEsTUFDckI7QUFHQSxVQUFJLE9BQU8sWUFBWSxXQUFXLFdBQVc7QUFDM0Msb0JBQVksU0FBVSxZQUFZLFNBQVMsUUFBUTtBQUNuRCxvQkFBWSxTQUFTO0FBQUEsTUFDdkI7QUFHQSxVQUFJLFlBQVksY0FBYztBQUM1QixjQUFNLGFBQWEsWUFBWSxhQUFhLFFBQVEsR0FBRztBQUN2RCxjQUFNLE9BQU8sZUFBZSxLQUN4QixZQUFZLGVBQ1osWUFBWSxhQUFhLE1BQU0sR0FBRyxVQUFVO0FBQ2hELG9CQUFZLE9BQVEsUUFBUSxTQUFTLE1BQU0sT0FBTztBQUNsRCxvQkFBWSxRQUFRLGVBQWUsS0FDL0IsU0FDQSxZQUFZLGFBQWEsTUFBTSxhQUFhLENBQUM7QUFDakQsb0JBQVksZUFBZTtBQUFBLE1BQzdCO0FBR0Esa0JBQVksV0FBVztBQUV2QixhQUFPO0FBQUEsSUFDVDtBQUdBLGFBQVMsU0FBVSxjQUFjLFNBQVM7QUFDeEMsVUFBSSxDQUFDLGFBQWEsTUFBTTtBQUN0QixxQkFBYSxRQUFRO0FBQ3JCLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxVQUFVLGFBQWEsS0FBSyxNQUFNLE9BQU87QUFDL0MsVUFBSSxXQUFXLFFBQVEsQ0FBQyxNQUFNLGFBQWEsTUFBTTtBQUMvQyxjQUFNLFNBQVMsUUFBUSxVQUFVLGFBQWEsVUFBVTtBQUN4RCxxQkFBYSxNQUFNLFFBQVEsQ0FBQyxFQUFFLFlBQVk7QUFDMUMscUJBQWEsTUFBTSxRQUFRLENBQUM7QUFDNUIsY0FBTSxZQUFZLEdBQUcsTUFBTSxJQUFJLFFBQVEsT0FBTyxhQUFhLEdBQUc7QUFDOUQsY0FBTSxnQkFBZ0IsaUJBQWlCLFNBQVM7QUFDaEQscUJBQWEsT0FBTztBQUVwQixZQUFJLGVBQWU7QUFDakIseUJBQWUsY0FBYyxNQUFNLGNBQWMsT0FBTztBQUFBLFFBQzFEO0FBQUEsTUFDRixPQUFPO0FBQ0wscUJBQWEsUUFBUSxhQUFhLFNBQVM7QUFBQSxNQUM3QztBQUVBLGFBQU87QUFBQSxJQUNUO0FBR0EsYUFBUyxhQUFjLGNBQWMsU0FBUztBQUM1QyxVQUFJLGFBQWEsUUFBUSxRQUFXO0FBQ2xDLGNBQU0sSUFBSSxNQUFNLHNDQUFzQztBQUFBLE1BQ3hEO0FBQ0EsWUFBTSxTQUFTLFFBQVEsVUFBVSxhQUFhLFVBQVU7QUFDeEQsWUFBTSxNQUFNLGFBQWEsSUFBSSxZQUFZO0FBQ3pDLFlBQU0sWUFBWSxHQUFHLE1BQU0sSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNqRCxZQUFNLGdCQUFnQixpQkFBaUIsU0FBUztBQUVoRCxVQUFJLGVBQWU7QUFDakIsdUJBQWUsY0FBYyxVQUFVLGNBQWMsT0FBTztBQUFBLE1BQzlEO0FBRUEsWUFBTSxlQUFlO0FBQ3JCLFlBQU0sTUFBTSxhQUFhO0FBQ3pCLG1CQUFhLE9BQU8sR0FBRyxPQUFPLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFFaEQsY0FBUSxhQUFhO0FBQ3JCLGFBQU87QUFBQSxJQUNUO0FBR0EsYUFBUyxhQUFjLGNBQWMsU0FBUztBQUM1QyxZQUFNLGdCQUFnQjtBQUN0QixvQkFBYyxPQUFPLGNBQWM7QUFDbkMsb0JBQWMsTUFBTTtBQUVwQixVQUFJLENBQUMsUUFBUSxhQUFhLENBQUMsY0FBYyxRQUFRLENBQUMsT0FBTyxjQUFjLElBQUksSUFBSTtBQUM3RSxzQkFBYyxRQUFRLGNBQWMsU0FBUztBQUFBLE1BQy9DO0FBRUEsYUFBTztBQUFBLElBQ1Q7QUFHQSxhQUFTLGlCQUFrQixlQUFlO0FBQ3hDLFlBQU0sZUFBZTtBQUVyQixtQkFBYSxPQUFPLGNBQWMsUUFBUSxJQUFJLFlBQVk7QUFDMUQsYUFBTztBQUFBLElBQ1Q7QUFFQSxRQUFNO0FBQUE7QUFBQSxNQUFxQztBQUFBLFFBQ3pDLFFBQVE7QUFBQSxRQUNSLFlBQVk7QUFBQSxRQUNaLE9BQU87QUFBQSxRQUNQLFdBQVc7QUFBQSxNQUNiO0FBQUE7QUFFQSxRQUFNO0FBQUE7QUFBQSxNQUFzQztBQUFBLFFBQzFDLFFBQVE7QUFBQSxRQUNSLFlBQVksS0FBSztBQUFBLFFBQ2pCLE9BQU87QUFBQSxRQUNQLFdBQVc7QUFBQSxNQUNiO0FBQUE7QUFFQSxRQUFNO0FBQUE7QUFBQSxNQUFtQztBQUFBLFFBQ3ZDLFFBQVE7QUFBQSxRQUNSLFlBQVk7QUFBQSxRQUNaLE9BQU87QUFBQSxRQUNQLFdBQVc7QUFBQSxNQUNiO0FBQUE7QUFFQSxRQUFNO0FBQUE7QUFBQSxNQUFvQztBQUFBLFFBQ3hDLFFBQVE7QUFBQSxRQUNSLFlBQVksR0FBRztBQUFBLFFBQ2YsT0FBTyxHQUFHO0FBQUEsUUFDVixXQUFXLEdBQUc7QUFBQSxNQUNoQjtBQUFBO0FBRUEsUUFBTTtBQUFBO0FBQUEsTUFBb0M7QUFBQSxRQUN4QyxRQUFRO0FBQUEsUUFDUixPQUFPO0FBQUEsUUFDUCxXQUFXO0FBQUEsUUFDWCxlQUFlO0FBQUEsTUFDakI7QUFBQTtBQUVBLFFBQU07QUFBQTtBQUFBLE1BQXdDO0FBQUEsUUFDNUMsUUFBUTtBQUFBLFFBQ1IsT0FBTztBQUFBLFFBQ1AsV0FBVztBQUFBLFFBQ1gsZUFBZTtBQUFBLE1BQ2pCO0FBQUE7QUFFQSxRQUFNO0FBQUE7QUFBQSxNQUE0RDtBQUFBLFFBQ2hFO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0EsWUFBWTtBQUFBLE1BQ2Q7QUFBQTtBQUVBLFdBQU8sZUFBZSxTQUFTLElBQUk7QUFNbkMsYUFBUyxpQkFBa0IsUUFBUTtBQUNqQyxhQUNFLFdBQ0U7QUFBQTtBQUFBLFFBQW1DO0FBQUEsTUFBTyxLQUMxQztBQUFBO0FBQUEsUUFBa0MsT0FBTyxZQUFZO0FBQUEsTUFBRSxNQUV6RDtBQUFBLElBQ0o7QUFFQSxJQUFBQSxRQUFPLFVBQVU7QUFBQSxNQUNmO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQy9RQTtBQUFBLG1DQUFBQyxVQUFBQyxTQUFBO0FBQUE7QUFFQSxRQUFNLEVBQUUsZUFBZSxtQkFBbUIsMkJBQTJCLG9CQUFvQiwwQkFBMEIsdUJBQXVCLHVCQUF1QixnQ0FBZ0MsYUFBYSxnQkFBZ0Isd0JBQXdCLFFBQVEsZ0JBQWdCLElBQUk7QUFDbFIsUUFBTSxFQUFFLFNBQVMsaUJBQWlCLElBQUk7QUFFdEMsUUFBTSxlQUFlO0FBQ3JCLFFBQU0seUJBQXlCO0FBQy9CLFFBQU0sdUJBQXVCO0FBRzdCLFFBQU0sa0NBQWtDO0FBVXhDLGFBQVMsZUFBZ0IsUUFBUTtBQUMvQixZQUFNLGVBQWUsT0FBTyxNQUFNO0FBQ2xDLFVBQUksQ0FBQyxhQUFhLEtBQUssWUFBWSxHQUFHO0FBQ3BDLGNBQU0sSUFBSSxVQUFVLHNCQUFzQjtBQUFBLE1BQzVDO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFRQSxhQUFTLFVBQVcsS0FBSyxTQUFTO0FBQ2hDLFVBQUksT0FBTyxRQUFRLFVBQVU7QUFDM0I7QUFBQSxRQUF3QixnQkFBZ0IsS0FBSyxPQUFPO0FBQUEsTUFDdEQsV0FBVyxPQUFPLFFBQVEsVUFBVTtBQUNsQztBQUFBLFFBQXdCLE1BQU0sVUFBVSxLQUFLLE9BQU8sR0FBRyxPQUFPO0FBQUEsTUFDaEU7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQVFBLGFBQVNDLFNBQVMsU0FBUyxhQUFhLFNBQVM7QUFDL0MsWUFBTSxvQkFBb0IsVUFBVSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sR0FBRyxPQUFPLElBQUksRUFBRSxRQUFRLE9BQU87QUFDbEcsWUFBTTtBQUFBLFFBQ0osUUFBUTtBQUFBLFFBQ1IsMEJBQTBCO0FBQUEsUUFDMUIsMEJBQTBCO0FBQUEsUUFDMUIseUJBQXlCO0FBQUEsUUFDekIsZUFBZTtBQUFBLFFBQ2YsaUJBQWlCO0FBQUEsTUFDbkIsSUFBSSxnQkFBZ0IsU0FBUyxpQkFBaUI7QUFDOUMsWUFBTTtBQUFBLFFBQ0osUUFBUTtBQUFBLFFBQ1IsMEJBQTBCO0FBQUEsUUFDMUIsMEJBQTBCO0FBQUEsUUFDMUIseUJBQXlCO0FBQUEsUUFDekIsZUFBZTtBQUFBLFFBQ2YsaUJBQWlCO0FBQUEsTUFDbkIsSUFBSSxnQkFBZ0IsYUFBYSxpQkFBaUI7QUFDbEQsVUFDRSxpQkFDQSxxQkFDQSxnQ0FDQSxvQ0FDQSwrQkFDQSxtQ0FDQSxxQkFDQSx5QkFDQSx1QkFDQSx5QkFDQTtBQUNBLGNBQU0sSUFBSSxNQUFNLFdBQVcsU0FBUyxlQUFlLFNBQVMsbUJBQW1CO0FBQUEsTUFDakY7QUFDQSxZQUFNLFdBQVcsaUJBQWlCLFlBQVksZ0JBQWdCLG1CQUFtQixJQUFJO0FBQ3JGLFlBQU0sd0JBQXdCLGlCQUFrQixXQUFXLFFBQVEsVUFBVyxTQUFTLE1BQU07QUFDN0YsWUFBTSxlQUFlLFNBQVM7QUFDOUIsWUFBTSxtQkFBbUIsaUJBQWlCLFVBQWEsaUJBQWlCLE9BQ3JFLE9BQU8sWUFBWSxLQUFLLGNBQWMsWUFBWSxFQUFFO0FBSXZELFVBQUksdUJBQXVCLFVBQVUsV0FBVyxDQUFDLEdBQUcsdUJBQXVCLGdCQUFnQixHQUFHO0FBQzVGLGNBQU0sSUFBSSxNQUFNLG9CQUFvQjtBQUFBLE1BQ3RDO0FBQ0EsdUJBQWlCLFVBQVUsV0FBVyxDQUFDLEdBQUcsdUJBQXVCLGdCQUFnQjtBQUlqRixZQUFNLG1CQUFtQixnQkFBZ0IsYUFBYSxRQUFRLEdBQUcsTUFBTSxNQUNyRSxDQUFDLFdBQUMsY0FBVSxHQUFDLEVBQUMsS0FBSyxZQUFZO0FBQ2pDLFVBQUksU0FBUyxTQUFTLENBQUMsa0JBQWtCO0FBQ3ZDLGNBQU0sSUFBSSxNQUFNLFNBQVMsS0FBSztBQUFBLE1BQ2hDO0FBQ0Esd0JBQWtCLGFBQWE7QUFDL0IsYUFBTyxVQUFVLFVBQVUsaUJBQWlCO0FBQUEsSUFDOUM7QUFTQSxhQUFTLGlCQUFrQixNQUFNLFVBQVUsU0FBUyxtQkFBbUI7QUFFckUsWUFBTSxTQUFTLENBQUM7QUFDaEIsVUFBSSxDQUFDLG1CQUFtQjtBQUN0QixlQUFPLE1BQU0sVUFBVSxNQUFNLE9BQU8sR0FBRyxPQUFPO0FBQzlDLG1CQUFXLE1BQU0sVUFBVSxVQUFVLE9BQU8sR0FBRyxPQUFPO0FBQUEsTUFDeEQ7QUFDQSxnQkFBVSxXQUFXLENBQUM7QUFFdEIsVUFBSSxDQUFDLFFBQVEsWUFBWSxTQUFTLFFBQVE7QUFDeEMsZUFBTyxTQUFTLFNBQVM7QUFFekIsZUFBTyxXQUFXLFNBQVM7QUFDM0IsZUFBTyxPQUFPLFNBQVM7QUFDdkIsZUFBTyxPQUFPLFNBQVM7QUFDdkIsZUFBTyxPQUFPLGtCQUFrQixTQUFTLFFBQVEsRUFBRTtBQUNuRCxlQUFPLFFBQVEsU0FBUztBQUFBLE1BQzFCLE9BQU87QUFDTCxZQUFJLFNBQVMsYUFBYSxVQUFhLFNBQVMsU0FBUyxVQUFhLFNBQVMsU0FBUyxRQUFXO0FBRWpHLGlCQUFPLFdBQVcsU0FBUztBQUMzQixpQkFBTyxPQUFPLFNBQVM7QUFDdkIsaUJBQU8sT0FBTyxTQUFTO0FBQ3ZCLGlCQUFPLE9BQU8sa0JBQWtCLFNBQVMsUUFBUSxFQUFFO0FBQ25ELGlCQUFPLFFBQVEsU0FBUztBQUFBLFFBQzFCLE9BQU87QUFDTCxjQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLG1CQUFPLE9BQU8sS0FBSztBQUNuQixnQkFBSSxTQUFTLFVBQVUsUUFBVztBQUNoQyxxQkFBTyxRQUFRLFNBQVM7QUFBQSxZQUMxQixPQUFPO0FBQ0wscUJBQU8sUUFBUSxLQUFLO0FBQUEsWUFDdEI7QUFBQSxVQUNGLE9BQU87QUFDTCxnQkFBSSxTQUFTLEtBQUssQ0FBQyxNQUFNLEtBQUs7QUFDNUIscUJBQU8sT0FBTyxrQkFBa0IsU0FBUyxJQUFJO0FBQUEsWUFDL0MsT0FBTztBQUNMLG9CQUFNLG1CQUFtQixLQUFLLGFBQWEsVUFBYSxLQUFLLFNBQVMsVUFBYSxLQUFLLFNBQVM7QUFDakcsa0JBQUksb0JBQW9CLENBQUMsS0FBSyxNQUFNO0FBQ2xDLHVCQUFPLE9BQU8sTUFBTSxTQUFTO0FBQUEsY0FDL0IsV0FBVyxDQUFDLEtBQUssTUFBTTtBQUNyQix1QkFBTyxPQUFPLFNBQVM7QUFBQSxjQUN6QixPQUFPO0FBQ0wsdUJBQU8sT0FBTyxLQUFLLEtBQUssTUFBTSxHQUFHLEtBQUssS0FBSyxZQUFZLEdBQUcsSUFBSSxDQUFDLElBQUksU0FBUztBQUFBLGNBQzlFO0FBQ0EscUJBQU8sT0FBTyxLQUFLLFdBQVcsVUFBYSxDQUFDLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxNQUFNLE1BQy9FLDBCQUEwQixPQUFPLElBQUksSUFDckMsa0JBQWtCLE9BQU8sSUFBSTtBQUFBLFlBQ25DO0FBQ0EsbUJBQU8sUUFBUSxTQUFTO0FBQUEsVUFDMUI7QUFFQSxpQkFBTyxXQUFXLEtBQUs7QUFDdkIsaUJBQU8sT0FBTyxLQUFLO0FBQ25CLGlCQUFPLE9BQU8sS0FBSztBQUFBLFFBQ3JCO0FBQ0EsZUFBTyxTQUFTLEtBQUs7QUFBQSxNQUN2QjtBQUVBLGFBQU8sV0FBVyxTQUFTO0FBRTNCLGFBQU87QUFBQSxJQUNUO0FBUUEsYUFBUyxNQUFPLE1BQU0sTUFBTSxTQUFTO0FBQ25DLFlBQU0sY0FBYyx1QkFBdUIsTUFBTSxPQUFPO0FBQ3hELFlBQU0sY0FBYyx1QkFBdUIsTUFBTSxPQUFPO0FBRXhELGFBQU8sZ0JBQWdCLFVBQWEsZ0JBQWdCLFVBQWEsZ0JBQWdCO0FBQUEsSUFDbkY7QUFPQSxhQUFTLFVBQVcsT0FBTyxNQUFNO0FBQy9CLFlBQU0sWUFBWTtBQUFBLFFBQ2hCLE1BQU0sTUFBTTtBQUFBLFFBQ1osUUFBUSxNQUFNO0FBQUEsUUFDZCxVQUFVLE1BQU07QUFBQSxRQUNoQixNQUFNLE1BQU07QUFBQSxRQUNaLE1BQU0sTUFBTTtBQUFBLFFBQ1osT0FBTyxNQUFNO0FBQUEsUUFDYixLQUFLLE1BQU07QUFBQSxRQUNYLEtBQUssTUFBTTtBQUFBLFFBQ1gsTUFBTSxNQUFNO0FBQUEsUUFDWixVQUFVLE1BQU07QUFBQSxRQUNoQixXQUFXLE1BQU07QUFBQSxRQUNqQixjQUFjLE1BQU07QUFBQSxRQUNwQixRQUFRLE1BQU07QUFBQSxRQUNkLE9BQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxVQUFVLE9BQU8sT0FBTyxDQUFDLEdBQUcsSUFBSTtBQUN0QyxZQUFNLFlBQVksQ0FBQztBQUVuQixVQUFJLFVBQVUsUUFBUTtBQUNwQixrQkFBVSxTQUFTLGVBQWUsVUFBVSxNQUFNO0FBQUEsTUFDcEQ7QUFHQSxZQUFNLGdCQUFnQixpQkFBaUIsUUFBUSxVQUFVLFVBQVUsTUFBTTtBQUd6RSxVQUFJLGlCQUFpQixjQUFjLFVBQVcsZUFBYyxVQUFVLFdBQVcsT0FBTztBQUV4RixZQUFNLGVBQWUsVUFBVSxhQUFhLFVBQWEsVUFBVSxTQUFTLFVBQWEsVUFBVSxTQUFTO0FBSTVHLFlBQU0sdUJBQXVCLFVBQVUsV0FBVyxVQUFhLFFBQVEsY0FBYyxhQUFhLENBQUM7QUFDbkcsWUFBTSxlQUFlLENBQUMsUUFBUSxjQUFjO0FBRTVDLFVBQUksVUFBVSxTQUFTLFFBQVc7QUFDaEMsWUFBSSxDQUFDLFFBQVEsWUFBWTtBQUN2QixvQkFBVSxPQUFPLHNCQUFzQixVQUFVLE1BQU0sWUFBWTtBQUFBLFFBQ3JFLE9BQU87QUFDTCxvQkFBVSxPQUFPLHlCQUF5QixVQUFVLElBQUk7QUFBQSxRQUMxRDtBQUFBLE1BQ0Y7QUFFQSxVQUFJLFFBQVEsY0FBYyxZQUFZLFVBQVUsUUFBUTtBQUV0RCxrQkFBVSxTQUFTLGVBQWUsVUFBVSxNQUFNO0FBQ2xELGtCQUFVLEtBQUssVUFBVSxRQUFRLEdBQUc7QUFBQSxNQUN0QztBQUVBLFlBQU0sWUFBWSxtQkFBbUIsU0FBUztBQUM5QyxVQUFJLGNBQWMsUUFBVztBQUMzQixZQUFJLFFBQVEsY0FBYyxVQUFVO0FBQ2xDLG9CQUFVLEtBQUssSUFBSTtBQUFBLFFBQ3JCO0FBRUEsa0JBQVUsS0FBSyxTQUFTO0FBRXhCLFlBQUksVUFBVSxRQUFRLFVBQVUsS0FBSyxDQUFDLE1BQU0sS0FBSztBQUMvQyxvQkFBVSxLQUFLLEdBQUc7QUFBQSxRQUNwQjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLFVBQVUsU0FBUyxRQUFXO0FBQ2hDLFlBQUksSUFBSSxVQUFVO0FBRWxCLFlBQUksQ0FBQyxRQUFRLGlCQUFpQixDQUFDLGlCQUFpQixDQUFDLGNBQWMsZUFBZTtBQUk1RSxjQUFJLHVCQUF1QixFQUFFLENBQUMsTUFBTSxNQUNoQywwQkFBMEIsQ0FBQyxJQUMzQixrQkFBa0IsQ0FBQztBQUFBLFFBQ3pCO0FBS0EsWUFBSSxxQkFBcUI7QUFDdkIsY0FBSSxzQkFBc0IsR0FBRyxJQUFJO0FBQUEsUUFDbkM7QUFFQSxZQUNFLGNBQWMsVUFDZCxFQUFFLENBQUMsTUFBTSxPQUNULEVBQUUsQ0FBQyxNQUFNLEtBQ1Q7QUFFQSxjQUFJLFNBQVMsRUFBRSxNQUFNLENBQUM7QUFBQSxRQUN4QjtBQUVBLGtCQUFVLEtBQUssQ0FBQztBQUFBLE1BQ2xCO0FBRUEsVUFBSSxVQUFVLFVBQVUsUUFBVztBQUNqQyxrQkFBVSxLQUFLLEtBQUssWUFBWSxVQUFVLEtBQUssQ0FBQztBQUFBLE1BQ2xEO0FBRUEsVUFBSSxVQUFVLGFBQWEsUUFBVztBQUNwQyxrQkFBVSxLQUFLLEtBQUssZUFBZSxVQUFVLFFBQVEsQ0FBQztBQUFBLE1BQ3hEO0FBQ0EsYUFBTyxVQUFVLEtBQUssRUFBRTtBQUFBLElBQzFCO0FBRUEsUUFBTSxZQUFZO0FBSWxCLFFBQU0sbUJBQW1CO0FBU3pCLFFBQU0sOEJBQThCO0FBT3BDLGFBQVMsY0FBZSxRQUFRLFNBQVM7QUFDdkMsVUFBSSxRQUFRLENBQUMsTUFBTSxVQUFhLE9BQU8sUUFBUSxPQUFPLEtBQUssQ0FBQyxNQUFNLEtBQUs7QUFDckUsZUFBTztBQUFBLE1BQ1Q7QUFFQSxVQUFJLE9BQU8sT0FBTyxTQUFTLGFBQWEsT0FBTyxPQUFPLEtBQUssT0FBTyxPQUFPLFFBQVE7QUFDL0UsZUFBTztBQUFBLE1BQ1Q7QUFFQSxhQUFPO0FBQUEsSUFDVDtBQVVBLGFBQVMsNEJBQTZCLFdBQVc7QUFDL0MsVUFBSSxjQUFjLE9BQVcsUUFBTztBQUVwQyxVQUFJLFVBQVUsVUFBVSxRQUFRLEdBQUc7QUFDbkMsYUFBTyxZQUFZLElBQUk7QUFDckIsWUFBSSxVQUFVLEtBQUssVUFBVSxVQUFVLENBQUMsaUJBQWlCLEtBQUssVUFBVSxNQUFNLFVBQVUsR0FBRyxVQUFVLENBQUMsQ0FBQyxHQUFHO0FBQ3hHLGlCQUFPO0FBQUEsUUFDVDtBQUNBLGtCQUFVLFVBQVUsUUFBUSxLQUFLLFVBQVUsQ0FBQztBQUFBLE1BQzlDO0FBRUEsYUFBTztBQUFBLElBQ1Q7QUFVQSxhQUFTLFlBQWEsTUFBTTtBQUMxQixhQUFPLEtBQUssQ0FBQyxNQUFNLE9BQU8sS0FBSyxLQUFLLFNBQVMsQ0FBQyxNQUFNO0FBQUEsSUFDdEQ7QUFNQSxhQUFTLHFDQUFzQyxTQUFTO0FBR3RELFlBQU0sT0FBTyxRQUFRLENBQUM7QUFDdEIsYUFBTyw0QkFBNEIsUUFBUSxDQUFDLENBQUMsS0FDMUMsU0FBUyxVQUFhLENBQUMsWUFBWSxJQUFJLEtBQUssNEJBQTRCLElBQUksS0FDN0UsNEJBQTRCLFFBQVEsQ0FBQyxDQUFDLEtBQ3RDLDRCQUE0QixRQUFRLENBQUMsQ0FBQyxLQUN0Qyw0QkFBNEIsUUFBUSxDQUFDLENBQUM7QUFBQSxJQUMxQztBQVNBLGFBQVMsaUJBQWtCLFFBQVEsU0FBUyxlQUFlLE1BQU07QUFDL0QsVUFBSSx1QkFBdUIsUUFBUSxTQUFTLGVBQWUsSUFBSSxHQUFHO0FBQ2hFLGVBQU8sUUFBUSxPQUFPLFNBQVM7QUFDL0IsZUFBTztBQUFBLE1BQ1Q7QUFFQSxVQUNFLENBQUMsUUFBUSxtQkFDUixDQUFDLGlCQUFpQixDQUFDLGNBQWMsbUJBQ2xDLE9BQU8sUUFDUCxDQUFDLFlBQVksT0FBTyxJQUFJLE1BQ3ZCLFFBQVEsY0FBZSxpQkFBaUIsY0FBYyxlQUN2RCxTQUFTLFNBQ1QsZ0JBQWdCLE9BQU8sSUFBSSxHQUMzQjtBQUNBLFlBQUk7QUFDSixZQUFJO0FBQ0YsZ0JBQU0sSUFBSSxJQUFJLFlBQVksT0FBTyxJQUFJO0FBQUEsUUFDdkMsU0FBUyxHQUFHO0FBQ1YsaUJBQU8sUUFBUSxPQUFPLFNBQVMsdURBQXVEO0FBQ3RGLGlCQUFPO0FBQUEsUUFDVDtBQUlBLFlBQUksQ0FBQyxjQUFjLEdBQUcsR0FBRztBQUN2QixpQkFBTyxRQUFRLE9BQU8sU0FBUztBQUMvQixpQkFBTztBQUFBLFFBQ1Q7QUFDQSxlQUFPLE9BQU8sSUFBSTtBQUFBLE1BQ3BCO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFlQSxhQUFTLHVCQUF3QixRQUFRLFNBQVMsZUFBZSxNQUFNO0FBQ3JFLGFBQU87QUFBQSxRQUNMLE9BQU8sUUFDUCxTQUFTLFNBQ1QsQ0FBQyxZQUFZLE9BQU8sSUFBSSxNQUN2QixRQUFRLGNBQWUsaUJBQWlCLGNBQWMsZUFDdkQsZ0NBQWdDLEtBQUssT0FBTyxJQUFJO0FBQUEsTUFDbEQ7QUFBQSxJQUNGO0FBTUEsYUFBUyxjQUFlLEtBQUs7QUFDM0IsYUFBTyxJQUFJLGFBQWEsTUFDdEIsSUFBSSxhQUFhLE1BQ2pCLElBQUksU0FBUyxNQUNiLElBQUksYUFBYSxPQUNqQixJQUFJLFdBQVcsTUFDZixJQUFJLFNBQVMsTUFDYixJQUFJLGFBQWE7QUFBQSxJQUNyQjtBQU9BLGFBQVMsZ0JBQWlCLEtBQUssTUFBTTtBQUNuQyxZQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsR0FBRyxJQUFJO0FBRXRDLFlBQU0sU0FBUztBQUFBLFFBQ2IsUUFBUTtBQUFBLFFBQ1IsVUFBVTtBQUFBLFFBQ1YsTUFBTTtBQUFBLFFBQ04sTUFBTTtBQUFBLFFBQ04sTUFBTTtBQUFBLFFBQ04sT0FBTztBQUFBLFFBQ1AsVUFBVTtBQUFBLE1BQ1o7QUFFQSxVQUFJLDJCQUEyQjtBQUMvQixVQUFJLDJCQUEyQjtBQUMvQixVQUFJLDBCQUEwQjtBQUM5QixVQUFJLGdCQUFnQjtBQUNwQixVQUFJLHFCQUFxQjtBQUN6QixVQUFJLGtCQUFrQjtBQUV0QixVQUFJLE9BQU87QUFDWCxVQUFJLFFBQVEsY0FBYyxVQUFVO0FBQ2xDLFlBQUksUUFBUSxRQUFRO0FBQ2xCLGdCQUFNLFFBQVEsU0FBUyxNQUFNO0FBQUEsUUFDL0IsT0FBTztBQUNMLGdCQUFNLE9BQU87QUFBQSxRQUNmO0FBQUEsTUFDRjtBQVNBLFlBQU0saUJBQWlCLElBQUksTUFBTSxnQkFBZ0I7QUFDakQsVUFBSSxtQkFBbUIsUUFBUSxlQUFlLENBQUMsRUFBRSxRQUFRLElBQUksTUFBTSxJQUFJO0FBQ3JFLGVBQU8sUUFBUTtBQUNmLG1DQUEyQjtBQUFBLE1BQzdCO0FBUUEsWUFBTSxrQkFBa0IsSUFBSSxNQUFNLDJCQUEyQjtBQUM3RCxVQUFJLG9CQUFvQixNQUFNO0FBQzVCLGNBQU0sU0FBUyxnQkFBZ0IsQ0FBQztBQUNoQyxjQUFNLG1CQUFtQixPQUFPLFFBQVEsYUFBYSxFQUFFO0FBRXZELFlBQUksaUJBQWlCLFVBQVUsR0FBRztBQUNoQyxjQUFJLGlCQUFpQixNQUFNLEdBQUcsQ0FBQyxNQUFNLE1BQU07QUFDekMsbUJBQU8sUUFBUSxPQUFPLFNBQVM7QUFDL0IsdUNBQTJCO0FBQUEsVUFDN0IsV0FBVyxPQUFPLFdBQVcsaUJBQWlCLFFBQVE7QUFDcEQsbUJBQU8sUUFBUSxPQUFPLFNBQVM7QUFDL0IsdUNBQTJCO0FBQUEsVUFDN0I7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUVBLFlBQU0sVUFBVSxJQUFJLE1BQU0sU0FBUztBQUVuQyxVQUFJLFNBQVM7QUFFWCxlQUFPLFNBQVMsUUFBUSxDQUFDO0FBQ3pCLGVBQU8sV0FBVyxRQUFRLENBQUM7QUFDM0IsZUFBTyxPQUFPLFFBQVEsQ0FBQztBQUN2QixlQUFPLE9BQU8sU0FBUyxRQUFRLENBQUMsR0FBRyxFQUFFO0FBQ3JDLGVBQU8sT0FBTyxRQUFRLENBQUMsS0FBSztBQUM1QixlQUFPLFFBQVEsUUFBUSxDQUFDO0FBQ3hCLGVBQU8sV0FBVyxRQUFRLENBQUM7QUFFM0IsWUFBSSxPQUFPLFdBQVcsUUFBVztBQUMvQixjQUFJLGFBQWEsS0FBSyxPQUFPLE1BQU0sR0FBRztBQUNwQyxtQkFBTyxTQUFTLE9BQU8sT0FBTyxZQUFZO0FBQUEsVUFDNUMsT0FBTztBQUNMLG1CQUFPLFFBQVEsT0FBTyxTQUFTO0FBQy9CLDhCQUFrQjtBQUFBLFVBQ3BCO0FBQUEsUUFDRjtBQUVBLG1DQUEyQixxQ0FBcUMsT0FBTztBQUN2RSxZQUFJLDBCQUEwQjtBQUM1QixpQkFBTyxRQUFRLE9BQU8sU0FBUztBQUFBLFFBQ2pDO0FBR0EsWUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHO0FBQ3RCLGlCQUFPLE9BQU8sUUFBUSxDQUFDO0FBQUEsUUFDekI7QUFFQSxjQUFNLGFBQWEsY0FBYyxRQUFRLE9BQU87QUFDaEQsWUFBSSxlQUFlLFFBQVc7QUFDNUIsaUJBQU8sUUFBUSxPQUFPLFNBQVM7QUFDL0IscUNBQTJCO0FBQUEsUUFDN0I7QUFFQSxZQUFJLE9BQU8sTUFBTTtBQUNmLGdCQUFNLGFBQWEsT0FBTyxPQUFPLElBQUk7QUFDckMsY0FBSSxlQUFlLE9BQU87QUFDeEIsa0JBQU0scUJBQXFCLFlBQVksT0FBTyxJQUFJO0FBQ2xELGtCQUFNLHNCQUFzQixPQUFPLEtBQUssUUFBUSxHQUFHLE1BQU0sTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHLE1BQU07QUFDNUYsa0JBQU0sYUFBYSxjQUFjLE9BQU8sSUFBSTtBQUM1QyxtQkFBTyxXQUFXLFVBQVUsV0FBVyxnQkFBZ0I7QUFDdkQsaUNBQXFCLHdCQUF3QixDQUFDLHNCQUFzQixXQUFXLFVBQVU7QUFDekYsbUJBQU8sT0FBTyxPQUFPLFdBQVcsT0FBTyxXQUFXLEtBQUssWUFBWTtBQUVuRSxnQkFBSSxvQkFBb0I7QUFDdEIscUJBQU8sUUFBUSxPQUFPLFNBQVM7QUFDL0IseUNBQTJCO0FBQUEsWUFDN0I7QUFBQSxVQUNGLE9BQU87QUFDTCxtQkFBTztBQUFBLFVBQ1Q7QUFBQSxRQUNGO0FBQ0EsWUFBSSxPQUFPLFdBQVcsVUFBYSxPQUFPLGFBQWEsVUFBYSxPQUFPLFNBQVMsVUFBYSxPQUFPLFNBQVMsVUFBYSxPQUFPLFVBQVUsVUFBYSxDQUFDLE9BQU8sTUFBTTtBQUN4SyxpQkFBTyxZQUFZO0FBQUEsUUFDckIsV0FBVyxPQUFPLFdBQVcsUUFBVztBQUN0QyxpQkFBTyxZQUFZO0FBQUEsUUFDckIsV0FBVyxPQUFPLGFBQWEsUUFBVztBQUN4QyxpQkFBTyxZQUFZO0FBQUEsUUFDckIsT0FBTztBQUNMLGlCQUFPLFlBQVk7QUFBQSxRQUNyQjtBQUdBLFlBQUksUUFBUSxhQUFhLFFBQVEsY0FBYyxZQUFZLFFBQVEsY0FBYyxPQUFPLFdBQVc7QUFDakcsaUJBQU8sUUFBUSxPQUFPLFNBQVMsa0JBQWtCLFFBQVEsWUFBWTtBQUFBLFFBQ3ZFO0FBR0EsY0FBTSxnQkFBZ0IsaUJBQWlCLFFBQVEsVUFBVSxPQUFPLE1BQU07QUFHdEUsWUFBSSxDQUFDLG9CQUFvQjtBQUN2QiwwQkFBZ0IsaUJBQWlCLFFBQVEsU0FBUyxlQUFlLElBQUk7QUFBQSxRQUN2RTtBQUVBLFlBQUksSUFBSSxRQUFRLEdBQUcsTUFBTSxNQUFNLE9BQU8sU0FBUyxVQUFhLENBQUMsb0JBQW9CO0FBQy9FLGNBQUksT0FBTyxPQUFPLE9BQU8sT0FBTyx5QkFBeUIsT0FBTyxNQUFNLElBQUk7QUFDMUUsY0FBSSxDQUFDLE1BQU07QUFHVCxtQkFBTyx5QkFBeUIsS0FBSyxZQUFZLENBQUM7QUFBQSxVQUNwRDtBQUtBLGlCQUFPLE9BQU8sUUFBUSxRQUFRLFdBQVcsU0FBUyx1QkFBdUIsTUFBTSxJQUFJLElBQUk7QUFBQSxRQUN6RjtBQUVBLFlBQUksQ0FBQyxpQkFBa0IsaUJBQWlCLENBQUMsY0FBYyxlQUFnQjtBQUNyRSxjQUFJLE9BQU8sTUFBTTtBQUNmLG1CQUFPLE9BQU8sc0JBQXNCLE9BQU8sSUFBSTtBQUFBLFVBQ2pEO0FBQ0EsY0FBSSxPQUFPLE9BQU87QUFDaEIsbUJBQU8sUUFBUSwrQkFBK0IsT0FBTyxLQUFLO0FBQUEsVUFDNUQ7QUFDQSxjQUFJLE9BQU8sVUFBVTtBQUNuQixtQkFBTyxXQUFXLCtCQUErQixPQUFPLFFBQVE7QUFBQSxVQUNsRTtBQUFBLFFBQ0Y7QUFHQSxZQUFJLGlCQUFpQixjQUFjLE9BQU87QUFDeEMsd0JBQWMsTUFBTSxRQUFRLE9BQU87QUFDbkMsY0FBSSxrQkFBa0IsUUFBUSxPQUFPLE9BQU8sUUFBUSxRQUFXO0FBQzdELHNDQUEwQjtBQUFBLFVBQzVCO0FBQUEsUUFDRjtBQUFBLE1BQ0YsT0FBTztBQUNMLGVBQU8sUUFBUSxPQUFPLFNBQVM7QUFBQSxNQUNqQztBQUNBLGFBQU8sRUFBRSxRQUFRLDBCQUEwQiwwQkFBMEIseUJBQXlCLGVBQWUsZ0JBQWdCO0FBQUEsSUFDL0g7QUFPQSxhQUFTLE1BQU8sS0FBSyxNQUFNO0FBQ3pCLGFBQU8sZ0JBQWdCLEtBQUssSUFBSSxFQUFFO0FBQUEsSUFDcEM7QUFPQSxhQUFTLGdCQUFpQixLQUFLLE1BQU07QUFDbkMsYUFBTywwQkFBMEIsS0FBSyxJQUFJLEVBQUU7QUFBQSxJQUM5QztBQU9BLGFBQVMsMEJBQTJCLEtBQUssTUFBTTtBQUM3QyxZQUFNLEVBQUUsUUFBUSwwQkFBMEIsMEJBQTBCLHlCQUF5QixlQUFlLGdCQUFnQixJQUFJLGdCQUFnQixLQUFLLElBQUk7QUFDekosYUFBTztBQUFBLFFBQ0wsWUFBWSw0QkFBNEIsNEJBQTRCLDJCQUEyQixpQkFBaUIsa0JBQWtCLE1BQU0sVUFBVSxRQUFRLElBQUk7QUFBQSxRQUM5SjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQU9BLGFBQVMsdUJBQXdCLEtBQUssTUFBTTtBQUMxQyxVQUFJLE9BQU8sUUFBUSxZQUFZLE9BQU8sUUFBUSxVQUFVO0FBQ3RELGVBQU87QUFBQSxNQUNUO0FBRUEsVUFBSTtBQUNKLFVBQUk7QUFDRixnQkFBUSxPQUFPLFFBQVEsV0FBVyxNQUFNLFVBQVUsS0FBSyxJQUFJO0FBQUEsTUFDN0QsUUFBUTtBQUNOLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxFQUFFLFlBQVksMEJBQTBCLDBCQUEwQix5QkFBeUIsZUFBZSxnQkFBZ0IsSUFBSSwwQkFBMEIsT0FBTyxJQUFJO0FBQ3pLLGFBQU8sNEJBQTRCLDRCQUE0QiwyQkFBMkIsaUJBQWlCLGtCQUFrQixTQUFZO0FBQUEsSUFDM0k7QUFFQSxRQUFNLFVBQVU7QUFBQSxNQUNkO0FBQUEsTUFDQTtBQUFBLE1BQ0EsU0FBQUE7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUVBLElBQUFELFFBQU8sVUFBVTtBQUNqQixJQUFBQSxRQUFPLFFBQVEsVUFBVTtBQUN6QixJQUFBQSxRQUFPLFFBQVEsVUFBVTtBQUFBO0FBQUE7Ozs7Ozs7QUN0c0J6QixRQUFBLE1BQUE7QUFHRSxRQUFZLE9BQU87QUFFckIsSUFBQUUsU0FBQSxVQUFlOzs7Ozs7Ozs7O0FDdUJmLFFBQUEsYUFBQTtBQUFRLFdBQUEsZUFBQUMsVUFBQSxjQUFBLEVBQUEsWUFBQSxNQUFBLEtBQUEsV0FBQTtBQUFBLGFBQUEsV0FBQTtJQUFVLEVBQUEsQ0FBQTtBQUtsQixRQUFBLFlBQUE7QUFBUSxXQUFBLGVBQUFBLFVBQUEsS0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFVBQUE7SUFBQyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsT0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFVBQUE7SUFBRyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsYUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFVBQUE7SUFBUyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsT0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFVBQUE7SUFBRyxFQUFBLENBQUE7QUFBRSxXQUFBLGVBQUFBLFVBQUEsUUFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFVBQUE7SUFBSSxFQUFBLENBQUE7QUFBUSxXQUFBLGVBQUFBLFVBQUEsV0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFVBQUE7SUFBTyxFQUFBLENBQUE7QUFzQm5ELFFBQUEscUJBQUE7QUFDQSxRQUFBLGNBQUE7QUFDQSxRQUFBLFVBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLGFBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLGlCQUFBO0FBRUEsUUFBQSxRQUFBO0FBRUEsUUFBTSxnQkFBOEIsQ0FBQyxLQUFLLFVBQVUsSUFBSSxPQUFPLEtBQUssS0FBSztBQUN6RSxrQkFBYyxPQUFPO0FBRXJCLFFBQU0sc0JBQXlDLENBQUMsb0JBQW9CLGVBQWUsYUFBYTtBQUNoRyxRQUFNLGtCQUFrQixvQkFBSSxJQUFJO01BQzlCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0tBQ0Q7QUEwR0QsUUFBTSxpQkFBOEM7TUFDbEQsZUFBZTtNQUNmLFFBQVE7TUFDUixVQUFVO01BQ1YsY0FBYztNQUNkLFlBQVk7TUFDWixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixnQkFBZ0I7TUFDaEIsZ0JBQWdCO01BQ2hCLGFBQWE7TUFDYixnQkFBZ0I7TUFDaEIsT0FBTztNQUNQLFdBQVc7TUFDWCxXQUFXOztBQUdiLFFBQU0sb0JBQW9EO01BQ3hELHVCQUF1QjtNQUN2QixrQkFBa0I7TUFDbEIsU0FBUzs7QUEwQlgsUUFBTSxpQkFBaUI7QUFHdkIsYUFBUyxnQkFBZ0IsR0FBVTs7QUFDakMsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLFNBQVEsS0FBQSxFQUFFLFVBQUksUUFBQSxPQUFBLFNBQUEsU0FBQSxHQUFFO0FBQ3RCLFlBQU0sV0FBVyxVQUFVLFFBQVEsVUFBVSxTQUFZLElBQUksU0FBUztBQUN0RSxZQUFNLFVBQVMsTUFBQSxLQUFBLEVBQUUsVUFBSSxRQUFBLE9BQUEsU0FBQSxTQUFBLEdBQUUsWUFBTSxRQUFBLE9BQUEsU0FBQSxLQUFJO0FBQ2pDLFlBQU0sZUFBYyxLQUFBLEVBQUUsaUJBQVcsUUFBQSxPQUFBLFNBQUEsS0FBSSxNQUFBO0FBQ3JDLGFBQU87UUFDTCxlQUFjLE1BQUEsS0FBQSxFQUFFLGtCQUFZLFFBQUEsT0FBQSxTQUFBLEtBQUksT0FBQyxRQUFBLE9BQUEsU0FBQSxLQUFJO1FBQ3JDLGdCQUFlLE1BQUEsS0FBQSxFQUFFLG1CQUFhLFFBQUEsT0FBQSxTQUFBLEtBQUksT0FBQyxRQUFBLE9BQUEsU0FBQSxLQUFJO1FBQ3ZDLGNBQWEsTUFBQSxLQUFBLEVBQUUsaUJBQVcsUUFBQSxPQUFBLFNBQUEsS0FBSSxPQUFDLFFBQUEsT0FBQSxTQUFBLEtBQUk7UUFDbkMsZUFBYyxNQUFBLEtBQUEsRUFBRSxrQkFBWSxRQUFBLE9BQUEsU0FBQSxLQUFJLE9BQUMsUUFBQSxPQUFBLFNBQUEsS0FBSTtRQUNyQyxpQkFBZ0IsTUFBQSxLQUFBLEVBQUUsb0JBQWMsUUFBQSxPQUFBLFNBQUEsS0FBSSxPQUFDLFFBQUEsT0FBQSxTQUFBLEtBQUk7UUFDekMsTUFBTSxFQUFFLE9BQU8sRUFBQyxHQUFHLEVBQUUsTUFBTSxVQUFVLE9BQU0sSUFBSSxFQUFDLFVBQVUsT0FBTTtRQUNoRSxlQUFjLEtBQUEsRUFBRSxrQkFBWSxRQUFBLE9BQUEsU0FBQSxLQUFJO1FBQ2hDLFdBQVUsS0FBQSxFQUFFLGNBQVEsUUFBQSxPQUFBLFNBQUEsS0FBSTtRQUN4QixPQUFNLEtBQUEsRUFBRSxVQUFJLFFBQUEsT0FBQSxTQUFBLEtBQUk7UUFDaEIsV0FBVSxLQUFBLEVBQUUsY0FBUSxRQUFBLE9BQUEsU0FBQSxLQUFJO1FBQ3hCLGFBQVksS0FBQSxFQUFFLGdCQUFVLFFBQUEsT0FBQSxTQUFBLEtBQUk7UUFDNUIsV0FBVSxLQUFBLEVBQUUsY0FBUSxRQUFBLE9BQUEsU0FBQSxLQUFJO1FBQ3hCLGdCQUFlLEtBQUEsRUFBRSxtQkFBYSxRQUFBLE9BQUEsU0FBQSxLQUFJO1FBQ2xDLGlCQUFnQixLQUFBLEVBQUUsb0JBQWMsUUFBQSxPQUFBLFNBQUEsS0FBSTtRQUNwQyxrQkFBaUIsS0FBQSxFQUFFLHFCQUFlLFFBQUEsT0FBQSxTQUFBLEtBQUk7UUFDdEMsZ0JBQWUsS0FBQSxFQUFFLG1CQUFhLFFBQUEsT0FBQSxTQUFBLEtBQUk7UUFDbEMsYUFBWSxLQUFBLEVBQUUsZ0JBQVUsUUFBQSxPQUFBLFNBQUEsS0FBSTtRQUM1Qjs7SUFFSjtBQVFBLFFBQXFCQyxPQUFyQixNQUF3QjtNQWtCdEIsWUFBWSxPQUFnQixDQUFBLEdBQUU7QUFackIsYUFBQSxVQUF5QyxDQUFBO0FBQ3pDLGFBQUEsT0FBK0MsQ0FBQTtBQUMvQyxhQUFBLFVBQTRDLHVCQUFPLE9BQU8sSUFBSTtBQUU5RCxhQUFBLGdCQUFnQyxvQkFBSSxJQUFHO0FBQy9CLGFBQUEsV0FBeUQsQ0FBQTtBQUN6RCxhQUFBLFNBQW9DLG9CQUFJLElBQUc7QUFPMUQsZUFBTyxLQUFLLE9BQU8sRUFBQyxHQUFHLE1BQU0sR0FBRyxnQkFBZ0IsSUFBSSxFQUFDO0FBQ3JELGNBQU0sRUFBQyxLQUFLLE1BQUssSUFBSSxLQUFLLEtBQUs7QUFFL0IsYUFBSyxRQUFRLElBQUksVUFBQSxXQUFXLEVBQUMsT0FBTyxDQUFBLEdBQUksVUFBVSxpQkFBaUIsS0FBSyxNQUFLLENBQUM7QUFDOUUsYUFBSyxTQUFTLFVBQVUsS0FBSyxNQUFNO0FBQ25DLGNBQU0sWUFBWSxLQUFLO0FBQ3ZCLGFBQUssa0JBQWtCO0FBRXZCLGFBQUssU0FBUSxHQUFBLFFBQUEsVUFBUTtBQUNyQixxQkFBYSxLQUFLLE1BQU0sZ0JBQWdCLE1BQU0sZUFBZTtBQUM3RCxxQkFBYSxLQUFLLE1BQU0sbUJBQW1CLE1BQU0sY0FBYyxNQUFNO0FBQ3JFLGFBQUssWUFBWSxxQkFBcUIsS0FBSyxJQUFJO0FBRS9DLFlBQUksS0FBSztBQUFTLDRCQUFrQixLQUFLLElBQUk7QUFDN0MsYUFBSyxpQkFBZ0I7QUFDckIsYUFBSyxzQkFBcUI7QUFDMUIsWUFBSSxLQUFLO0FBQVUsNkJBQW1CLEtBQUssTUFBTSxLQUFLLFFBQVE7QUFDOUQsWUFBSSxPQUFPLEtBQUssUUFBUTtBQUFVLGVBQUssY0FBYyxLQUFLLElBQUk7QUFDOUQsMEJBQWtCLEtBQUssSUFBSTtBQUMzQixhQUFLLGtCQUFrQjtNQUN6QjtNQUVBLG1CQUFnQjtBQUNkLGFBQUssV0FBVyxRQUFRO01BQzFCO01BRUEsd0JBQXFCO0FBQ25CLGNBQU0sRUFBQyxPQUFPLE1BQU0sU0FBUSxJQUFJLEtBQUs7QUFDckMsWUFBSSxpQkFBK0I7QUFDbkMsWUFBSSxhQUFhLE1BQU07QUFDckIsMkJBQWlCLEVBQUMsR0FBRyxlQUFjO0FBQ25DLHlCQUFlLEtBQUssZUFBZTtBQUNuQyxpQkFBTyxlQUFlO1FBQ3hCO0FBQ0EsWUFBSSxRQUFRO0FBQU8sZUFBSyxjQUFjLGdCQUFnQixlQUFlLFFBQVEsR0FBRyxLQUFLO01BQ3ZGO01BRUEsY0FBVztBQUNULGNBQU0sRUFBQyxNQUFNLFNBQVEsSUFBSSxLQUFLO0FBQzlCLGVBQVEsS0FBSyxLQUFLLGNBQWMsT0FBTyxRQUFRLFdBQVcsS0FBSyxRQUFRLEtBQUssT0FBTztNQUNyRjtNQW9CQSxTQUNFLGNBRUE7QUFFQSxZQUFJO0FBQ0osWUFBSSxPQUFPLGdCQUFnQixVQUFVO0FBQ25DLGNBQUksS0FBSyxVQUFhLFlBQVk7QUFDbEMsY0FBSSxDQUFDO0FBQUcsa0JBQU0sSUFBSSxNQUFNLDhCQUE4QixZQUFZLEdBQUc7UUFDdkUsT0FBTztBQUNMLGNBQUksS0FBSyxRQUFXLFlBQVk7UUFDbEM7QUFFQSxjQUFNLFFBQVEsRUFBRSxJQUFJO0FBQ3BCLFlBQUksRUFBRSxZQUFZO0FBQUksZUFBSyxTQUFTLEVBQUU7QUFDdEMsZUFBTztNQUNUO01BaUJBLFFBQXFCLFFBQW1CLE9BQWU7QUFDckQsY0FBTSxNQUFNLEtBQUssV0FBVyxRQUFRLEtBQUs7QUFDekMsZUFBUSxJQUFJLFlBQVksS0FBSyxrQkFBa0IsR0FBRztNQUNwRDtNQW1CQSxhQUNFLFFBQ0EsTUFBYztBQUVkLFlBQUksT0FBTyxLQUFLLEtBQUssY0FBYyxZQUFZO0FBQzdDLGdCQUFNLElBQUksTUFBTSx5Q0FBeUM7UUFDM0Q7QUFDQSxjQUFNLEVBQUMsV0FBVSxJQUFJLEtBQUs7QUFDMUIsZUFBTyxnQkFBZ0IsS0FBSyxNQUFNLFFBQVEsSUFBSTtBQUU5Qyx1QkFBZSxnQkFFYixTQUNBLE9BQWU7QUFFZixnQkFBTSxlQUFlLEtBQUssTUFBTSxRQUFRLE9BQU87QUFDL0MsZ0JBQU0sTUFBTSxLQUFLLFdBQVcsU0FBUyxLQUFLO0FBQzFDLGlCQUFPLElBQUksWUFBWSxjQUFjLEtBQUssTUFBTSxHQUFHO1FBQ3JEO0FBRUEsdUJBQWUsZUFBMEIsTUFBYTtBQUNwRCxjQUFJLFFBQVEsQ0FBQyxLQUFLLFVBQVUsSUFBSSxHQUFHO0FBQ2pDLGtCQUFNLGdCQUFnQixLQUFLLE1BQU0sRUFBQyxLQUFJLEdBQUcsSUFBSTtVQUMvQztRQUNGO0FBRUEsdUJBQWUsY0FBeUIsS0FBYztBQUNwRCxjQUFJO0FBQ0YsbUJBQU8sS0FBSyxrQkFBa0IsR0FBRztVQUNuQyxTQUFTLEdBQUc7QUFDVixnQkFBSSxFQUFFLGFBQWEsWUFBQTtBQUFrQixvQkFBTTtBQUMzQyx3QkFBWSxLQUFLLE1BQU0sQ0FBQztBQUN4QixrQkFBTSxrQkFBa0IsS0FBSyxNQUFNLEVBQUUsYUFBYTtBQUNsRCxtQkFBTyxjQUFjLEtBQUssTUFBTSxHQUFHO1VBQ3JDO1FBQ0Y7QUFFQSxpQkFBUyxZQUF1QixFQUFDLGVBQWUsS0FBSyxXQUFVLEdBQWtCO0FBQy9FLGNBQUksS0FBSyxLQUFLLEdBQUcsR0FBRztBQUNsQixrQkFBTSxJQUFJLE1BQU0sYUFBYSxHQUFHLGtCQUFrQixVQUFVLHFCQUFxQjtVQUNuRjtRQUNGO0FBRUEsdUJBQWUsa0JBQTZCLEtBQVc7QUFDckQsZ0JBQU0sVUFBVSxNQUFNLFlBQVksS0FBSyxNQUFNLEdBQUc7QUFDaEQsY0FBSSxDQUFDLEtBQUssS0FBSyxHQUFHO0FBQUcsa0JBQU0sZUFBZSxLQUFLLE1BQU0sUUFBUSxPQUFPO0FBQ3BFLGNBQUksQ0FBQyxLQUFLLEtBQUssR0FBRztBQUFHLGlCQUFLLFVBQVUsU0FBUyxLQUFLLElBQUk7UUFDeEQ7QUFFQSx1QkFBZSxZQUF1QixLQUFXO0FBQy9DLGdCQUFNLElBQUksS0FBSyxTQUFTLEdBQUc7QUFDM0IsY0FBSTtBQUFHLG1CQUFPO0FBQ2QsY0FBSTtBQUNGLG1CQUFPLE9BQU8sS0FBSyxTQUFTLEdBQUcsSUFBSSxXQUFXLEdBQUc7VUFDbkQ7QUFDRSxtQkFBTyxLQUFLLFNBQVMsR0FBRztVQUMxQjtRQUNGO01BQ0Y7O01BR0EsVUFDRSxRQUNBLEtBQ0EsT0FDQSxrQkFBa0IsS0FBSyxLQUFLO0FBRTVCLFlBQUksTUFBTSxRQUFRLE1BQU0sR0FBRztBQUN6QixxQkFBVyxPQUFPO0FBQVEsaUJBQUssVUFBVSxLQUFLLFFBQVcsT0FBTyxlQUFlO0FBQy9FLGlCQUFPO1FBQ1Q7QUFDQSxZQUFJO0FBQ0osWUFBSSxPQUFPLFdBQVcsVUFBVTtBQUM5QixnQkFBTSxFQUFDLFNBQVEsSUFBSSxLQUFLO0FBQ3hCLGVBQUssT0FBTyxRQUFRO0FBQ3BCLGNBQUksT0FBTyxVQUFhLE9BQU8sTUFBTSxVQUFVO0FBQzdDLGtCQUFNLElBQUksTUFBTSxVQUFVLFFBQVEsaUJBQWlCO1VBQ3JEO1FBQ0Y7QUFDQSxlQUFNLEdBQUEsVUFBQSxhQUFZLE9BQU8sRUFBRTtBQUMzQixhQUFLLGFBQWEsR0FBRztBQUNyQixhQUFLLFFBQVEsR0FBRyxJQUFJLEtBQUssV0FBVyxRQUFRLE9BQU8sS0FBSyxpQkFBaUIsSUFBSTtBQUM3RSxlQUFPO01BQ1Q7OztNQUlBLGNBQ0UsUUFDQSxLQUNBLGtCQUFrQixLQUFLLEtBQUs7QUFFNUIsYUFBSyxVQUFVLFFBQVEsS0FBSyxNQUFNLGVBQWU7QUFDakQsZUFBTztNQUNUOztNQUdBLGVBQWUsUUFBbUIsaUJBQXlCO0FBQ3pELFlBQUksT0FBTyxVQUFVO0FBQVcsaUJBQU87QUFDdkMsWUFBSTtBQUNKLGtCQUFVLE9BQU87QUFDakIsWUFBSSxZQUFZLFVBQWEsT0FBTyxXQUFXLFVBQVU7QUFDdkQsZ0JBQU0sSUFBSSxNQUFNLDBCQUEwQjtRQUM1QztBQUNBLGtCQUFVLFdBQVcsS0FBSyxLQUFLLGVBQWUsS0FBSyxZQUFXO0FBQzlELFlBQUksQ0FBQyxTQUFTO0FBQ1osZUFBSyxPQUFPLEtBQUssMkJBQTJCO0FBQzVDLGVBQUssU0FBUztBQUNkLGlCQUFPO1FBQ1Q7QUFDQSxjQUFNLFFBQVEsS0FBSyxTQUFTLFNBQVMsTUFBTTtBQUMzQyxZQUFJLENBQUMsU0FBUyxpQkFBaUI7QUFDN0IsZ0JBQU0sVUFBVSx3QkFBd0IsS0FBSyxXQUFVO0FBQ3ZELGNBQUksS0FBSyxLQUFLLG1CQUFtQjtBQUFPLGlCQUFLLE9BQU8sTUFBTSxPQUFPOztBQUM1RCxrQkFBTSxJQUFJLE1BQU0sT0FBTztRQUM5QjtBQUNBLGVBQU87TUFDVDs7O01BSUEsVUFBdUIsUUFBYztBQUNuQyxZQUFJO0FBQ0osZUFBTyxRQUFRLE1BQU0sVUFBVSxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQVUsbUJBQVM7QUFDekUsWUFBSSxRQUFRLFFBQVc7QUFDckIsZ0JBQU0sRUFBQyxTQUFRLElBQUksS0FBSztBQUN4QixnQkFBTSxPQUFPLElBQUksVUFBQSxVQUFVLEVBQUMsUUFBUSxDQUFBLEdBQUksU0FBUSxDQUFDO0FBQ2pELGdCQUFNLFVBQUEsY0FBYyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQzNDLGNBQUksQ0FBQztBQUFLO0FBQ1YsZUFBSyxLQUFLLE1BQU0sSUFBSTtRQUN0QjtBQUNBLGVBQVEsSUFBSSxZQUFZLEtBQUssa0JBQWtCLEdBQUc7TUFDcEQ7Ozs7O01BTUEsYUFBYSxjQUEwQztBQUNyRCxZQUFJLHdCQUF3QixRQUFRO0FBQ2xDLGVBQUssa0JBQWtCLEtBQUssU0FBUyxZQUFZO0FBQ2pELGVBQUssa0JBQWtCLEtBQUssTUFBTSxZQUFZO0FBQzlDLGlCQUFPO1FBQ1Q7QUFDQSxnQkFBUSxPQUFPLGNBQWM7VUFDM0IsS0FBSztBQUNILGlCQUFLLGtCQUFrQixLQUFLLE9BQU87QUFDbkMsaUJBQUssa0JBQWtCLEtBQUssSUFBSTtBQUNoQyxpQkFBSyxPQUFPLE1BQUs7QUFDakIsbUJBQU87VUFDVCxLQUFLLFVBQVU7QUFDYixrQkFBTSxNQUFNLFVBQVUsS0FBSyxNQUFNLFlBQVk7QUFDN0MsZ0JBQUksT0FBTyxPQUFPO0FBQVUsbUJBQUssT0FBTyxPQUFPLElBQUksTUFBTTtBQUN6RCxtQkFBTyxLQUFLLFFBQVEsWUFBWTtBQUNoQyxtQkFBTyxLQUFLLEtBQUssWUFBWTtBQUM3QixtQkFBTztVQUNUO1VBQ0EsS0FBSyxVQUFVO0FBQ2Isa0JBQU0sV0FBVztBQUNqQixpQkFBSyxPQUFPLE9BQU8sUUFBUTtBQUMzQixnQkFBSSxLQUFLLGFBQWEsS0FBSyxLQUFLLFFBQVE7QUFDeEMsZ0JBQUksSUFBSTtBQUNOLG9CQUFLLEdBQUEsVUFBQSxhQUFZLEVBQUU7QUFDbkIscUJBQU8sS0FBSyxRQUFRLEVBQUU7QUFDdEIscUJBQU8sS0FBSyxLQUFLLEVBQUU7WUFDckI7QUFDQSxtQkFBTztVQUNUO1VBQ0E7QUFDRSxrQkFBTSxJQUFJLE1BQU0scUNBQXFDO1FBQ3pEO01BQ0Y7O01BR0EsY0FBYyxhQUF1QjtBQUNuQyxtQkFBVyxPQUFPO0FBQWEsZUFBSyxXQUFXLEdBQUc7QUFDbEQsZUFBTztNQUNUO01BRUEsV0FDRSxVQUNBO0FBRUEsWUFBSTtBQUNKLFlBQUksT0FBTyxZQUFZLFVBQVU7QUFDL0Isb0JBQVU7QUFDVixjQUFJLE9BQU8sT0FBTyxVQUFVO0FBQzFCLGlCQUFLLE9BQU8sS0FBSywwREFBMEQ7QUFDM0UsZ0JBQUksVUFBVTtVQUNoQjtRQUNGLFdBQVcsT0FBTyxZQUFZLFlBQVksUUFBUSxRQUFXO0FBQzNELGdCQUFNO0FBQ04sb0JBQVUsSUFBSTtBQUNkLGNBQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxDQUFDLFFBQVEsUUFBUTtBQUM3QyxrQkFBTSxJQUFJLE1BQU0sd0RBQXdEO1VBQzFFO1FBQ0YsT0FBTztBQUNMLGdCQUFNLElBQUksTUFBTSxnQ0FBZ0M7UUFDbEQ7QUFFQSxxQkFBYSxLQUFLLE1BQU0sU0FBUyxHQUFHO0FBQ3BDLFlBQUksQ0FBQyxLQUFLO0FBQ1IsV0FBQSxHQUFBLE9BQUEsVUFBUyxTQUFTLENBQUMsUUFBUSxRQUFRLEtBQUssTUFBTSxHQUFHLENBQUM7QUFDbEQsaUJBQU87UUFDVDtBQUNBLDBCQUFrQixLQUFLLE1BQU0sR0FBRztBQUNoQyxjQUFNLGFBQXFDO1VBQ3pDLEdBQUc7VUFDSCxPQUFNLEdBQUEsV0FBQSxjQUFhLElBQUksSUFBSTtVQUMzQixhQUFZLEdBQUEsV0FBQSxjQUFhLElBQUksVUFBVTs7QUFFekMsU0FBQSxHQUFBLE9BQUEsVUFDRSxTQUNBLFdBQVcsS0FBSyxXQUFXLElBQ3ZCLENBQUMsTUFBTSxRQUFRLEtBQUssTUFBTSxHQUFHLFVBQVUsSUFDdkMsQ0FBQyxNQUFNLFdBQVcsS0FBSyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssTUFBTSxHQUFHLFlBQVksQ0FBQyxDQUFDLENBQUM7QUFFakYsZUFBTztNQUNUO01BRUEsV0FBVyxTQUFlO0FBQ3hCLGNBQU0sT0FBTyxLQUFLLE1BQU0sSUFBSSxPQUFPO0FBQ25DLGVBQU8sT0FBTyxRQUFRLFdBQVcsS0FBSyxhQUFhLENBQUMsQ0FBQztNQUN2RDs7TUFHQSxjQUFjLFNBQWU7QUFFM0IsY0FBTSxFQUFDLE1BQUssSUFBSTtBQUNoQixlQUFPLE1BQU0sU0FBUyxPQUFPO0FBQzdCLGVBQU8sTUFBTSxJQUFJLE9BQU87QUFDeEIsbUJBQVcsU0FBUyxNQUFNLE9BQU87QUFDL0IsZ0JBQU0sSUFBSSxNQUFNLE1BQU0sVUFBVSxDQUFDLFNBQVMsS0FBSyxZQUFZLE9BQU87QUFDbEUsY0FBSSxLQUFLO0FBQUcsa0JBQU0sTUFBTSxPQUFPLEdBQUcsQ0FBQztRQUNyQztBQUNBLGVBQU87TUFDVDs7TUFHQSxVQUFVLE1BQWMsUUFBYztBQUNwQyxZQUFJLE9BQU8sVUFBVTtBQUFVLG1CQUFTLElBQUksT0FBTyxNQUFNO0FBQ3pELGFBQUssUUFBUSxJQUFJLElBQUk7QUFDckIsZUFBTztNQUNUO01BRUEsV0FDRSxTQUEyQyxLQUFLLFFBQ2hELEVBQUMsWUFBWSxNQUFNLFVBQVUsT0FBTSxJQUF1QixDQUFBO0FBRTFELFlBQUksQ0FBQyxVQUFVLE9BQU8sV0FBVztBQUFHLGlCQUFPO0FBQzNDLGVBQU8sT0FDSixJQUFJLENBQUMsTUFBTSxHQUFHLE9BQU8sR0FBRyxFQUFFLFlBQVksSUFBSSxFQUFFLE9BQU8sRUFBRSxFQUNyRCxPQUFPLENBQUMsTUFBTSxRQUFRLE9BQU8sWUFBWSxHQUFHO01BQ2pEO01BRUEsZ0JBQWdCLFlBQTZCLHNCQUE4QjtBQUN6RSxjQUFNLFFBQVEsS0FBSyxNQUFNO0FBQ3pCLHFCQUFhLEtBQUssTUFBTSxLQUFLLFVBQVUsVUFBVSxDQUFDO0FBQ2xELG1CQUFXLGVBQWUsc0JBQXNCO0FBQzlDLGdCQUFNLFdBQVcsWUFBWSxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUM7QUFDL0MsY0FBSSxXQUFXO0FBQ2YscUJBQVcsT0FBTztBQUFVLHVCQUFXLFNBQVMsR0FBRztBQUVuRCxxQkFBVyxPQUFPLE9BQU87QUFDdkIsa0JBQU0sT0FBTyxNQUFNLEdBQUc7QUFDdEIsZ0JBQUksT0FBTyxRQUFRO0FBQVU7QUFDN0Isa0JBQU0sRUFBQyxNQUFLLElBQUksS0FBSztBQUNyQixrQkFBTSxTQUFTLFNBQVMsR0FBRztBQUMzQixnQkFBSSxTQUFTO0FBQVEsdUJBQVMsR0FBRyxJQUFJLGFBQWEsTUFBTTtVQUMxRDtRQUNGO0FBRUEsZUFBTztNQUNUO01BRVEsa0JBQWtCLFNBQWlELE9BQWM7QUFDdkYsbUJBQVcsVUFBVSxTQUFTO0FBQzVCLGdCQUFNLE1BQU0sUUFBUSxNQUFNO0FBQzFCLGNBQUksQ0FBQyxTQUFTLE1BQU0sS0FBSyxNQUFNLEdBQUc7QUFDaEMsZ0JBQUksT0FBTyxPQUFPLFVBQVU7QUFDMUIscUJBQU8sUUFBUSxNQUFNO1lBQ3ZCLFdBQVcsT0FBTyxDQUFDLElBQUksTUFBTTtBQUMzQixtQkFBSyxPQUFPLE9BQU8sSUFBSSxNQUFNO0FBQzdCLHFCQUFPLFFBQVEsTUFBTTtZQUN2QjtVQUNGO1FBQ0Y7TUFDRjtNQUVBLFdBQ0UsUUFDQSxNQUNBLFFBQ0EsaUJBQWlCLEtBQUssS0FBSyxnQkFDM0IsWUFBWSxLQUFLLEtBQUssZUFBYTtBQUVuQyxZQUFJO0FBQ0osY0FBTSxFQUFDLFNBQVEsSUFBSSxLQUFLO0FBQ3hCLFlBQUksT0FBTyxVQUFVLFVBQVU7QUFDN0IsZUFBSyxPQUFPLFFBQVE7UUFDdEIsT0FBTztBQUNMLGNBQUksS0FBSyxLQUFLO0FBQUssa0JBQU0sSUFBSSxNQUFNLHVCQUF1QjttQkFDakQsT0FBTyxVQUFVO0FBQVcsa0JBQU0sSUFBSSxNQUFNLGtDQUFrQztRQUN6RjtBQUNBLFlBQUksTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNO0FBQ2hDLFlBQUksUUFBUTtBQUFXLGlCQUFPO0FBRTlCLGtCQUFTLEdBQUEsVUFBQSxhQUFZLE1BQU0sTUFBTTtBQUNqQyxjQUFNLFlBQVksVUFBQSxjQUFjLEtBQUssTUFBTSxRQUFRLE1BQU07QUFDekQsY0FBTSxJQUFJLFVBQUEsVUFBVSxFQUFDLFFBQVEsVUFBVSxNQUFNLFFBQVEsVUFBUyxDQUFDO0FBQy9ELGFBQUssT0FBTyxJQUFJLElBQUksUUFBUSxHQUFHO0FBQy9CLFlBQUksYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLEdBQUc7QUFFeEMsY0FBSTtBQUFRLGlCQUFLLGFBQWEsTUFBTTtBQUNwQyxlQUFLLEtBQUssTUFBTSxJQUFJO1FBQ3RCO0FBQ0EsWUFBSTtBQUFnQixlQUFLLGVBQWUsUUFBUSxJQUFJO0FBQ3BELGVBQU87TUFDVDtNQUVRLGFBQWEsSUFBVTtBQUM3QixZQUFJLEtBQUssUUFBUSxFQUFFLEtBQUssS0FBSyxLQUFLLEVBQUUsR0FBRztBQUNyQyxnQkFBTSxJQUFJLE1BQU0sMEJBQTBCLEVBQUUsa0JBQWtCO1FBQ2hFO01BQ0Y7TUFFUSxrQkFBa0IsS0FBYztBQUN0QyxZQUFJLElBQUk7QUFBTSxlQUFLLG1CQUFtQixHQUFHOztBQUNwQyxvQkFBQSxjQUFjLEtBQUssTUFBTSxHQUFHO0FBR2pDLFlBQUksQ0FBQyxJQUFJO0FBQVUsZ0JBQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUM3RCxlQUFPLElBQUk7TUFDYjtNQUVRLG1CQUFtQixLQUFjO0FBQ3ZDLGNBQU0sY0FBYyxLQUFLO0FBQ3pCLGFBQUssT0FBTyxLQUFLO0FBQ2pCLFlBQUk7QUFDRixvQkFBQSxjQUFjLEtBQUssTUFBTSxHQUFHO1FBQzlCO0FBQ0UsZUFBSyxPQUFPO1FBQ2Q7TUFDRjs7QUE5Y08sSUFBQUEsS0FBQSxrQkFBa0IsbUJBQUE7QUFDbEIsSUFBQUEsS0FBQSxrQkFBa0IsWUFBQTt1QkFoQk5BO0FBcWVyQixhQUFTLGFBRVAsV0FDQSxTQUNBLEtBQ0EsTUFBd0IsU0FBTztBQUUvQixpQkFBVyxPQUFPLFdBQVc7QUFDM0IsY0FBTSxNQUFNO0FBQ1osWUFBSSxPQUFPO0FBQVMsZUFBSyxPQUFPLEdBQUcsRUFBRSxHQUFHLEdBQUcsWUFBWSxHQUFHLEtBQUssVUFBVSxHQUFHLENBQUMsRUFBRTtNQUNqRjtJQUNGO0FBRUEsYUFBUyxVQUFxQixRQUFjO0FBQzFDLGdCQUFTLEdBQUEsVUFBQSxhQUFZLE1BQU07QUFDM0IsYUFBTyxLQUFLLFFBQVEsTUFBTSxLQUFLLEtBQUssS0FBSyxNQUFNO0lBQ2pEO0FBRUEsYUFBUyxvQkFBaUI7QUFDeEIsWUFBTSxjQUFjLEtBQUssS0FBSztBQUM5QixVQUFJLENBQUM7QUFBYTtBQUNsQixVQUFJLE1BQU0sUUFBUSxXQUFXO0FBQUcsYUFBSyxVQUFVLFdBQVc7O0FBQ3JELG1CQUFXLE9BQU87QUFBYSxlQUFLLFVBQVUsWUFBWSxHQUFHLEdBQWdCLEdBQUc7SUFDdkY7QUFFQSxhQUFTLG9CQUFpQjtBQUN4QixpQkFBVyxRQUFRLEtBQUssS0FBSyxTQUFTO0FBQ3BDLGNBQU0sU0FBUyxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQ3JDLFlBQUk7QUFBUSxlQUFLLFVBQVUsTUFBTSxNQUFNO01BQ3pDO0lBQ0Y7QUFFQSxhQUFTLG1CQUVQLE1BQXNEO0FBRXRELFVBQUksTUFBTSxRQUFRLElBQUksR0FBRztBQUN2QixhQUFLLGNBQWMsSUFBSTtBQUN2QjtNQUNGO0FBQ0EsV0FBSyxPQUFPLEtBQUssa0RBQWtEO0FBQ25FLGlCQUFXLFdBQVcsTUFBTTtBQUMxQixjQUFNLE1BQU0sS0FBSyxPQUFPO0FBQ3hCLFlBQUksQ0FBQyxJQUFJO0FBQVMsY0FBSSxVQUFVO0FBQ2hDLGFBQUssV0FBVyxHQUFHO01BQ3JCO0lBQ0Y7QUFFQSxhQUFTLHVCQUFvQjtBQUMzQixZQUFNLFdBQVcsRUFBQyxHQUFHLEtBQUssS0FBSTtBQUM5QixpQkFBVyxPQUFPO0FBQXFCLGVBQU8sU0FBUyxHQUFHO0FBQzFELGFBQU87SUFDVDtBQUVBLFFBQU0sU0FBUyxFQUFDLE1BQUc7SUFBSSxHQUFHLE9BQUk7SUFBSSxHQUFHLFFBQUs7SUFBSSxFQUFDO0FBRS9DLGFBQVMsVUFBVSxRQUFnQztBQUNqRCxVQUFJLFdBQVc7QUFBTyxlQUFPO0FBQzdCLFVBQUksV0FBVztBQUFXLGVBQU87QUFDakMsVUFBSSxPQUFPLE9BQU8sT0FBTyxRQUFRLE9BQU87QUFBTyxlQUFPO0FBQ3RELFlBQU0sSUFBSSxNQUFNLG1EQUFtRDtJQUNyRTtBQUVBLFFBQU0sZUFBZTtBQUVyQixhQUFTLGFBQXdCLFNBQTRCLEtBQXVCO0FBQ2xGLFlBQU0sRUFBQyxNQUFLLElBQUk7QUFDaEIsT0FBQSxHQUFBLE9BQUEsVUFBUyxTQUFTLENBQUMsUUFBTztBQUN4QixZQUFJLE1BQU0sU0FBUyxHQUFHO0FBQUcsZ0JBQU0sSUFBSSxNQUFNLFdBQVcsR0FBRyxxQkFBcUI7QUFDNUUsWUFBSSxDQUFDLGFBQWEsS0FBSyxHQUFHO0FBQUcsZ0JBQU0sSUFBSSxNQUFNLFdBQVcsR0FBRyxtQkFBbUI7TUFDaEYsQ0FBQztBQUNELFVBQUksQ0FBQztBQUFLO0FBQ1YsVUFBSSxJQUFJLFNBQVMsRUFBRSxVQUFVLE9BQU8sY0FBYyxNQUFNO0FBQ3RELGNBQU0sSUFBSSxNQUFNLHVEQUF1RDtNQUN6RTtJQUNGO0FBRUEsYUFBUyxRQUVQLFNBQ0EsWUFDQSxVQUFtQjs7QUFFbkIsWUFBTSxPQUFPLGVBQVUsUUFBVixlQUFVLFNBQUEsU0FBVixXQUFZO0FBQ3pCLFVBQUksWUFBWTtBQUFNLGNBQU0sSUFBSSxNQUFNLDZDQUE2QztBQUNuRixZQUFNLEVBQUMsTUFBSyxJQUFJO0FBQ2hCLFVBQUksWUFBWSxPQUFPLE1BQU0sT0FBTyxNQUFNLE1BQU0sS0FBSyxDQUFDLEVBQUMsTUFBTSxFQUFDLE1BQU0sTUFBTSxRQUFRO0FBQ2xGLFVBQUksQ0FBQyxXQUFXO0FBQ2Qsb0JBQVksRUFBQyxNQUFNLFVBQVUsT0FBTyxDQUFBLEVBQUU7QUFDdEMsY0FBTSxNQUFNLEtBQUssU0FBUztNQUM1QjtBQUNBLFlBQU0sU0FBUyxPQUFPLElBQUk7QUFDMUIsVUFBSSxDQUFDO0FBQVk7QUFFakIsWUFBTSxPQUFhO1FBQ2pCO1FBQ0EsWUFBWTtVQUNWLEdBQUc7VUFDSCxPQUFNLEdBQUEsV0FBQSxjQUFhLFdBQVcsSUFBSTtVQUNsQyxhQUFZLEdBQUEsV0FBQSxjQUFhLFdBQVcsVUFBVTs7O0FBR2xELFVBQUksV0FBVztBQUFRLHNCQUFjLEtBQUssTUFBTSxXQUFXLE1BQU0sV0FBVyxNQUFNOztBQUM3RSxrQkFBVSxNQUFNLEtBQUssSUFBSTtBQUM5QixZQUFNLElBQUksT0FBTyxJQUFJO0FBQ3JCLE9BQUEsS0FBQSxXQUFXLGdCQUFVLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRSxRQUFRLENBQUMsUUFBUSxLQUFLLFdBQVcsR0FBRyxDQUFDO0lBQzlEO0FBRUEsYUFBUyxjQUF5QixXQUFzQixNQUFZQyxTQUFjO0FBQ2hGLFlBQU0sSUFBSSxVQUFVLE1BQU0sVUFBVSxDQUFDLFVBQVUsTUFBTSxZQUFZQSxPQUFNO0FBQ3ZFLFVBQUksS0FBSyxHQUFHO0FBQ1Ysa0JBQVUsTUFBTSxPQUFPLEdBQUcsR0FBRyxJQUFJO01BQ25DLE9BQU87QUFDTCxrQkFBVSxNQUFNLEtBQUssSUFBSTtBQUN6QixhQUFLLE9BQU8sS0FBSyxRQUFRQSxPQUFNLGlCQUFpQjtNQUNsRDtJQUNGO0FBRUEsYUFBUyxrQkFBNkIsS0FBc0I7QUFDMUQsVUFBSSxFQUFDLFdBQVUsSUFBSTtBQUNuQixVQUFJLGVBQWU7QUFBVztBQUM5QixVQUFJLElBQUksU0FBUyxLQUFLLEtBQUs7QUFBTyxxQkFBYSxhQUFhLFVBQVU7QUFDdEUsVUFBSSxpQkFBaUIsS0FBSyxRQUFRLFlBQVksSUFBSTtJQUNwRDtBQUVBLFFBQU0sV0FBVztNQUNmLE1BQU07O0FBR1IsYUFBUyxhQUFhLFFBQWlCO0FBQ3JDLGFBQU8sRUFBQyxPQUFPLENBQUMsUUFBUSxRQUFRLEVBQUM7SUFDbkM7Ozs7Ozs7OztBQ3ozQkEsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsT0FBSTtBQUNGLGNBQU0sSUFBSSxNQUFNLHNEQUFzRDtNQUN4RTs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7Ozs7QUNQZixRQUFBLGNBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFVBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFFQSxRQUFNLE1BQTZCO01BQ2pDLFNBQVM7TUFDVCxZQUFZO01BQ1osS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxLQUFLLFFBQVEsTUFBTSxHQUFFLElBQUk7QUFDaEMsY0FBTSxFQUFDLFFBQVEsV0FBVyxLQUFLLGNBQWMsTUFBTSxLQUFJLElBQUk7QUFDM0QsY0FBTSxFQUFDLEtBQUksSUFBSTtBQUNmLGFBQUssU0FBUyxPQUFPLFNBQVMsU0FBUyxXQUFXLEtBQUs7QUFBUSxpQkFBTyxZQUFXO0FBQ2pGLGNBQU0sV0FBVyxVQUFBLFdBQVcsS0FBSyxNQUFNLE1BQU0sUUFBUSxJQUFJO0FBQ3pELFlBQUksYUFBYTtBQUFXLGdCQUFNLElBQUksWUFBQSxRQUFnQixHQUFHLEtBQUssYUFBYSxRQUFRLElBQUk7QUFDdkYsWUFBSSxvQkFBb0IsVUFBQTtBQUFXLGlCQUFPLGFBQWEsUUFBUTtBQUMvRCxlQUFPLGdCQUFnQixRQUFRO0FBRS9CLGlCQUFTLGNBQVc7QUFDbEIsY0FBSSxRQUFRO0FBQU0sbUJBQU8sUUFBUSxLQUFLLGNBQWMsS0FBSyxJQUFJLE1BQU07QUFDbkUsZ0JBQU0sV0FBVyxJQUFJLFdBQVcsUUFBUSxFQUFDLEtBQUssS0FBSSxDQUFDO0FBQ25ELGlCQUFPLFFBQVEsTUFBSyxHQUFBLFVBQUEsS0FBSSxRQUFRLGFBQWEsTUFBTSxLQUFLLE1BQU07UUFDaEU7QUFFQSxpQkFBUyxhQUFhLEtBQWM7QUFDbEMsZ0JBQU0sSUFBSSxZQUFZLEtBQUssR0FBRztBQUM5QixrQkFBUSxLQUFLLEdBQUcsS0FBSyxJQUFJLE1BQU07UUFDakM7QUFFQSxpQkFBUyxnQkFBZ0IsS0FBYztBQUNyQyxnQkFBTSxVQUFVLElBQUksV0FDbEIsVUFDQSxLQUFLLEtBQUssV0FBVyxPQUFPLEVBQUMsS0FBSyxLQUFLLE9BQU0sR0FBQSxVQUFBLFdBQVUsR0FBRyxFQUFDLElBQUksRUFBQyxLQUFLLElBQUcsQ0FBQztBQUUzRSxnQkFBTSxRQUFRLElBQUksS0FBSyxPQUFPO0FBQzlCLGdCQUFNLFNBQVMsSUFBSSxVQUNqQjtZQUNFLFFBQVE7WUFDUixXQUFXLENBQUE7WUFDWCxZQUFZLFVBQUE7WUFDWixjQUFjO1lBQ2QsZUFBZTthQUVqQixLQUFLO0FBRVAsY0FBSSxlQUFlLE1BQU07QUFDekIsY0FBSSxHQUFHLEtBQUs7UUFDZDtNQUNGOztBQUdGLGFBQWdCLFlBQVksS0FBaUIsS0FBYztBQUN6RCxZQUFNLEVBQUMsSUFBRyxJQUFJO0FBQ2QsYUFBTyxJQUFJLFdBQ1AsSUFBSSxXQUFXLFlBQVksRUFBQyxLQUFLLElBQUksU0FBUSxDQUFDLEtBQzlDLEdBQUEsVUFBQSxLQUFJLElBQUksV0FBVyxXQUFXLEVBQUMsS0FBSyxJQUFHLENBQUMsQ0FBQztJQUMvQztBQUxBLElBQUFDLFNBQUEsY0FBQTtBQU9BLGFBQWdCLFFBQVEsS0FBaUIsR0FBUyxLQUFpQixRQUFnQjtBQUNqRixZQUFNLEVBQUMsS0FBSyxHQUFFLElBQUk7QUFDbEIsWUFBTSxFQUFDLFdBQVcsV0FBVyxLQUFLLEtBQUksSUFBSTtBQUMxQyxZQUFNLFVBQVUsS0FBSyxjQUFjLFFBQUEsUUFBRSxPQUFPLFVBQUE7QUFDNUMsVUFBSTtBQUFRLHFCQUFZOztBQUNuQixvQkFBVztBQUVoQixlQUFTLGVBQVk7QUFDbkIsWUFBSSxDQUFDLElBQUk7QUFBUSxnQkFBTSxJQUFJLE1BQU0sd0NBQXdDO0FBQ3pFLGNBQU0sUUFBUSxJQUFJLElBQUksT0FBTztBQUM3QixZQUFJLElBQ0YsTUFBSztBQUNILGNBQUksTUFBSyxHQUFBLFVBQUEsWUFBVSxHQUFBLE9BQUEsa0JBQWlCLEtBQUssR0FBRyxPQUFPLENBQUMsRUFBRTtBQUN0RCwyQkFBaUIsQ0FBQztBQUNsQixjQUFJLENBQUM7QUFBVyxnQkFBSSxPQUFPLE9BQU8sSUFBSTtRQUN4QyxHQUNBLENBQUMsTUFBSztBQUNKLGNBQUksSUFBRyxHQUFBLFVBQUEsT0FBTSxDQUFDLGVBQWUsR0FBRyxlQUF1QixLQUFLLE1BQU0sSUFBSSxNQUFNLENBQUMsQ0FBQztBQUM5RSx3QkFBYyxDQUFDO0FBQ2YsY0FBSSxDQUFDO0FBQVcsZ0JBQUksT0FBTyxPQUFPLEtBQUs7UUFDekMsQ0FBQztBQUVILFlBQUksR0FBRyxLQUFLO01BQ2Q7QUFFQSxlQUFTLGNBQVc7QUFDbEIsWUFBSSxRQUNGLEdBQUEsT0FBQSxrQkFBaUIsS0FBSyxHQUFHLE9BQU8sR0FDaEMsTUFBTSxpQkFBaUIsQ0FBQyxHQUN4QixNQUFNLGNBQWMsQ0FBQyxDQUFDO01BRTFCO0FBRUEsZUFBUyxjQUFjLFFBQVk7QUFDakMsY0FBTSxRQUFPLEdBQUEsVUFBQSxLQUFJLE1BQU07QUFDdkIsWUFBSSxPQUFPLFFBQUEsUUFBRSxVQUFTLEdBQUEsVUFBQSxLQUFJLFFBQUEsUUFBRSxPQUFPLGVBQWUsSUFBSSxNQUFNLFFBQUEsUUFBRSxPQUFPLFdBQVcsSUFBSSxHQUFHO0FBQ3ZGLFlBQUksT0FBTyxRQUFBLFFBQUUsU0FBUSxHQUFBLFVBQUEsS0FBSSxRQUFBLFFBQUUsT0FBTyxTQUFTO01BQzdDO0FBRUEsZUFBUyxpQkFBaUIsUUFBWTs7QUFDcEMsWUFBSSxDQUFDLEdBQUcsS0FBSztBQUFhO0FBQzFCLGNBQU0sZ0JBQWUsS0FBQSxRQUFHLFFBQUgsUUFBRyxTQUFBLFNBQUgsSUFBSyxjQUFRLFFBQUEsT0FBQSxTQUFBLFNBQUEsR0FBRTtBQUVwQyxZQUFJLEdBQUcsVUFBVSxNQUFNO0FBQ3JCLGNBQUksZ0JBQWdCLENBQUMsYUFBYSxjQUFjO0FBQzlDLGdCQUFJLGFBQWEsVUFBVSxRQUFXO0FBQ3BDLGlCQUFHLFFBQVEsT0FBQSxlQUFlLE1BQU0sS0FBSyxhQUFhLE9BQU8sR0FBRyxLQUFLO1lBQ25FO1VBQ0YsT0FBTztBQUNMLGtCQUFNLFFBQVEsSUFBSSxJQUFJLFVBQVMsR0FBQSxVQUFBLEtBQUksTUFBTSxrQkFBa0I7QUFDM0QsZUFBRyxRQUFRLE9BQUEsZUFBZSxNQUFNLEtBQUssT0FBTyxHQUFHLE9BQU8sVUFBQSxJQUFJO1VBQzVEO1FBQ0Y7QUFDQSxZQUFJLEdBQUcsVUFBVSxNQUFNO0FBQ3JCLGNBQUksZ0JBQWdCLENBQUMsYUFBYSxjQUFjO0FBQzlDLGdCQUFJLGFBQWEsVUFBVSxRQUFXO0FBQ3BDLGlCQUFHLFFBQVEsT0FBQSxlQUFlLE1BQU0sS0FBSyxhQUFhLE9BQU8sR0FBRyxLQUFLO1lBQ25FO1VBQ0YsT0FBTztBQUNMLGtCQUFNLFFBQVEsSUFBSSxJQUFJLFVBQVMsR0FBQSxVQUFBLEtBQUksTUFBTSxrQkFBa0I7QUFDM0QsZUFBRyxRQUFRLE9BQUEsZUFBZSxNQUFNLEtBQUssT0FBTyxHQUFHLE9BQU8sVUFBQSxJQUFJO1VBQzVEO1FBQ0Y7TUFDRjtJQUNGO0FBaEVBLElBQUFBLFNBQUEsVUFBQTtBQWtFQSxJQUFBQSxTQUFBLFVBQWU7Ozs7Ozs7OztBQy9IZixRQUFBLE9BQUE7QUFDQSxRQUFBLFFBQUE7QUFFQSxRQUFNLE9BQW1CO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0EsRUFBQyxTQUFTLFdBQVU7TUFDcEI7TUFDQSxLQUFBO01BQ0EsTUFBQTs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ2JmLFFBQUEsWUFBQTtBQUVBLFFBQU0sTUFBTSxVQUFBO0FBTVosUUFBTSxPQUFnRTtNQUNwRSxTQUFTLEVBQUMsT0FBTyxNQUFNLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFFO01BQ2hELFNBQVMsRUFBQyxPQUFPLE1BQU0sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUU7TUFDaEQsa0JBQWtCLEVBQUMsT0FBTyxLQUFLLElBQUksSUFBSSxJQUFJLE1BQU0sSUFBSSxJQUFHO01BQ3hELGtCQUFrQixFQUFDLE9BQU8sS0FBSyxJQUFJLElBQUksSUFBSSxNQUFNLElBQUksSUFBRzs7QUFTMUQsUUFBTSxRQUFnQztNQUNwQyxTQUFTLENBQUMsRUFBQyxTQUFTLFdBQVUsT0FBTSxHQUFBLFVBQUEsZUFBYyxLQUFLLE9BQWMsRUFBRSxLQUFLLElBQUksVUFBVTtNQUMxRixRQUFRLENBQUMsRUFBQyxTQUFTLFdBQVUsT0FDM0IsR0FBQSxVQUFBLGtCQUFpQixLQUFLLE9BQWMsRUFBRSxLQUFLLFlBQVksVUFBVTs7QUFHckUsUUFBTSxNQUE2QjtNQUNqQyxTQUFTLE9BQU8sS0FBSyxJQUFJO01BQ3pCLE1BQU07TUFDTixZQUFZO01BQ1osT0FBTztNQUNQO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxTQUFTLE1BQU0sV0FBVSxJQUFJO0FBQ3BDLFlBQUksV0FBVSxHQUFBLFVBQUEsS0FBSSxJQUFJLElBQUksS0FBSyxPQUFjLEVBQUUsSUFBSSxJQUFJLFVBQVUsYUFBYSxJQUFJLEdBQUc7TUFDdkY7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7QUN2Q2YsUUFBQSxZQUFBO0FBUUEsUUFBTSxRQUFnQztNQUNwQyxTQUFTLENBQUMsRUFBQyxXQUFVLE9BQU0sR0FBQSxVQUFBLDJCQUEwQixVQUFVO01BQy9ELFFBQVEsQ0FBQyxFQUFDLFdBQVUsT0FBTSxHQUFBLFVBQUEsa0JBQWlCLFVBQVU7O0FBR3ZELFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZO01BQ1osT0FBTztNQUNQO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxLQUFLLE1BQU0sWUFBWSxHQUFFLElBQUk7QUFFcEMsY0FBTSxPQUFPLEdBQUcsS0FBSztBQUNyQixjQUFNLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDekIsY0FBTSxVQUFVLFFBQ1osR0FBQSxVQUFBLHlCQUF3QixHQUFHLE9BQU8sR0FBRyxVQUFVLElBQUksTUFDbkQsR0FBQSxVQUFBLEtBQUksR0FBRyxpQkFBaUIsR0FBRztBQUMvQixZQUFJLFdBQVUsR0FBQSxVQUFBLE1BQUssVUFBVSxjQUFjLEdBQUcsTUFBTSxJQUFJLElBQUksVUFBVSxLQUFLLE9BQU8sSUFBSTtNQUN4Rjs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQy9CZixhQUF3QixXQUFXLEtBQVc7QUFDNUMsWUFBTSxNQUFNLElBQUk7QUFDaEIsVUFBSSxTQUFTO0FBQ2IsVUFBSSxNQUFNO0FBQ1YsVUFBSTtBQUNKLGFBQU8sTUFBTSxLQUFLO0FBQ2hCO0FBQ0EsZ0JBQVEsSUFBSSxXQUFXLEtBQUs7QUFDNUIsWUFBSSxTQUFTLFNBQVUsU0FBUyxTQUFVLE1BQU0sS0FBSztBQUVuRCxrQkFBUSxJQUFJLFdBQVcsR0FBRztBQUMxQixlQUFLLFFBQVEsV0FBWTtBQUFRO1FBQ25DO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFmQSxJQUFBQyxTQUFBLFVBQUE7QUFpQkEsZUFBVyxPQUFPOzs7Ozs7Ozs7QUNqQmxCLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUNBLFFBQUEsZUFBQTtBQUVBLFFBQU0sUUFBZ0M7TUFDcEMsUUFBUSxFQUFDLFNBQVMsV0FBVSxHQUFDO0FBQzNCLGNBQU0sT0FBTyxZQUFZLGNBQWMsU0FBUztBQUNoRCxnQkFBTyxHQUFBLFVBQUEscUJBQW9CLElBQUksU0FBUyxVQUFVO01BQ3BEO01BQ0EsUUFBUSxDQUFDLEVBQUMsV0FBVSxPQUFNLEdBQUEsVUFBQSxhQUFZLFVBQVU7O0FBR2xELFFBQU0sTUFBNkI7TUFDakMsU0FBUyxDQUFDLGFBQWEsV0FBVztNQUNsQyxNQUFNO01BQ04sWUFBWTtNQUNaLE9BQU87TUFDUDtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsU0FBUyxNQUFNLFlBQVksR0FBRSxJQUFJO0FBQ3hDLGNBQU0sS0FBSyxZQUFZLGNBQWMsVUFBQSxVQUFVLEtBQUssVUFBQSxVQUFVO0FBQzlELGNBQU0sTUFDSixHQUFHLEtBQUssWUFBWSxTQUFRLEdBQUEsVUFBQSxLQUFJLElBQUksYUFBWSxHQUFBLFVBQUEsTUFBSSxHQUFBLE9BQUEsU0FBUSxJQUFJLEtBQUssYUFBQSxPQUFVLENBQUMsSUFBSSxJQUFJO0FBQzFGLFlBQUksV0FBVSxHQUFBLFVBQUEsS0FBSSxHQUFHLElBQUksRUFBRSxJQUFJLFVBQVUsRUFBRTtNQUM3Qzs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQzNCZixRQUFBLFNBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFlBQUE7QUFJQSxRQUFNLFFBQWdDO01BQ3BDLFNBQVMsQ0FBQyxFQUFDLFdBQVUsT0FBTSxHQUFBLFVBQUEsMkJBQTBCLFVBQVU7TUFDL0QsUUFBUSxDQUFDLEVBQUMsV0FBVSxPQUFNLEdBQUEsVUFBQSxlQUFjLFVBQVU7O0FBR3BELFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZO01BQ1osT0FBTztNQUNQO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxLQUFLLE1BQU0sT0FBTyxRQUFRLFlBQVksR0FBRSxJQUFJO0FBQ25ELGNBQU0sSUFBSSxHQUFHLEtBQUssZ0JBQWdCLE1BQU07QUFDeEMsWUFBSSxPQUFPO0FBQ1QsZ0JBQU0sRUFBQyxPQUFNLElBQUksR0FBRyxLQUFLO0FBQ3pCLGdCQUFNLGFBQWEsT0FBTyxTQUFTLGdCQUFlLEdBQUEsVUFBQSxrQkFBZ0IsR0FBQSxPQUFBLFNBQVEsS0FBSyxNQUFNO0FBQ3JGLGdCQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU87QUFDN0IsY0FBSSxJQUNGLE1BQU0sSUFBSSxPQUFPLFFBQU8sR0FBQSxVQUFBLEtBQUksVUFBVSxJQUFJLFVBQVUsS0FBSyxDQUFDLFVBQVUsSUFBSSxHQUFHLEdBQzNFLE1BQU0sSUFBSSxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBRWhDLGNBQUksV0FBVSxHQUFBLFVBQUEsTUFBSyxLQUFLLEVBQUU7UUFDNUIsT0FBTztBQUNMLGdCQUFNLFVBQVMsR0FBQSxPQUFBLFlBQVcsS0FBSyxNQUFNO0FBQ3JDLGNBQUksV0FBVSxHQUFBLFVBQUEsTUFBSyxNQUFNLFNBQVMsSUFBSSxHQUFHO1FBQzNDO01BQ0Y7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7QUNwQ2YsUUFBQSxZQUFBO0FBRUEsUUFBTSxRQUFnQztNQUNwQyxRQUFRLEVBQUMsU0FBUyxXQUFVLEdBQUM7QUFDM0IsY0FBTSxPQUFPLFlBQVksa0JBQWtCLFNBQVM7QUFDcEQsZ0JBQU8sR0FBQSxVQUFBLHFCQUFvQixJQUFJLFNBQVMsVUFBVTtNQUNwRDtNQUNBLFFBQVEsQ0FBQyxFQUFDLFdBQVUsT0FBTSxHQUFBLFVBQUEsYUFBWSxVQUFVOztBQUdsRCxRQUFNLE1BQTZCO01BQ2pDLFNBQVMsQ0FBQyxpQkFBaUIsZUFBZTtNQUMxQyxNQUFNO01BQ04sWUFBWTtNQUNaLE9BQU87TUFDUDtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsU0FBUyxNQUFNLFdBQVUsSUFBSTtBQUNwQyxjQUFNLEtBQUssWUFBWSxrQkFBa0IsVUFBQSxVQUFVLEtBQUssVUFBQSxVQUFVO0FBQ2xFLFlBQUksV0FBVSxHQUFBLFVBQUEsaUJBQWdCLElBQUksWUFBWSxFQUFFLElBQUksVUFBVSxFQUFFO01BQ2xFOztBQUdGLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDdkJmLFFBQUEsU0FBQTtBQU9BLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQVFBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUyxDQUFDLEVBQUMsUUFBUSxFQUFDLGdCQUFlLEVBQUMsT0FBTSxHQUFBLFVBQUEsb0NBQW1DLGVBQWU7TUFDNUYsUUFBUSxDQUFDLEVBQUMsUUFBUSxFQUFDLGdCQUFlLEVBQUMsT0FBTSxHQUFBLFVBQUEsdUJBQXNCLGVBQWU7O0FBR2hGLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZO01BQ1osT0FBTztNQUNQO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxLQUFLLFFBQVEsWUFBWSxNQUFNLE9BQU8sR0FBRSxJQUFJO0FBQ25ELGNBQU0sRUFBQyxLQUFJLElBQUk7QUFDZixZQUFJLENBQUMsU0FBUyxPQUFPLFdBQVc7QUFBRztBQUNuQyxjQUFNLFVBQVUsT0FBTyxVQUFVLEtBQUs7QUFDdEMsWUFBSSxHQUFHO0FBQVcsd0JBQWE7O0FBQzFCLDBCQUFlO0FBRXBCLFlBQUksS0FBSyxnQkFBZ0I7QUFDdkIsZ0JBQU0sUUFBUSxJQUFJLGFBQWE7QUFDL0IsZ0JBQU0sRUFBQyxrQkFBaUIsSUFBSSxJQUFJO0FBQ2hDLHFCQUFXLGVBQWUsUUFBUTtBQUNoQyxpQkFBSSxVQUFLLFFBQUwsVUFBSyxTQUFBLFNBQUwsTUFBUSxXQUFXLE9BQU0sVUFBYSxDQUFDLGtCQUFrQixJQUFJLFdBQVcsR0FBRztBQUM3RSxvQkFBTSxhQUFhLEdBQUcsVUFBVSxTQUFTLEdBQUc7QUFDNUMsb0JBQU0sTUFBTSxzQkFBc0IsV0FBVyx3QkFBd0IsVUFBVTtBQUMvRSxlQUFBLEdBQUEsT0FBQSxpQkFBZ0IsSUFBSSxLQUFLLEdBQUcsS0FBSyxjQUFjO1lBQ2pEO1VBQ0Y7UUFDRjtBQUVBLGlCQUFTLGdCQUFhO0FBQ3BCLGNBQUksV0FBVyxPQUFPO0FBQ3BCLGdCQUFJLFdBQVcsVUFBQSxLQUFLLGVBQWU7VUFDckMsT0FBTztBQUNMLHVCQUFXLFFBQVEsUUFBUTtBQUN6QixlQUFBLEdBQUEsT0FBQSx3QkFBdUIsS0FBSyxJQUFJO1lBQ2xDO1VBQ0Y7UUFDRjtBQUVBLGlCQUFTLGtCQUFlO0FBQ3RCLGdCQUFNLFVBQVUsSUFBSSxJQUFJLFNBQVM7QUFDakMsY0FBSSxXQUFXLE9BQU87QUFDcEIsa0JBQU0sUUFBUSxJQUFJLElBQUksU0FBUyxJQUFJO0FBQ25DLGdCQUFJLFdBQVcsT0FBTyxNQUFNLGlCQUFpQixTQUFTLEtBQUssQ0FBQztBQUM1RCxnQkFBSSxHQUFHLEtBQUs7VUFDZCxPQUFPO0FBQ0wsZ0JBQUksSUFBRyxHQUFBLE9BQUEsa0JBQWlCLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDN0MsYUFBQSxHQUFBLE9BQUEsbUJBQWtCLEtBQUssT0FBTztBQUM5QixnQkFBSSxLQUFJO1VBQ1Y7UUFDRjtBQUVBLGlCQUFTLGtCQUFlO0FBQ3RCLGNBQUksTUFBTSxRQUFRLFlBQW9CLENBQUMsU0FBUTtBQUM3QyxnQkFBSSxVQUFVLEVBQUMsaUJBQWlCLEtBQUksQ0FBQztBQUNyQyxnQkFBSSxJQUFHLEdBQUEsT0FBQSxrQkFBaUIsS0FBSyxNQUFNLE1BQU0sS0FBSyxhQUFhLEdBQUcsTUFBTSxJQUFJLE1BQUssQ0FBRTtVQUNqRixDQUFDO1FBQ0g7QUFFQSxpQkFBUyxpQkFBaUIsU0FBZSxPQUFXO0FBQ2xELGNBQUksVUFBVSxFQUFDLGlCQUFpQixRQUFPLENBQUM7QUFDeEMsY0FBSSxNQUNGLFNBQ0EsWUFDQSxNQUFLO0FBQ0gsZ0JBQUksT0FBTyxRQUFPLEdBQUEsT0FBQSxnQkFBZSxLQUFLLE1BQU0sU0FBUyxLQUFLLGFBQWEsQ0FBQztBQUN4RSxnQkFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEtBQUssR0FBRyxNQUFLO0FBQ3RCLGtCQUFJLE1BQUs7QUFDVCxrQkFBSSxNQUFLO1lBQ1gsQ0FBQztVQUNILEdBQ0EsVUFBQSxHQUFHO1FBRVA7TUFDRjs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQy9GZixRQUFBLFlBQUE7QUFFQSxRQUFNLFFBQWdDO01BQ3BDLFFBQVEsRUFBQyxTQUFTLFdBQVUsR0FBQztBQUMzQixjQUFNLE9BQU8sWUFBWSxhQUFhLFNBQVM7QUFDL0MsZ0JBQU8sR0FBQSxVQUFBLHFCQUFvQixJQUFJLFNBQVMsVUFBVTtNQUNwRDtNQUNBLFFBQVEsQ0FBQyxFQUFDLFdBQVUsT0FBTSxHQUFBLFVBQUEsYUFBWSxVQUFVOztBQUdsRCxRQUFNLE1BQTZCO01BQ2pDLFNBQVMsQ0FBQyxZQUFZLFVBQVU7TUFDaEMsTUFBTTtNQUNOLFlBQVk7TUFDWixPQUFPO01BQ1A7TUFDQSxLQUFLLEtBQWU7QUFDbEIsY0FBTSxFQUFDLFNBQVMsTUFBTSxXQUFVLElBQUk7QUFDcEMsY0FBTSxLQUFLLFlBQVksYUFBYSxVQUFBLFVBQVUsS0FBSyxVQUFBLFVBQVU7QUFDN0QsWUFBSSxXQUFVLEdBQUEsVUFBQSxLQUFJLElBQUksV0FBVyxFQUFFLElBQUksVUFBVSxFQUFFO01BQ3JEOztBQUdGLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDeEJmLFFBQUEsUUFBQTtBQUdFLFVBQWdCLE9BQU87QUFFekIsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7QUNKZixRQUFBLGFBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFVBQUE7QUFRQSxRQUFNLFFBQWdDO01BQ3BDLFNBQVMsQ0FBQyxFQUFDLFFBQVEsRUFBQyxHQUFHLEVBQUMsRUFBQyxPQUN2QixHQUFBLFVBQUEsK0NBQThDLENBQUMsUUFBUSxDQUFDO01BQzFELFFBQVEsQ0FBQyxFQUFDLFFBQVEsRUFBQyxHQUFHLEVBQUMsRUFBQyxPQUFNLEdBQUEsVUFBQSxTQUFRLENBQUMsUUFBUSxDQUFDOztBQUdsRCxRQUFNLE1BQTZCO01BQ2pDLFNBQVM7TUFDVCxNQUFNO01BQ04sWUFBWTtNQUNaLE9BQU87TUFDUDtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsS0FBSyxNQUFNLE9BQU8sUUFBUSxjQUFjLFlBQVksR0FBRSxJQUFJO0FBQ2pFLFlBQUksQ0FBQyxTQUFTLENBQUM7QUFBUTtBQUN2QixjQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU87QUFDN0IsY0FBTSxZQUFZLGFBQWEsU0FBUSxHQUFBLFdBQUEsZ0JBQWUsYUFBYSxLQUFLLElBQUksQ0FBQTtBQUM1RSxZQUFJLFdBQVcsT0FBTyxzQkFBcUIsR0FBQSxVQUFBLEtBQUksVUFBVSxZQUFZO0FBQ3JFLFlBQUksR0FBRyxLQUFLO0FBRVosaUJBQVMsc0JBQW1CO0FBQzFCLGdCQUFNLElBQUksSUFBSSxJQUFJLE1BQUssR0FBQSxVQUFBLEtBQUksSUFBSSxTQUFTO0FBQ3hDLGdCQUFNLElBQUksSUFBSSxJQUFJLEdBQUc7QUFDckIsY0FBSSxVQUFVLEVBQUMsR0FBRyxFQUFDLENBQUM7QUFDcEIsY0FBSSxPQUFPLE9BQU8sSUFBSTtBQUN0QixjQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksQ0FBQyxRQUFRLE9BQU8sWUFBVyxJQUFLLFFBQVEsUUFBUSxHQUFHLENBQUMsQ0FBQztRQUNsRTtBQUVBLGlCQUFTLGNBQVc7QUFDbEIsaUJBQU8sVUFBVSxTQUFTLEtBQUssQ0FBQyxVQUFVLEtBQUssQ0FBQyxNQUFNLE1BQU0sWUFBWSxNQUFNLE9BQU87UUFDdkY7QUFFQSxpQkFBUyxNQUFNLEdBQVMsR0FBTztBQUM3QixnQkFBTSxPQUFPLElBQUksS0FBSyxNQUFNO0FBQzVCLGdCQUFNLGFBQVksR0FBQSxXQUFBLGdCQUFlLFdBQVcsTUFBTSxHQUFHLEtBQUssZUFBZSxXQUFBLFNBQVMsS0FBSztBQUN2RixnQkFBTSxVQUFVLElBQUksTUFBTSxZQUFXLEdBQUEsVUFBQSxNQUFLO0FBQzFDLGNBQUksS0FBSSxHQUFBLFVBQUEsTUFBSyxDQUFDLE9BQU8sTUFBSztBQUN4QixnQkFBSSxJQUFJLE9BQU0sR0FBQSxVQUFBLEtBQUksSUFBSSxJQUFJLENBQUMsR0FBRztBQUM5QixnQkFBSSxHQUFHLFlBQVcsR0FBQSxVQUFBLFlBQVc7QUFDN0IsZ0JBQUksVUFBVSxTQUFTO0FBQUcsa0JBQUksSUFBRyxHQUFBLFVBQUEsWUFBVyxJQUFJLGlCQUFnQixHQUFBLFVBQUEsS0FBSSxJQUFJLFNBQVM7QUFDakYsZ0JBQ0csSUFBRyxHQUFBLFVBQUEsWUFBVyxPQUFPLElBQUksSUFBSSxpQkFBaUIsTUFBSztBQUNsRCxrQkFBSSxPQUFPLElBQUcsR0FBQSxVQUFBLEtBQUksT0FBTyxJQUFJLElBQUksR0FBRztBQUNwQyxrQkFBSSxNQUFLO0FBQ1Qsa0JBQUksT0FBTyxPQUFPLEtBQUssRUFBRSxNQUFLO1lBQ2hDLENBQUMsRUFDQSxNQUFLLEdBQUEsVUFBQSxLQUFJLE9BQU8sSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFO1VBQ3ZDLENBQUM7UUFDSDtBQUVBLGlCQUFTLE9BQU8sR0FBUyxHQUFPO0FBQzlCLGdCQUFNLE9BQU0sR0FBQSxPQUFBLFNBQVEsS0FBSyxRQUFBLE9BQUs7QUFDOUIsZ0JBQU0sUUFBUSxJQUFJLEtBQUssT0FBTztBQUM5QixjQUFJLE1BQU0sS0FBSyxFQUFFLEtBQUksR0FBQSxVQUFBLE1BQUssQ0FBQyxPQUFPLE1BQ2hDLElBQUksS0FBSSxHQUFBLFVBQUEsS0FBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBTyxNQUMvQixJQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksR0FBRyxJQUFJLElBQUksSUFBSSxDQUFDLE1BQU0sSUFBSSxJQUFJLENBQUMsTUFBTSxNQUFLO0FBQ25ELGdCQUFJLE1BQUs7QUFDVCxnQkFBSSxPQUFPLE9BQU8sS0FBSyxFQUFFLE1BQU0sS0FBSztVQUN0QyxDQUFDLENBQUMsQ0FDSDtRQUVMO01BQ0Y7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7QUM1RWYsUUFBQSxZQUFBO0FBQ0EsUUFBQSxTQUFBO0FBQ0EsUUFBQSxVQUFBO0FBSUEsUUFBTSxRQUFnQztNQUNwQyxTQUFTO01BQ1QsUUFBUSxDQUFDLEVBQUMsV0FBVSxPQUFNLEdBQUEsVUFBQSxvQkFBbUIsVUFBVTs7QUFHekQsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsT0FBTztNQUNQO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxLQUFLLE1BQU0sT0FBTyxZQUFZLE9BQU0sSUFBSTtBQUMvQyxZQUFJLFNBQVUsVUFBVSxPQUFPLFVBQVUsVUFBVztBQUNsRCxjQUFJLFdBQVUsR0FBQSxVQUFBLE9BQUssR0FBQSxPQUFBLFNBQVEsS0FBSyxRQUFBLE9BQUssQ0FBQyxJQUFJLElBQUksS0FBSyxVQUFVLEdBQUc7UUFDbEUsT0FBTztBQUNMLGNBQUksTUFBSyxHQUFBLFVBQUEsS0FBSSxNQUFNLFFBQVEsSUFBSSxFQUFFO1FBQ25DO01BQ0Y7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7QUN6QmYsUUFBQSxZQUFBO0FBQ0EsUUFBQSxTQUFBO0FBQ0EsUUFBQSxVQUFBO0FBSUEsUUFBTSxRQUFnQztNQUNwQyxTQUFTO01BQ1QsUUFBUSxDQUFDLEVBQUMsV0FBVSxPQUFNLEdBQUEsVUFBQSxxQkFBb0IsVUFBVTs7QUFHMUQsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsWUFBWTtNQUNaLE9BQU87TUFDUDtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsS0FBSyxNQUFNLE9BQU8sUUFBUSxZQUFZLEdBQUUsSUFBSTtBQUNuRCxZQUFJLENBQUMsU0FBUyxPQUFPLFdBQVc7QUFBRyxnQkFBTSxJQUFJLE1BQU0sZ0NBQWdDO0FBQ25GLGNBQU0sVUFBVSxPQUFPLFVBQVUsR0FBRyxLQUFLO0FBQ3pDLFlBQUk7QUFDSixjQUFNLFNBQVMsTUFBYSxRQUFHLFFBQUgsUUFBRyxTQUFILE1BQUEsT0FBUSxHQUFBLE9BQUEsU0FBUSxLQUFLLFFBQUEsT0FBSztBQUV0RCxZQUFJO0FBQ0osWUFBSSxXQUFXLE9BQU87QUFDcEIsa0JBQVEsSUFBSSxJQUFJLE9BQU87QUFDdkIsY0FBSSxXQUFXLE9BQU8sUUFBUTtRQUNoQyxPQUFPO0FBRUwsY0FBSSxDQUFDLE1BQU0sUUFBUSxNQUFNO0FBQUcsa0JBQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUN0RSxnQkFBTSxVQUFVLElBQUksTUFBTSxXQUFXLFVBQVU7QUFDL0MsbUJBQVEsR0FBQSxVQUFBLElBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxJQUFhLE1BQWMsVUFBVSxTQUFTLENBQUMsQ0FBQyxDQUFDO1FBQzdFO0FBQ0EsWUFBSSxLQUFLLEtBQUs7QUFFZCxpQkFBUyxXQUFRO0FBQ2YsY0FBSSxPQUFPLE9BQU8sS0FBSztBQUN2QixjQUFJLE1BQU0sS0FBSyxZQUFvQixDQUFDLE1BQ2xDLElBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxPQUFNLENBQUUsSUFBSSxJQUFJLEtBQUssQ0FBQyxLQUFLLE1BQU0sSUFBSSxPQUFPLE9BQU8sSUFBSSxFQUFFLE1BQUssQ0FBRSxDQUFDO1FBRWhGO0FBRUEsaUJBQVMsVUFBVSxTQUFlLEdBQVM7QUFDekMsZ0JBQU0sTUFBTSxPQUFPLENBQUM7QUFDcEIsaUJBQU8sT0FBTyxRQUFRLFlBQVksUUFBUSxRQUN0QyxHQUFBLFVBQUEsS0FBSSxPQUFNLENBQUUsSUFBSSxJQUFJLEtBQUssT0FBTyxJQUFJLENBQUMsUUFDckMsR0FBQSxVQUFBLEtBQUksSUFBSSxRQUFRLEdBQUc7UUFDekI7TUFDRjs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ3BEZixRQUFBLGdCQUFBO0FBQ0EsUUFBQSxlQUFBO0FBQ0EsUUFBQSxnQkFBQTtBQUNBLFFBQUEsWUFBQTtBQUNBLFFBQUEsb0JBQUE7QUFDQSxRQUFBLGFBQUE7QUFDQSxRQUFBLGVBQUE7QUFDQSxRQUFBLGdCQUFBO0FBQ0EsUUFBQSxVQUFBO0FBQ0EsUUFBQSxTQUFBO0FBRUEsUUFBTSxhQUF5Qjs7TUFFN0IsY0FBQTtNQUNBLGFBQUE7O01BRUEsY0FBQTtNQUNBLFVBQUE7O01BRUEsa0JBQUE7TUFDQSxXQUFBOztNQUVBLGFBQUE7TUFDQSxjQUFBOztNQUVBLEVBQUMsU0FBUyxRQUFRLFlBQVksQ0FBQyxVQUFVLE9BQU8sRUFBQztNQUNqRCxFQUFDLFNBQVMsWUFBWSxZQUFZLFVBQVM7TUFDM0MsUUFBQTtNQUNBLE9BQUE7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7O0FDekJmLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUlBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUyxDQUFDLEVBQUMsUUFBUSxFQUFDLElBQUcsRUFBQyxPQUFNLEdBQUEsVUFBQSwrQkFBOEIsR0FBRztNQUMvRCxRQUFRLENBQUMsRUFBQyxRQUFRLEVBQUMsSUFBRyxFQUFDLE9BQU0sR0FBQSxVQUFBLGFBQVksR0FBRzs7QUFHOUMsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsTUFBTTtNQUNOLFlBQVksQ0FBQyxXQUFXLFFBQVE7TUFDaEMsUUFBUTtNQUNSO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxjQUFjLEdBQUUsSUFBSTtBQUMzQixjQUFNLEVBQUMsTUFBSyxJQUFJO0FBQ2hCLFlBQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3pCLFdBQUEsR0FBQSxPQUFBLGlCQUFnQixJQUFJLHNFQUFzRTtBQUMxRjtRQUNGO0FBQ0EsZ0NBQXdCLEtBQUssS0FBSztNQUNwQzs7QUFHRixhQUFnQix3QkFBd0IsS0FBaUIsT0FBa0I7QUFDekUsWUFBTSxFQUFDLEtBQUssUUFBUSxNQUFNLFNBQVMsR0FBRSxJQUFJO0FBQ3pDLFNBQUcsUUFBUTtBQUNYLFlBQU0sTUFBTSxJQUFJLE1BQU0sUUFBTyxHQUFBLFVBQUEsS0FBSSxJQUFJLFNBQVM7QUFDOUMsVUFBSSxXQUFXLE9BQU87QUFDcEIsWUFBSSxVQUFVLEVBQUMsS0FBSyxNQUFNLE9BQU0sQ0FBQztBQUNqQyxZQUFJLE1BQUssR0FBQSxVQUFBLEtBQUksR0FBRyxPQUFPLE1BQU0sTUFBTSxFQUFFO01BQ3ZDLFdBQVcsT0FBTyxVQUFVLFlBQVksRUFBQyxHQUFBLE9BQUEsbUJBQWtCLElBQUksTUFBTSxHQUFHO0FBQ3RFLGNBQU0sUUFBUSxJQUFJLElBQUksVUFBUyxHQUFBLFVBQUEsS0FBSSxHQUFHLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFDM0QsWUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEtBQUssR0FBRyxNQUFNLGNBQWMsS0FBSyxDQUFDO0FBQzdDLFlBQUksR0FBRyxLQUFLO01BQ2Q7QUFFQSxlQUFTLGNBQWMsT0FBVztBQUNoQyxZQUFJLFNBQVMsS0FBSyxNQUFNLFFBQVEsS0FBSyxDQUFDLE1BQUs7QUFDekMsY0FBSSxVQUFVLEVBQUMsU0FBUyxVQUFVLEdBQUcsY0FBYyxPQUFBLEtBQUssSUFBRyxHQUFHLEtBQUs7QUFDbkUsY0FBSSxDQUFDLEdBQUc7QUFBVyxnQkFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEtBQUssR0FBRyxNQUFNLElBQUksTUFBSyxDQUFFO1FBQ3pELENBQUM7TUFDSDtJQUNGO0FBbkJBLElBQUFDLFNBQUEsMEJBQUE7QUFxQkEsSUFBQUEsU0FBQSxVQUFlOzs7Ozs7Ozs7O0FDckRmLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUNBLFFBQUEsU0FBQTtBQUVBLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZLENBQUMsVUFBVSxTQUFTLFNBQVM7TUFDekMsUUFBUTtNQUNSLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsUUFBUSxHQUFFLElBQUk7QUFDckIsWUFBSSxNQUFNLFFBQVEsTUFBTTtBQUFHLGlCQUFPLGNBQWMsS0FBSyxtQkFBbUIsTUFBTTtBQUM5RSxXQUFHLFFBQVE7QUFDWCxhQUFJLEdBQUEsT0FBQSxtQkFBa0IsSUFBSSxNQUFNO0FBQUc7QUFDbkMsWUFBSSxJQUFHLEdBQUEsT0FBQSxlQUFjLEdBQUcsQ0FBQztNQUMzQjs7QUFHRixhQUFnQixjQUNkLEtBQ0EsWUFDQSxTQUFzQixJQUFJLFFBQU07QUFFaEMsWUFBTSxFQUFDLEtBQUssY0FBYyxNQUFNLFNBQVMsR0FBRSxJQUFJO0FBQy9DLHVCQUFpQixZQUFZO0FBQzdCLFVBQUksR0FBRyxLQUFLLGVBQWUsT0FBTyxVQUFVLEdBQUcsVUFBVSxNQUFNO0FBQzdELFdBQUcsUUFBUSxPQUFBLGVBQWUsTUFBTSxLQUFLLE9BQU8sUUFBUSxHQUFHLEtBQUs7TUFDOUQ7QUFDQSxZQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsWUFBTSxNQUFNLElBQUksTUFBTSxRQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksU0FBUztBQUM5QyxhQUFPLFFBQVEsQ0FBQyxLQUFnQixNQUFhO0FBQzNDLGFBQUksR0FBQSxPQUFBLG1CQUFrQixJQUFJLEdBQUc7QUFBRztBQUNoQyxZQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksR0FBRyxNQUFNLENBQUMsSUFBSSxNQUN2QixJQUFJLFVBQ0Y7VUFDRTtVQUNBLFlBQVk7VUFDWixVQUFVO1dBRVosS0FBSyxDQUNOO0FBRUgsWUFBSSxHQUFHLEtBQUs7TUFDZCxDQUFDO0FBRUQsZUFBUyxpQkFBaUIsS0FBb0I7QUFDNUMsY0FBTSxFQUFDLE1BQU0sY0FBYSxJQUFJO0FBQzlCLGNBQU0sSUFBSSxPQUFPO0FBQ2pCLGNBQU0sWUFBWSxNQUFNLElBQUksYUFBYSxNQUFNLElBQUksWUFBWSxJQUFJLFVBQVUsTUFBTTtBQUNuRixZQUFJLEtBQUssZ0JBQWdCLENBQUMsV0FBVztBQUNuQyxnQkFBTSxNQUFNLElBQUksT0FBTyxRQUFRLENBQUMsb0NBQW9DLFVBQVUsNENBQTRDLGFBQWE7QUFDdkksV0FBQSxHQUFBLE9BQUEsaUJBQWdCLElBQUksS0FBSyxLQUFLLFlBQVk7UUFDNUM7TUFDRjtJQUNGO0FBcENBLElBQUFDLFNBQUEsZ0JBQUE7QUFzQ0EsSUFBQUEsU0FBQSxVQUFlOzs7Ozs7Ozs7QUN6RGYsUUFBQSxVQUFBO0FBRUEsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsTUFBTTtNQUNOLFlBQVksQ0FBQyxPQUFPO01BQ3BCLFFBQVE7TUFDUixNQUFNLENBQUMsU0FBUSxHQUFBLFFBQUEsZUFBYyxLQUFLLE9BQU87O0FBRzNDLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDSmYsUUFBQSxZQUFBO0FBQ0EsUUFBQSxTQUFBO0FBQ0EsUUFBQSxTQUFBO0FBQ0EsUUFBQSxvQkFBQTtBQUlBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUyxDQUFDLEVBQUMsUUFBUSxFQUFDLElBQUcsRUFBQyxPQUFNLEdBQUEsVUFBQSwrQkFBOEIsR0FBRztNQUMvRCxRQUFRLENBQUMsRUFBQyxRQUFRLEVBQUMsSUFBRyxFQUFDLE9BQU0sR0FBQSxVQUFBLGFBQVksR0FBRzs7QUFHOUMsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsTUFBTTtNQUNOLFlBQVksQ0FBQyxVQUFVLFNBQVM7TUFDaEMsUUFBUTtNQUNSO01BQ0EsS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxRQUFRLGNBQWMsR0FBRSxJQUFJO0FBQ25DLGNBQU0sRUFBQyxZQUFXLElBQUk7QUFDdEIsV0FBRyxRQUFRO0FBQ1gsYUFBSSxHQUFBLE9BQUEsbUJBQWtCLElBQUksTUFBTTtBQUFHO0FBQ25DLFlBQUk7QUFBYSxXQUFBLEdBQUEsa0JBQUEseUJBQXdCLEtBQUssV0FBVzs7QUFDcEQsY0FBSSxJQUFHLEdBQUEsT0FBQSxlQUFjLEdBQUcsQ0FBQztNQUNoQzs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQzVCZixRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFRQSxRQUFNLFFBQWdDO01BQ3BDLFNBQVMsQ0FBQyxFQUFDLFFBQVEsRUFBQyxLQUFLLElBQUcsRUFBQyxNQUMzQixRQUFRLFVBQ0osR0FBQSxVQUFBLDZCQUE0QixHQUFHLG9CQUMvQixHQUFBLFVBQUEsNkJBQTRCLEdBQUcscUJBQXFCLEdBQUc7TUFDN0QsUUFBUSxDQUFDLEVBQUMsUUFBUSxFQUFDLEtBQUssSUFBRyxFQUFDLE1BQzFCLFFBQVEsVUFBWSxHQUFBLFVBQUEsbUJBQWtCLEdBQUcsT0FBTSxHQUFBLFVBQUEsbUJBQWtCLEdBQUcsa0JBQWtCLEdBQUc7O0FBRzdGLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZLENBQUMsVUFBVSxTQUFTO01BQ2hDLFFBQVE7TUFDUixhQUFhO01BQ2I7TUFDQSxLQUFLLEtBQWU7QUFDbEIsY0FBTSxFQUFDLEtBQUssUUFBUSxjQUFjLE1BQU0sR0FBRSxJQUFJO0FBQzlDLFlBQUk7QUFDSixZQUFJO0FBQ0osY0FBTSxFQUFDLGFBQWEsWUFBVyxJQUFJO0FBQ25DLFlBQUksR0FBRyxLQUFLLE1BQU07QUFDaEIsZ0JBQU0sZ0JBQWdCLFNBQVksSUFBSTtBQUN0QyxnQkFBTTtRQUNSLE9BQU87QUFDTCxnQkFBTTtRQUNSO0FBQ0EsY0FBTSxNQUFNLElBQUksTUFBTSxRQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksU0FBUztBQUM5QyxZQUFJLFVBQVUsRUFBQyxLQUFLLElBQUcsQ0FBQztBQUN4QixZQUFJLFFBQVEsVUFBYSxRQUFRLEdBQUc7QUFDbEMsV0FBQSxHQUFBLE9BQUEsaUJBQWdCLElBQUksc0VBQXNFO0FBQzFGO1FBQ0Y7QUFDQSxZQUFJLFFBQVEsVUFBYSxNQUFNLEtBQUs7QUFDbEMsV0FBQSxHQUFBLE9BQUEsaUJBQWdCLElBQUksaURBQWlEO0FBQ3JFLGNBQUksS0FBSTtBQUNSO1FBQ0Y7QUFDQSxhQUFJLEdBQUEsT0FBQSxtQkFBa0IsSUFBSSxNQUFNLEdBQUc7QUFDakMsY0FBSSxRQUFPLEdBQUEsVUFBQSxLQUFJLEdBQUcsT0FBTyxHQUFHO0FBQzVCLGNBQUksUUFBUTtBQUFXLG9CQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksT0FBTyxHQUFHLE9BQU8sR0FBRztBQUMxRCxjQUFJLEtBQUssSUFBSTtBQUNiO1FBQ0Y7QUFFQSxXQUFHLFFBQVE7QUFDWCxjQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsWUFBSSxRQUFRLFVBQWEsUUFBUSxHQUFHO0FBQ2xDLHdCQUFjLE9BQU8sTUFBTSxJQUFJLEdBQUcsT0FBTyxNQUFNLElBQUksTUFBSyxDQUFFLENBQUM7UUFDN0QsV0FBVyxRQUFRLEdBQUc7QUFDcEIsY0FBSSxJQUFJLE9BQU8sSUFBSTtBQUNuQixjQUFJLFFBQVE7QUFBVyxnQkFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLElBQUksZUFBZSxzQkFBc0I7UUFDN0UsT0FBTztBQUNMLGNBQUksSUFBSSxPQUFPLEtBQUs7QUFDcEIsaUNBQXNCO1FBQ3hCO0FBQ0EsWUFBSSxPQUFPLE9BQU8sTUFBTSxJQUFJLE1BQUssQ0FBRTtBQUVuQyxpQkFBUyx5QkFBc0I7QUFDN0IsZ0JBQU0sV0FBVyxJQUFJLEtBQUssUUFBUTtBQUNsQyxnQkFBTSxRQUFRLElBQUksSUFBSSxTQUFTLENBQUM7QUFDaEMsd0JBQWMsVUFBVSxNQUFNLElBQUksR0FBRyxVQUFVLE1BQU0sWUFBWSxLQUFLLENBQUMsQ0FBQztRQUMxRTtBQUVBLGlCQUFTLGNBQWMsUUFBYyxPQUFpQjtBQUNwRCxjQUFJLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxNQUFLO0FBQzlCLGdCQUFJLFVBQ0Y7Y0FDRSxTQUFTO2NBQ1QsVUFBVTtjQUNWLGNBQWMsT0FBQSxLQUFLO2NBQ25CLGVBQWU7ZUFFakIsTUFBTTtBQUVSLGtCQUFLO1VBQ1AsQ0FBQztRQUNIO0FBRUEsaUJBQVMsWUFBWSxPQUFXO0FBQzlCLGNBQUksTUFBSyxHQUFBLFVBQUEsS0FBSSxLQUFLLElBQUk7QUFDdEIsY0FBSSxRQUFRLFFBQVc7QUFDckIsZ0JBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxLQUFLLE9BQU8sR0FBRyxJQUFJLE1BQU0sSUFBSSxPQUFPLE9BQU8sSUFBSSxFQUFFLE1BQUssQ0FBRTtVQUNyRSxPQUFPO0FBQ0wsZ0JBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLE1BQU0sSUFBSSxPQUFPLE9BQU8sS0FBSyxFQUFFLE1BQUssQ0FBRTtBQUNuRSxnQkFBSSxRQUFRO0FBQUcsa0JBQUksT0FBTyxPQUFPLElBQUk7O0FBQ2hDLGtCQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksS0FBSyxPQUFPLEdBQUcsSUFBSSxNQUFNLElBQUksT0FBTyxPQUFPLElBQUksQ0FBQztVQUNsRTtRQUNGO01BQ0Y7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7O0FDcEdmLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUNBLFFBQUEsU0FBQTtBQW1CYSxJQUFBQyxTQUFBLFFBQWdDO01BQzNDLFNBQVMsQ0FBQyxFQUFDLFFBQVEsRUFBQyxVQUFVLFdBQVcsS0FBSSxFQUFDLE1BQUs7QUFDakQsY0FBTSxlQUFlLGNBQWMsSUFBSSxhQUFhO0FBQ3BELGdCQUFPLEdBQUEsVUFBQSxpQkFBZ0IsWUFBWSxJQUFJLElBQUksa0JBQWtCLFFBQVE7TUFDdkU7TUFDQSxRQUFRLENBQUMsRUFBQyxRQUFRLEVBQUMsVUFBVSxXQUFXLE1BQU0sZ0JBQWUsRUFBQyxPQUM1RCxHQUFBLFVBQUEsZ0JBQWUsUUFBUTt1QkFDSixlQUFlO2lCQUNyQixTQUFTO1lBQ2QsSUFBSTs7O0FBR2hCLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZO01BQ1osT0FBQUEsU0FBQTtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLENBQUMsVUFBVSxPQUFPLElBQUksa0JBQWtCLEdBQUc7QUFDakQsNkJBQXFCLEtBQUssUUFBUTtBQUNsQywyQkFBbUIsS0FBSyxPQUFPO01BQ2pDOztBQUdGLGFBQVMsa0JBQWtCLEVBQUMsT0FBTSxHQUFhO0FBQzdDLFlBQU0sZUFBcUMsQ0FBQTtBQUMzQyxZQUFNLGFBQWlDLENBQUE7QUFDdkMsaUJBQVcsT0FBTyxRQUFRO0FBQ3hCLFlBQUksUUFBUTtBQUFhO0FBQ3pCLGNBQU0sT0FBTyxNQUFNLFFBQVEsT0FBTyxHQUFHLENBQUMsSUFBSSxlQUFlO0FBQ3pELGFBQUssR0FBRyxJQUFJLE9BQU8sR0FBRztNQUN4QjtBQUNBLGFBQU8sQ0FBQyxjQUFjLFVBQVU7SUFDbEM7QUFFQSxhQUFnQixxQkFDZCxLQUNBLGVBQTJDLElBQUksUUFBTTtBQUVyRCxZQUFNLEVBQUMsS0FBSyxNQUFNLEdBQUUsSUFBSTtBQUN4QixVQUFJLE9BQU8sS0FBSyxZQUFZLEVBQUUsV0FBVztBQUFHO0FBQzVDLFlBQU0sVUFBVSxJQUFJLElBQUksU0FBUztBQUNqQyxpQkFBVyxRQUFRLGNBQWM7QUFDL0IsY0FBTSxPQUFPLGFBQWEsSUFBSTtBQUM5QixZQUFJLEtBQUssV0FBVztBQUFHO0FBQ3ZCLGNBQU0sZUFBYyxHQUFBLE9BQUEsZ0JBQWUsS0FBSyxNQUFNLE1BQU0sR0FBRyxLQUFLLGFBQWE7QUFDekUsWUFBSSxVQUFVO1VBQ1osVUFBVTtVQUNWLFdBQVcsS0FBSztVQUNoQixNQUFNLEtBQUssS0FBSyxJQUFJO1NBQ3JCO0FBQ0QsWUFBSSxHQUFHLFdBQVc7QUFDaEIsY0FBSSxHQUFHLGFBQWEsTUFBSztBQUN2Qix1QkFBVyxXQUFXLE1BQU07QUFDMUIsZUFBQSxHQUFBLE9BQUEsd0JBQXVCLEtBQUssT0FBTztZQUNyQztVQUNGLENBQUM7UUFDSCxPQUFPO0FBQ0wsY0FBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLFdBQVcsU0FBUSxHQUFBLE9BQUEsa0JBQWlCLEtBQUssTUFBTSxPQUFPLENBQUMsR0FBRztBQUNyRSxXQUFBLEdBQUEsT0FBQSxtQkFBa0IsS0FBSyxPQUFPO0FBQzlCLGNBQUksS0FBSTtRQUNWO01BQ0Y7SUFDRjtBQTVCQSxJQUFBQSxTQUFBLHVCQUFBO0FBOEJBLGFBQWdCLG1CQUFtQixLQUFpQixhQUF3QixJQUFJLFFBQU07QUFDcEYsWUFBTSxFQUFDLEtBQUssTUFBTSxTQUFTLEdBQUUsSUFBSTtBQUNqQyxZQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsaUJBQVcsUUFBUSxZQUFZO0FBQzdCLGFBQUksR0FBQSxPQUFBLG1CQUFrQixJQUFJLFdBQVcsSUFBSSxDQUFjO0FBQUc7QUFDMUQsWUFBSTtXQUNGLEdBQUEsT0FBQSxnQkFBZSxLQUFLLE1BQU0sTUFBTSxHQUFHLEtBQUssYUFBYTtVQUNyRCxNQUFLO0FBQ0gsa0JBQU0sU0FBUyxJQUFJLFVBQVUsRUFBQyxTQUFTLFlBQVksS0FBSSxHQUFHLEtBQUs7QUFDL0QsZ0JBQUksb0JBQW9CLFFBQVEsS0FBSztVQUN2QztVQUNBLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSTs7O0FBRTNCLFlBQUksR0FBRyxLQUFLO01BQ2Q7SUFDRjtBQWZBLElBQUFBLFNBQUEscUJBQUE7QUFpQkEsSUFBQUEsU0FBQSxVQUFlOzs7Ozs7Ozs7QUN4R2YsUUFBQSxZQUFBO0FBQ0EsUUFBQSxTQUFBO0FBSUEsUUFBTSxRQUFnQztNQUNwQyxTQUFTO01BQ1QsUUFBUSxDQUFDLEVBQUMsT0FBTSxPQUFNLEdBQUEsVUFBQSxvQkFBbUIsT0FBTyxZQUFZOztBQUc5RCxRQUFNLE1BQTZCO01BQ2pDLFNBQVM7TUFDVCxNQUFNO01BQ04sWUFBWSxDQUFDLFVBQVUsU0FBUztNQUNoQztNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsS0FBSyxRQUFRLE1BQU0sR0FBRSxJQUFJO0FBQ2hDLGFBQUksR0FBQSxPQUFBLG1CQUFrQixJQUFJLE1BQU07QUFBRztBQUNuQyxjQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFFOUIsWUFBSSxNQUFNLE9BQU8sTUFBTSxDQUFDLFFBQU87QUFDN0IsY0FBSSxVQUFVLEVBQUMsY0FBYyxJQUFHLENBQUM7QUFDakMsY0FBSSxVQUNGO1lBQ0UsU0FBUztZQUNULE1BQU07WUFDTixXQUFXLENBQUMsUUFBUTtZQUNwQixjQUFjO1lBQ2QsZUFBZTthQUVqQixLQUFLO0FBRVAsY0FBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLEtBQUssR0FBRyxNQUFLO0FBQ3RCLGdCQUFJLE1BQU0sSUFBSTtBQUNkLGdCQUFJLENBQUMsR0FBRztBQUFXLGtCQUFJLE1BQUs7VUFDOUIsQ0FBQztRQUNILENBQUM7QUFFRCxZQUFJLEdBQUcsS0FBSztNQUNkOztBQUdGLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDMUNmLFFBQUEsU0FBQTtBQUNBLFFBQUEsWUFBQTtBQUNBLFFBQUEsVUFBQTtBQUVBLFFBQUEsU0FBQTtBQVFBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUztNQUNULFFBQVEsQ0FBQyxFQUFDLE9BQU0sT0FBTSxHQUFBLFVBQUEsMEJBQXlCLE9BQU8sa0JBQWtCOztBQUcxRSxRQUFNLE1BQXNEO01BQzFELFNBQVM7TUFDVCxNQUFNLENBQUMsUUFBUTtNQUNmLFlBQVksQ0FBQyxXQUFXLFFBQVE7TUFDaEMsZ0JBQWdCO01BQ2hCLGFBQWE7TUFDYjtNQUNBLEtBQUssS0FBRztBQUNOLGNBQU0sRUFBQyxLQUFLLFFBQVEsY0FBYyxNQUFNLFdBQVcsR0FBRSxJQUFJO0FBRXpELFlBQUksQ0FBQztBQUFXLGdCQUFNLElBQUksTUFBTSwwQkFBMEI7QUFDMUQsY0FBTSxFQUFDLFdBQVcsS0FBSSxJQUFJO0FBQzFCLFdBQUcsUUFBUTtBQUNYLFlBQUksS0FBSyxxQkFBcUIsVUFBUyxHQUFBLE9BQUEsbUJBQWtCLElBQUksTUFBTTtBQUFHO0FBQ3RFLGNBQU0sU0FBUSxHQUFBLE9BQUEscUJBQW9CLGFBQWEsVUFBVTtBQUN6RCxjQUFNLFlBQVcsR0FBQSxPQUFBLHFCQUFvQixhQUFhLGlCQUFpQjtBQUNuRSxrQ0FBeUI7QUFDekIsWUFBSSxJQUFHLEdBQUEsVUFBQSxLQUFJLFNBQVMsUUFBUSxRQUFBLFFBQUUsTUFBTSxFQUFFO0FBRXRDLGlCQUFTLDRCQUF5QjtBQUNoQyxjQUFJLE1BQU0sT0FBTyxNQUFNLENBQUMsUUFBYTtBQUNuQyxnQkFBSSxDQUFDLE1BQU0sVUFBVSxDQUFDLFNBQVM7QUFBUSxxQ0FBdUIsR0FBRzs7QUFDNUQsa0JBQUksR0FBRyxhQUFhLEdBQUcsR0FBRyxNQUFNLHVCQUF1QixHQUFHLENBQUM7VUFDbEUsQ0FBQztRQUNIO0FBRUEsaUJBQVMsYUFBYSxLQUFTO0FBQzdCLGNBQUk7QUFDSixjQUFJLE1BQU0sU0FBUyxHQUFHO0FBRXBCLGtCQUFNLGVBQWMsR0FBQSxPQUFBLGdCQUFlLElBQUksYUFBYSxZQUFZLFlBQVk7QUFDNUUsMkJBQWMsR0FBQSxPQUFBLGVBQWMsS0FBSyxhQUFxQixHQUFHO1VBQzNELFdBQVcsTUFBTSxRQUFRO0FBQ3ZCLDJCQUFjLEdBQUEsVUFBQSxJQUFHLEdBQUcsTUFBTSxJQUFJLENBQUMsT0FBTSxHQUFBLFVBQUEsS0FBSSxHQUFHLFFBQVEsQ0FBQyxFQUFFLENBQUM7VUFDMUQsT0FBTztBQUNMLDBCQUFjLFVBQUE7VUFDaEI7QUFDQSxjQUFJLFNBQVMsUUFBUTtBQUNuQiwyQkFBYyxHQUFBLFVBQUEsSUFBRyxhQUFhLEdBQUcsU0FBUyxJQUFJLENBQUMsT0FBTSxHQUFBLFVBQUEsTUFBSSxHQUFBLE9BQUEsWUFBVyxLQUFLLENBQUMsQ0FBQyxTQUFTLEdBQUcsR0FBRyxDQUFDO1VBQzdGO0FBQ0Esa0JBQU8sR0FBQSxVQUFBLEtBQUksV0FBVztRQUN4QjtBQUVBLGlCQUFTLGlCQUFpQixLQUFTO0FBQ2pDLGNBQUksTUFBSyxHQUFBLFVBQUEsWUFBVyxJQUFJLElBQUksR0FBRyxHQUFHO1FBQ3BDO0FBRUEsaUJBQVMsdUJBQXVCLEtBQVM7QUFDdkMsY0FBSSxLQUFLLHFCQUFxQixTQUFVLEtBQUssb0JBQW9CLFdBQVcsT0FBUTtBQUNsRiw2QkFBaUIsR0FBRztBQUNwQjtVQUNGO0FBRUEsY0FBSSxXQUFXLE9BQU87QUFDcEIsZ0JBQUksVUFBVSxFQUFDLG9CQUFvQixJQUFHLENBQUM7QUFDdkMsZ0JBQUksTUFBSztBQUNULGdCQUFJLENBQUM7QUFBVyxrQkFBSSxNQUFLO0FBQ3pCO1VBQ0Y7QUFFQSxjQUFJLE9BQU8sVUFBVSxZQUFZLEVBQUMsR0FBQSxPQUFBLG1CQUFrQixJQUFJLE1BQU0sR0FBRztBQUMvRCxrQkFBTSxRQUFRLElBQUksS0FBSyxPQUFPO0FBQzlCLGdCQUFJLEtBQUsscUJBQXFCLFdBQVc7QUFDdkMsb0NBQXNCLEtBQUssT0FBTyxLQUFLO0FBQ3ZDLGtCQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksS0FBSyxHQUFHLE1BQUs7QUFDdEIsb0JBQUksTUFBSztBQUNULGlDQUFpQixHQUFHO2NBQ3RCLENBQUM7WUFDSCxPQUFPO0FBQ0wsb0NBQXNCLEtBQUssS0FBSztBQUNoQyxrQkFBSSxDQUFDO0FBQVcsb0JBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLE1BQUssQ0FBRTtZQUN0RDtVQUNGO1FBQ0Y7QUFFQSxpQkFBUyxzQkFBc0IsS0FBVyxPQUFhLFFBQWM7QUFDbkUsZ0JBQU0sWUFBMkI7WUFDL0IsU0FBUztZQUNULFVBQVU7WUFDVixjQUFjLE9BQUEsS0FBSzs7QUFFckIsY0FBSSxXQUFXLE9BQU87QUFDcEIsbUJBQU8sT0FBTyxXQUFXO2NBQ3ZCLGVBQWU7Y0FDZixjQUFjO2NBQ2QsV0FBVzthQUNaO1VBQ0g7QUFDQSxjQUFJLFVBQVUsV0FBVyxLQUFLO1FBQ2hDO01BQ0Y7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7QUNwSGYsUUFBQSxhQUFBO0FBQ0EsUUFBQSxTQUFBO0FBQ0EsUUFBQSxTQUFBO0FBQ0EsUUFBQSx5QkFBQTtBQUVBLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULE1BQU07TUFDTixZQUFZO01BQ1osS0FBSyxLQUFlO0FBQ2xCLGNBQU0sRUFBQyxLQUFLLFFBQVEsY0FBYyxNQUFNLEdBQUUsSUFBSTtBQUM5QyxZQUFJLEdBQUcsS0FBSyxxQkFBcUIsU0FBUyxhQUFhLHlCQUF5QixRQUFXO0FBQ3pGLGlDQUFBLFFBQU0sS0FBSyxJQUFJLFdBQUEsV0FBVyxJQUFJLHVCQUFBLFNBQU8sc0JBQXNCLENBQUM7UUFDOUQ7QUFDQSxjQUFNLFlBQVcsR0FBQSxPQUFBLHFCQUFvQixNQUFNO0FBQzNDLG1CQUFXLFFBQVEsVUFBVTtBQUMzQixhQUFHLGtCQUFrQixJQUFJLElBQUk7UUFDL0I7QUFDQSxZQUFJLEdBQUcsS0FBSyxlQUFlLFNBQVMsVUFBVSxHQUFHLFVBQVUsTUFBTTtBQUMvRCxhQUFHLFFBQVEsT0FBQSxlQUFlLE1BQU0sTUFBSyxHQUFBLE9BQUEsUUFBTyxRQUFRLEdBQUcsR0FBRyxLQUFLO1FBQ2pFO0FBQ0EsY0FBTSxhQUFhLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBQyxHQUFBLE9BQUEsbUJBQWtCLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQztBQUMzRSxZQUFJLFdBQVcsV0FBVztBQUFHO0FBQzdCLGNBQU0sUUFBUSxJQUFJLEtBQUssT0FBTztBQUU5QixtQkFBVyxRQUFRLFlBQVk7QUFDN0IsY0FBSSxXQUFXLElBQUksR0FBRztBQUNwQixnQ0FBb0IsSUFBSTtVQUMxQixPQUFPO0FBQ0wsZ0JBQUksSUFBRyxHQUFBLE9BQUEsZ0JBQWUsS0FBSyxNQUFNLE1BQU0sR0FBRyxLQUFLLGFBQWEsQ0FBQztBQUM3RCxnQ0FBb0IsSUFBSTtBQUN4QixnQkFBSSxDQUFDLEdBQUc7QUFBVyxrQkFBSSxLQUFJLEVBQUcsSUFBSSxPQUFPLElBQUk7QUFDN0MsZ0JBQUksTUFBSztVQUNYO0FBQ0EsY0FBSSxHQUFHLGtCQUFrQixJQUFJLElBQUk7QUFDakMsY0FBSSxHQUFHLEtBQUs7UUFDZDtBQUVBLGlCQUFTLFdBQVcsTUFBWTtBQUM5QixpQkFBTyxHQUFHLEtBQUssZUFBZSxDQUFDLEdBQUcsaUJBQWlCLE9BQU8sSUFBSSxFQUFFLFlBQVk7UUFDOUU7QUFFQSxpQkFBUyxvQkFBb0IsTUFBWTtBQUN2QyxjQUFJLFVBQ0Y7WUFDRSxTQUFTO1lBQ1QsWUFBWTtZQUNaLFVBQVU7YUFFWixLQUFLO1FBRVQ7TUFDRjs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ3REZixRQUFBLFNBQUE7QUFDQSxRQUFBLFlBQUE7QUFDQSxRQUFBLFNBQUE7QUFDQSxRQUFBLFNBQUE7QUFHQSxRQUFNLE1BQTZCO01BQ2pDLFNBQVM7TUFDVCxNQUFNO01BQ04sWUFBWTtNQUNaLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsS0FBSyxRQUFRLE1BQU0sY0FBYyxHQUFFLElBQUk7QUFDOUMsY0FBTSxFQUFDLEtBQUksSUFBSTtBQUNmLGNBQU0sWUFBVyxHQUFBLE9BQUEscUJBQW9CLE1BQU07QUFDM0MsY0FBTSxzQkFBc0IsU0FBUyxPQUFPLENBQUMsT0FDM0MsR0FBQSxPQUFBLG1CQUFrQixJQUFJLE9BQU8sQ0FBQyxDQUFjLENBQUM7QUFHL0MsWUFDRSxTQUFTLFdBQVcsS0FDbkIsb0JBQW9CLFdBQVcsU0FBUyxXQUN0QyxDQUFDLEdBQUcsS0FBSyxlQUFlLEdBQUcsVUFBVSxPQUN4QztBQUNBO1FBQ0Y7QUFFQSxjQUFNLGtCQUNKLEtBQUssZ0JBQWdCLENBQUMsS0FBSywyQkFBMkIsYUFBYTtBQUNyRSxjQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsWUFBSSxHQUFHLFVBQVUsUUFBUSxFQUFFLEdBQUcsaUJBQWlCLFVBQUEsT0FBTztBQUNwRCxhQUFHLFNBQVEsR0FBQSxPQUFBLHNCQUFxQixLQUFLLEdBQUcsS0FBSztRQUMvQztBQUNBLGNBQU0sRUFBQyxNQUFLLElBQUk7QUFDaEIsa0NBQXlCO0FBRXpCLGlCQUFTLDRCQUF5QjtBQUNoQyxxQkFBVyxPQUFPLFVBQVU7QUFDMUIsZ0JBQUk7QUFBaUIsc0NBQXdCLEdBQUc7QUFDaEQsZ0JBQUksR0FBRyxXQUFXO0FBQ2hCLGlDQUFtQixHQUFHO1lBQ3hCLE9BQU87QUFDTCxrQkFBSSxJQUFJLE9BQU8sSUFBSTtBQUNuQixpQ0FBbUIsR0FBRztBQUN0QixrQkFBSSxHQUFHLEtBQUs7WUFDZDtVQUNGO1FBQ0Y7QUFFQSxpQkFBUyx3QkFBd0IsS0FBVztBQUMxQyxxQkFBVyxRQUFRLGlCQUFpQjtBQUNsQyxnQkFBSSxJQUFJLE9BQU8sR0FBRyxFQUFFLEtBQUssSUFBSSxHQUFHO0FBQzlCLGVBQUEsR0FBQSxPQUFBLGlCQUNFLElBQ0EsWUFBWSxJQUFJLG9CQUFvQixHQUFHLGdDQUFnQztZQUUzRTtVQUNGO1FBQ0Y7QUFFQSxpQkFBUyxtQkFBbUIsS0FBVztBQUNyQyxjQUFJLE1BQU0sT0FBTyxNQUFNLENBQUMsUUFBTztBQUM3QixnQkFBSSxJQUFHLEdBQUEsVUFBQSxNQUFJLEdBQUEsT0FBQSxZQUFXLEtBQUssR0FBRyxDQUFDLFNBQVMsR0FBRyxLQUFLLE1BQUs7QUFDbkQsb0JBQU0sY0FBYyxvQkFBb0IsU0FBUyxHQUFHO0FBQ3BELGtCQUFJLENBQUMsYUFBYTtBQUNoQixvQkFBSSxVQUNGO2tCQUNFLFNBQVM7a0JBQ1QsWUFBWTtrQkFDWixVQUFVO2tCQUNWLGNBQWMsT0FBQSxLQUFLO21CQUVyQixLQUFLO2NBRVQ7QUFFQSxrQkFBSSxHQUFHLEtBQUssZUFBZSxVQUFVLE1BQU07QUFDekMsb0JBQUksUUFBTyxHQUFBLFVBQUEsS0FBSSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUk7Y0FDdEMsV0FBVyxDQUFDLGVBQWUsQ0FBQyxHQUFHLFdBQVc7QUFHeEMsb0JBQUksSUFBRyxHQUFBLFVBQUEsS0FBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLE1BQUssQ0FBRTtjQUN0QztZQUNGLENBQUM7VUFDSCxDQUFDO1FBQ0g7TUFDRjs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ3hGZixRQUFBLFNBQUE7QUFJQSxRQUFNLE1BQTZCO01BQ2pDLFNBQVM7TUFDVCxZQUFZLENBQUMsVUFBVSxTQUFTO01BQ2hDLGFBQWE7TUFDYixLQUFLLEtBQWU7QUFDbEIsY0FBTSxFQUFDLEtBQUssUUFBUSxHQUFFLElBQUk7QUFDMUIsYUFBSSxHQUFBLE9BQUEsbUJBQWtCLElBQUksTUFBTSxHQUFHO0FBQ2pDLGNBQUksS0FBSTtBQUNSO1FBQ0Y7QUFFQSxjQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsWUFBSSxVQUNGO1VBQ0UsU0FBUztVQUNULGVBQWU7VUFDZixjQUFjO1VBQ2QsV0FBVztXQUViLEtBQUs7QUFHUCxZQUFJLFdBQ0YsT0FDQSxNQUFNLElBQUksTUFBSyxHQUNmLE1BQU0sSUFBSSxNQUFLLENBQUU7TUFFckI7TUFDQSxPQUFPLEVBQUMsU0FBUyxvQkFBbUI7O0FBR3RDLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDcENmLFFBQUEsU0FBQTtBQUlBLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULFlBQVk7TUFDWixhQUFhO01BQ2IsTUFBTSxPQUFBO01BQ04sT0FBTyxFQUFDLFNBQVMsK0JBQThCOztBQUdqRCxJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ05mLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQVNBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUztNQUNULFFBQVEsQ0FBQyxFQUFDLE9BQU0sT0FBTSxHQUFBLFVBQUEsc0JBQXFCLE9BQU8sT0FBTzs7QUFHM0QsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsWUFBWTtNQUNaLGFBQWE7TUFDYjtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsS0FBSyxRQUFRLGNBQWMsR0FBRSxJQUFJO0FBRXhDLFlBQUksQ0FBQyxNQUFNLFFBQVEsTUFBTTtBQUFHLGdCQUFNLElBQUksTUFBTSwwQkFBMEI7QUFDdEUsWUFBSSxHQUFHLEtBQUssaUJBQWlCLGFBQWE7QUFBZTtBQUN6RCxjQUFNLFNBQXNCO0FBQzVCLGNBQU0sUUFBUSxJQUFJLElBQUksU0FBUyxLQUFLO0FBQ3BDLGNBQU0sVUFBVSxJQUFJLElBQUksV0FBVyxJQUFJO0FBQ3ZDLGNBQU0sV0FBVyxJQUFJLEtBQUssUUFBUTtBQUNsQyxZQUFJLFVBQVUsRUFBQyxRQUFPLENBQUM7QUFHdkIsWUFBSSxNQUFNLGFBQWE7QUFFdkIsWUFBSSxPQUNGLE9BQ0EsTUFBTSxJQUFJLE1BQUssR0FDZixNQUFNLElBQUksTUFBTSxJQUFJLENBQUM7QUFHdkIsaUJBQVMsZ0JBQWE7QUFDcEIsaUJBQU8sUUFBUSxDQUFDLEtBQWdCLE1BQWE7QUFDM0MsZ0JBQUk7QUFDSixpQkFBSSxHQUFBLE9BQUEsbUJBQWtCLElBQUksR0FBRyxHQUFHO0FBQzlCLGtCQUFJLElBQUksVUFBVSxJQUFJO1lBQ3hCLE9BQU87QUFDTCx1QkFBUyxJQUFJLFVBQ1g7Z0JBQ0UsU0FBUztnQkFDVCxZQUFZO2dCQUNaLGVBQWU7aUJBRWpCLFFBQVE7WUFFWjtBQUVBLGdCQUFJLElBQUksR0FBRztBQUNULGtCQUNHLElBQUcsR0FBQSxVQUFBLEtBQUksUUFBUSxPQUFPLEtBQUssRUFBRSxFQUM3QixPQUFPLE9BQU8sS0FBSyxFQUNuQixPQUFPLFVBQVMsR0FBQSxVQUFBLE1BQUssT0FBTyxLQUFLLENBQUMsR0FBRyxFQUNyQyxLQUFJO1lBQ1Q7QUFFQSxnQkFBSSxHQUFHLFVBQVUsTUFBSztBQUNwQixrQkFBSSxPQUFPLE9BQU8sSUFBSTtBQUN0QixrQkFBSSxPQUFPLFNBQVMsQ0FBQztBQUNyQixrQkFBSTtBQUFRLG9CQUFJLGVBQWUsUUFBUSxVQUFBLElBQUk7WUFDN0MsQ0FBQztVQUNILENBQUM7UUFDSDtNQUNGOztBQUdGLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDL0VmLFFBQUEsU0FBQTtBQUVBLFFBQU0sTUFBNkI7TUFDakMsU0FBUztNQUNULFlBQVk7TUFDWixLQUFLLEtBQWU7QUFDbEIsY0FBTSxFQUFDLEtBQUssUUFBUSxHQUFFLElBQUk7QUFFMUIsWUFBSSxDQUFDLE1BQU0sUUFBUSxNQUFNO0FBQUcsZ0JBQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUN0RSxjQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU87QUFDOUIsZUFBTyxRQUFRLENBQUMsS0FBZ0IsTUFBYTtBQUMzQyxlQUFJLEdBQUEsT0FBQSxtQkFBa0IsSUFBSSxHQUFHO0FBQUc7QUFDaEMsZ0JBQU0sU0FBUyxJQUFJLFVBQVUsRUFBQyxTQUFTLFNBQVMsWUFBWSxFQUFDLEdBQUcsS0FBSztBQUNyRSxjQUFJLEdBQUcsS0FBSztBQUNaLGNBQUksZUFBZSxNQUFNO1FBQzNCLENBQUM7TUFDSDs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ2JmLFFBQUEsWUFBQTtBQUNBLFFBQUEsU0FBQTtBQUlBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUyxDQUFDLEVBQUMsT0FBTSxPQUFNLEdBQUEsVUFBQSxtQkFBa0IsT0FBTyxRQUFRO01BQ3hELFFBQVEsQ0FBQyxFQUFDLE9BQU0sT0FBTSxHQUFBLFVBQUEsc0JBQXFCLE9BQU8sUUFBUTs7QUFHNUQsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsWUFBWSxDQUFDLFVBQVUsU0FBUztNQUNoQyxhQUFhO01BQ2I7TUFDQSxLQUFLLEtBQWU7QUFDbEIsY0FBTSxFQUFDLEtBQUssY0FBYyxHQUFFLElBQUk7QUFDaEMsWUFBSSxhQUFhLFNBQVMsVUFBYSxhQUFhLFNBQVMsUUFBVztBQUN0RSxXQUFBLEdBQUEsT0FBQSxpQkFBZ0IsSUFBSSwyQ0FBMkM7UUFDakU7QUFDQSxjQUFNLFVBQVUsVUFBVSxJQUFJLE1BQU07QUFDcEMsY0FBTSxVQUFVLFVBQVUsSUFBSSxNQUFNO0FBQ3BDLFlBQUksQ0FBQyxXQUFXLENBQUM7QUFBUztBQUUxQixjQUFNLFFBQVEsSUFBSSxJQUFJLFNBQVMsSUFBSTtBQUNuQyxjQUFNLFdBQVcsSUFBSSxLQUFLLFFBQVE7QUFDbEMsbUJBQVU7QUFDVixZQUFJLE1BQUs7QUFFVCxZQUFJLFdBQVcsU0FBUztBQUN0QixnQkFBTSxXQUFXLElBQUksSUFBSSxVQUFVO0FBQ25DLGNBQUksVUFBVSxFQUFDLFNBQVEsQ0FBQztBQUN4QixjQUFJLEdBQUcsVUFBVSxlQUFlLFFBQVEsUUFBUSxHQUFHLGVBQWUsUUFBUSxRQUFRLENBQUM7UUFDckYsV0FBVyxTQUFTO0FBQ2xCLGNBQUksR0FBRyxVQUFVLGVBQWUsTUFBTSxDQUFDO1FBQ3pDLE9BQU87QUFDTCxjQUFJLElBQUcsR0FBQSxVQUFBLEtBQUksUUFBUSxHQUFHLGVBQWUsTUFBTSxDQUFDO1FBQzlDO0FBRUEsWUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDO0FBRXJDLGlCQUFTLGFBQVU7QUFDakIsZ0JBQU0sU0FBUyxJQUFJLFVBQ2pCO1lBQ0UsU0FBUztZQUNULGVBQWU7WUFDZixjQUFjO1lBQ2QsV0FBVzthQUViLFFBQVE7QUFFVixjQUFJLGVBQWUsTUFBTTtRQUMzQjtBQUVBLGlCQUFTLGVBQWUsU0FBaUIsVUFBZTtBQUN0RCxpQkFBTyxNQUFLO0FBQ1Ysa0JBQU0sU0FBUyxJQUFJLFVBQVUsRUFBQyxRQUFPLEdBQUcsUUFBUTtBQUNoRCxnQkFBSSxPQUFPLE9BQU8sUUFBUTtBQUMxQixnQkFBSSxvQkFBb0IsUUFBUSxLQUFLO0FBQ3JDLGdCQUFJO0FBQVUsa0JBQUksT0FBTyxXQUFVLEdBQUEsVUFBQSxLQUFJLE9BQU8sRUFBRTs7QUFDM0Msa0JBQUksVUFBVSxFQUFDLFVBQVUsUUFBTyxDQUFDO1VBQ3hDO1FBQ0Y7TUFDRjs7QUFHRixhQUFTLFVBQVUsSUFBa0IsU0FBZTtBQUNsRCxZQUFNLFNBQVMsR0FBRyxPQUFPLE9BQU87QUFDaEMsYUFBTyxXQUFXLFVBQWEsRUFBQyxHQUFBLE9BQUEsbUJBQWtCLElBQUksTUFBTTtJQUM5RDtBQUVBLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDN0VmLFFBQUEsU0FBQTtBQUVBLFFBQU0sTUFBNkI7TUFDakMsU0FBUyxDQUFDLFFBQVEsTUFBTTtNQUN4QixZQUFZLENBQUMsVUFBVSxTQUFTO01BQ2hDLEtBQUssRUFBQyxTQUFTLGNBQWMsR0FBRSxHQUFhO0FBQzFDLFlBQUksYUFBYSxPQUFPO0FBQVcsV0FBQSxHQUFBLE9BQUEsaUJBQWdCLElBQUksSUFBSSxPQUFPLDJCQUEyQjtNQUMvRjs7QUFHRixJQUFBQyxTQUFBLFVBQWU7Ozs7Ozs7OztBQ1hmLFFBQUEsb0JBQUE7QUFDQSxRQUFBLGdCQUFBO0FBQ0EsUUFBQSxVQUFBO0FBQ0EsUUFBQSxjQUFBO0FBQ0EsUUFBQSxhQUFBO0FBQ0EsUUFBQSxpQkFBQTtBQUNBLFFBQUEsa0JBQUE7QUFDQSxRQUFBLHlCQUFBO0FBQ0EsUUFBQSxlQUFBO0FBQ0EsUUFBQSxzQkFBQTtBQUNBLFFBQUEsUUFBQTtBQUNBLFFBQUEsVUFBQTtBQUNBLFFBQUEsVUFBQTtBQUNBLFFBQUEsVUFBQTtBQUNBLFFBQUEsT0FBQTtBQUNBLFFBQUEsYUFBQTtBQUVBLGFBQXdCLGNBQWMsWUFBWSxPQUFLO0FBQ3JELFlBQU0sYUFBYTs7UUFFakIsTUFBQTtRQUNBLFFBQUE7UUFDQSxRQUFBO1FBQ0EsUUFBQTtRQUNBLEtBQUE7UUFDQSxXQUFBOztRQUVBLGdCQUFBO1FBQ0EsdUJBQUE7UUFDQSxlQUFBO1FBQ0EsYUFBQTtRQUNBLG9CQUFBOztBQUdGLFVBQUk7QUFBVyxtQkFBVyxLQUFLLGNBQUEsU0FBYSxZQUFBLE9BQVM7O0FBQ2hELG1CQUFXLEtBQUssa0JBQUEsU0FBaUIsUUFBQSxPQUFLO0FBQzNDLGlCQUFXLEtBQUssV0FBQSxPQUFRO0FBQ3hCLGFBQU87SUFDVDtBQXJCQSxJQUFBQyxTQUFBLFVBQUE7Ozs7Ozs7OztBQ1RBLFFBQUEsWUFBQTtBQWFBLFFBQU0sUUFBZ0M7TUFDcEMsU0FBUyxDQUFDLEVBQUMsV0FBVSxPQUFNLEdBQUEsVUFBQSwwQkFBeUIsVUFBVTtNQUM5RCxRQUFRLENBQUMsRUFBQyxXQUFVLE9BQU0sR0FBQSxVQUFBLGNBQWEsVUFBVTs7QUFHbkQsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsTUFBTSxDQUFDLFVBQVUsUUFBUTtNQUN6QixZQUFZO01BQ1osT0FBTztNQUNQO01BQ0EsS0FBSyxLQUFpQixVQUFpQjtBQUNyQyxjQUFNLEVBQUMsS0FBSyxNQUFNLE9BQU8sUUFBUSxZQUFZLEdBQUUsSUFBSTtBQUNuRCxjQUFNLEVBQUMsTUFBTSxlQUFlLFdBQVcsS0FBSSxJQUFJO0FBQy9DLFlBQUksQ0FBQyxLQUFLO0FBQWlCO0FBRTNCLFlBQUk7QUFBTyw4QkFBbUI7O0FBQ3pCLHlCQUFjO0FBRW5CLGlCQUFTLHNCQUFtQjtBQUMxQixnQkFBTSxPQUFPLElBQUksV0FBVyxXQUFXO1lBQ3JDLEtBQUssS0FBSztZQUNWLE1BQU0sS0FBSyxLQUFLO1dBQ2pCO0FBQ0QsZ0JBQU0sT0FBTyxJQUFJLE1BQU0sU0FBUSxHQUFBLFVBQUEsS0FBSSxJQUFJLElBQUksVUFBVSxHQUFHO0FBQ3hELGdCQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU87QUFDN0IsZ0JBQU0sU0FBUyxJQUFJLElBQUksUUFBUTtBQUUvQixjQUFJLElBQ0YsR0FBQSxVQUFBLFlBQVcsSUFBSSxxQkFBcUIsSUFBSSx1QkFDeEMsTUFBTSxJQUFJLE9BQU8sUUFBTyxHQUFBLFVBQUEsS0FBSSxJQUFJLG1CQUFtQixFQUFFLE9BQU8sU0FBUSxHQUFBLFVBQUEsS0FBSSxJQUFJLFdBQVcsR0FDdkYsTUFBTSxJQUFJLE9BQU8sUUFBTyxHQUFBLFVBQUEsWUFBVyxFQUFFLE9BQU8sUUFBUSxJQUFJLENBQUM7QUFFM0QsY0FBSSxXQUFVLEdBQUEsVUFBQSxJQUFHLFdBQVUsR0FBSSxXQUFVLENBQUUsQ0FBQztBQUU1QyxtQkFBUyxhQUFVO0FBQ2pCLGdCQUFJLEtBQUssaUJBQWlCO0FBQU8scUJBQU8sVUFBQTtBQUN4QyxvQkFBTyxHQUFBLFVBQUEsS0FBSSxVQUFVLFFBQVEsTUFBTTtVQUNyQztBQUVBLG1CQUFTLGFBQVU7QUFDakIsa0JBQU0sYUFBYSxVQUFVLFVBQ3pCLEdBQUEsVUFBQSxNQUFLLElBQUksa0JBQWtCLE1BQU0sSUFBSSxJQUFJLE9BQU8sTUFBTSxJQUFJLElBQUksUUFDOUQsR0FBQSxVQUFBLEtBQUksTUFBTSxJQUFJLElBQUk7QUFDdEIsa0JBQU0sYUFBWSxHQUFBLFVBQUEsYUFBWSxNQUFNLG9CQUFvQixVQUFVLE1BQU0sTUFBTSxTQUFTLElBQUk7QUFDM0Ysb0JBQU8sR0FBQSxVQUFBLEtBQUksTUFBTSxPQUFPLE1BQU0sZ0JBQWdCLEtBQUssUUFBUSxRQUFRLFFBQVEsU0FBUztVQUN0RjtRQUNGO0FBRUEsaUJBQVMsaUJBQWM7QUFDckIsZ0JBQU0sWUFBcUMsS0FBSyxRQUFRLE1BQU07QUFDOUQsY0FBSSxDQUFDLFdBQVc7QUFDZCwwQkFBYTtBQUNiO1VBQ0Y7QUFDQSxjQUFJLGNBQWM7QUFBTTtBQUN4QixnQkFBTSxDQUFDLFNBQVMsUUFBUSxNQUFNLElBQUksVUFBVSxTQUFTO0FBQ3JELGNBQUksWUFBWTtBQUFVLGdCQUFJLEtBQUssZUFBYyxDQUFFO0FBRW5ELG1CQUFTLGdCQUFhO0FBQ3BCLGdCQUFJLEtBQUssaUJBQWlCLE9BQU87QUFDL0IsbUJBQUssT0FBTyxLQUFLLFdBQVUsQ0FBRTtBQUM3QjtZQUNGO0FBQ0Esa0JBQU0sSUFBSSxNQUFNLFdBQVUsQ0FBRTtBQUU1QixxQkFBUyxhQUFVO0FBQ2pCLHFCQUFPLG1CQUFtQixNQUFnQixnQ0FBZ0MsYUFBYTtZQUN6RjtVQUNGO0FBRUEsbUJBQVMsVUFBVSxRQUFtQjtBQUNwQyxrQkFBTSxPQUNKLGtCQUFrQixVQUNkLEdBQUEsVUFBQSxZQUFXLE1BQU0sSUFDakIsS0FBSyxLQUFLLFdBQ1YsR0FBQSxVQUFBLEtBQUksS0FBSyxLQUFLLE9BQU8sSUFBRyxHQUFBLFVBQUEsYUFBWSxNQUFNLENBQUMsS0FDM0M7QUFDTixrQkFBTSxNQUFNLElBQUksV0FBVyxXQUFXLEVBQUMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFJLENBQUM7QUFDdEUsZ0JBQUksT0FBTyxVQUFVLFlBQVksRUFBRSxrQkFBa0IsU0FBUztBQUM1RCxxQkFBTyxDQUFDLE9BQU8sUUFBUSxVQUFVLE9BQU8sV0FBVSxHQUFBLFVBQUEsS0FBSSxHQUFHLFdBQVc7WUFDdEU7QUFFQSxtQkFBTyxDQUFDLFVBQVUsUUFBUSxHQUFHO1VBQy9CO0FBRUEsbUJBQVMsaUJBQWM7QUFDckIsZ0JBQUksT0FBTyxhQUFhLFlBQVksRUFBRSxxQkFBcUIsV0FBVyxVQUFVLE9BQU87QUFDckYsa0JBQUksQ0FBQyxVQUFVO0FBQVEsc0JBQU0sSUFBSSxNQUFNLDZCQUE2QjtBQUNwRSxzQkFBTyxHQUFBLFVBQUEsV0FBVSxNQUFNLElBQUksSUFBSTtZQUNqQztBQUNBLG1CQUFPLE9BQU8sVUFBVSxjQUFhLEdBQUEsVUFBQSxLQUFJLE1BQU0sSUFBSSxJQUFJLE9BQU0sR0FBQSxVQUFBLEtBQUksTUFBTSxTQUFTLElBQUk7VUFDdEY7UUFDRjtNQUNGOztBQUdGLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7O0FDdEhmLFFBQUEsV0FBQTtBQUVBLFFBQU0sU0FBcUIsQ0FBQyxTQUFBLE9BQWE7QUFFekMsSUFBQUMsU0FBQSxVQUFlOzs7Ozs7Ozs7O0FDSEYsSUFBQUMsU0FBQSxxQkFBaUM7TUFDNUM7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7O0FBR1csSUFBQUEsU0FBQSxvQkFBZ0M7TUFDM0M7TUFDQTtNQUNBOzs7Ozs7Ozs7O0FDZEYsUUFBQSxTQUFBO0FBQ0EsUUFBQSxlQUFBO0FBQ0EsUUFBQSxlQUFBO0FBQ0EsUUFBQSxXQUFBO0FBQ0EsUUFBQSxhQUFBO0FBRUEsUUFBTSxxQkFBbUM7TUFDdkMsT0FBQTtNQUNBLGFBQUE7T0FDQSxHQUFBLGFBQUEsU0FBdUI7TUFDdkIsU0FBQTtNQUNBLFdBQUE7TUFDQSxXQUFBOztBQUdGLElBQUFDLFNBQUEsVUFBZTs7Ozs7Ozs7OztBQ2RmLFFBQVk7QUFBWixLQUFBLFNBQVlDLGFBQVU7QUFDcEIsTUFBQUEsWUFBQSxLQUFBLElBQUE7QUFDQSxNQUFBQSxZQUFBLFNBQUEsSUFBQTtJQUNGLEdBSFksZUFBVUMsU0FBQSxhQUFWLGFBQVUsQ0FBQSxFQUFBOzs7Ozs7Ozs7QUNBdEIsUUFBQSxZQUFBO0FBQ0EsUUFBQSxVQUFBO0FBQ0EsUUFBQSxZQUFBO0FBQ0EsUUFBQSxjQUFBO0FBQ0EsUUFBQSxTQUFBO0FBSUEsUUFBTSxRQUFnQztNQUNwQyxTQUFTLENBQUMsRUFBQyxRQUFRLEVBQUMsWUFBWSxRQUFPLEVBQUMsTUFDdEMsZUFBZSxRQUFBLFdBQVcsTUFDdEIsUUFBUSxPQUFPLHFCQUNmLGlCQUFpQixPQUFPO01BQzlCLFFBQVEsQ0FBQyxFQUFDLFFBQVEsRUFBQyxZQUFZLEtBQUssUUFBTyxFQUFDLE9BQzFDLEdBQUEsVUFBQSxhQUFZLFVBQVUsVUFBVSxPQUFPLGVBQWUsR0FBRzs7QUFHN0QsUUFBTSxNQUE2QjtNQUNqQyxTQUFTO01BQ1QsTUFBTTtNQUNOLFlBQVk7TUFDWjtNQUNBLEtBQUssS0FBZTtBQUNsQixjQUFNLEVBQUMsS0FBSyxNQUFNLFFBQVEsY0FBYyxHQUFFLElBQUk7QUFDOUMsY0FBTSxFQUFDLE1BQUssSUFBSTtBQUNoQixZQUFJLENBQUMsR0FBRyxLQUFLLGVBQWU7QUFDMUIsZ0JBQU0sSUFBSSxNQUFNLDhDQUE4QztRQUNoRTtBQUNBLGNBQU0sVUFBVSxPQUFPO0FBQ3ZCLFlBQUksT0FBTyxXQUFXO0FBQVUsZ0JBQU0sSUFBSSxNQUFNLHNDQUFzQztBQUN0RixZQUFJLE9BQU87QUFBUyxnQkFBTSxJQUFJLE1BQU0seUNBQXlDO0FBQzdFLFlBQUksQ0FBQztBQUFPLGdCQUFNLElBQUksTUFBTSx1Q0FBdUM7QUFDbkUsY0FBTSxRQUFRLElBQUksSUFBSSxTQUFTLEtBQUs7QUFDcEMsY0FBTSxNQUFNLElBQUksTUFBTSxRQUFPLEdBQUEsVUFBQSxLQUFJLElBQUksSUFBRyxHQUFBLFVBQUEsYUFBWSxPQUFPLENBQUMsRUFBRTtBQUM5RCxZQUFJLElBQ0YsR0FBQSxVQUFBLFlBQVcsR0FBRyxnQkFDZCxNQUFNLGdCQUFlLEdBQ3JCLE1BQU0sSUFBSSxNQUFNLE9BQU8sRUFBQyxZQUFZLFFBQUEsV0FBVyxLQUFLLEtBQUssUUFBTyxDQUFDLENBQUM7QUFFcEUsWUFBSSxHQUFHLEtBQUs7QUFFWixpQkFBUyxrQkFBZTtBQUN0QixnQkFBTSxVQUFVLFdBQVU7QUFDMUIsY0FBSSxHQUFHLEtBQUs7QUFDWixxQkFBVyxZQUFZLFNBQVM7QUFDOUIsZ0JBQUksUUFBTyxHQUFBLFVBQUEsS0FBSSxHQUFHLFFBQVEsUUFBUSxFQUFFO0FBQ3BDLGdCQUFJLE9BQU8sT0FBTyxlQUFlLFFBQVEsUUFBUSxDQUFDLENBQUM7VUFDckQ7QUFDQSxjQUFJLEtBQUk7QUFDUixjQUFJLE1BQU0sT0FBTyxFQUFDLFlBQVksUUFBQSxXQUFXLFNBQVMsS0FBSyxRQUFPLENBQUM7QUFDL0QsY0FBSSxNQUFLO1FBQ1g7QUFFQSxpQkFBUyxlQUFlLFlBQW1CO0FBQ3pDLGdCQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU87QUFDL0IsZ0JBQU0sU0FBUyxJQUFJLFVBQVUsRUFBQyxTQUFTLFNBQVMsV0FBVSxHQUFHLE1BQU07QUFDbkUsY0FBSSxlQUFlLFFBQVEsVUFBQSxJQUFJO0FBQy9CLGlCQUFPO1FBQ1Q7QUFFQSxpQkFBUyxhQUFVOztBQUNqQixnQkFBTSxlQUF5QyxDQUFBO0FBQy9DLGdCQUFNLGNBQWMsWUFBWSxZQUFZO0FBQzVDLGNBQUksY0FBYztBQUNsQixtQkFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxnQkFBSSxNQUFNLE1BQU0sQ0FBQztBQUNqQixpQkFBSSxRQUFHLFFBQUgsUUFBRyxTQUFBLFNBQUgsSUFBSyxTQUFRLEVBQUMsR0FBQSxPQUFBLHNCQUFxQixLQUFLLEdBQUcsS0FBSyxLQUFLLEdBQUc7QUFDMUQsb0JBQU0sTUFBTSxJQUFJO0FBQ2hCLG9CQUFNLFVBQUEsV0FBVyxLQUFLLEdBQUcsTUFBTSxHQUFHLFVBQVUsTUFBTSxHQUFHLFFBQVEsR0FBRztBQUNoRSxrQkFBSSxlQUFlLFVBQUE7QUFBVyxzQkFBTSxJQUFJO0FBQ3hDLGtCQUFJLFFBQVE7QUFBVyxzQkFBTSxJQUFJLFlBQUEsUUFBZ0IsR0FBRyxLQUFLLGFBQWEsR0FBRyxRQUFRLEdBQUc7WUFDdEY7QUFDQSxrQkFBTSxXQUFVLEtBQUEsUUFBRyxRQUFILFFBQUcsU0FBQSxTQUFILElBQUssZ0JBQVUsUUFBQSxPQUFBLFNBQUEsU0FBQSxHQUFHLE9BQU87QUFDekMsZ0JBQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsb0JBQU0sSUFBSSxNQUNSLGlGQUFpRixPQUFPLEdBQUc7WUFFL0Y7QUFDQSwwQkFBYyxnQkFBZ0IsZUFBZSxZQUFZLEdBQUc7QUFDNUQsd0JBQVksU0FBUyxDQUFDO1VBQ3hCO0FBQ0EsY0FBSSxDQUFDO0FBQWEsa0JBQU0sSUFBSSxNQUFNLG1CQUFtQixPQUFPLG9CQUFvQjtBQUNoRixpQkFBTztBQUVQLG1CQUFTLFlBQVksRUFBQyxTQUFRLEdBQWtCO0FBQzlDLG1CQUFPLE1BQU0sUUFBUSxRQUFRLEtBQUssU0FBUyxTQUFTLE9BQU87VUFDN0Q7QUFFQSxtQkFBUyxZQUFZLEtBQXNCLEdBQVM7QUFDbEQsZ0JBQUksSUFBSSxPQUFPO0FBQ2IseUJBQVcsSUFBSSxPQUFPLENBQUM7WUFDekIsV0FBVyxJQUFJLE1BQU07QUFDbkIseUJBQVcsWUFBWSxJQUFJLE1BQU07QUFDL0IsMkJBQVcsVUFBVSxDQUFDO2NBQ3hCO1lBQ0YsT0FBTztBQUNMLG9CQUFNLElBQUksTUFBTSw4QkFBOEIsT0FBTywrQkFBK0I7WUFDdEY7VUFDRjtBQUVBLG1CQUFTLFdBQVcsVUFBbUIsR0FBUztBQUM5QyxnQkFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLGNBQWM7QUFDM0Qsb0JBQU0sSUFBSSxNQUFNLG1CQUFtQixPQUFPLGlDQUFpQztZQUM3RTtBQUNBLHlCQUFhLFFBQVEsSUFBSTtVQUMzQjtRQUNGO01BQ0Y7O0FBR0YsSUFBQUMsU0FBQSxVQUFlOzs7OztBQ2hIZjtBQUFBLHlEQUFBQyxVQUFBQyxTQUFBO0FBQUEsSUFBQUEsUUFBQTtBQUFBLE1BQ0UsU0FBVztBQUFBLE1BQ1gsS0FBTztBQUFBLE1BQ1AsT0FBUztBQUFBLE1BQ1QsYUFBZTtBQUFBLFFBQ2IsYUFBZTtBQUFBLFVBQ2IsTUFBUTtBQUFBLFVBQ1IsVUFBWTtBQUFBLFVBQ1osT0FBUyxFQUFDLE1BQVEsSUFBRztBQUFBLFFBQ3ZCO0FBQUEsUUFDQSxvQkFBc0I7QUFBQSxVQUNwQixNQUFRO0FBQUEsVUFDUixTQUFXO0FBQUEsUUFDYjtBQUFBLFFBQ0EsNEJBQThCO0FBQUEsVUFDNUIsT0FBUyxDQUFDLEVBQUMsTUFBUSxtQ0FBa0MsR0FBRyxFQUFDLFNBQVcsRUFBQyxDQUFDO0FBQUEsUUFDeEU7QUFBQSxRQUNBLGFBQWU7QUFBQSxVQUNiLE1BQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsVUFBVSxRQUFRO0FBQUEsUUFDOUU7QUFBQSxRQUNBLGFBQWU7QUFBQSxVQUNiLE1BQVE7QUFBQSxVQUNSLE9BQVMsRUFBQyxNQUFRLFNBQVE7QUFBQSxVQUMxQixhQUFlO0FBQUEsVUFDZixTQUFXLENBQUM7QUFBQSxRQUNkO0FBQUEsTUFDRjtBQUFBLE1BQ0EsTUFBUSxDQUFDLFVBQVUsU0FBUztBQUFBLE1BQzVCLFlBQWM7QUFBQSxRQUNaLEtBQU87QUFBQSxVQUNMLE1BQVE7QUFBQSxVQUNSLFFBQVU7QUFBQSxRQUNaO0FBQUEsUUFDQSxTQUFXO0FBQUEsVUFDVCxNQUFRO0FBQUEsVUFDUixRQUFVO0FBQUEsUUFDWjtBQUFBLFFBQ0EsTUFBUTtBQUFBLFVBQ04sTUFBUTtBQUFBLFVBQ1IsUUFBVTtBQUFBLFFBQ1o7QUFBQSxRQUNBLFVBQVk7QUFBQSxVQUNWLE1BQVE7QUFBQSxRQUNWO0FBQUEsUUFDQSxPQUFTO0FBQUEsVUFDUCxNQUFRO0FBQUEsUUFDVjtBQUFBLFFBQ0EsYUFBZTtBQUFBLFVBQ2IsTUFBUTtBQUFBLFFBQ1Y7QUFBQSxRQUNBLFNBQVc7QUFBQSxRQUNYLFVBQVk7QUFBQSxVQUNWLE1BQVE7QUFBQSxVQUNSLFNBQVc7QUFBQSxRQUNiO0FBQUEsUUFDQSxVQUFZO0FBQUEsVUFDVixNQUFRO0FBQUEsVUFDUixPQUFTO0FBQUEsUUFDWDtBQUFBLFFBQ0EsWUFBYztBQUFBLFVBQ1osTUFBUTtBQUFBLFVBQ1Isa0JBQW9CO0FBQUEsUUFDdEI7QUFBQSxRQUNBLFNBQVc7QUFBQSxVQUNULE1BQVE7QUFBQSxRQUNWO0FBQUEsUUFDQSxrQkFBb0I7QUFBQSxVQUNsQixNQUFRO0FBQUEsUUFDVjtBQUFBLFFBQ0EsU0FBVztBQUFBLFVBQ1QsTUFBUTtBQUFBLFFBQ1Y7QUFBQSxRQUNBLGtCQUFvQjtBQUFBLFVBQ2xCLE1BQVE7QUFBQSxRQUNWO0FBQUEsUUFDQSxXQUFhLEVBQUMsTUFBUSxtQ0FBa0M7QUFBQSxRQUN4RCxXQUFhLEVBQUMsTUFBUSwyQ0FBMEM7QUFBQSxRQUNoRSxTQUFXO0FBQUEsVUFDVCxNQUFRO0FBQUEsVUFDUixRQUFVO0FBQUEsUUFDWjtBQUFBLFFBQ0EsaUJBQW1CLEVBQUMsTUFBUSxJQUFHO0FBQUEsUUFDL0IsT0FBUztBQUFBLFVBQ1AsT0FBUyxDQUFDLEVBQUMsTUFBUSxJQUFHLEdBQUcsRUFBQyxNQUFRLDRCQUEyQixDQUFDO0FBQUEsVUFDOUQsU0FBVztBQUFBLFFBQ2I7QUFBQSxRQUNBLFVBQVksRUFBQyxNQUFRLG1DQUFrQztBQUFBLFFBQ3ZELFVBQVksRUFBQyxNQUFRLDJDQUEwQztBQUFBLFFBQy9ELGFBQWU7QUFBQSxVQUNiLE1BQVE7QUFBQSxVQUNSLFNBQVc7QUFBQSxRQUNiO0FBQUEsUUFDQSxVQUFZLEVBQUMsTUFBUSxJQUFHO0FBQUEsUUFDeEIsZUFBaUIsRUFBQyxNQUFRLG1DQUFrQztBQUFBLFFBQzVELGVBQWlCLEVBQUMsTUFBUSwyQ0FBMEM7QUFBQSxRQUNwRSxVQUFZLEVBQUMsTUFBUSw0QkFBMkI7QUFBQSxRQUNoRCxzQkFBd0IsRUFBQyxNQUFRLElBQUc7QUFBQSxRQUNwQyxhQUFlO0FBQUEsVUFDYixNQUFRO0FBQUEsVUFDUixzQkFBd0IsRUFBQyxNQUFRLElBQUc7QUFBQSxVQUNwQyxTQUFXLENBQUM7QUFBQSxRQUNkO0FBQUEsUUFDQSxZQUFjO0FBQUEsVUFDWixNQUFRO0FBQUEsVUFDUixzQkFBd0IsRUFBQyxNQUFRLElBQUc7QUFBQSxVQUNwQyxTQUFXLENBQUM7QUFBQSxRQUNkO0FBQUEsUUFDQSxtQkFBcUI7QUFBQSxVQUNuQixNQUFRO0FBQUEsVUFDUixzQkFBd0IsRUFBQyxNQUFRLElBQUc7QUFBQSxVQUNwQyxlQUFpQixFQUFDLFFBQVUsUUFBTztBQUFBLFVBQ25DLFNBQVcsQ0FBQztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGNBQWdCO0FBQUEsVUFDZCxNQUFRO0FBQUEsVUFDUixzQkFBd0I7QUFBQSxZQUN0QixPQUFTLENBQUMsRUFBQyxNQUFRLElBQUcsR0FBRyxFQUFDLE1BQVEsNEJBQTJCLENBQUM7QUFBQSxVQUNoRTtBQUFBLFFBQ0Y7QUFBQSxRQUNBLGVBQWlCLEVBQUMsTUFBUSxJQUFHO0FBQUEsUUFDN0IsT0FBUztBQUFBLFFBQ1QsTUFBUTtBQUFBLFVBQ04sTUFBUTtBQUFBLFVBQ1IsT0FBUztBQUFBLFVBQ1QsVUFBWTtBQUFBLFVBQ1osYUFBZTtBQUFBLFFBQ2pCO0FBQUEsUUFDQSxNQUFRO0FBQUEsVUFDTixPQUFTO0FBQUEsWUFDUCxFQUFDLE1BQVEsNEJBQTJCO0FBQUEsWUFDcEM7QUFBQSxjQUNFLE1BQVE7QUFBQSxjQUNSLE9BQVMsRUFBQyxNQUFRLDRCQUEyQjtBQUFBLGNBQzdDLFVBQVk7QUFBQSxjQUNaLGFBQWU7QUFBQSxZQUNqQjtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQUEsUUFDQSxRQUFVLEVBQUMsTUFBUSxTQUFRO0FBQUEsUUFDM0Isa0JBQW9CLEVBQUMsTUFBUSxTQUFRO0FBQUEsUUFDckMsaUJBQW1CLEVBQUMsTUFBUSxTQUFRO0FBQUEsUUFDcEMsSUFBTSxFQUFDLE1BQVEsSUFBRztBQUFBLFFBQ2xCLE1BQVEsRUFBQyxNQUFRLElBQUc7QUFBQSxRQUNwQixNQUFRLEVBQUMsTUFBUSxJQUFHO0FBQUEsUUFDcEIsT0FBUyxFQUFDLE1BQVEsNEJBQTJCO0FBQUEsUUFDN0MsT0FBUyxFQUFDLE1BQVEsNEJBQTJCO0FBQUEsUUFDN0MsT0FBUyxFQUFDLE1BQVEsNEJBQTJCO0FBQUEsUUFDN0MsS0FBTyxFQUFDLE1BQVEsSUFBRztBQUFBLE1BQ3JCO0FBQUEsTUFDQSxTQUFXO0FBQUEsSUFDYjtBQUFBO0FBQUE7Ozs7Ozs7O0FDckpBLFFBQUEsU0FBQTtBQUNBLFFBQUEsV0FBQTtBQUNBLFFBQUEsa0JBQUE7QUFDQSxRQUFBLG1CQUFBO0FBRUEsUUFBTSxvQkFBb0IsQ0FBQyxhQUFhO0FBRXhDLFFBQU0saUJBQWlCO0FBRXZCLFFBQWFDLE9BQWIsY0FBeUIsT0FBQSxRQUFPO01BQzlCLG1CQUFnQjtBQUNkLGNBQU0saUJBQWdCO0FBQ3RCLGlCQUFBLFFBQW1CLFFBQVEsQ0FBQyxNQUFNLEtBQUssY0FBYyxDQUFDLENBQUM7QUFDdkQsWUFBSSxLQUFLLEtBQUs7QUFBZSxlQUFLLFdBQVcsZ0JBQUEsT0FBYTtNQUM1RDtNQUVBLHdCQUFxQjtBQUNuQixjQUFNLHNCQUFxQjtBQUMzQixZQUFJLENBQUMsS0FBSyxLQUFLO0FBQU07QUFDckIsY0FBTSxhQUFhLEtBQUssS0FBSyxRQUN6QixLQUFLLGdCQUFnQixrQkFBa0IsaUJBQWlCLElBQ3hEO0FBQ0osYUFBSyxjQUFjLFlBQVksZ0JBQWdCLEtBQUs7QUFDcEQsYUFBSyxLQUFLLCtCQUErQixJQUFJO01BQy9DO01BRUEsY0FBVztBQUNULGVBQVEsS0FBSyxLQUFLLGNBQ2hCLE1BQU0sWUFBVyxNQUFPLEtBQUssVUFBVSxjQUFjLElBQUksaUJBQWlCO01BQzlFOztBQXBCRixJQUFBQyxTQUFBLE1BQUFEO0FBdUJBLElBQUFFLFFBQU8sVUFBVUQsV0FBVUQ7QUFDM0IsSUFBQUUsUUFBTyxRQUFRLE1BQU1GO0FBQ3JCLFdBQU8sZUFBZUMsVUFBUyxjQUFjLEVBQUMsT0FBTyxLQUFJLENBQUM7QUFFMUQsSUFBQUEsU0FBQSxVQUFlRDtBQTBCZixRQUFBLGFBQUE7QUFBUSxXQUFBLGVBQUFDLFVBQUEsY0FBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFdBQUE7SUFBVSxFQUFBLENBQUE7QUFJbEIsUUFBQSxZQUFBO0FBQVEsV0FBQSxlQUFBQSxVQUFBLEtBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxVQUFBO0lBQUMsRUFBQSxDQUFBO0FBQUUsV0FBQSxlQUFBQSxVQUFBLE9BQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxVQUFBO0lBQUcsRUFBQSxDQUFBO0FBQUUsV0FBQSxlQUFBQSxVQUFBLGFBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxVQUFBO0lBQVMsRUFBQSxDQUFBO0FBQUUsV0FBQSxlQUFBQSxVQUFBLE9BQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxVQUFBO0lBQUcsRUFBQSxDQUFBO0FBQUUsV0FBQSxlQUFBQSxVQUFBLFFBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxVQUFBO0lBQUksRUFBQSxDQUFBO0FBQVEsV0FBQSxlQUFBQSxVQUFBLFdBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxVQUFBO0lBQU8sRUFBQSxDQUFBO0FBQ25ELFFBQUEscUJBQUE7QUFBUSxXQUFBLGVBQUFBLFVBQUEsbUJBQUEsRUFBQSxZQUFBLE1BQUEsS0FBQSxXQUFBO0FBQUEsYUFBQSxtQkFBQTtJQUFPLEVBQUEsQ0FBQTtBQUNmLFFBQUEsY0FBQTtBQUFRLFdBQUEsZUFBQUEsVUFBQSxtQkFBQSxFQUFBLFlBQUEsTUFBQSxLQUFBLFdBQUE7QUFBQSxhQUFBLFlBQUE7SUFBTyxFQUFBLENBQUE7Ozs7O0FDbkVmLHVCQUE4QztBQUM5QyxvQkFBbUI7QUFDbkIsZ0NBQTBCO0FBQzFCLHFCQUFnRztBQUNoRyxxQkFBdUI7QUFDdkIsdUJBQThCO0FBQzlCLGlCQUFnQjtBQUdoQixJQUFNLFdBQU8sK0JBQVcsMEJBQVEsV0FBVyxvQkFBb0IsQ0FBQyxRQUFJLDBCQUFRLFdBQVcsT0FBTyxJQUFJLFFBQVEsSUFBSTtBQUM5RyxJQUFNLFVBQU0sdUJBQUssTUFBTSxhQUFhO0FBQ3BDLElBQU0sYUFBUyx1QkFBSyxNQUFNLG9EQUFvRDtBQUc5RSxJQUFNLFlBQVk7QUFDbEIsSUFBTSxpQkFBaUIsQ0FBQyxNQUFjLFVBQVUsS0FBSyxDQUFDO0FBQ3RELElBQU0sUUFBUSxDQUFDLE1BQWMsZUFBZSxDQUFDLEtBQUssNEJBQTRCLEtBQUssQ0FBQztBQUNwRixJQUFNLGFBQWEsQ0FBQyxNQUFjLG1FQUFtRSxLQUFLLENBQUMsS0FBSyxDQUFDLE9BQU8sTUFBTSxLQUFLLE1BQU0sQ0FBQyxDQUFDO0FBRTNJLFNBQVMsWUFBWTtBQUNuQixRQUFNLE1BQU0sSUFBSSxXQUFBRSxRQUFJLEVBQUUsV0FBVyxNQUFNLFFBQVEsTUFBTSxjQUFjLE9BQU8sZ0JBQWdCLE1BQU0sQ0FBQztBQUNqRyxNQUFJLFVBQVUsT0FBTyxLQUFLO0FBQzFCLE1BQUksVUFBVSxpQkFBaUIsY0FBYztBQUM3QyxNQUFJLFVBQVUsYUFBYSxVQUFVO0FBQ3JDLFNBQU8sSUFBSSxRQUFRLEtBQUssVUFBTSw2QkFBYSxRQUFRLE1BQU0sQ0FBQyxDQUFDO0FBQzdEO0FBRUEsU0FBUyxJQUFJLE1BQWdCLEtBQWE7QUFDeEMsUUFBTSxRQUFJLHFDQUFVLFFBQVEsVUFBVSxDQUFDLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBRSxLQUFLLFVBQVUsUUFBUSxTQUFTLElBQU8sQ0FBQztBQUNoRyxTQUFPLEVBQUUsTUFBTSxFQUFFLFFBQVEsS0FBSyxFQUFFLFFBQVEsS0FBSyxFQUFFLE9BQU87QUFDeEQ7QUFBQSxJQVNBLDJCQUFTLHNCQUFzQixNQUFNO0FBQ25DLE1BQUk7QUFDSixRQUFNLFdBQVcsVUFBVTtBQUMzQiwrQkFBTyxNQUFNO0FBQ1gsY0FBTSxnQ0FBWSwyQkFBSyx1QkFBTyxHQUFHLFlBQVksQ0FBQztBQUM5QyxtQ0FBTyx1QkFBSyxNQUFNLFVBQVUsT0FBRyx1QkFBSyxLQUFLLFVBQVUsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBRXpFLHNDQUFVLHVCQUFLLEtBQUssdUNBQTZCLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUN2RTtBQUFBLFVBQWMsdUJBQUssS0FBSyw4REFBb0Q7QUFBQSxNQUMxRTtBQUFBLElBQXVLO0FBQUEsRUFDM0ssQ0FBQztBQUNELDhCQUFNLFVBQU0sdUJBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBRXpELDZCQUFLLHdFQUF3RSxNQUFNO0FBQ2pGLGtCQUFBQyxRQUFPLE1BQU0sU0FBUyxFQUFFLFNBQVMsU0FBUyxNQUFNLENBQUMsRUFBRSxDQUFDLEdBQUcsSUFBSTtBQUMzRCxrQkFBQUEsUUFBTyxNQUFNLFNBQVMsRUFBRSxTQUFTLFNBQVMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxHQUFHLE9BQU8sWUFBWTtBQUMxRSxrQkFBQUEsUUFBTyxNQUFNLFNBQVMsRUFBRSxTQUFTLFNBQVMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLElBQUksRUFBRSxHQUFHLFNBQVMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxNQUFNLElBQUksR0FBRyxPQUFPLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLEdBQUcsT0FBTywyQkFBMkI7QUFDbEwsa0JBQUFBLFFBQU8sTUFBTSxTQUFTLEVBQUUsU0FBUyxTQUFTLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsTUFBTSxJQUFJLEVBQUUsR0FBRyxTQUFTLENBQUMsRUFBRSxTQUFTLEVBQUUsTUFBTSxJQUFJLEdBQUcsV0FBVyxDQUFDLEVBQUUsa0JBQWtCLEVBQUUsa0JBQWtCLEVBQUUsS0FBSyxNQUFNLEdBQUcsUUFBUSxFQUFFLFdBQVcsRUFBRSxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxHQUFHLE9BQU8saUNBQWlDO0FBQzVRLGtCQUFBQSxRQUFPLE1BQU0sU0FBUyxFQUFFLFNBQVMsU0FBUyxNQUFNLENBQUMsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLE1BQU0sSUFBSSxFQUFFLEdBQUcsU0FBUyxDQUFDLEVBQUUsU0FBUyxFQUFFLE1BQU0sSUFBSSxHQUFHLFdBQVcsQ0FBQyxFQUFFLGtCQUFrQixFQUFFLGtCQUFrQixFQUFFLEtBQUssSUFBSSxHQUFHLFFBQVEsRUFBRSxXQUFXLEVBQUUsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUMsR0FBRyxPQUFPLG1CQUFtQjtBQUFBLEVBQzlQLENBQUM7QUFFRCxhQUFXLFVBQVUsQ0FBQyxNQUFNLE9BQU8sR0FBRztBQUNwQywrQkFBSyw4QkFBOEIsTUFBTSxLQUFLLE1BQU07QUFDbEQsWUFBTSxJQUFJLElBQUksQ0FBQyxZQUFZLFlBQVksU0FBUyxZQUFZLE1BQU0sR0FBRyxHQUFHO0FBQ3hFLG9CQUFBQSxRQUFPLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxHQUFHO0FBQzdCLFlBQU0sTUFBTSxLQUFLLE1BQU0sRUFBRSxHQUFHO0FBQzVCLFlBQU0sS0FBSyxTQUFTLEdBQUc7QUFDdkIsb0JBQUFBLFFBQU8sR0FBRyxJQUFJLEtBQUssVUFBVSxTQUFTLFFBQVEsTUFBTSxHQUFHLEVBQUUsR0FBRyxNQUFNLENBQUMsQ0FBQztBQUNwRSxZQUFNLE1BQU0sSUFBSSxLQUFLLENBQUM7QUFDdEIsb0JBQUFBLFFBQU8sR0FBRyxJQUFJLFFBQVEsU0FBUyxHQUFHLG1CQUFtQjtBQUNyRCxZQUFNLE1BQU0sSUFBSSxJQUFJLElBQUksS0FBSyxPQUFPLE1BQU0sSUFBSSxPQUFLLEVBQUUsRUFBRSxDQUFDO0FBQ3hELGlCQUFXLE9BQU8sSUFBSSxTQUFTO0FBQzdCLHNCQUFBQSxRQUFPLEdBQUcsSUFBSSxJQUFJLElBQUksTUFBTSxHQUFHLEdBQUcsSUFBSSxNQUFNLG9DQUFvQztBQUNoRixzQkFBQUEsUUFBTyxHQUFHLElBQUksVUFBVSxDQUFDLEVBQUUsaUJBQWlCLE9BQU8sYUFBYSxDQUFDO0FBQ2pFLHNCQUFBQSxRQUFPLEdBQUcsQ0FBQyxNQUFNLEtBQUssSUFBSSxVQUFVLENBQUMsRUFBRSxpQkFBaUIsaUJBQWlCLEdBQUcsR0FBRyw0Q0FBNEM7QUFBQSxNQUM3SDtBQUNBLGlCQUFXLFFBQVEsSUFBSSxLQUFLLE9BQU8sTUFBTyxlQUFBQSxRQUFPLE1BQU0sT0FBTyxLQUFLLE9BQU8sR0FBRyxJQUFJLE9BQU8sZUFBZSxLQUFLLEVBQUUsUUFBUSxDQUFDO0FBQ3ZILFlBQU0sU0FBUyxJQUFJLFFBQVEsS0FBSyxPQUFLLEVBQUUsVUFBVSxDQUFDLEVBQUUsaUJBQWlCLGlCQUFpQixJQUFJLFNBQVMsY0FBYyxDQUFDO0FBQ2xILG9CQUFBQSxRQUFPLEdBQUcsUUFBUSw2REFBNkQ7QUFDL0Usb0JBQUFBLFFBQU8sR0FBRyxPQUFPLFVBQVUsQ0FBQyxFQUFFLGlCQUFpQixpQkFBaUIsSUFBSSxTQUFTLG9CQUFvQixHQUFHLDhCQUE4QjtBQUNsSSxpQkFBVyxVQUFVLENBQUMsZ0RBQWdELHdCQUF3QixFQUFHLGVBQUFBLFFBQU8sR0FBRyxDQUFDLEVBQUUsSUFBSSxTQUFTLE1BQU0sR0FBRyxvQkFBb0I7QUFBQSxJQUMxSixDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7IiwKICAibmFtZXMiOiBbImV4cG9ydHMiLCAiVXNlZFZhbHVlU3RhdGUiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiVHlwZSIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiRGF0YVR5cGUiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJfYSIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJyZXNvbHZlIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgInJlc29sdmUiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgIkFqdiIsICJiZWZvcmUiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJEaXNjckVycm9yIiwgImV4cG9ydHMiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgIm1vZHVsZSIsICJBanYiLCAiZXhwb3J0cyIsICJtb2R1bGUiLCAiQWp2IiwgImFzc2VydCJdCn0K
