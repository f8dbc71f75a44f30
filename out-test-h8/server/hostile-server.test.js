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

// node_modules/vscode-jsonrpc/lib/common/is.js
var require_is = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    function boolean(value) {
      return value === true || value === false;
    }
    function string(value) {
      return typeof value === "string" || value instanceof String;
    }
    function number(value) {
      return typeof value === "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value === "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
  }
});

// node_modules/vscode-jsonrpc/lib/common/messages.js
var require_messages = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messages.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Message = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType = exports2.RequestType0 = exports2.AbstractMessageSignature = exports2.ParameterStructures = exports2.ResponseError = exports2.ErrorCodes = void 0;
    var is = __importStar(require_is());
    var ErrorCodes;
    (function(ErrorCodes2) {
      ErrorCodes2.ParseError = -32700;
      ErrorCodes2.InvalidRequest = -32600;
      ErrorCodes2.MethodNotFound = -32601;
      ErrorCodes2.InvalidParams = -32602;
      ErrorCodes2.InternalError = -32603;
      ErrorCodes2.jsonrpcReservedErrorRangeStart = -32099;
      ErrorCodes2.serverErrorStart = -32099;
      ErrorCodes2.MessageWriteError = -32099;
      ErrorCodes2.MessageReadError = -32098;
      ErrorCodes2.PendingResponseRejected = -32097;
      ErrorCodes2.ConnectionInactive = -32096;
      ErrorCodes2.ServerNotInitialized = -32002;
      ErrorCodes2.UnknownErrorCode = -32001;
      ErrorCodes2.jsonrpcReservedErrorRangeEnd = -32e3;
      ErrorCodes2.serverErrorEnd = -32e3;
    })(ErrorCodes || (exports2.ErrorCodes = ErrorCodes = {}));
    var ResponseError = class _ResponseError extends Error {
      code;
      data;
      constructor(code, message, data) {
        super(message);
        this.code = is.number(code) ? code : ErrorCodes.UnknownErrorCode;
        this.data = data;
        Object.setPrototypeOf(this, _ResponseError.prototype);
      }
      toJson() {
        const result = {
          code: this.code,
          message: this.message
        };
        if (this.data !== void 0) {
          result.data = this.data;
        }
        return result;
      }
    };
    exports2.ResponseError = ResponseError;
    var ParameterStructures = class _ParameterStructures {
      kind;
      /**
       * The parameter structure is automatically inferred on the number of parameters
       * and the parameter type in case of a single param.
       */
      static auto = new _ParameterStructures("auto");
      /**
       * Forces `byPosition` parameter structure. This is useful if you have a single
       * parameter which has a literal type.
       */
      static byPosition = new _ParameterStructures("byPosition");
      /**
       * Forces `byName` parameter structure. This is only useful when having a single
       * parameter. The library will report errors if used with a different number of
       * parameters.
       */
      static byName = new _ParameterStructures("byName");
      constructor(kind) {
        this.kind = kind;
      }
      static is(value) {
        return value === _ParameterStructures.auto || value === _ParameterStructures.byName || value === _ParameterStructures.byPosition;
      }
      toString() {
        return this.kind;
      }
    };
    exports2.ParameterStructures = ParameterStructures;
    var AbstractMessageSignature = class {
      method;
      numberOfParams;
      constructor(method, numberOfParams) {
        this.method = method;
        this.numberOfParams = numberOfParams;
      }
      get parameterStructures() {
        return ParameterStructures.auto;
      }
    };
    exports2.AbstractMessageSignature = AbstractMessageSignature;
    var RequestType0 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.RequestType0 = RequestType0;
    var RequestType = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType = RequestType;
    var RequestType1 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType1 = RequestType1;
    var RequestType2 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.RequestType2 = RequestType2;
    var RequestType3 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.RequestType3 = RequestType3;
    var RequestType4 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.RequestType4 = RequestType4;
    var RequestType5 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.RequestType5 = RequestType5;
    var RequestType6 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.RequestType6 = RequestType6;
    var RequestType7 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.RequestType7 = RequestType7;
    var RequestType8 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.RequestType8 = RequestType8;
    var RequestType9 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.RequestType9 = RequestType9;
    var NotificationType = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType = NotificationType;
    var NotificationType0 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.NotificationType0 = NotificationType0;
    var NotificationType1 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType1 = NotificationType1;
    var NotificationType2 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.NotificationType2 = NotificationType2;
    var NotificationType3 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.NotificationType3 = NotificationType3;
    var NotificationType4 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.NotificationType4 = NotificationType4;
    var NotificationType5 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.NotificationType5 = NotificationType5;
    var NotificationType6 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.NotificationType6 = NotificationType6;
    var NotificationType7 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.NotificationType7 = NotificationType7;
    var NotificationType8 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.NotificationType8 = NotificationType8;
    var NotificationType9 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.NotificationType9 = NotificationType9;
    var Message;
    (function(Message2) {
      function isRequest(message) {
        const candidate = message;
        return candidate && is.string(candidate.method) && (is.string(candidate.id) || is.number(candidate.id));
      }
      Message2.isRequest = isRequest;
      function isNotification(message) {
        const candidate = message;
        return candidate && is.string(candidate.method) && message.id === void 0;
      }
      Message2.isNotification = isNotification;
      function isResponse(message) {
        const candidate = message;
        return candidate && (candidate.result !== void 0 || !!candidate.error) && (is.string(candidate.id) || is.number(candidate.id) || candidate.id === null);
      }
      Message2.isResponse = isResponse;
    })(Message || (exports2.Message = Message = {}));
  }
});

// node_modules/vscode-jsonrpc/lib/common/linkedMap.js
var require_linkedMap = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/linkedMap.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LRUCache = exports2.LinkedMap = exports2.Touch = void 0;
    var Touch;
    (function(Touch2) {
      Touch2.None = 0;
      Touch2.First = 1;
      Touch2.AsOld = Touch2.First;
      Touch2.Last = 2;
      Touch2.AsNew = Touch2.Last;
    })(Touch || (exports2.Touch = Touch = {}));
    var LinkedMap = class {
      [Symbol.toStringTag] = "LinkedMap";
      _map;
      _head;
      _tail;
      _size;
      _state;
      constructor() {
        this._map = /* @__PURE__ */ new Map();
        this._head = void 0;
        this._tail = void 0;
        this._size = 0;
        this._state = 0;
      }
      clear() {
        this._map.clear();
        this._head = void 0;
        this._tail = void 0;
        this._size = 0;
        this._state++;
      }
      isEmpty() {
        return !this._head && !this._tail;
      }
      get size() {
        return this._size;
      }
      get first() {
        return this._head?.value;
      }
      get last() {
        return this._tail?.value;
      }
      before(key) {
        const item = this._map.get(key);
        return item ? item.previous?.value : void 0;
      }
      after(key) {
        const item = this._map.get(key);
        return item ? item.next?.value : void 0;
      }
      has(key) {
        return this._map.has(key);
      }
      get(key, touch = Touch.None) {
        const item = this._map.get(key);
        if (!item) {
          return void 0;
        }
        if (touch !== Touch.None) {
          this.touch(item, touch);
        }
        return item.value;
      }
      set(key, value, touch = Touch.None) {
        let item = this._map.get(key);
        if (item) {
          item.value = value;
          if (touch !== Touch.None) {
            this.touch(item, touch);
          }
        } else {
          item = { key, value, next: void 0, previous: void 0 };
          switch (touch) {
            case Touch.None:
              this.addItemLast(item);
              break;
            case Touch.First:
              this.addItemFirst(item);
              break;
            case Touch.Last:
              this.addItemLast(item);
              break;
            default:
              this.addItemLast(item);
              break;
          }
          this._map.set(key, item);
          this._size++;
        }
        return this;
      }
      delete(key) {
        return !!this.remove(key);
      }
      remove(key) {
        const item = this._map.get(key);
        if (!item) {
          return void 0;
        }
        this._map.delete(key);
        this.removeItem(item);
        this._size--;
        return item.value;
      }
      shift() {
        if (!this._head && !this._tail) {
          return void 0;
        }
        if (!this._head || !this._tail) {
          throw new Error("Invalid list");
        }
        const item = this._head;
        this._map.delete(item.key);
        this.removeItem(item);
        this._size--;
        return item.value;
      }
      forEach(callbackfn, thisArg) {
        const state = this._state;
        let current = this._head;
        while (current) {
          if (thisArg) {
            callbackfn.bind(thisArg)(current.value, current.key, this);
          } else {
            callbackfn(current.value, current.key, this);
          }
          if (this._state !== state) {
            throw new Error(`LinkedMap got modified during iteration.`);
          }
          current = current.next;
        }
      }
      keys() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: current.key, done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      values() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: current.value, done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      entries() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: [current.key, current.value], done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      trimOld(newSize) {
        if (newSize >= this.size) {
          return;
        }
        if (newSize === 0) {
          this.clear();
          return;
        }
        let current = this._head;
        let currentSize = this.size;
        while (current && currentSize > newSize) {
          this._map.delete(current.key);
          current = current.next;
          currentSize--;
        }
        this._head = current;
        this._size = currentSize;
        if (current) {
          current.previous = void 0;
        }
        this._state++;
      }
      addItemFirst(item) {
        if (!this._head && !this._tail) {
          this._tail = item;
        } else if (!this._head) {
          throw new Error("Invalid list");
        } else {
          item.next = this._head;
          this._head.previous = item;
        }
        this._head = item;
        this._state++;
      }
      addItemLast(item) {
        if (!this._head && !this._tail) {
          this._head = item;
        } else if (!this._tail) {
          throw new Error("Invalid list");
        } else {
          item.previous = this._tail;
          this._tail.next = item;
        }
        this._tail = item;
        this._state++;
      }
      removeItem(item) {
        if (item === this._head && item === this._tail) {
          this._head = void 0;
          this._tail = void 0;
        } else if (item === this._head) {
          if (!item.next) {
            throw new Error("Invalid list");
          }
          item.next.previous = void 0;
          this._head = item.next;
        } else if (item === this._tail) {
          if (!item.previous) {
            throw new Error("Invalid list");
          }
          item.previous.next = void 0;
          this._tail = item.previous;
        } else {
          const next = item.next;
          const previous = item.previous;
          if (!next || !previous) {
            throw new Error("Invalid list");
          }
          next.previous = previous;
          previous.next = next;
        }
        item.next = void 0;
        item.previous = void 0;
        this._state++;
      }
      touch(item, touch) {
        if (!this._head || !this._tail) {
          throw new Error("Invalid list");
        }
        if (touch !== Touch.First && touch !== Touch.Last) {
          return;
        }
        if (touch === Touch.First) {
          if (item === this._head) {
            return;
          }
          const next = item.next;
          const previous = item.previous;
          if (item === this._tail) {
            previous.next = void 0;
            this._tail = previous;
          } else {
            next.previous = previous;
            previous.next = next;
          }
          item.previous = void 0;
          item.next = this._head;
          this._head.previous = item;
          this._head = item;
          this._state++;
        } else if (touch === Touch.Last) {
          if (item === this._tail) {
            return;
          }
          const next = item.next;
          const previous = item.previous;
          if (item === this._head) {
            next.previous = void 0;
            this._head = next;
          } else {
            next.previous = previous;
            previous.next = next;
          }
          item.next = void 0;
          item.previous = this._tail;
          this._tail.next = item;
          this._tail = item;
          this._state++;
        }
      }
      toJSON() {
        const data = [];
        this.forEach((value, key) => {
          data.push([key, value]);
        });
        return data;
      }
      fromJSON(data) {
        this.clear();
        for (const [key, value] of data) {
          this.set(key, value);
        }
      }
    };
    exports2.LinkedMap = LinkedMap;
    var LRUCache = class extends LinkedMap {
      _limit;
      _ratio;
      constructor(limit, ratio = 1) {
        super();
        this._limit = limit;
        this._ratio = Math.min(Math.max(0, ratio), 1);
      }
      get limit() {
        return this._limit;
      }
      set limit(limit) {
        this._limit = limit;
        this.checkTrim();
      }
      get ratio() {
        return this._ratio;
      }
      set ratio(ratio) {
        this._ratio = Math.min(Math.max(0, ratio), 1);
        this.checkTrim();
      }
      get(key, touch = Touch.AsNew) {
        return super.get(key, touch);
      }
      peek(key) {
        return super.get(key, Touch.None);
      }
      set(key, value) {
        super.set(key, value, Touch.Last);
        this.checkTrim();
        return this;
      }
      checkTrim() {
        if (this.size > this._limit) {
          this.trimOld(Math.round(this._limit * this._ratio));
        }
      }
    };
    exports2.LRUCache = LRUCache;
  }
});

// node_modules/vscode-jsonrpc/lib/common/disposable.js
var require_disposable = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/disposable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Disposable = void 0;
    var Disposable;
    (function(Disposable2) {
      function create(func) {
        return {
          dispose: func
        };
      }
      Disposable2.create = create;
    })(Disposable || (exports2.Disposable = Disposable = {}));
  }
});

// node_modules/vscode-jsonrpc/lib/common/ral.js
var require_ral = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/ral.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var _ral;
    function RAL() {
      if (_ral === void 0) {
        throw new Error(`No runtime abstraction layer installed`);
      }
      return _ral;
    }
    (function(RAL2) {
      function install(ral) {
        if (ral === void 0) {
          throw new Error(`No runtime abstraction layer provided`);
        }
        _ral = ral;
      }
      RAL2.install = install;
    })(RAL || (RAL = {}));
    exports2.default = RAL;
  }
});

// node_modules/vscode-jsonrpc/lib/common/events.js
var require_events = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/events.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Emitter = exports2.Event = void 0;
    var ral_1 = __importDefault(require_ral());
    var Event;
    (function(Event2) {
      const _disposable = { dispose() {
      } };
      Event2.None = function() {
        return _disposable;
      };
    })(Event || (exports2.Event = Event = {}));
    var CallbackList = class {
      _callbacks;
      _contexts;
      add(callback, context = null, bucket) {
        if (!this._callbacks) {
          this._callbacks = [];
          this._contexts = [];
        }
        this._callbacks.push(callback);
        this._contexts.push(context);
        if (Array.isArray(bucket)) {
          bucket.push({ dispose: () => this.remove(callback, context) });
        }
      }
      remove(callback, context = null) {
        if (!this._callbacks) {
          return;
        }
        let foundCallbackWithDifferentContext = false;
        for (let i = 0, len = this._callbacks.length; i < len; i++) {
          if (this._callbacks[i] === callback) {
            if (this._contexts[i] === context) {
              this._callbacks.splice(i, 1);
              this._contexts.splice(i, 1);
              return;
            } else {
              foundCallbackWithDifferentContext = true;
            }
          }
        }
        if (foundCallbackWithDifferentContext) {
          throw new Error("When adding a listener with a context, you should remove it with the same context");
        }
      }
      invoke(...args) {
        if (!this._callbacks) {
          return [];
        }
        const ret = [], callbacks = this._callbacks.slice(0), contexts = this._contexts.slice(0);
        for (let i = 0, len = callbacks.length; i < len; i++) {
          try {
            ret.push(callbacks[i].apply(contexts[i], args));
          } catch (e) {
            (0, ral_1.default)().console.error(e);
          }
        }
        return ret;
      }
      isEmpty() {
        return !this._callbacks || this._callbacks.length === 0;
      }
      dispose() {
        this._callbacks = void 0;
        this._contexts = void 0;
      }
    };
    var Emitter = class _Emitter {
      _options;
      static _noop = function() {
      };
      _event;
      _callbacks;
      constructor(_options) {
        this._options = _options;
      }
      /**
       * For the public to allow to subscribe
       * to events from this Emitter
       */
      get event() {
        if (!this._event) {
          this._event = (listener, thisArgs, disposables) => {
            if (!this._callbacks) {
              this._callbacks = new CallbackList();
            }
            if (this._options && this._options.onFirstListenerAdd && this._callbacks.isEmpty()) {
              this._options.onFirstListenerAdd(this);
            }
            this._callbacks.add(listener, thisArgs);
            const result = {
              dispose: () => {
                if (!this._callbacks) {
                  return;
                }
                this._callbacks.remove(listener, thisArgs);
                result.dispose = _Emitter._noop;
                if (this._options && this._options.onLastListenerRemove && this._callbacks.isEmpty()) {
                  this._options.onLastListenerRemove(this);
                }
              }
            };
            if (Array.isArray(disposables)) {
              disposables.push(result);
            }
            return result;
          };
        }
        return this._event;
      }
      /**
       * To be kept private to fire an event to
       * subscribers
       */
      fire(event) {
        if (this._callbacks) {
          this._callbacks.invoke.call(this._callbacks, event);
        }
      }
      dispose() {
        if (this._callbacks) {
          this._callbacks.dispose();
          this._callbacks = void 0;
        }
      }
    };
    exports2.Emitter = Emitter;
  }
});

// node_modules/vscode-jsonrpc/lib/common/cancellation.js
var require_cancellation = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/cancellation.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CancellationTokenSource = exports2.CancellationToken = void 0;
    var ral_1 = __importDefault(require_ral());
    var Is = __importStar(require_is());
    var events_1 = require_events();
    var CancellationToken;
    (function(CancellationToken2) {
      CancellationToken2.None = Object.freeze({
        isCancellationRequested: false,
        onCancellationRequested: events_1.Event.None
      });
      CancellationToken2.Cancelled = Object.freeze({
        isCancellationRequested: true,
        onCancellationRequested: events_1.Event.None
      });
      function is(value) {
        const candidate = value;
        return candidate && (candidate === CancellationToken2.None || candidate === CancellationToken2.Cancelled || Is.boolean(candidate.isCancellationRequested) && !!candidate.onCancellationRequested);
      }
      CancellationToken2.is = is;
    })(CancellationToken || (exports2.CancellationToken = CancellationToken = {}));
    var shortcutEvent = Object.freeze(function(callback, context) {
      const handle = (0, ral_1.default)().timer.setTimeout(callback.bind(context), 0);
      return { dispose() {
        handle.dispose();
      } };
    });
    var MutableToken = class {
      _isCancelled = false;
      _emitter;
      cancel() {
        if (!this._isCancelled) {
          this._isCancelled = true;
          if (this._emitter) {
            this._emitter.fire(void 0);
            this.dispose();
          }
        }
      }
      get isCancellationRequested() {
        return this._isCancelled;
      }
      get onCancellationRequested() {
        if (this._isCancelled) {
          return shortcutEvent;
        }
        if (!this._emitter) {
          this._emitter = new events_1.Emitter();
        }
        return this._emitter.event;
      }
      dispose() {
        if (this._emitter) {
          this._emitter.dispose();
          this._emitter = void 0;
        }
      }
    };
    var CancellationTokenSource2 = class {
      _token;
      get token() {
        if (!this._token) {
          this._token = new MutableToken();
        }
        return this._token;
      }
      cancel() {
        if (!this._token) {
          this._token = CancellationToken.Cancelled;
        } else {
          this._token.cancel();
        }
      }
      dispose() {
        if (!this._token) {
          this._token = CancellationToken.None;
        } else if (this._token instanceof MutableToken) {
          this._token.dispose();
        }
      }
    };
    exports2.CancellationTokenSource = CancellationTokenSource2;
  }
});

// node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js
var require_sharedArrayCancellation = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = void 0;
    var cancellation_1 = require_cancellation();
    var CancellationState;
    (function(CancellationState2) {
      CancellationState2.Continue = 0;
      CancellationState2.Cancelled = 1;
    })(CancellationState || (CancellationState = {}));
    var SharedArraySenderStrategy = class {
      buffers;
      constructor() {
        this.buffers = /* @__PURE__ */ new Map();
      }
      enableCancellation(request) {
        if (request.id === null) {
          return;
        }
        const buffer = new SharedArrayBuffer(4);
        const data = new Int32Array(buffer, 0, 1);
        data[0] = CancellationState.Continue;
        this.buffers.set(request.id, buffer);
        request.$cancellationData = buffer;
      }
      async sendCancellation(_conn, id) {
        const buffer = this.buffers.get(id);
        if (buffer === void 0) {
          return;
        }
        const data = new Int32Array(buffer, 0, 1);
        Atomics.store(data, 0, CancellationState.Cancelled);
      }
      cleanup(id) {
        this.buffers.delete(id);
      }
      dispose() {
        this.buffers.clear();
      }
    };
    exports2.SharedArraySenderStrategy = SharedArraySenderStrategy;
    var SharedArrayBufferCancellationToken = class {
      data;
      constructor(buffer) {
        this.data = new Int32Array(buffer, 0, 1);
      }
      get isCancellationRequested() {
        return Atomics.load(this.data, 0) === CancellationState.Cancelled;
      }
      get onCancellationRequested() {
        throw new Error(`Cancellation over SharedArrayBuffer doesn't support cancellation events`);
      }
    };
    var SharedArrayBufferCancellationTokenSource = class {
      token;
      constructor(buffer) {
        this.token = new SharedArrayBufferCancellationToken(buffer);
      }
      cancel() {
      }
      dispose() {
      }
    };
    var SharedArrayReceiverStrategy = class {
      kind = "request";
      createCancellationTokenSource(request) {
        const buffer = request.$cancellationData;
        if (buffer === void 0) {
          return new cancellation_1.CancellationTokenSource();
        }
        return new SharedArrayBufferCancellationTokenSource(buffer);
      }
    };
    exports2.SharedArrayReceiverStrategy = SharedArrayReceiverStrategy;
  }
});

// node_modules/vscode-jsonrpc/lib/common/semaphore.js
var require_semaphore = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/semaphore.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Semaphore = void 0;
    var ral_1 = __importDefault(require_ral());
    var Semaphore = class {
      _capacity;
      _active;
      _waiting;
      constructor(capacity = 1) {
        if (capacity <= 0) {
          throw new Error("Capacity must be greater than 0");
        }
        this._capacity = capacity;
        this._active = 0;
        this._waiting = [];
      }
      lock(thunk) {
        return new Promise((resolve2, reject) => {
          this._waiting.push({ thunk, resolve: resolve2, reject });
          this.runNext();
        });
      }
      get active() {
        return this._active;
      }
      runNext() {
        if (this._waiting.length === 0 || this._active === this._capacity) {
          return;
        }
        (0, ral_1.default)().timer.setImmediate(() => this.doRunNext());
      }
      doRunNext() {
        if (this._waiting.length === 0 || this._active === this._capacity) {
          return;
        }
        const next = this._waiting.shift();
        this._active++;
        if (this._active > this._capacity) {
          throw new Error(`Too many thunks active`);
        }
        try {
          const result = next.thunk();
          if (result instanceof Promise) {
            result.then((value) => {
              this._active--;
              next.resolve(value);
              this.runNext();
            }, (err) => {
              this._active--;
              next.reject(err);
              this.runNext();
            });
          } else {
            this._active--;
            next.resolve(result);
            this.runNext();
          }
        } catch (err) {
          this._active--;
          next.reject(err);
          this.runNext();
        }
      }
    };
    exports2.Semaphore = Semaphore;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageReader.js
var require_messageReader = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageReader.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = void 0;
    var ral_1 = __importDefault(require_ral());
    var Is = __importStar(require_is());
    var events_1 = require_events();
    var semaphore_1 = require_semaphore();
    var MessageReader;
    (function(MessageReader2) {
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.listen) && Is.func(candidate.dispose) && Is.func(candidate.onError) && Is.func(candidate.onClose) && Is.func(candidate.onPartialMessage);
      }
      MessageReader2.is = is;
    })(MessageReader || (exports2.MessageReader = MessageReader = {}));
    var AbstractMessageReader = class {
      errorEmitter;
      closeEmitter;
      partialMessageEmitter;
      constructor() {
        this.errorEmitter = new events_1.Emitter();
        this.closeEmitter = new events_1.Emitter();
        this.partialMessageEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose();
        this.closeEmitter.dispose();
        this.partialMessageEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error) {
        this.errorEmitter.fire(this.asError(error));
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      get onPartialMessage() {
        return this.partialMessageEmitter.event;
      }
      firePartialMessage(info) {
        this.partialMessageEmitter.fire(info);
      }
      asError(error) {
        if (error instanceof Error) {
          return error;
        } else {
          return new Error(`Reader received error. Reason: ${Is.string(error.message) ? error.message : "unknown"}`);
        }
      }
    };
    exports2.AbstractMessageReader = AbstractMessageReader;
    var ResolvedMessageReaderOptions;
    (function(ResolvedMessageReaderOptions2) {
      function fromOptions(options) {
        let charset;
        let result;
        let contentDecoder;
        const contentDecoders = /* @__PURE__ */ new Map();
        let contentTypeDecoder;
        const contentTypeDecoders = /* @__PURE__ */ new Map();
        if (options === void 0 || typeof options === "string") {
          charset = options ?? "utf-8";
        } else {
          charset = options.charset ?? "utf-8";
          if (options.contentDecoder !== void 0) {
            contentDecoder = options.contentDecoder;
            contentDecoders.set(contentDecoder.name, contentDecoder);
          }
          if (options.contentDecoders !== void 0) {
            for (const decoder of options.contentDecoders) {
              contentDecoders.set(decoder.name, decoder);
            }
          }
          if (options.contentTypeDecoder !== void 0) {
            contentTypeDecoder = options.contentTypeDecoder;
            contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder);
          }
          if (options.contentTypeDecoders !== void 0) {
            for (const decoder of options.contentTypeDecoders) {
              contentTypeDecoders.set(decoder.name, decoder);
            }
          }
        }
        if (contentTypeDecoder === void 0) {
          contentTypeDecoder = (0, ral_1.default)().applicationJson.decoder;
          contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder);
        }
        return { charset, contentDecoder, contentDecoders, contentTypeDecoder, contentTypeDecoders };
      }
      ResolvedMessageReaderOptions2.fromOptions = fromOptions;
    })(ResolvedMessageReaderOptions || (ResolvedMessageReaderOptions = {}));
    var ReadableStreamMessageReader = class extends AbstractMessageReader {
      readable;
      options;
      callback;
      nextMessageLength;
      messageToken;
      buffer;
      partialMessageTimer;
      _partialMessageTimeout;
      readSemaphore;
      constructor(readable, options) {
        super();
        this.readable = readable;
        this.options = ResolvedMessageReaderOptions.fromOptions(options);
        this.buffer = (0, ral_1.default)().messageBuffer.create(this.options.charset);
        this._partialMessageTimeout = 1e4;
        this.nextMessageLength = -1;
        this.messageToken = 0;
        this.readSemaphore = new semaphore_1.Semaphore(1);
      }
      set partialMessageTimeout(timeout) {
        this._partialMessageTimeout = timeout;
      }
      get partialMessageTimeout() {
        return this._partialMessageTimeout;
      }
      listen(callback) {
        this.nextMessageLength = -1;
        this.messageToken = 0;
        this.partialMessageTimer = void 0;
        this.callback = callback;
        const result = this.readable.onData((data) => {
          this.onData(data);
        });
        this.readable.onError((error) => this.fireError(error));
        this.readable.onClose(() => this.fireClose());
        return result;
      }
      onData(data) {
        try {
          this.buffer.append(data);
          while (true) {
            if (this.nextMessageLength === -1) {
              const headers = this.buffer.tryReadHeaders(true);
              if (!headers) {
                return;
              }
              const contentLength = headers.get("content-length");
              if (!contentLength) {
                this.fireError(new Error(`Header must provide a Content-Length property.
${JSON.stringify(Object.fromEntries(headers))}`));
                return;
              }
              const length = parseInt(contentLength);
              if (isNaN(length)) {
                this.fireError(new Error(`Content-Length value must be a number. Got ${contentLength}`));
                return;
              }
              this.nextMessageLength = length;
            }
            const body = this.buffer.tryReadBody(this.nextMessageLength);
            if (body === void 0) {
              this.setPartialMessageTimer();
              return;
            }
            this.clearPartialMessageTimer();
            this.nextMessageLength = -1;
            this.readSemaphore.lock(async () => {
              const bytes = this.options.contentDecoder !== void 0 ? await this.options.contentDecoder.decode(body) : body;
              const message = await this.options.contentTypeDecoder.decode(bytes, this.options);
              this.callback(message);
            }).catch((error) => {
              this.fireError(error);
            });
          }
        } catch (error) {
          this.fireError(error);
        }
      }
      clearPartialMessageTimer() {
        if (this.partialMessageTimer) {
          this.partialMessageTimer.dispose();
          this.partialMessageTimer = void 0;
        }
      }
      setPartialMessageTimer() {
        this.clearPartialMessageTimer();
        if (this._partialMessageTimeout <= 0) {
          return;
        }
        this.partialMessageTimer = (0, ral_1.default)().timer.setTimeout((token, timeout) => {
          this.partialMessageTimer = void 0;
          if (token === this.messageToken) {
            this.firePartialMessage({ messageToken: token, waitingTime: timeout });
            this.setPartialMessageTimer();
          }
        }, this._partialMessageTimeout, this.messageToken, this._partialMessageTimeout);
      }
    };
    exports2.ReadableStreamMessageReader = ReadableStreamMessageReader;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageWriter.js
var require_messageWriter = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageWriter.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = void 0;
    var ral_1 = __importDefault(require_ral());
    var Is = __importStar(require_is());
    var semaphore_1 = require_semaphore();
    var events_1 = require_events();
    var ContentLength = "Content-Length: ";
    var CRLF = "\r\n";
    var MessageWriter;
    (function(MessageWriter2) {
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.dispose) && Is.func(candidate.onClose) && Is.func(candidate.onError) && Is.func(candidate.write);
      }
      MessageWriter2.is = is;
    })(MessageWriter || (exports2.MessageWriter = MessageWriter = {}));
    var AbstractMessageWriter = class {
      errorEmitter;
      closeEmitter;
      constructor() {
        this.errorEmitter = new events_1.Emitter();
        this.closeEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose();
        this.closeEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error, message, count) {
        this.errorEmitter.fire([this.asError(error), message, count]);
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      asError(error) {
        if (error instanceof Error) {
          return error;
        } else {
          return new Error(`Writer received error. Reason: ${Is.string(error.message) ? error.message : "unknown"}`);
        }
      }
    };
    exports2.AbstractMessageWriter = AbstractMessageWriter;
    var ResolvedMessageWriterOptions;
    (function(ResolvedMessageWriterOptions2) {
      function fromOptions(options) {
        if (options === void 0 || typeof options === "string") {
          return { charset: options ?? "utf-8", contentTypeEncoder: (0, ral_1.default)().applicationJson.encoder };
        } else {
          return { charset: options.charset ?? "utf-8", contentEncoder: options.contentEncoder, contentTypeEncoder: options.contentTypeEncoder ?? (0, ral_1.default)().applicationJson.encoder };
        }
      }
      ResolvedMessageWriterOptions2.fromOptions = fromOptions;
    })(ResolvedMessageWriterOptions || (ResolvedMessageWriterOptions = {}));
    var WriteableStreamMessageWriter = class extends AbstractMessageWriter {
      writable;
      options;
      errorCount;
      writeSemaphore;
      constructor(writable, options) {
        super();
        this.writable = writable;
        this.options = ResolvedMessageWriterOptions.fromOptions(options);
        this.errorCount = 0;
        this.writeSemaphore = new semaphore_1.Semaphore(1);
        this.writable.onError((error) => this.fireError(error));
        this.writable.onClose(() => this.fireClose());
      }
      async write(msg) {
        return this.writeSemaphore.lock(async () => {
          const payload = this.options.contentTypeEncoder.encode(msg, this.options).then((buffer) => {
            if (this.options.contentEncoder !== void 0) {
              return this.options.contentEncoder.encode(buffer);
            } else {
              return buffer;
            }
          });
          return payload.then((buffer) => {
            const headers = [];
            headers.push(ContentLength, buffer.byteLength.toString(), CRLF);
            headers.push(CRLF);
            return this.doWrite(msg, headers, buffer);
          }, (error) => {
            this.fireError(error);
            throw error;
          });
        });
      }
      async doWrite(msg, headers, data) {
        try {
          await this.writable.write(headers.join(""), "ascii");
          return this.writable.write(data);
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
        this.writable.end();
      }
    };
    exports2.WriteableStreamMessageWriter = WriteableStreamMessageWriter;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageBuffer.js
var require_messageBuffer = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageBuffer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.AbstractMessageBuffer = void 0;
    var CR = 13;
    var LF = 10;
    var CRLF = "\r\n";
    var AbstractMessageBuffer = class {
      _encoding;
      _chunks;
      _totalLength;
      constructor(encoding = "utf-8") {
        this._encoding = encoding;
        this._chunks = [];
        this._totalLength = 0;
      }
      get encoding() {
        return this._encoding;
      }
      append(chunk) {
        const toAppend = typeof chunk === "string" ? this.fromString(chunk, this._encoding) : chunk;
        this._chunks.push(toAppend);
        this._totalLength += toAppend.byteLength;
      }
      tryReadHeaders(lowerCaseKeys = false) {
        if (this._chunks.length === 0) {
          return void 0;
        }
        let state = 0;
        let chunkIndex = 0;
        let offset = 0;
        let chunkBytesRead = 0;
        row: while (chunkIndex < this._chunks.length) {
          const chunk = this._chunks[chunkIndex];
          offset = 0;
          while (offset < chunk.length) {
            const value = chunk[offset];
            switch (value) {
              case CR:
                switch (state) {
                  case 0:
                    state = 1;
                    break;
                  case 2:
                    state = 3;
                    break;
                  default:
                    state = 0;
                }
                break;
              case LF:
                switch (state) {
                  case 1:
                    state = 2;
                    break;
                  case 3:
                    state = 4;
                    offset++;
                    break row;
                  default:
                    state = 0;
                }
                break;
              default:
                state = 0;
            }
            offset++;
          }
          chunkBytesRead += chunk.byteLength;
          chunkIndex++;
        }
        if (state !== 4) {
          return void 0;
        }
        const buffer = this._read(chunkBytesRead + offset);
        const result = /* @__PURE__ */ new Map();
        const headers = this.toString(buffer, "ascii").split(CRLF);
        if (headers.length < 2) {
          return result;
        }
        for (let i = 0; i < headers.length - 2; i++) {
          const header = headers[i];
          const index = header.indexOf(":");
          if (index === -1) {
            throw new Error(`Message header must separate key and value using ':'
${header}`);
          }
          const key = header.substr(0, index);
          const value = header.substr(index + 1).trim();
          result.set(lowerCaseKeys ? key.toLowerCase() : key, value);
        }
        return result;
      }
      tryReadBody(length) {
        if (this._totalLength < length) {
          return void 0;
        }
        return this._read(length);
      }
      get numberOfBytes() {
        return this._totalLength;
      }
      _read(byteCount) {
        if (byteCount === 0) {
          return this.emptyBuffer();
        }
        if (byteCount > this._totalLength) {
          throw new Error(`Cannot read so many bytes!`);
        }
        if (this._chunks[0].byteLength === byteCount) {
          const chunk = this._chunks[0];
          this._chunks.shift();
          this._totalLength -= byteCount;
          return this.asNative(chunk);
        }
        if (this._chunks[0].byteLength > byteCount) {
          const chunk = this._chunks[0];
          const result2 = this.asNative(chunk, byteCount);
          this._chunks[0] = chunk.slice(byteCount);
          this._totalLength -= byteCount;
          return result2;
        }
        const result = this.allocNative(byteCount);
        let resultOffset = 0;
        const chunkIndex = 0;
        while (byteCount > 0) {
          const chunk = this._chunks[chunkIndex];
          if (chunk.byteLength > byteCount) {
            const chunkPart = chunk.slice(0, byteCount);
            result.set(chunkPart, resultOffset);
            resultOffset += byteCount;
            this._chunks[chunkIndex] = chunk.slice(byteCount);
            this._totalLength -= byteCount;
            byteCount -= byteCount;
          } else {
            result.set(chunk, resultOffset);
            resultOffset += chunk.byteLength;
            this._chunks.shift();
            this._totalLength -= chunk.byteLength;
            byteCount -= chunk.byteLength;
          }
        }
        return result;
      }
    };
    exports2.AbstractMessageBuffer = AbstractMessageBuffer;
  }
});

// node_modules/vscode-jsonrpc/lib/common/connection.js
var require_connection = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/connection.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ConnectionOptions = exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.CancellationReceiverStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.ConnectionStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.TraceValue = exports2.Trace = exports2.NullLogger = exports2.ProgressType = exports2.ProgressToken = void 0;
    exports2.createMessageConnection = createMessageConnection2;
    var ral_1 = __importDefault(require_ral());
    var Is = __importStar(require_is());
    var messages_1 = require_messages();
    var linkedMap_1 = require_linkedMap();
    var events_1 = require_events();
    var cancellation_1 = require_cancellation();
    var CancelNotification;
    (function(CancelNotification2) {
      CancelNotification2.type = new messages_1.NotificationType("$/cancelRequest");
    })(CancelNotification || (CancelNotification = {}));
    var ProgressToken;
    (function(ProgressToken2) {
      function is(value) {
        return typeof value === "string" || typeof value === "number";
      }
      ProgressToken2.is = is;
    })(ProgressToken || (exports2.ProgressToken = ProgressToken = {}));
    var ProgressNotification;
    (function(ProgressNotification2) {
      ProgressNotification2.type = new messages_1.NotificationType("$/progress");
    })(ProgressNotification || (ProgressNotification = {}));
    var ProgressType = class {
      /**
       * Clients must not use these properties. They are here to ensure correct typing.
       * in TypeScript
       */
      __;
      _pr;
      constructor() {
      }
    };
    exports2.ProgressType = ProgressType;
    var StarRequestHandler;
    (function(StarRequestHandler2) {
      function is(value) {
        return Is.func(value);
      }
      StarRequestHandler2.is = is;
    })(StarRequestHandler || (StarRequestHandler = {}));
    exports2.NullLogger = Object.freeze({
      error: () => {
      },
      warn: () => {
      },
      info: () => {
      },
      log: () => {
      }
    });
    var Trace;
    (function(Trace2) {
      Trace2[Trace2["Off"] = 0] = "Off";
      Trace2[Trace2["Messages"] = 1] = "Messages";
      Trace2[Trace2["Compact"] = 2] = "Compact";
      Trace2[Trace2["Verbose"] = 3] = "Verbose";
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceValue;
    (function(TraceValue2) {
      TraceValue2.Off = "off";
      TraceValue2.Messages = "messages";
      TraceValue2.Compact = "compact";
      TraceValue2.Verbose = "verbose";
    })(TraceValue || (exports2.TraceValue = TraceValue = {}));
    exports2.TraceValues = TraceValue;
    (function(Trace2) {
      function fromString(value) {
        if (!Is.string(value)) {
          return Trace2.Off;
        }
        value = value.toLowerCase();
        switch (value) {
          case "off":
            return Trace2.Off;
          case "messages":
            return Trace2.Messages;
          case "compact":
            return Trace2.Compact;
          case "verbose":
            return Trace2.Verbose;
          default:
            return Trace2.Off;
        }
      }
      Trace2.fromString = fromString;
      function toString(value) {
        switch (value) {
          case Trace2.Off:
            return "off";
          case Trace2.Messages:
            return "messages";
          case Trace2.Compact:
            return "compact";
          case Trace2.Verbose:
            return "verbose";
          default:
            return "off";
        }
      }
      Trace2.toString = toString;
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceFormat;
    (function(TraceFormat2) {
      TraceFormat2["Text"] = "text";
      TraceFormat2["JSON"] = "json";
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    (function(TraceFormat2) {
      function fromString(value) {
        if (!Is.string(value)) {
          return TraceFormat2.Text;
        }
        value = value.toLowerCase();
        if (value === "json") {
          return TraceFormat2.JSON;
        } else {
          return TraceFormat2.Text;
        }
      }
      TraceFormat2.fromString = fromString;
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    var SetTraceNotification;
    (function(SetTraceNotification2) {
      SetTraceNotification2.type = new messages_1.NotificationType("$/setTrace");
    })(SetTraceNotification || (exports2.SetTraceNotification = SetTraceNotification = {}));
    var LogTraceNotification;
    (function(LogTraceNotification2) {
      LogTraceNotification2.type = new messages_1.NotificationType("$/logTrace");
    })(LogTraceNotification || (exports2.LogTraceNotification = LogTraceNotification = {}));
    var ConnectionErrors;
    (function(ConnectionErrors2) {
      ConnectionErrors2[ConnectionErrors2["Closed"] = 1] = "Closed";
      ConnectionErrors2[ConnectionErrors2["Disposed"] = 2] = "Disposed";
      ConnectionErrors2[ConnectionErrors2["AlreadyListening"] = 3] = "AlreadyListening";
    })(ConnectionErrors || (exports2.ConnectionErrors = ConnectionErrors = {}));
    var ConnectionError = class _ConnectionError extends Error {
      code;
      constructor(code, message) {
        super(message);
        this.code = code;
        Object.setPrototypeOf(this, _ConnectionError.prototype);
      }
    };
    exports2.ConnectionError = ConnectionError;
    var ConnectionStrategy;
    (function(ConnectionStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.cancelUndispatched);
      }
      ConnectionStrategy2.is = is;
    })(ConnectionStrategy || (exports2.ConnectionStrategy = ConnectionStrategy = {}));
    var IdCancellationReceiverStrategy;
    (function(IdCancellationReceiverStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.kind === void 0 || candidate.kind === "id") && Is.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is.func(candidate.dispose));
      }
      IdCancellationReceiverStrategy2.is = is;
    })(IdCancellationReceiverStrategy || (exports2.IdCancellationReceiverStrategy = IdCancellationReceiverStrategy = {}));
    var RequestCancellationReceiverStrategy;
    (function(RequestCancellationReceiverStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "request" && Is.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is.func(candidate.dispose));
      }
      RequestCancellationReceiverStrategy2.is = is;
    })(RequestCancellationReceiverStrategy || (exports2.RequestCancellationReceiverStrategy = RequestCancellationReceiverStrategy = {}));
    var CancellationReceiverStrategy;
    (function(CancellationReceiverStrategy2) {
      CancellationReceiverStrategy2.Message = Object.freeze({
        createCancellationTokenSource(_) {
          return new cancellation_1.CancellationTokenSource();
        }
      });
      function is(value) {
        return IdCancellationReceiverStrategy.is(value) || RequestCancellationReceiverStrategy.is(value);
      }
      CancellationReceiverStrategy2.is = is;
    })(CancellationReceiverStrategy || (exports2.CancellationReceiverStrategy = CancellationReceiverStrategy = {}));
    var CancellationSenderStrategy;
    (function(CancellationSenderStrategy2) {
      CancellationSenderStrategy2.Message = Object.freeze({
        sendCancellation(conn, id) {
          return conn.sendNotification(CancelNotification.type, { id });
        },
        cleanup(_) {
        }
      });
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.sendCancellation) && Is.func(candidate.cleanup);
      }
      CancellationSenderStrategy2.is = is;
    })(CancellationSenderStrategy || (exports2.CancellationSenderStrategy = CancellationSenderStrategy = {}));
    var CancellationStrategy;
    (function(CancellationStrategy2) {
      CancellationStrategy2.Message = Object.freeze({
        receiver: CancellationReceiverStrategy.Message,
        sender: CancellationSenderStrategy.Message
      });
      function is(value) {
        const candidate = value;
        return candidate && CancellationReceiverStrategy.is(candidate.receiver) && CancellationSenderStrategy.is(candidate.sender);
      }
      CancellationStrategy2.is = is;
    })(CancellationStrategy || (exports2.CancellationStrategy = CancellationStrategy = {}));
    var MessageStrategy;
    (function(MessageStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.handleMessage);
      }
      MessageStrategy2.is = is;
    })(MessageStrategy || (exports2.MessageStrategy = MessageStrategy = {}));
    var ConnectionOptions;
    (function(ConnectionOptions2) {
      function is(value) {
        const candidate = value;
        return candidate && (CancellationStrategy.is(candidate.cancellationStrategy) || ConnectionStrategy.is(candidate.connectionStrategy) || MessageStrategy.is(candidate.messageStrategy) || Is.number(candidate.maxParallelism));
      }
      ConnectionOptions2.is = is;
    })(ConnectionOptions || (exports2.ConnectionOptions = ConnectionOptions = {}));
    var ConnectionState;
    (function(ConnectionState2) {
      ConnectionState2[ConnectionState2["New"] = 1] = "New";
      ConnectionState2[ConnectionState2["Listening"] = 2] = "Listening";
      ConnectionState2[ConnectionState2["Closed"] = 3] = "Closed";
      ConnectionState2[ConnectionState2["Disposed"] = 4] = "Disposed";
    })(ConnectionState || (ConnectionState = {}));
    function createMessageConnection2(messageReader, messageWriter, _logger, options) {
      const logger = _logger !== void 0 ? _logger : exports2.NullLogger;
      let sequenceNumber = 0;
      let notificationSequenceNumber = 0;
      let unknownResponseSequenceNumber = 0;
      const version = "2.0";
      const maxParallelism = options?.maxParallelism ?? -1;
      let inFlight = 0;
      let starRequestHandler = void 0;
      const requestHandlers = /* @__PURE__ */ new Map();
      let starNotificationHandler = void 0;
      const notificationHandlers = /* @__PURE__ */ new Map();
      const progressHandlers = /* @__PURE__ */ new Map();
      let timer;
      let messageQueue = new linkedMap_1.LinkedMap();
      let responsePromises = /* @__PURE__ */ new Map();
      let knownCanceledRequests = /* @__PURE__ */ new Set();
      let requestTokens = /* @__PURE__ */ new Map();
      let trace = Trace.Off;
      let traceFormat = TraceFormat.Text;
      let tracer;
      let state = ConnectionState.New;
      const errorEmitter = new events_1.Emitter();
      const closeEmitter = new events_1.Emitter();
      const unhandledNotificationEmitter = new events_1.Emitter();
      const unhandledProgressEmitter = new events_1.Emitter();
      const disposeEmitter = new events_1.Emitter();
      const cancellationStrategy = options && options.cancellationStrategy ? options.cancellationStrategy : CancellationStrategy.Message;
      function cancelUndispatched(_message) {
        return void 0;
      }
      function isListening() {
        return state === ConnectionState.Listening;
      }
      function isClosed() {
        return state === ConnectionState.Closed;
      }
      function isDisposed() {
        return state === ConnectionState.Disposed;
      }
      function closeHandler() {
        if (state === ConnectionState.New || state === ConnectionState.Listening) {
          state = ConnectionState.Closed;
          closeEmitter.fire(void 0);
        }
      }
      function readErrorHandler(error) {
        errorEmitter.fire([error, void 0, void 0]);
      }
      function writeErrorHandler(data) {
        errorEmitter.fire(data);
      }
      messageReader.onClose(closeHandler);
      messageReader.onError(readErrorHandler);
      messageWriter.onClose(closeHandler);
      messageWriter.onError(writeErrorHandler);
      function createRequestQueueKey(id) {
        if (id === null) {
          throw new Error(`Can't send requests with id null since the response can't be correlated.`);
        }
        return "req-" + id.toString();
      }
      function createResponseQueueKey(id) {
        if (id === null) {
          return "res-unknown-" + (++unknownResponseSequenceNumber).toString();
        } else {
          return "res-" + id.toString();
        }
      }
      function createNotificationQueueKey() {
        return "not-" + (++notificationSequenceNumber).toString();
      }
      function addMessageToQueue(queue, message) {
        if (messages_1.Message.isRequest(message)) {
          queue.set(createRequestQueueKey(message.id), message);
        } else if (messages_1.Message.isResponse(message)) {
          if (maxParallelism === -1) {
            queue.set(createResponseQueueKey(message.id), message);
          } else {
            handleResponse(message);
          }
        } else {
          queue.set(createNotificationQueueKey(), message);
        }
      }
      function triggerMessageQueue() {
        if (timer || messageQueue.size === 0) {
          return;
        }
        if (maxParallelism !== -1 && inFlight >= maxParallelism) {
          return;
        }
        timer = (0, ral_1.default)().timer.setImmediate(async () => {
          timer = void 0;
          if (messageQueue.size === 0) {
            return;
          }
          if (maxParallelism !== -1 && inFlight >= maxParallelism) {
            return;
          }
          const message = messageQueue.shift();
          let result;
          try {
            inFlight++;
            const messageStrategy = options?.messageStrategy;
            if (MessageStrategy.is(messageStrategy)) {
              result = messageStrategy.handleMessage(message, handleMessage);
            } else {
              result = handleMessage(message);
            }
          } catch (error) {
            logger.error(`Processing message queue failed: ${error.toString()}`);
          } finally {
            if (result instanceof Promise) {
              result.then(() => {
              }).catch((error) => {
                logger.error(`Processing message queue failed: ${error.toString()}`);
              }).finally(() => {
                inFlight--;
                triggerMessageQueue();
              });
            } else {
              inFlight--;
            }
            triggerMessageQueue();
          }
        });
      }
      async function handleMessage(message) {
        if (messages_1.Message.isRequest(message)) {
          return handleRequest(message);
        } else if (messages_1.Message.isNotification(message)) {
          return handleNotification(message);
        } else if (messages_1.Message.isResponse(message)) {
          return handleResponse(message);
        } else {
          return handleInvalidMessage(message);
        }
      }
      const callback = (message) => {
        try {
          if (messages_1.Message.isNotification(message) && message.method === CancelNotification.type.method) {
            const cancelId = message.params.id;
            const key = createRequestQueueKey(cancelId);
            const toCancel = messageQueue.get(key);
            if (messages_1.Message.isRequest(toCancel)) {
              const strategy = options?.connectionStrategy;
              const response = strategy && strategy.cancelUndispatched ? strategy.cancelUndispatched(toCancel, cancelUndispatched) : cancelUndispatched(toCancel);
              if (response && (response.error !== void 0 || response.result !== void 0)) {
                messageQueue.delete(key);
                requestTokens.delete(cancelId);
                response.id = toCancel.id;
                traceSendingResponse(response, message.method, Date.now());
                messageWriter.write(response).catch(() => logger.error(`Sending response for canceled message failed.`));
                return;
              }
            }
            const cancellationToken = requestTokens.get(cancelId);
            if (cancellationToken !== void 0) {
              cancellationToken.cancel();
              traceReceivedNotification(message);
              return;
            } else {
              knownCanceledRequests.add(cancelId);
            }
          }
          addMessageToQueue(messageQueue, message);
        } finally {
          triggerMessageQueue();
        }
      };
      async function handleRequest(requestMessage) {
        if (isDisposed()) {
          return Promise.resolve();
        }
        function reply(resultOrError, method, startTime2) {
          const message = {
            jsonrpc: version,
            id: requestMessage.id
          };
          if (resultOrError instanceof messages_1.ResponseError) {
            message.error = resultOrError.toJson();
          } else {
            message.result = resultOrError === void 0 ? null : resultOrError;
          }
          traceSendingResponse(message, method, startTime2);
          return messageWriter.write(message);
        }
        function replyError(error, method, startTime2) {
          const message = {
            jsonrpc: version,
            id: requestMessage.id,
            error: error.toJson()
          };
          traceSendingResponse(message, method, startTime2);
          return messageWriter.write(message);
        }
        traceReceivedRequest(requestMessage);
        const element = requestHandlers.get(requestMessage.method);
        let type;
        let requestHandler;
        if (element) {
          type = element.type;
          requestHandler = element.handler;
        }
        const startTime = Date.now();
        if (requestHandler || starRequestHandler) {
          const tokenKey = requestMessage.id ?? String(Date.now());
          const cancellationSource = IdCancellationReceiverStrategy.is(cancellationStrategy.receiver) ? cancellationStrategy.receiver.createCancellationTokenSource(tokenKey) : cancellationStrategy.receiver.createCancellationTokenSource(requestMessage);
          if (requestMessage.id !== null && knownCanceledRequests.has(requestMessage.id)) {
            cancellationSource.cancel();
          }
          if (requestMessage.id !== null) {
            requestTokens.set(tokenKey, cancellationSource);
          }
          try {
            let handlerResult;
            if (requestHandler) {
              if (requestMessage.params === void 0) {
                if (type !== void 0 && type.numberOfParams !== 0) {
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines ${type.numberOfParams} params but received none.`), requestMessage.method, startTime);
                }
                handlerResult = requestHandler(cancellationSource.token);
              } else if (Array.isArray(requestMessage.params)) {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byName) {
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by name but received parameters by position`), requestMessage.method, startTime);
                }
                handlerResult = requestHandler(...requestMessage.params, cancellationSource.token);
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition) {
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by position but received parameters by name`), requestMessage.method, startTime);
                }
                handlerResult = requestHandler(requestMessage.params, cancellationSource.token);
              }
            } else if (starRequestHandler) {
              handlerResult = starRequestHandler(requestMessage.method, requestMessage.params, cancellationSource.token);
            }
            const resultOrError = await handlerResult;
            await reply(resultOrError, requestMessage.method, startTime);
          } catch (error) {
            if (error instanceof messages_1.ResponseError) {
              await reply(error, requestMessage.method, startTime);
            } else if (error && Is.string(error.message)) {
              await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed with message: ${error.message}`), requestMessage.method, startTime);
            } else {
              await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed unexpectedly without providing any details.`), requestMessage.method, startTime);
            }
          } finally {
            requestTokens.delete(tokenKey);
          }
        } else {
          await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.MethodNotFound, `Unhandled method ${requestMessage.method}`), requestMessage.method, startTime);
        }
      }
      function handleResponse(responseMessage) {
        if (isDisposed()) {
          return;
        }
        if (responseMessage.id === null) {
          if (responseMessage.error) {
            logger.error(`Received response message without id: Error is: 
${JSON.stringify(responseMessage.error, void 0, 4)}`);
          } else {
            logger.error(`Received response message without id. No further error information provided.`);
          }
        } else {
          const key = responseMessage.id;
          const responsePromise = responsePromises.get(key);
          traceReceivedResponse(responseMessage, responsePromise);
          if (responsePromise !== void 0) {
            responsePromises.delete(key);
            try {
              if (responseMessage.error) {
                const error = responseMessage.error;
                responsePromise.reject(new messages_1.ResponseError(error.code, error.message, error.data));
              } else if (responseMessage.result !== void 0) {
                responsePromise.resolve(responseMessage.result);
              } else {
                throw new Error("Should never happen.");
              }
            } catch (error) {
              if (error.message) {
                logger.error(`Response handler '${responsePromise.method}' failed with message: ${error.message}`);
              } else {
                logger.error(`Response handler '${responsePromise.method}' failed unexpectedly.`);
              }
            }
          }
        }
      }
      async function handleNotification(message) {
        if (isDisposed()) {
          return;
        }
        let type = void 0;
        let notificationHandler;
        if (message.method === CancelNotification.type.method) {
          const cancelId = message.params.id;
          knownCanceledRequests.delete(cancelId);
          traceReceivedNotification(message);
          return;
        } else {
          const element = notificationHandlers.get(message.method);
          if (element) {
            notificationHandler = element.handler;
            type = element.type;
          }
        }
        if (notificationHandler || starNotificationHandler) {
          try {
            traceReceivedNotification(message);
            if (notificationHandler) {
              if (message.params === void 0) {
                if (type !== void 0) {
                  if (type.numberOfParams !== 0 && type.parameterStructures !== messages_1.ParameterStructures.byName) {
                    logger.error(`Notification ${message.method} defines ${type.numberOfParams} params but received none.`);
                  }
                }
                await notificationHandler();
              } else if (Array.isArray(message.params)) {
                const params = message.params;
                if (message.method === ProgressNotification.type.method && params.length === 2 && ProgressToken.is(params[0])) {
                  await notificationHandler({ token: params[0], value: params[1] });
                } else {
                  if (type !== void 0) {
                    if (type.parameterStructures === messages_1.ParameterStructures.byName) {
                      logger.error(`Notification ${message.method} defines parameters by name but received parameters by position`);
                    }
                    if (type.numberOfParams !== message.params.length) {
                      logger.error(`Notification ${message.method} defines ${type.numberOfParams} params but received ${params.length} arguments`);
                    }
                  }
                  await notificationHandler(...params);
                }
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition) {
                  logger.error(`Notification ${message.method} defines parameters by position but received parameters by name`);
                }
                await notificationHandler(message.params);
              }
            } else if (starNotificationHandler) {
              await starNotificationHandler(message.method, message.params);
            }
          } catch (error) {
            if (error.message) {
              logger.error(`Notification handler '${message.method}' failed with message: ${error.message}`);
            } else {
              logger.error(`Notification handler '${message.method}' failed unexpectedly.`);
            }
          }
        } else {
          unhandledNotificationEmitter.fire(message);
        }
      }
      function handleInvalidMessage(message) {
        if (!message) {
          logger.error("Received empty message.");
          return;
        }
        logger.error(`Received message which is neither a response nor a notification message:
${JSON.stringify(message, null, 4)}`);
        const responseMessage = message;
        if (Is.string(responseMessage.id) || Is.number(responseMessage.id)) {
          const key = responseMessage.id;
          const responseHandler = responsePromises.get(key);
          if (responseHandler) {
            responseHandler.reject(new Error("The received response has neither a result nor an error property."));
          }
        }
      }
      function stringifyTrace(params) {
        if (params === void 0 || params === null) {
          return void 0;
        }
        switch (trace) {
          case Trace.Verbose:
            return JSON.stringify(params, null, 4);
          case Trace.Compact:
            return JSON.stringify(params);
          default:
            return void 0;
        }
      }
      function traceSendingRequest(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if ((trace === Trace.Verbose || trace === Trace.Compact) && message.params) {
            data = `Params: ${stringifyTrace(message.params)}`;
          }
          tracer.log(`Sending request '${message.method} - (${message.id})'.`, data);
        } else {
          logLSPMessage("send-request", message);
        }
      }
      function traceSendingNotification(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.params) {
              data = `Params: ${stringifyTrace(message.params)}`;
            } else {
              data = "No parameters provided.";
            }
          }
          tracer.log(`Sending notification '${message.method}'.`, data);
        } else {
          logLSPMessage("send-notification", message);
        }
      }
      function traceSendingResponse(message, method, startTime) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.error && message.error.data) {
              data = `Error data: ${stringifyTrace(message.error.data)}`;
            } else {
              if (message.result) {
                data = `Result: ${stringifyTrace(message.result)}`;
              } else if (message.error === void 0) {
                data = "No result returned.";
              }
            }
          }
          const error = message.error ? ` Request failed: ${message.error.message} (${message.error.code}).` : "";
          tracer.log(`Sending response '${method} - (${message.id})'. Processing request took ${Date.now() - startTime}ms.${error}`, data);
        } else {
          logLSPMessage("send-response", message);
        }
      }
      function traceReceivedRequest(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if ((trace === Trace.Verbose || trace === Trace.Compact) && message.params) {
            data = `Params: ${stringifyTrace(message.params)}`;
          }
          tracer.log(`Received request '${message.method} - (${message.id})'.`, data);
        } else {
          logLSPMessage("receive-request", message);
        }
      }
      function traceReceivedNotification(message) {
        if (trace === Trace.Off || !tracer || message.method === LogTraceNotification.type.method) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.params) {
              data = `Params: ${stringifyTrace(message.params)}`;
            } else {
              data = "No parameters provided.";
            }
          }
          tracer.log(`Received notification '${message.method}'.`, data);
        } else {
          logLSPMessage("receive-notification", message);
        }
      }
      function traceReceivedResponse(message, responsePromise) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.error && message.error.data) {
              data = `Error data: ${stringifyTrace(message.error.data)}`;
            } else {
              if (message.result) {
                data = `Result: ${stringifyTrace(message.result)}`;
              } else if (message.error === void 0) {
                data = "No result returned.";
              }
            }
          }
          if (responsePromise) {
            const error = message.error ? ` Request failed: ${message.error.message} (${message.error.code}).` : "";
            tracer.log(`Received response '${responsePromise.method} - (${message.id})' in ${Date.now() - responsePromise.timerStart}ms.${error}`, data);
          } else {
            tracer.log(`Received response ${message.id} without active response promise.`, data);
          }
        } else {
          logLSPMessage("receive-response", message);
        }
      }
      function logLSPMessage(type, message) {
        if (!tracer || trace === Trace.Off) {
          return;
        }
        const lspMessage = {
          isLSPMessage: true,
          type,
          message,
          timestamp: Date.now()
        };
        tracer.log(lspMessage);
      }
      function throwIfClosedOrDisposed() {
        if (isClosed()) {
          throw new ConnectionError(ConnectionErrors.Closed, "Connection is closed.");
        }
        if (isDisposed()) {
          throw new ConnectionError(ConnectionErrors.Disposed, "Connection is disposed.");
        }
      }
      function throwIfListening() {
        if (isListening()) {
          throw new ConnectionError(ConnectionErrors.AlreadyListening, "Connection is already listening");
        }
      }
      function throwIfNotListening() {
        if (!isListening()) {
          throw new Error("Call listen() first.");
        }
      }
      function undefinedToNull(param) {
        if (param === void 0) {
          return null;
        } else {
          return param;
        }
      }
      function nullToUndefined(param) {
        if (param === null) {
          return void 0;
        } else {
          return param;
        }
      }
      function isNamedParam(param) {
        return param !== void 0 && param !== null && !Array.isArray(param) && typeof param === "object";
      }
      function computeSingleParam(parameterStructures, param) {
        switch (parameterStructures) {
          case messages_1.ParameterStructures.auto:
            if (isNamedParam(param)) {
              return nullToUndefined(param);
            } else {
              return [undefinedToNull(param)];
            }
          case messages_1.ParameterStructures.byName:
            if (!isNamedParam(param)) {
              throw new Error(`Received parameters by name but param is not an object literal.`);
            }
            return nullToUndefined(param);
          case messages_1.ParameterStructures.byPosition:
            return [undefinedToNull(param)];
          default:
            throw new Error(`Unknown parameter structure ${parameterStructures.toString()}`);
        }
      }
      function computeMessageParams(type, params) {
        let result;
        const numberOfParams = type.numberOfParams;
        switch (numberOfParams) {
          case 0:
            result = void 0;
            break;
          case 1:
            result = computeSingleParam(type.parameterStructures, params[0]);
            break;
          default:
            result = [];
            for (let i = 0; i < params.length && i < numberOfParams; i++) {
              result.push(undefinedToNull(params[i]));
            }
            if (params.length < numberOfParams) {
              for (let i = params.length; i < numberOfParams; i++) {
                result.push(null);
              }
            }
            break;
        }
        return result;
      }
      const connection = {
        sendNotification: (type, ...args) => {
          throwIfClosedOrDisposed();
          let method;
          let messageParams;
          if (Is.string(type)) {
            method = type;
            const first = args[0];
            let paramStart = 0;
            let parameterStructures = messages_1.ParameterStructures.auto;
            if (messages_1.ParameterStructures.is(first)) {
              paramStart = 1;
              parameterStructures = first;
            }
            const paramEnd = args.length;
            const numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName) {
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' notification parameter structure.`);
                }
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            const params = args;
            method = type.method;
            messageParams = computeMessageParams(type, params);
          }
          const notificationMessage = {
            jsonrpc: version,
            method,
            params: messageParams
          };
          traceSendingNotification(notificationMessage);
          return messageWriter.write(notificationMessage).catch((error) => {
            logger.error(`Sending notification failed.`);
            throw error;
          });
        },
        onNotification: (type, handler) => {
          throwIfClosedOrDisposed();
          let method;
          if (Is.func(type)) {
            starNotificationHandler = type;
          } else if (handler) {
            if (Is.string(type)) {
              method = type;
              notificationHandlers.set(type, { type: void 0, handler });
            } else {
              method = type.method;
              notificationHandlers.set(type.method, { type, handler });
            }
          }
          return {
            dispose: () => {
              if (method !== void 0) {
                if (notificationHandlers.get(method)?.handler === handler) {
                  notificationHandlers.delete(method);
                }
              } else if (starNotificationHandler === type) {
                starNotificationHandler = void 0;
              }
            }
          };
        },
        onProgress: (_type, token, handler) => {
          if (progressHandlers.has(token)) {
            throw new Error(`Progress handler for token ${token} already registered`);
          }
          progressHandlers.set(token, handler);
          return {
            dispose: () => {
              if (progressHandlers.get(token) === handler) {
                progressHandlers.delete(token);
              }
            }
          };
        },
        sendProgress: (_type, token, value) => {
          return connection.sendNotification(ProgressNotification.type, { token, value });
        },
        onUnhandledProgress: unhandledProgressEmitter.event,
        sendRequest: (type, ...args) => {
          throwIfClosedOrDisposed();
          throwIfNotListening();
          function sendCancellation(connection2, id2) {
            const p = cancellationStrategy.sender.sendCancellation(connection2, id2);
            if (p === void 0) {
              logger.log(`Received no promise from cancellation strategy when cancelling id ${id2}`);
            } else {
              p.catch(() => {
                logger.log(`Sending cancellation messages for id ${id2} failed.`);
              });
            }
          }
          let method;
          let messageParams;
          let token = void 0;
          if (Is.string(type)) {
            method = type;
            const first = args[0];
            const last = args[args.length - 1];
            let paramStart = 0;
            let parameterStructures = messages_1.ParameterStructures.auto;
            if (messages_1.ParameterStructures.is(first)) {
              paramStart = 1;
              parameterStructures = first;
            }
            let paramEnd = args.length;
            if (cancellation_1.CancellationToken.is(last)) {
              paramEnd = paramEnd - 1;
              token = last;
            }
            const numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName) {
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' request parameter structure.`);
                }
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            const params = args;
            method = type.method;
            messageParams = computeMessageParams(type, params);
            const numberOfParams = type.numberOfParams;
            token = cancellation_1.CancellationToken.is(params[numberOfParams]) ? params[numberOfParams] : void 0;
          }
          const id = sequenceNumber++;
          let disposable;
          let tokenWasCancelled = false;
          if (token !== void 0) {
            if (token.isCancellationRequested) {
              tokenWasCancelled = true;
            } else {
              disposable = token.onCancellationRequested(() => {
                sendCancellation(connection, id);
              });
            }
          }
          const requestMessage = {
            jsonrpc: version,
            id,
            method,
            params: messageParams
          };
          traceSendingRequest(requestMessage);
          if (typeof cancellationStrategy.sender.enableCancellation === "function") {
            cancellationStrategy.sender.enableCancellation(requestMessage);
          }
          return new Promise(async (resolve2, reject) => {
            const resolveWithCleanup = (r) => {
              resolve2(r);
              cancellationStrategy.sender.cleanup(id);
              disposable?.dispose();
            };
            const rejectWithCleanup = (r) => {
              reject(r);
              cancellationStrategy.sender.cleanup(id);
              disposable?.dispose();
            };
            const responsePromise = { method, timerStart: Date.now(), resolve: resolveWithCleanup, reject: rejectWithCleanup };
            try {
              responsePromises.set(id, responsePromise);
              await messageWriter.write(requestMessage);
              if (tokenWasCancelled) {
                sendCancellation(connection, id);
              }
            } catch (error) {
              responsePromises.delete(id);
              responsePromise.reject(new messages_1.ResponseError(messages_1.ErrorCodes.MessageWriteError, error.message ? error.message : "Unknown reason"));
              logger.error(`Sending request failed.`);
            }
          });
        },
        onRequest: (type, handler) => {
          throwIfClosedOrDisposed();
          let method = null;
          if (StarRequestHandler.is(type)) {
            method = void 0;
            starRequestHandler = type;
          } else if (Is.string(type)) {
            method = null;
            if (handler !== void 0) {
              method = type;
              requestHandlers.set(type, { handler, type: void 0 });
            }
          } else {
            if (handler !== void 0) {
              method = type.method;
              requestHandlers.set(type.method, { type, handler });
            }
          }
          return {
            dispose: () => {
              if (method === null) {
                return;
              }
              if (method !== void 0) {
                if (requestHandlers.get(method)?.handler === handler) {
                  requestHandlers.delete(method);
                }
              } else if (starRequestHandler === type) {
                starRequestHandler = void 0;
              }
            }
          };
        },
        hasPendingResponse: () => {
          return responsePromises.size > 0;
        },
        trace: async (_value, _tracer, sendNotificationOrTraceOptions) => {
          let _sendNotification = false;
          let _traceFormat = TraceFormat.Text;
          if (sendNotificationOrTraceOptions !== void 0) {
            if (Is.boolean(sendNotificationOrTraceOptions)) {
              _sendNotification = sendNotificationOrTraceOptions;
            } else {
              _sendNotification = sendNotificationOrTraceOptions.sendNotification || false;
              _traceFormat = sendNotificationOrTraceOptions.traceFormat || TraceFormat.Text;
            }
          }
          trace = _value;
          traceFormat = _traceFormat;
          if (trace === Trace.Off) {
            tracer = void 0;
          } else {
            tracer = _tracer;
          }
          if (_sendNotification && !isClosed() && !isDisposed()) {
            await connection.sendNotification(SetTraceNotification.type, { value: Trace.toString(_value) });
          }
        },
        onError: errorEmitter.event,
        onClose: closeEmitter.event,
        onUnhandledNotification: unhandledNotificationEmitter.event,
        onDispose: disposeEmitter.event,
        end: () => {
          messageWriter.end();
        },
        dispose: () => {
          if (isDisposed()) {
            return;
          }
          state = ConnectionState.Disposed;
          disposeEmitter.fire(void 0);
          const error = new messages_1.ResponseError(messages_1.ErrorCodes.PendingResponseRejected, "Pending response rejected since connection got disposed");
          for (const promise of responsePromises.values()) {
            promise.reject(error);
          }
          responsePromises = /* @__PURE__ */ new Map();
          requestTokens = /* @__PURE__ */ new Map();
          knownCanceledRequests = /* @__PURE__ */ new Set();
          messageQueue = new linkedMap_1.LinkedMap();
          if (Is.func(messageWriter.dispose)) {
            messageWriter.dispose();
          }
          if (Is.func(messageReader.dispose)) {
            messageReader.dispose();
          }
        },
        listen: () => {
          throwIfClosedOrDisposed();
          throwIfListening();
          state = ConnectionState.Listening;
          messageReader.listen(callback);
        },
        inspect: () => {
          (0, ral_1.default)().console.log("inspect");
        }
      };
      connection.onNotification(LogTraceNotification.type, (params) => {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        const verbose = trace === Trace.Verbose || trace === Trace.Compact;
        tracer.log(params.message, verbose ? params.verbose : void 0);
      });
      connection.onNotification(ProgressNotification.type, async (params) => {
        const handler = progressHandlers.get(params.token);
        if (handler) {
          await handler(params.value);
        } else {
          unhandledProgressEmitter.fire(params);
        }
      });
      return connection;
    }
  }
});

// node_modules/vscode-jsonrpc/lib/common/api.js
var require_api = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/api.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ProgressType = exports2.ProgressToken = exports2.createMessageConnection = exports2.NullLogger = exports2.ConnectionOptions = exports2.ConnectionStrategy = exports2.AbstractMessageBuffer = exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = exports2.CancellationToken = exports2.CancellationTokenSource = exports2.Emitter = exports2.Event = exports2.Disposable = exports2.LRUCache = exports2.Touch = exports2.LinkedMap = exports2.ParameterStructures = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.ErrorCodes = exports2.ResponseError = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType0 = exports2.RequestType = exports2.Message = exports2.RAL = void 0;
    exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.CancellationReceiverStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.TraceValue = exports2.Trace = void 0;
    var messages_1 = require_messages();
    Object.defineProperty(exports2, "Message", { enumerable: true, get: function() {
      return messages_1.Message;
    } });
    Object.defineProperty(exports2, "RequestType", { enumerable: true, get: function() {
      return messages_1.RequestType;
    } });
    Object.defineProperty(exports2, "RequestType0", { enumerable: true, get: function() {
      return messages_1.RequestType0;
    } });
    Object.defineProperty(exports2, "RequestType1", { enumerable: true, get: function() {
      return messages_1.RequestType1;
    } });
    Object.defineProperty(exports2, "RequestType2", { enumerable: true, get: function() {
      return messages_1.RequestType2;
    } });
    Object.defineProperty(exports2, "RequestType3", { enumerable: true, get: function() {
      return messages_1.RequestType3;
    } });
    Object.defineProperty(exports2, "RequestType4", { enumerable: true, get: function() {
      return messages_1.RequestType4;
    } });
    Object.defineProperty(exports2, "RequestType5", { enumerable: true, get: function() {
      return messages_1.RequestType5;
    } });
    Object.defineProperty(exports2, "RequestType6", { enumerable: true, get: function() {
      return messages_1.RequestType6;
    } });
    Object.defineProperty(exports2, "RequestType7", { enumerable: true, get: function() {
      return messages_1.RequestType7;
    } });
    Object.defineProperty(exports2, "RequestType8", { enumerable: true, get: function() {
      return messages_1.RequestType8;
    } });
    Object.defineProperty(exports2, "RequestType9", { enumerable: true, get: function() {
      return messages_1.RequestType9;
    } });
    Object.defineProperty(exports2, "ResponseError", { enumerable: true, get: function() {
      return messages_1.ResponseError;
    } });
    Object.defineProperty(exports2, "ErrorCodes", { enumerable: true, get: function() {
      return messages_1.ErrorCodes;
    } });
    Object.defineProperty(exports2, "NotificationType", { enumerable: true, get: function() {
      return messages_1.NotificationType;
    } });
    Object.defineProperty(exports2, "NotificationType0", { enumerable: true, get: function() {
      return messages_1.NotificationType0;
    } });
    Object.defineProperty(exports2, "NotificationType1", { enumerable: true, get: function() {
      return messages_1.NotificationType1;
    } });
    Object.defineProperty(exports2, "NotificationType2", { enumerable: true, get: function() {
      return messages_1.NotificationType2;
    } });
    Object.defineProperty(exports2, "NotificationType3", { enumerable: true, get: function() {
      return messages_1.NotificationType3;
    } });
    Object.defineProperty(exports2, "NotificationType4", { enumerable: true, get: function() {
      return messages_1.NotificationType4;
    } });
    Object.defineProperty(exports2, "NotificationType5", { enumerable: true, get: function() {
      return messages_1.NotificationType5;
    } });
    Object.defineProperty(exports2, "NotificationType6", { enumerable: true, get: function() {
      return messages_1.NotificationType6;
    } });
    Object.defineProperty(exports2, "NotificationType7", { enumerable: true, get: function() {
      return messages_1.NotificationType7;
    } });
    Object.defineProperty(exports2, "NotificationType8", { enumerable: true, get: function() {
      return messages_1.NotificationType8;
    } });
    Object.defineProperty(exports2, "NotificationType9", { enumerable: true, get: function() {
      return messages_1.NotificationType9;
    } });
    Object.defineProperty(exports2, "ParameterStructures", { enumerable: true, get: function() {
      return messages_1.ParameterStructures;
    } });
    var linkedMap_1 = require_linkedMap();
    Object.defineProperty(exports2, "LinkedMap", { enumerable: true, get: function() {
      return linkedMap_1.LinkedMap;
    } });
    Object.defineProperty(exports2, "LRUCache", { enumerable: true, get: function() {
      return linkedMap_1.LRUCache;
    } });
    Object.defineProperty(exports2, "Touch", { enumerable: true, get: function() {
      return linkedMap_1.Touch;
    } });
    var disposable_1 = require_disposable();
    Object.defineProperty(exports2, "Disposable", { enumerable: true, get: function() {
      return disposable_1.Disposable;
    } });
    var events_1 = require_events();
    Object.defineProperty(exports2, "Event", { enumerable: true, get: function() {
      return events_1.Event;
    } });
    Object.defineProperty(exports2, "Emitter", { enumerable: true, get: function() {
      return events_1.Emitter;
    } });
    var cancellation_1 = require_cancellation();
    Object.defineProperty(exports2, "CancellationTokenSource", { enumerable: true, get: function() {
      return cancellation_1.CancellationTokenSource;
    } });
    Object.defineProperty(exports2, "CancellationToken", { enumerable: true, get: function() {
      return cancellation_1.CancellationToken;
    } });
    var sharedArrayCancellation_1 = require_sharedArrayCancellation();
    Object.defineProperty(exports2, "SharedArraySenderStrategy", { enumerable: true, get: function() {
      return sharedArrayCancellation_1.SharedArraySenderStrategy;
    } });
    Object.defineProperty(exports2, "SharedArrayReceiverStrategy", { enumerable: true, get: function() {
      return sharedArrayCancellation_1.SharedArrayReceiverStrategy;
    } });
    var messageReader_1 = require_messageReader();
    Object.defineProperty(exports2, "MessageReader", { enumerable: true, get: function() {
      return messageReader_1.MessageReader;
    } });
    Object.defineProperty(exports2, "AbstractMessageReader", { enumerable: true, get: function() {
      return messageReader_1.AbstractMessageReader;
    } });
    Object.defineProperty(exports2, "ReadableStreamMessageReader", { enumerable: true, get: function() {
      return messageReader_1.ReadableStreamMessageReader;
    } });
    var messageWriter_1 = require_messageWriter();
    Object.defineProperty(exports2, "MessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.MessageWriter;
    } });
    Object.defineProperty(exports2, "AbstractMessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.AbstractMessageWriter;
    } });
    Object.defineProperty(exports2, "WriteableStreamMessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.WriteableStreamMessageWriter;
    } });
    var messageBuffer_1 = require_messageBuffer();
    Object.defineProperty(exports2, "AbstractMessageBuffer", { enumerable: true, get: function() {
      return messageBuffer_1.AbstractMessageBuffer;
    } });
    var connection_1 = require_connection();
    Object.defineProperty(exports2, "ConnectionStrategy", { enumerable: true, get: function() {
      return connection_1.ConnectionStrategy;
    } });
    Object.defineProperty(exports2, "ConnectionOptions", { enumerable: true, get: function() {
      return connection_1.ConnectionOptions;
    } });
    Object.defineProperty(exports2, "NullLogger", { enumerable: true, get: function() {
      return connection_1.NullLogger;
    } });
    Object.defineProperty(exports2, "createMessageConnection", { enumerable: true, get: function() {
      return connection_1.createMessageConnection;
    } });
    Object.defineProperty(exports2, "ProgressToken", { enumerable: true, get: function() {
      return connection_1.ProgressToken;
    } });
    Object.defineProperty(exports2, "ProgressType", { enumerable: true, get: function() {
      return connection_1.ProgressType;
    } });
    Object.defineProperty(exports2, "Trace", { enumerable: true, get: function() {
      return connection_1.Trace;
    } });
    Object.defineProperty(exports2, "TraceValue", { enumerable: true, get: function() {
      return connection_1.TraceValue;
    } });
    Object.defineProperty(exports2, "TraceFormat", { enumerable: true, get: function() {
      return connection_1.TraceFormat;
    } });
    Object.defineProperty(exports2, "SetTraceNotification", { enumerable: true, get: function() {
      return connection_1.SetTraceNotification;
    } });
    Object.defineProperty(exports2, "LogTraceNotification", { enumerable: true, get: function() {
      return connection_1.LogTraceNotification;
    } });
    Object.defineProperty(exports2, "ConnectionErrors", { enumerable: true, get: function() {
      return connection_1.ConnectionErrors;
    } });
    Object.defineProperty(exports2, "ConnectionError", { enumerable: true, get: function() {
      return connection_1.ConnectionError;
    } });
    Object.defineProperty(exports2, "CancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "IdCancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.IdCancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "RequestCancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.RequestCancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "CancellationSenderStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationSenderStrategy;
    } });
    Object.defineProperty(exports2, "CancellationStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationStrategy;
    } });
    Object.defineProperty(exports2, "MessageStrategy", { enumerable: true, get: function() {
      return connection_1.MessageStrategy;
    } });
    Object.defineProperty(exports2, "TraceValues", { enumerable: true, get: function() {
      return connection_1.TraceValues;
    } });
    var ral_1 = __importDefault(require_ral());
    exports2.RAL = ral_1.default;
  }
});

// node_modules/vscode-jsonrpc/lib/node/ril.js
var require_ril = __commonJS({
  "node_modules/vscode-jsonrpc/lib/node/ril.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require("util");
    var crypto_1 = require("crypto");
    var api_1 = require_api();
    var MessageBuffer = class _MessageBuffer extends api_1.AbstractMessageBuffer {
      static emptyBuffer = Buffer.allocUnsafe(0);
      constructor(encoding = "utf-8") {
        super(encoding);
      }
      emptyBuffer() {
        return _MessageBuffer.emptyBuffer;
      }
      fromString(value, encoding) {
        return Buffer.from(value, encoding);
      }
      toString(value, encoding) {
        if (value instanceof Buffer) {
          return value.toString(encoding);
        } else {
          return new util_1.TextDecoder(encoding).decode(value);
        }
      }
      asNative(buffer, length) {
        if (length === void 0) {
          return buffer instanceof Buffer ? buffer : Buffer.from(buffer);
        } else {
          return buffer instanceof Buffer ? buffer.slice(0, length) : Buffer.from(buffer.subarray(0, length));
        }
      }
      allocNative(length) {
        return Buffer.allocUnsafe(length);
      }
    };
    var ReadableStreamWrapper = class {
      stream;
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        this.stream.on("close", listener);
        return api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        this.stream.on("error", listener);
        return api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        this.stream.on("end", listener);
        return api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      onData(listener) {
        this.stream.on("data", listener);
        return api_1.Disposable.create(() => this.stream.off("data", listener));
      }
    };
    var WritableStreamWrapper = class {
      stream;
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        this.stream.on("close", listener);
        return api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        this.stream.on("error", listener);
        return api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        this.stream.on("end", listener);
        return api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      write(data, encoding) {
        return new Promise((resolve2, reject) => {
          const callback = (error) => {
            if (error === void 0 || error === null) {
              resolve2();
            } else {
              reject(error);
            }
          };
          if (typeof data === "string") {
            this.stream.write(data, encoding, callback);
          } else {
            this.stream.write(data, callback);
          }
        });
      }
      end() {
        this.stream.end();
      }
    };
    var _ril = Object.freeze({
      crypto: Object.freeze({
        randomUUID: () => (0, crypto_1.randomUUID)()
      }),
      messageBuffer: Object.freeze({
        create: (encoding) => new MessageBuffer(encoding)
      }),
      applicationJson: Object.freeze({
        encoder: Object.freeze({
          name: "application/json",
          encode: (msg, options) => {
            try {
              return Promise.resolve(Buffer.from(JSON.stringify(msg, void 0, 0), options.charset));
            } catch (err) {
              return Promise.reject(err);
            }
          }
        }),
        decoder: Object.freeze({
          name: "application/json",
          decode: (buffer, options) => {
            try {
              if (buffer instanceof Buffer) {
                return Promise.resolve(JSON.parse(buffer.toString(options.charset)));
              } else {
                return Promise.resolve(JSON.parse(new util_1.TextDecoder(options.charset).decode(buffer)));
              }
            } catch (err) {
              return Promise.reject(err);
            }
          }
        })
      }),
      stream: Object.freeze({
        asReadableStream: (stream) => new ReadableStreamWrapper(stream),
        asWritableStream: (stream) => new WritableStreamWrapper(stream)
      }),
      console,
      timer: Object.freeze({
        setTimeout(callback, ms, ...args) {
          const handle = setTimeout(callback, ms, ...args);
          return { dispose: () => clearTimeout(handle) };
        },
        setImmediate(callback, ...args) {
          const handle = setImmediate(callback, ...args);
          return { dispose: () => clearImmediate(handle) };
        },
        setInterval(callback, ms, ...args) {
          const handle = setInterval(callback, ms, ...args);
          return { dispose: () => clearInterval(handle) };
        }
      })
    });
    function RIL() {
      return _ril;
    }
    (function(RIL2) {
      function install() {
        api_1.RAL.install(_ril);
      }
      RIL2.install = install;
    })(RIL || (RIL = {}));
    exports2.default = RIL;
  }
});

// node_modules/vscode-jsonrpc/lib/node/main.js
var require_main = __commonJS({
  "node_modules/vscode-jsonrpc/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.StreamMessageWriter = exports2.StreamMessageReader = exports2.SocketMessageWriter = exports2.SocketMessageReader = exports2.PortMessageWriter = exports2.PortMessageReader = exports2.IPCMessageWriter = exports2.IPCMessageReader = void 0;
    exports2.generateRandomPipeName = generateRandomPipeName;
    exports2.createClientPipeTransport = createClientPipeTransport;
    exports2.createServerPipeTransport = createServerPipeTransport;
    exports2.createClientSocketTransport = createClientSocketTransport;
    exports2.createServerSocketTransport = createServerSocketTransport;
    exports2.createMessageConnection = createMessageConnection2;
    var ril_1 = __importDefault(require_ril());
    ril_1.default.install();
    var path = __importStar(require("path"));
    var os = __importStar(require("os"));
    var fs = __importStar(require("fs"));
    var crypto_1 = require("crypto");
    var net_1 = require("net");
    var api_1 = require_api();
    __exportStar(require_api(), exports2);
    var IPCMessageReader = class extends api_1.AbstractMessageReader {
      process;
      constructor(process2) {
        super();
        this.process = process2;
        const eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error));
        eventEmitter.on("close", () => this.fireClose());
      }
      listen(callback) {
        this.process.on("message", callback);
        return api_1.Disposable.create(() => this.process.off("message", callback));
      }
    };
    exports2.IPCMessageReader = IPCMessageReader;
    var IPCMessageWriter = class extends api_1.AbstractMessageWriter {
      process;
      errorCount;
      constructor(process2) {
        super();
        this.process = process2;
        this.errorCount = 0;
        const eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error));
        eventEmitter.on("close", () => this.fireClose());
      }
      write(msg) {
        try {
          if (typeof this.process.send === "function") {
            this.process.send(msg, void 0, void 0, (error) => {
              if (error) {
                this.errorCount++;
                this.handleError(error, msg);
              } else {
                this.errorCount = 0;
              }
            });
          }
          return Promise.resolve();
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.IPCMessageWriter = IPCMessageWriter;
    var PortMessageReader = class extends api_1.AbstractMessageReader {
      onData;
      constructor(port) {
        super();
        this.onData = new api_1.Emitter();
        port.on("close", () => this.fireClose());
        port.on("error", (error) => this.fireError(error));
        port.on("message", (message) => {
          this.onData.fire(message);
        });
      }
      listen(callback) {
        return this.onData.event(callback);
      }
    };
    exports2.PortMessageReader = PortMessageReader;
    var PortMessageWriter = class extends api_1.AbstractMessageWriter {
      port;
      errorCount;
      constructor(port) {
        super();
        this.port = port;
        this.errorCount = 0;
        port.on("close", () => this.fireClose());
        port.on("error", (error) => this.fireError(error));
      }
      write(msg) {
        try {
          this.port.postMessage(msg);
          return Promise.resolve();
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.PortMessageWriter = PortMessageWriter;
    var SocketMessageReader = class extends api_1.ReadableStreamMessageReader {
      constructor(socket, encoding = "utf-8") {
        super((0, ril_1.default)().stream.asReadableStream(socket), encoding);
      }
    };
    exports2.SocketMessageReader = SocketMessageReader;
    var SocketMessageWriter = class extends api_1.WriteableStreamMessageWriter {
      socket;
      constructor(socket, options) {
        super((0, ril_1.default)().stream.asWritableStream(socket), options);
        this.socket = socket;
      }
      dispose() {
        super.dispose();
        this.socket.destroy();
      }
    };
    exports2.SocketMessageWriter = SocketMessageWriter;
    var StreamMessageReader2 = class extends api_1.ReadableStreamMessageReader {
      constructor(readable, encoding) {
        super((0, ril_1.default)().stream.asReadableStream(readable), encoding);
      }
    };
    exports2.StreamMessageReader = StreamMessageReader2;
    var StreamMessageWriter2 = class extends api_1.WriteableStreamMessageWriter {
      constructor(writable, options) {
        super((0, ril_1.default)().stream.asWritableStream(writable), options);
      }
    };
    exports2.StreamMessageWriter = StreamMessageWriter2;
    var XDG_RUNTIME_DIR = process.env["XDG_RUNTIME_DIR"];
    var safeIpcPathLengths = /* @__PURE__ */ new Map([
      ["linux", 107],
      ["darwin", 102]
    ]);
    function generateRandomPipeName() {
      if (process.platform === "win32") {
        return `\\\\.\\pipe\\lsp-${(0, crypto_1.randomBytes)(16).toString("hex")}-sock`;
      }
      let randomLength = 32;
      const fixedLength = "/lsp-.sock".length;
      const tmpDir = fs.realpathSync(XDG_RUNTIME_DIR ?? os.tmpdir());
      const limit = safeIpcPathLengths.get(process.platform);
      if (limit !== void 0) {
        randomLength = Math.min(limit - tmpDir.length - fixedLength, randomLength);
      }
      if (randomLength < 16) {
        throw new Error(`Unable to generate a random pipe name with ${randomLength} characters.`);
      }
      const randomSuffix = (0, crypto_1.randomBytes)(Math.floor(randomLength / 2)).toString("hex");
      return path.join(tmpDir, `lsp-${randomSuffix}.sock`);
    }
    function createClientPipeTransport(pipeName, encoding = "utf-8") {
      let connectResolve;
      const connected = new Promise((resolve2, _reject) => {
        connectResolve = resolve2;
      });
      return new Promise((resolve2, reject) => {
        const server = (0, net_1.createServer)((socket) => {
          server.close();
          connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject);
        server.listen(pipeName, () => {
          server.removeListener("error", reject);
          resolve2({
            onConnected: () => {
              return connected;
            },
            close: () => {
              server.close();
            }
          });
        });
      });
    }
    function createServerPipeTransport(pipeName, encoding = "utf-8") {
      const socket = (0, net_1.createConnection)(pipeName);
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    function createClientSocketTransport(port, encoding = "utf-8") {
      let connectResolve;
      const connected = new Promise((resolve2, _reject) => {
        connectResolve = resolve2;
      });
      return new Promise((resolve2, reject) => {
        const server = (0, net_1.createServer)((socket) => {
          server.close();
          connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.removeListener("error", reject);
          const address = server.address();
          if (address === null || typeof address === "string") {
            reject(new Error(`Unexpected server address: ${address}`));
            return;
          }
          const boundPort = address.port;
          resolve2({
            port: () => boundPort,
            onConnected: () => {
              return connected;
            },
            close: () => {
              server.close();
            }
          });
        });
      });
    }
    function createServerSocketTransport(port, encoding = "utf-8") {
      const socket = (0, net_1.createConnection)(port, "127.0.0.1");
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    function isReadableStream(value) {
      const candidate = value;
      return candidate.read !== void 0 && candidate.addListener !== void 0;
    }
    function isWritableStream(value) {
      const candidate = value;
      return candidate.write !== void 0 && candidate.addListener !== void 0;
    }
    function createMessageConnection2(input, output, logger, options) {
      if (!logger) {
        logger = api_1.NullLogger;
      }
      const reader = isReadableStream(input) ? new StreamMessageReader2(input) : input;
      const writer = isWritableStream(output) ? new StreamMessageWriter2(output) : output;
      if (api_1.ConnectionStrategy.is(options)) {
        options = { connectionStrategy: options };
      }
      return (0, api_1.createMessageConnection)(reader, writer, logger, options);
    }
  }
});

// test/server/hostile-server.test.ts
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node = __toESM(require_main());
var ROOT = [(0, import_node_path.resolve)(__dirname, "../.."), process.cwd()].find((d) => (0, import_node_fs.existsSync)((0, import_node_path.join)(d, "esbuild.mjs"))) ?? process.cwd();
var SERVER = (0, import_node_path.join)(ROOT, "dist/server.js");
var MB = 1024 * 1024;
var RESPONSIVE_MS = 1e3;
var PROPS = [
  "nacos.core.auth.enabled=true",
  "nacos.core.auth.system.type=nacos",
  "nacos.core.auth.server.identity.key=serverIdentity",
  "nacos.core.auth.server.identity.value=security",
  "nacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=",
  ""
].join("\n");
var IMAGE3 = "services:\n  nacos:\n    image: nacos/nacos-server:v3.0.0\n";
function startServer(root) {
  import_strict.default.ok((0, import_node_fs.existsSync)(SERVER), "dist/server.js is missing: run `node esbuild.mjs` (npm test does)");
  const child = (0, import_node_child_process.spawn)(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const stderr = [];
  child.stderr.on("data", (d) => {
    if (stderr.length < 100) stderr.push(String(d));
  });
  const conn = (0, import_node.createMessageConnection)(new import_node.StreamMessageReader(child.stdout), new import_node.StreamMessageWriter(child.stdin));
  const diagnostics = /* @__PURE__ */ new Map();
  const logs = [];
  const waiters = [];
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    diagnostics.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].uri === p.uri && waiters[i].pred(p)) waiters.splice(i, 1)[0].resolve(p);
  });
  conn.onNotification("window/logMessage", (m) => {
    logs.push(m.message);
  });
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => ({})));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.listen();
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  return {
    child,
    conn,
    diagnostics,
    logs,
    waitFor(uri, pred, what, timeoutMs = 6e4) {
      const hit = diagnostics.get(uri);
      if (hit && pred(hit)) return Promise.resolve(hit);
      return new Promise((resolveP, reject) => {
        const w = { uri, pred, resolve: (p) => {
          clearTimeout(timer);
          resolveP(p);
        } };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`${what}: nothing within ${timeoutMs / 1e3} s; last: ${JSON.stringify(diagnostics.get(uri))?.slice(0, 400)}; stderr: ${stderr.join("").slice(-400)}`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    peakRssMb() {
      const m = /^VmHWM:\s+(\d+) kB/m.exec((0, import_node_fs.readFileSync)(`/proc/${child.pid}/status`, "utf8"));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once("exit", r));
      await Promise.race([conn.sendRequest("shutdown").catch(() => void 0), new Promise((r) => setTimeout(r, 3e3))]);
      conn.sendNotification("exit");
      const kill = setTimeout(() => child.kill("SIGKILL"), 3e3);
      await gone;
      clearTimeout(kill);
      conn.dispose();
    }
  };
}
var uriOf = (p) => `file://${p}`;
var text = (m) => typeof m === "string" ? m : m.value;
var syntax = (d) => d.filter((x) => x.code === "syntax-error").map((x) => text(x.message));
async function timed(p) {
  const t0 = performance.now();
  const value = await p;
  return { ms: performance.now() - t0, value };
}
(0, import_node_test.describe)("language server on hostile input", { concurrency: false }, () => {
  let dir = "";
  let s;
  let normalUri = "";
  const figures = [];
  (0, import_node_test.before)(async () => {
    dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "nal-hostile-server-"));
    const write = (rel, data) => {
      const p = (0, import_node_path.join)(dir, rel);
      (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(p), { recursive: true });
      (0, import_node_fs.writeFileSync)(p, data);
      return p;
    };
    normalUri = uriOf(write("normal/conf/application.properties", PROPS));
    const big = write("disk/big/conf/application.properties", "");
    const fd = (0, import_node_fs.openSync)(big, "w");
    const chunk = Buffer.from("a=b\n".repeat(256 * 1024));
    for (let n = 0; n < 50 * MB; n += chunk.length) (0, import_node_fs.writeSync)(fd, chunk);
    (0, import_node_fs.closeSync)(fd);
    const bin = Buffer.alloc(16 * 1024);
    for (let i = 0; i < bin.length; i++) bin[i] = i * 2654435761 >>> 24;
    bin[10] = 0;
    write("disk/bin/conf/application.properties", bin);
    write("disk/utf/compose.yaml", Buffer.concat([Buffer.from(IMAGE3), Buffer.from([255, 254, 10])]));
    write("disk/deep/compose.yaml", `${IMAGE3}    x: ${"[".repeat(1e4)}${"]".repeat(1e4)}
`);
    (0, import_node_fs.mkdirSync)((0, import_node_path.join)(dir, "disk/envs/dir.env"), { recursive: true });
    const fifo = (0, import_node_child_process.spawnSync)("mkfifo", [(0, import_node_path.join)(dir, "disk/envs/fifo.env")]).status === 0;
    write("disk/envs/compose.yaml", `${IMAGE3}    env_file: [./dir.env, /dev/zero${fifo ? ", ./fifo.env" : ""}]
`);
    write("disk/cyclic/compose.yaml", `${IMAGE3}    extends: other
  other:
    extends: nacos
`);
    for (let i = 0; i < 1e3; i++) {
      write(`many/n${i}/conf/application.properties`, PROPS.replace("serverIdentity", `nacos-identity-${i}`));
      write(`many/n${i}/conf/cluster.conf`, `10.0.${i >> 8}.${i & 255}:8848
`);
    }
    (0, import_node_fs.symlinkSync)("..", (0, import_node_path.join)(dir, "disk/up"));
    (0, import_node_fs.symlinkSync)("b", (0, import_node_path.join)(dir, "disk/a"));
    (0, import_node_fs.symlinkSync)("a", (0, import_node_path.join)(dir, "disk/b"));
    s = startServer(dir);
    await s.conn.sendRequest("initialize", {
      processId: process.pid,
      rootUri: uriOf(dir),
      workspaceFolders: [{ uri: uriOf(dir), name: "ws" }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, hover: {}, codeAction: {} } }
    });
    s.conn.sendNotification("initialized", {});
  });
  (0, import_node_test.after)(async () => {
    if (s) {
      figures.push(`server peak RSS ${Math.round(s.peakRssMb())} MB`);
      await s.stop();
    }
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
    process.stdout.write(`# hostile server: ${figures.join("; ")}
`);
  });
  (0, import_node_test.test)("start-up over a hostile workspace: every unreadable or broken file gets one clear message", async (t) => {
    const t0 = performance.now();
    const expect = [
      ["disk/big/conf/application.properties", /^file is larger than 10 MB; not analysed$/],
      ["disk/bin/conf/application.properties", /^file looks binary \(NUL bytes\); not analysed$/],
      ["disk/utf/compose.yaml", /^file is not valid UTF-8; not analysed$/],
      ["disk/deep/compose.yaml", /^YAML nested too deeply to be read$/],
      ["disk/cyclic/compose.yaml", /^circular "extends": /]
    ];
    for (const [rel, re] of expect) {
      const p = await s.waitFor(uriOf((0, import_node_path.join)(dir, rel)), (d) => syntax(d.diagnostics).length > 0, rel);
      import_strict.default.equal(syntax(p.diagnostics).length, 1, `${rel}: ${JSON.stringify(syntax(p.diagnostics))}`);
      import_strict.default.match(syntax(p.diagnostics)[0], re, rel);
    }
    const envs = await s.waitFor(uriOf((0, import_node_path.join)(dir, "disk/envs/compose.yaml")), (d) => syntax(d.diagnostics).length > 0, "env_file at a directory, /dev/zero, a FIFO");
    for (const m of syntax(envs.diagnostics)) import_strict.default.match(m, /^env file .* not found, or not a readable text file$/);
    import_strict.default.ok(syntax(envs.diagnostics).length >= 2);
    figures.push(`start-up analysis ${Math.round(performance.now() - t0)} ms`);
    t.diagnostic(figures.join("; "));
  });
  const hostileDocs = [
    ["a 50 MB properties file", "open/big/conf/application.properties", () => "a=b\n".repeat(50 * MB / 4), /^file is larger than 10 MB; not analysed$/],
    ["a binary file", "open/bin/conf/application.properties", () => `${"\0\xFF".repeat(2e3)}`, /^file looks binary \(NUL bytes\); not analysed$/],
    ["10,000-deep YAML", "open/deep/compose.yaml", () => `${IMAGE3}    x: ${"[".repeat(1e4)}${"]".repeat(1e4)}
`, /^YAML nested too deeply to be read$/],
    ["a YAML alias bomb", "open/bomb/compose.yaml", () => {
      const L = "abcdefghi";
      let y = 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      for (let i = 1; i < L.length; i++) y += `x-${L[i]}: &${L[i]} [${Array(10).fill(`*${L[i - 1]}`).join(",")}]
`;
      return `${y}${IMAGE3}    profiles: *i
`;
    }, void 0],
    ["100,000 anchors", "open/anchors/compose.yaml", () => {
      let y = "x-anchors:\n";
      for (let i = 0; i < 1e5; i++) y += `  k${i}: &a${i} v${i}
`;
      return `${y}${IMAGE3}    environment:
      NACOS_AUTH_IDENTITY_VALUE: *a99999
`;
    }, void 0],
    ["a 1 MB single line", "open/line/conf/application.properties", () => `${PROPS}nacos.core.auth.server.identity.value=${"${".repeat(MB / 2)}
`, void 0],
    ["an unterminated ${ in compose", "open/unterminated/compose.yaml", () => `${IMAGE3}    environment:
      NACOS_AUTH_TOKEN: \${TOKEN
`, /^invalid interpolation format: "\$\{" is not closed by "\}"/]
  ];
  let version = 1;
  for (const [name, rel, make, message] of hostileDocs) {
    (0, import_node_test.test)(`${name} open: other documents answered within ${RESPONSIVE_MS} ms; one clear message`, async (t) => {
      const uri = uriOf((0, import_node_path.join)(dir, rel));
      (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)((0, import_node_path.join)(dir, rel)), { recursive: true });
      const content = make();
      const hover = { textDocument: { uri: normalUri }, position: { line: 3, character: 40 } };
      const codeAction = () => s.conn.sendRequest("textDocument/codeAction", { textDocument: { uri: normalUri }, range: { start: { line: 3, character: 38 }, end: { line: 3, character: 46 } }, context: { diagnostics: [] } });
      if (!s.diagnostics.has(normalUri)) s.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: normalUri, languageId: "properties", version: version++, text: PROPS } });
      const openedAt = performance.now();
      const diags = s.waitFor(uri, () => true, `diagnostics of ${name}`, 12e4);
      s.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: rel.endsWith(".yaml") ? "dockercompose" : "properties", version: 1, text: content } });
      const [h1, c1] = await Promise.all([timed(s.conn.sendRequest("textDocument/hover", hover)), timed(codeAction())]);
      const published = await diags;
      const firstMs = performance.now() - openedAt;
      s.conn.sendNotification("textDocument/didChange", { textDocument: { uri: normalUri, version: version++ }, contentChanges: [{ text: `${PROPS}# edit ${version}
` }] });
      const [h2, c2] = await Promise.all([timed(s.conn.sendRequest("textDocument/hover", hover)), timed(codeAction())]);
      const line = `${name}: first analysis ${Math.round(firstMs)} ms (hover ${Math.round(h1.ms)} ms, code action ${Math.round(c1.ms)} ms); while open: hover ${Math.round(h2.ms)} ms, code action ${Math.round(c2.ms)} ms; peak RSS ${Math.round(s.peakRssMb())} MB`;
      figures.push(line);
      t.diagnostic(line);
      import_strict.default.ok(h2.value, "the hover is answered");
      import_strict.default.ok(Array.isArray(c2.value), "the code actions are answered");
      import_strict.default.ok(h2.ms < RESPONSIVE_MS && c2.ms < RESPONSIVE_MS, line);
      if (message) {
        import_strict.default.equal(syntax(published.diagnostics).length, 1, JSON.stringify(syntax(published.diagnostics)));
        import_strict.default.match(syntax(published.diagnostics)[0], message);
      }
      s.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    });
  }
  (0, import_node_test.test)("memory stays bounded", () => {
    const peak = s.peakRssMb();
    figures.push(`peak RSS after all hostile documents ${Math.round(peak)} MB`);
    import_strict.default.ok(peak < 1500, `peak RSS ${Math.round(peak)} MB`);
  });
  (0, import_node_test.test)("$/cancelRequest on a workspace check is honoured", async (t) => {
    const check = (token) => timed(s.conn.sendRequest("workspace/executeCommand", { command: "nacosAuthLint.server.checkWorkspace", arguments: [] }, ...token ? [token] : []).then((r) => ({ result: r, code: void 0 }), (e) => ({ result: null, code: e.code })));
    const full = await check();
    import_strict.default.ok(full.value.result?.summary, "an uncancelled check returns its report");
    const source = new import_node.CancellationTokenSource();
    const pending = check(source.token);
    source.cancel();
    const cancelled = await pending;
    const line = `workspace check: ${Math.round(full.ms)} ms in full, ${Math.round(cancelled.ms)} ms to answer a cancel`;
    figures.push(line);
    t.diagnostic(line);
    import_strict.default.equal(cancelled.value.code, -32800, "answered with RequestCancelled");
    import_strict.default.ok(cancelled.ms < full.ms, line);
    const again = await check();
    import_strict.default.ok(again.value.result?.summary, "a later check completes");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vaXMuanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vbWVzc2FnZXMuanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vbGlua2VkTWFwLmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy92c2NvZGUtanNvbnJwYy9saWIvY29tbW9uL2Rpc3Bvc2FibGUuanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vcmFsLmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy92c2NvZGUtanNvbnJwYy9saWIvY29tbW9uL2V2ZW50cy5qcyIsICIuLi8uLi9ub2RlX21vZHVsZXMvdnNjb2RlLWpzb25ycGMvbGliL2NvbW1vbi9jYW5jZWxsYXRpb24uanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vc2hhcmVkQXJyYXlDYW5jZWxsYXRpb24uanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vc2VtYXBob3JlLmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy92c2NvZGUtanNvbnJwYy9saWIvY29tbW9uL21lc3NhZ2VSZWFkZXIuanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vbWVzc2FnZVdyaXRlci5qcyIsICIuLi8uLi9ub2RlX21vZHVsZXMvdnNjb2RlLWpzb25ycGMvbGliL2NvbW1vbi9tZXNzYWdlQnVmZmVyLmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy92c2NvZGUtanNvbnJwYy9saWIvY29tbW9uL2Nvbm5lY3Rpb24uanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9jb21tb24vYXBpLmpzIiwgIi4uLy4uL25vZGVfbW9kdWxlcy92c2NvZGUtanNvbnJwYy9saWIvbm9kZS9yaWwuanMiLCAiLi4vLi4vbm9kZV9tb2R1bGVzL3ZzY29kZS1qc29ucnBjL2xpYi9ub2RlL21haW4uanMiLCAiLi4vLi4vdGVzdC9zZXJ2ZXIvaG9zdGlsZS1zZXJ2ZXIudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5leHBvcnRzLmJvb2xlYW4gPSBib29sZWFuO1xuZXhwb3J0cy5zdHJpbmcgPSBzdHJpbmc7XG5leHBvcnRzLm51bWJlciA9IG51bWJlcjtcbmV4cG9ydHMuZXJyb3IgPSBlcnJvcjtcbmV4cG9ydHMuZnVuYyA9IGZ1bmM7XG5leHBvcnRzLmFycmF5ID0gYXJyYXk7XG5leHBvcnRzLnN0cmluZ0FycmF5ID0gc3RyaW5nQXJyYXk7XG5mdW5jdGlvbiBib29sZWFuKHZhbHVlKSB7XG4gICAgcmV0dXJuIHZhbHVlID09PSB0cnVlIHx8IHZhbHVlID09PSBmYWxzZTtcbn1cbmZ1bmN0aW9uIHN0cmluZyh2YWx1ZSkge1xuICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnIHx8IHZhbHVlIGluc3RhbmNlb2YgU3RyaW5nO1xufVxuZnVuY3Rpb24gbnVtYmVyKHZhbHVlKSB7XG4gICAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgfHwgdmFsdWUgaW5zdGFuY2VvZiBOdW1iZXI7XG59XG5mdW5jdGlvbiBlcnJvcih2YWx1ZSkge1xuICAgIHJldHVybiB2YWx1ZSBpbnN0YW5jZW9mIEVycm9yO1xufVxuZnVuY3Rpb24gZnVuYyh2YWx1ZSkge1xuICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdmdW5jdGlvbic7XG59XG5mdW5jdGlvbiBhcnJheSh2YWx1ZSkge1xuICAgIHJldHVybiBBcnJheS5pc0FycmF5KHZhbHVlKTtcbn1cbmZ1bmN0aW9uIHN0cmluZ0FycmF5KHZhbHVlKSB7XG4gICAgcmV0dXJuIGFycmF5KHZhbHVlKSAmJiB2YWx1ZS5ldmVyeShlbGVtID0+IHN0cmluZyhlbGVtKSk7XG59XG4iLCAiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG52YXIgX19jcmVhdGVCaW5kaW5nID0gKHRoaXMgJiYgdGhpcy5fX2NyZWF0ZUJpbmRpbmcpIHx8IChPYmplY3QuY3JlYXRlID8gKGZ1bmN0aW9uKG8sIG0sIGssIGsyKSB7XG4gICAgaWYgKGsyID09PSB1bmRlZmluZWQpIGsyID0gaztcbiAgICB2YXIgZGVzYyA9IE9iamVjdC5nZXRPd25Qcm9wZXJ0eURlc2NyaXB0b3IobSwgayk7XG4gICAgaWYgKCFkZXNjIHx8IChcImdldFwiIGluIGRlc2MgPyAhbS5fX2VzTW9kdWxlIDogZGVzYy53cml0YWJsZSB8fCBkZXNjLmNvbmZpZ3VyYWJsZSkpIHtcbiAgICAgIGRlc2MgPSB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24oKSB7IHJldHVybiBtW2tdOyB9IH07XG4gICAgfVxuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eShvLCBrMiwgZGVzYyk7XG59KSA6IChmdW5jdGlvbihvLCBtLCBrLCBrMikge1xuICAgIGlmIChrMiA9PT0gdW5kZWZpbmVkKSBrMiA9IGs7XG4gICAgb1trMl0gPSBtW2tdO1xufSkpO1xudmFyIF9fc2V0TW9kdWxlRGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19zZXRNb2R1bGVEZWZhdWx0KSB8fCAoT2JqZWN0LmNyZWF0ZSA/IChmdW5jdGlvbihvLCB2KSB7XG4gICAgT2JqZWN0LmRlZmluZVByb3BlcnR5KG8sIFwiZGVmYXVsdFwiLCB7IGVudW1lcmFibGU6IHRydWUsIHZhbHVlOiB2IH0pO1xufSkgOiBmdW5jdGlvbihvLCB2KSB7XG4gICAgb1tcImRlZmF1bHRcIl0gPSB2O1xufSk7XG52YXIgX19pbXBvcnRTdGFyID0gKHRoaXMgJiYgdGhpcy5fX2ltcG9ydFN0YXIpIHx8IChmdW5jdGlvbiAoKSB7XG4gICAgdmFyIG93bktleXMgPSBmdW5jdGlvbihvKSB7XG4gICAgICAgIG93bktleXMgPSBPYmplY3QuZ2V0T3duUHJvcGVydHlOYW1lcyB8fCBmdW5jdGlvbiAobykge1xuICAgICAgICAgICAgdmFyIGFyID0gW107XG4gICAgICAgICAgICBmb3IgKHZhciBrIGluIG8pIGlmIChPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LmNhbGwobywgaykpIGFyW2FyLmxlbmd0aF0gPSBrO1xuICAgICAgICAgICAgcmV0dXJuIGFyO1xuICAgICAgICB9O1xuICAgICAgICByZXR1cm4gb3duS2V5cyhvKTtcbiAgICB9O1xuICAgIHJldHVybiBmdW5jdGlvbiAobW9kKSB7XG4gICAgICAgIGlmIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpIHJldHVybiBtb2Q7XG4gICAgICAgIHZhciByZXN1bHQgPSB7fTtcbiAgICAgICAgaWYgKG1vZCAhPSBudWxsKSBmb3IgKHZhciBrID0gb3duS2V5cyhtb2QpLCBpID0gMDsgaSA8IGsubGVuZ3RoOyBpKyspIGlmIChrW2ldICE9PSBcImRlZmF1bHRcIikgX19jcmVhdGVCaW5kaW5nKHJlc3VsdCwgbW9kLCBrW2ldKTtcbiAgICAgICAgX19zZXRNb2R1bGVEZWZhdWx0KHJlc3VsdCwgbW9kKTtcbiAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICB9O1xufSkoKTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIl9fZXNNb2R1bGVcIiwgeyB2YWx1ZTogdHJ1ZSB9KTtcbmV4cG9ydHMuTWVzc2FnZSA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTkgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGU4ID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlNyA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTYgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGU1ID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlNCA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTMgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGUyID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlMSA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTAgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGUgPSBleHBvcnRzLlJlcXVlc3RUeXBlOSA9IGV4cG9ydHMuUmVxdWVzdFR5cGU4ID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTcgPSBleHBvcnRzLlJlcXVlc3RUeXBlNiA9IGV4cG9ydHMuUmVxdWVzdFR5cGU1ID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTQgPSBleHBvcnRzLlJlcXVlc3RUeXBlMyA9IGV4cG9ydHMuUmVxdWVzdFR5cGUyID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTEgPSBleHBvcnRzLlJlcXVlc3RUeXBlID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTAgPSBleHBvcnRzLkFic3RyYWN0TWVzc2FnZVNpZ25hdHVyZSA9IGV4cG9ydHMuUGFyYW1ldGVyU3RydWN0dXJlcyA9IGV4cG9ydHMuUmVzcG9uc2VFcnJvciA9IGV4cG9ydHMuRXJyb3JDb2RlcyA9IHZvaWQgMDtcbmNvbnN0IGlzID0gX19pbXBvcnRTdGFyKHJlcXVpcmUoXCIuL2lzXCIpKTtcbi8qKlxuICogUHJlZGVmaW5lZCBlcnJvciBjb2Rlcy5cbiAqL1xudmFyIEVycm9yQ29kZXM7XG4oZnVuY3Rpb24gKEVycm9yQ29kZXMpIHtcbiAgICAvLyBEZWZpbmVkIGJ5IEpTT04gUlBDXG4gICAgRXJyb3JDb2Rlcy5QYXJzZUVycm9yID0gLTMyNzAwO1xuICAgIEVycm9yQ29kZXMuSW52YWxpZFJlcXVlc3QgPSAtMzI2MDA7XG4gICAgRXJyb3JDb2Rlcy5NZXRob2ROb3RGb3VuZCA9IC0zMjYwMTtcbiAgICBFcnJvckNvZGVzLkludmFsaWRQYXJhbXMgPSAtMzI2MDI7XG4gICAgRXJyb3JDb2Rlcy5JbnRlcm5hbEVycm9yID0gLTMyNjAzO1xuICAgIC8qKlxuICAgICAqIFRoaXMgaXMgdGhlIHN0YXJ0IHJhbmdlIG9mIEpTT04gUlBDIHJlc2VydmVkIGVycm9yIGNvZGVzLlxuICAgICAqIEl0IGRvZXNuJ3QgZGVub3RlIGEgcmVhbCBlcnJvciBjb2RlLiBObyBhcHBsaWNhdGlvbiBlcnJvciBjb2RlcyBzaG91bGRcbiAgICAgKiBiZSBkZWZpbmVkIGJldHdlZW4gdGhlIHN0YXJ0IGFuZCBlbmQgcmFuZ2UuIEZvciBiYWNrd2FyZHNcbiAgICAgKiBjb21wYXRpYmlsaXR5IHRoZSBgU2VydmVyTm90SW5pdGlhbGl6ZWRgIGFuZCB0aGUgYFVua25vd25FcnJvckNvZGVgXG4gICAgICogYXJlIGxlZnQgaW4gdGhlIHJhbmdlLlxuICAgICAqXG4gICAgICogQHNpbmNlIDMuMTYuMFxuICAgICovXG4gICAgRXJyb3JDb2Rlcy5qc29ucnBjUmVzZXJ2ZWRFcnJvclJhbmdlU3RhcnQgPSAtMzIwOTk7XG4gICAgLyoqIEBkZXByZWNhdGVkIHVzZSAganNvbnJwY1Jlc2VydmVkRXJyb3JSYW5nZVN0YXJ0ICovXG4gICAgRXJyb3JDb2Rlcy5zZXJ2ZXJFcnJvclN0YXJ0ID0gLTMyMDk5O1xuICAgIC8qKlxuICAgICAqIEFuIGVycm9yIG9jY3VycmVkIHdoZW4gd3JpdGUgYSBtZXNzYWdlIHRvIHRoZSB0cmFuc3BvcnQgbGF5ZXIuXG4gICAgICovXG4gICAgRXJyb3JDb2Rlcy5NZXNzYWdlV3JpdGVFcnJvciA9IC0zMjA5OTtcbiAgICAvKipcbiAgICAgKiBBbiBlcnJvciBvY2N1cnJlZCB3aGVuIHJlYWRpbmcgYSBtZXNzYWdlIGZyb20gdGhlIHRyYW5zcG9ydCBsYXllci5cbiAgICAgKi9cbiAgICBFcnJvckNvZGVzLk1lc3NhZ2VSZWFkRXJyb3IgPSAtMzIwOTg7XG4gICAgLyoqXG4gICAgICogVGhlIGNvbm5lY3Rpb24gZ290IGRpc3Bvc2VkIG9yIGxvc3QgYW5kIGFsbCBwZW5kaW5nIHJlc3BvbnNlcyBnb3RcbiAgICAgKiByZWplY3RlZC5cbiAgICAgKi9cbiAgICBFcnJvckNvZGVzLlBlbmRpbmdSZXNwb25zZVJlamVjdGVkID0gLTMyMDk3O1xuICAgIC8qKlxuICAgICAqIFRoZSBjb25uZWN0aW9uIGlzIGluYWN0aXZlIGFuZCBhIHVzZSBvZiBpdCBmYWlsZWQuXG4gICAgICovXG4gICAgRXJyb3JDb2Rlcy5Db25uZWN0aW9uSW5hY3RpdmUgPSAtMzIwOTY7XG4gICAgLyoqXG4gICAgICogRXJyb3IgY29kZSBpbmRpY2F0aW5nIHRoYXQgYSBzZXJ2ZXIgcmVjZWl2ZWQgYSBub3RpZmljYXRpb24gb3JcbiAgICAgKiByZXF1ZXN0IGJlZm9yZSB0aGUgc2VydmVyIGhhcyByZWNlaXZlZCB0aGUgYGluaXRpYWxpemVgIHJlcXVlc3QuXG4gICAgICovXG4gICAgRXJyb3JDb2Rlcy5TZXJ2ZXJOb3RJbml0aWFsaXplZCA9IC0zMjAwMjtcbiAgICBFcnJvckNvZGVzLlVua25vd25FcnJvckNvZGUgPSAtMzIwMDE7XG4gICAgLyoqXG4gICAgICogVGhpcyBpcyB0aGUgZW5kIHJhbmdlIG9mIEpTT04gUlBDIHJlc2VydmVkIGVycm9yIGNvZGVzLlxuICAgICAqIEl0IGRvZXNuJ3QgZGVub3RlIGEgcmVhbCBlcnJvciBjb2RlLlxuICAgICAqXG4gICAgICogQHNpbmNlIDMuMTYuMFxuICAgICovXG4gICAgRXJyb3JDb2Rlcy5qc29ucnBjUmVzZXJ2ZWRFcnJvclJhbmdlRW5kID0gLTMyMDAwO1xuICAgIC8qKiBAZGVwcmVjYXRlZCB1c2UgIGpzb25ycGNSZXNlcnZlZEVycm9yUmFuZ2VFbmQgKi9cbiAgICBFcnJvckNvZGVzLnNlcnZlckVycm9yRW5kID0gLTMyMDAwO1xufSkoRXJyb3JDb2RlcyB8fCAoZXhwb3J0cy5FcnJvckNvZGVzID0gRXJyb3JDb2RlcyA9IHt9KSk7XG4vKipcbiAqIEFuIGVycm9yIG9iamVjdCByZXR1cm4gaW4gYSByZXNwb25zZSBpbiBjYXNlIGEgcmVxdWVzdFxuICogaGFzIGZhaWxlZC5cbiAqL1xuY2xhc3MgUmVzcG9uc2VFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgICBjb2RlO1xuICAgIGRhdGE7XG4gICAgY29uc3RydWN0b3IoY29kZSwgbWVzc2FnZSwgZGF0YSkge1xuICAgICAgICBzdXBlcihtZXNzYWdlKTtcbiAgICAgICAgdGhpcy5jb2RlID0gaXMubnVtYmVyKGNvZGUpID8gY29kZSA6IEVycm9yQ29kZXMuVW5rbm93bkVycm9yQ29kZTtcbiAgICAgICAgdGhpcy5kYXRhID0gZGF0YTtcbiAgICAgICAgT2JqZWN0LnNldFByb3RvdHlwZU9mKHRoaXMsIFJlc3BvbnNlRXJyb3IucHJvdG90eXBlKTtcbiAgICB9XG4gICAgdG9Kc29uKCkge1xuICAgICAgICBjb25zdCByZXN1bHQgPSB7XG4gICAgICAgICAgICBjb2RlOiB0aGlzLmNvZGUsXG4gICAgICAgICAgICBtZXNzYWdlOiB0aGlzLm1lc3NhZ2VcbiAgICAgICAgfTtcbiAgICAgICAgaWYgKHRoaXMuZGF0YSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgICByZXN1bHQuZGF0YSA9IHRoaXMuZGF0YTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH1cbn1cbmV4cG9ydHMuUmVzcG9uc2VFcnJvciA9IFJlc3BvbnNlRXJyb3I7XG5jbGFzcyBQYXJhbWV0ZXJTdHJ1Y3R1cmVzIHtcbiAgICBraW5kO1xuICAgIC8qKlxuICAgICAqIFRoZSBwYXJhbWV0ZXIgc3RydWN0dXJlIGlzIGF1dG9tYXRpY2FsbHkgaW5mZXJyZWQgb24gdGhlIG51bWJlciBvZiBwYXJhbWV0ZXJzXG4gICAgICogYW5kIHRoZSBwYXJhbWV0ZXIgdHlwZSBpbiBjYXNlIG9mIGEgc2luZ2xlIHBhcmFtLlxuICAgICAqL1xuICAgIHN0YXRpYyBhdXRvID0gbmV3IFBhcmFtZXRlclN0cnVjdHVyZXMoJ2F1dG8nKTtcbiAgICAvKipcbiAgICAgKiBGb3JjZXMgYGJ5UG9zaXRpb25gIHBhcmFtZXRlciBzdHJ1Y3R1cmUuIFRoaXMgaXMgdXNlZnVsIGlmIHlvdSBoYXZlIGEgc2luZ2xlXG4gICAgICogcGFyYW1ldGVyIHdoaWNoIGhhcyBhIGxpdGVyYWwgdHlwZS5cbiAgICAgKi9cbiAgICBzdGF0aWMgYnlQb3NpdGlvbiA9IG5ldyBQYXJhbWV0ZXJTdHJ1Y3R1cmVzKCdieVBvc2l0aW9uJyk7XG4gICAgLyoqXG4gICAgICogRm9yY2VzIGBieU5hbWVgIHBhcmFtZXRlciBzdHJ1Y3R1cmUuIFRoaXMgaXMgb25seSB1c2VmdWwgd2hlbiBoYXZpbmcgYSBzaW5nbGVcbiAgICAgKiBwYXJhbWV0ZXIuIFRoZSBsaWJyYXJ5IHdpbGwgcmVwb3J0IGVycm9ycyBpZiB1c2VkIHdpdGggYSBkaWZmZXJlbnQgbnVtYmVyIG9mXG4gICAgICogcGFyYW1ldGVycy5cbiAgICAgKi9cbiAgICBzdGF0aWMgYnlOYW1lID0gbmV3IFBhcmFtZXRlclN0cnVjdHVyZXMoJ2J5TmFtZScpO1xuICAgIGNvbnN0cnVjdG9yKGtpbmQpIHtcbiAgICAgICAgdGhpcy5raW5kID0ga2luZDtcbiAgICB9XG4gICAgc3RhdGljIGlzKHZhbHVlKSB7XG4gICAgICAgIHJldHVybiB2YWx1ZSA9PT0gUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvIHx8IHZhbHVlID09PSBQYXJhbWV0ZXJTdHJ1Y3R1cmVzLmJ5TmFtZSB8fCB2YWx1ZSA9PT0gUGFyYW1ldGVyU3RydWN0dXJlcy5ieVBvc2l0aW9uO1xuICAgIH1cbiAgICB0b1N0cmluZygpIHtcbiAgICAgICAgcmV0dXJuIHRoaXMua2luZDtcbiAgICB9XG59XG5leHBvcnRzLlBhcmFtZXRlclN0cnVjdHVyZXMgPSBQYXJhbWV0ZXJTdHJ1Y3R1cmVzO1xuLyoqXG4gKiBBbiBhYnN0cmFjdCBpbXBsZW1lbnRhdGlvbiBvZiBhIE1lc3NhZ2VUeXBlLlxuICovXG5jbGFzcyBBYnN0cmFjdE1lc3NhZ2VTaWduYXR1cmUge1xuICAgIG1ldGhvZDtcbiAgICBudW1iZXJPZlBhcmFtcztcbiAgICBjb25zdHJ1Y3RvcihtZXRob2QsIG51bWJlck9mUGFyYW1zKSB7XG4gICAgICAgIHRoaXMubWV0aG9kID0gbWV0aG9kO1xuICAgICAgICB0aGlzLm51bWJlck9mUGFyYW1zID0gbnVtYmVyT2ZQYXJhbXM7XG4gICAgfVxuICAgIGdldCBwYXJhbWV0ZXJTdHJ1Y3R1cmVzKCkge1xuICAgICAgICByZXR1cm4gUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvO1xuICAgIH1cbn1cbmV4cG9ydHMuQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlID0gQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlO1xuLyoqXG4gKiBDbGFzc2VzIHRvIHR5cGUgcmVxdWVzdCByZXNwb25zZSBwYWlyc1xuICovXG5jbGFzcyBSZXF1ZXN0VHlwZTAgZXh0ZW5kcyBBYnN0cmFjdE1lc3NhZ2VTaWduYXR1cmUge1xuICAgIC8qKlxuICAgICAqIENsaWVudHMgbXVzdCBub3QgdXNlIHRoaXMgcHJvcGVydHkuIEl0IGlzIGhlcmUgdG8gZW5zdXJlIGNvcnJlY3QgdHlwaW5nLlxuICAgICAqL1xuICAgIF87XG4gICAgY29uc3RydWN0b3IobWV0aG9kKSB7XG4gICAgICAgIHN1cGVyKG1ldGhvZCwgMCk7XG4gICAgfVxufVxuZXhwb3J0cy5SZXF1ZXN0VHlwZTAgPSBSZXF1ZXN0VHlwZTA7XG5jbGFzcyBSZXF1ZXN0VHlwZSBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVNpZ25hdHVyZSB7XG4gICAgX3BhcmFtZXRlclN0cnVjdHVyZXM7XG4gICAgLyoqXG4gICAgICogQ2xpZW50cyBtdXN0IG5vdCB1c2UgdGhpcyBwcm9wZXJ0eS4gSXQgaXMgaGVyZSB0byBlbnN1cmUgY29ycmVjdCB0eXBpbmcuXG4gICAgICovXG4gICAgXztcbiAgICBjb25zdHJ1Y3RvcihtZXRob2QsIF9wYXJhbWV0ZXJTdHJ1Y3R1cmVzID0gUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvKSB7XG4gICAgICAgIHN1cGVyKG1ldGhvZCwgMSk7XG4gICAgICAgIHRoaXMuX3BhcmFtZXRlclN0cnVjdHVyZXMgPSBfcGFyYW1ldGVyU3RydWN0dXJlcztcbiAgICB9XG4gICAgZ2V0IHBhcmFtZXRlclN0cnVjdHVyZXMoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9wYXJhbWV0ZXJTdHJ1Y3R1cmVzO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGUgPSBSZXF1ZXN0VHlwZTtcbmNsYXNzIFJlcXVlc3RUeXBlMSBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVNpZ25hdHVyZSB7XG4gICAgX3BhcmFtZXRlclN0cnVjdHVyZXM7XG4gICAgLyoqXG4gICAgICogQ2xpZW50cyBtdXN0IG5vdCB1c2UgdGhpcyBwcm9wZXJ0eS4gSXQgaXMgaGVyZSB0byBlbnN1cmUgY29ycmVjdCB0eXBpbmcuXG4gICAgICovXG4gICAgXztcbiAgICBjb25zdHJ1Y3RvcihtZXRob2QsIF9wYXJhbWV0ZXJTdHJ1Y3R1cmVzID0gUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvKSB7XG4gICAgICAgIHN1cGVyKG1ldGhvZCwgMSk7XG4gICAgICAgIHRoaXMuX3BhcmFtZXRlclN0cnVjdHVyZXMgPSBfcGFyYW1ldGVyU3RydWN0dXJlcztcbiAgICB9XG4gICAgZ2V0IHBhcmFtZXRlclN0cnVjdHVyZXMoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9wYXJhbWV0ZXJTdHJ1Y3R1cmVzO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGUxID0gUmVxdWVzdFR5cGUxO1xuY2xhc3MgUmVxdWVzdFR5cGUyIGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDIpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGUyID0gUmVxdWVzdFR5cGUyO1xuY2xhc3MgUmVxdWVzdFR5cGUzIGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDMpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGUzID0gUmVxdWVzdFR5cGUzO1xuY2xhc3MgUmVxdWVzdFR5cGU0IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDQpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGU0ID0gUmVxdWVzdFR5cGU0O1xuY2xhc3MgUmVxdWVzdFR5cGU1IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDUpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGU1ID0gUmVxdWVzdFR5cGU1O1xuY2xhc3MgUmVxdWVzdFR5cGU2IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDYpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGU2ID0gUmVxdWVzdFR5cGU2O1xuY2xhc3MgUmVxdWVzdFR5cGU3IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDcpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGU3ID0gUmVxdWVzdFR5cGU3O1xuY2xhc3MgUmVxdWVzdFR5cGU4IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDgpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGU4ID0gUmVxdWVzdFR5cGU4O1xuY2xhc3MgUmVxdWVzdFR5cGU5IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDkpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVxdWVzdFR5cGU5ID0gUmVxdWVzdFR5cGU5O1xuY2xhc3MgTm90aWZpY2F0aW9uVHlwZSBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVNpZ25hdHVyZSB7XG4gICAgX3BhcmFtZXRlclN0cnVjdHVyZXM7XG4gICAgLyoqXG4gICAgICogQ2xpZW50cyBtdXN0IG5vdCB1c2UgdGhpcyBwcm9wZXJ0eS4gSXQgaXMgaGVyZSB0byBlbnN1cmUgY29ycmVjdCB0eXBpbmcuXG4gICAgICovXG4gICAgXztcbiAgICBjb25zdHJ1Y3RvcihtZXRob2QsIF9wYXJhbWV0ZXJTdHJ1Y3R1cmVzID0gUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvKSB7XG4gICAgICAgIHN1cGVyKG1ldGhvZCwgMSk7XG4gICAgICAgIHRoaXMuX3BhcmFtZXRlclN0cnVjdHVyZXMgPSBfcGFyYW1ldGVyU3RydWN0dXJlcztcbiAgICB9XG4gICAgZ2V0IHBhcmFtZXRlclN0cnVjdHVyZXMoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9wYXJhbWV0ZXJTdHJ1Y3R1cmVzO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZSA9IE5vdGlmaWNhdGlvblR5cGU7XG5jbGFzcyBOb3RpZmljYXRpb25UeXBlMCBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVNpZ25hdHVyZSB7XG4gICAgLyoqXG4gICAgICogQ2xpZW50cyBtdXN0IG5vdCB1c2UgdGhpcyBwcm9wZXJ0eS4gSXQgaXMgaGVyZSB0byBlbnN1cmUgY29ycmVjdCB0eXBpbmcuXG4gICAgICovXG4gICAgXztcbiAgICBjb25zdHJ1Y3RvcihtZXRob2QpIHtcbiAgICAgICAgc3VwZXIobWV0aG9kLCAwKTtcbiAgICB9XG59XG5leHBvcnRzLk5vdGlmaWNhdGlvblR5cGUwID0gTm90aWZpY2F0aW9uVHlwZTA7XG5jbGFzcyBOb3RpZmljYXRpb25UeXBlMSBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVNpZ25hdHVyZSB7XG4gICAgX3BhcmFtZXRlclN0cnVjdHVyZXM7XG4gICAgLyoqXG4gICAgICogQ2xpZW50cyBtdXN0IG5vdCB1c2UgdGhpcyBwcm9wZXJ0eS4gSXQgaXMgaGVyZSB0byBlbnN1cmUgY29ycmVjdCB0eXBpbmcuXG4gICAgICovXG4gICAgXztcbiAgICBjb25zdHJ1Y3RvcihtZXRob2QsIF9wYXJhbWV0ZXJTdHJ1Y3R1cmVzID0gUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvKSB7XG4gICAgICAgIHN1cGVyKG1ldGhvZCwgMSk7XG4gICAgICAgIHRoaXMuX3BhcmFtZXRlclN0cnVjdHVyZXMgPSBfcGFyYW1ldGVyU3RydWN0dXJlcztcbiAgICB9XG4gICAgZ2V0IHBhcmFtZXRlclN0cnVjdHVyZXMoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9wYXJhbWV0ZXJTdHJ1Y3R1cmVzO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTEgPSBOb3RpZmljYXRpb25UeXBlMTtcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGUyIGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDIpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTIgPSBOb3RpZmljYXRpb25UeXBlMjtcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGUzIGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDMpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTMgPSBOb3RpZmljYXRpb25UeXBlMztcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGU0IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDQpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTQgPSBOb3RpZmljYXRpb25UeXBlNDtcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGU1IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDUpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTUgPSBOb3RpZmljYXRpb25UeXBlNTtcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGU2IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDYpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTYgPSBOb3RpZmljYXRpb25UeXBlNjtcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGU3IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDcpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTcgPSBOb3RpZmljYXRpb25UeXBlNztcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGU4IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDgpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTggPSBOb3RpZmljYXRpb25UeXBlODtcbmNsYXNzIE5vdGlmaWNhdGlvblR5cGU5IGV4dGVuZHMgQWJzdHJhY3RNZXNzYWdlU2lnbmF0dXJlIHtcbiAgICAvKipcbiAgICAgKiBDbGllbnRzIG11c3Qgbm90IHVzZSB0aGlzIHByb3BlcnR5LiBJdCBpcyBoZXJlIHRvIGVuc3VyZSBjb3JyZWN0IHR5cGluZy5cbiAgICAgKi9cbiAgICBfO1xuICAgIGNvbnN0cnVjdG9yKG1ldGhvZCkge1xuICAgICAgICBzdXBlcihtZXRob2QsIDkpO1xuICAgIH1cbn1cbmV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTkgPSBOb3RpZmljYXRpb25UeXBlOTtcbnZhciBNZXNzYWdlO1xuKGZ1bmN0aW9uIChNZXNzYWdlKSB7XG4gICAgLyoqXG4gICAgICogVGVzdHMgaWYgdGhlIGdpdmVuIG1lc3NhZ2UgaXMgYSByZXF1ZXN0IG1lc3NhZ2VcbiAgICAgKi9cbiAgICBmdW5jdGlvbiBpc1JlcXVlc3QobWVzc2FnZSkge1xuICAgICAgICBjb25zdCBjYW5kaWRhdGUgPSBtZXNzYWdlO1xuICAgICAgICByZXR1cm4gY2FuZGlkYXRlICYmIGlzLnN0cmluZyhjYW5kaWRhdGUubWV0aG9kKSAmJiAoaXMuc3RyaW5nKGNhbmRpZGF0ZS5pZCkgfHwgaXMubnVtYmVyKGNhbmRpZGF0ZS5pZCkpO1xuICAgIH1cbiAgICBNZXNzYWdlLmlzUmVxdWVzdCA9IGlzUmVxdWVzdDtcbiAgICAvKipcbiAgICAgKiBUZXN0cyBpZiB0aGUgZ2l2ZW4gbWVzc2FnZSBpcyBhIG5vdGlmaWNhdGlvbiBtZXNzYWdlXG4gICAgICovXG4gICAgZnVuY3Rpb24gaXNOb3RpZmljYXRpb24obWVzc2FnZSkge1xuICAgICAgICBjb25zdCBjYW5kaWRhdGUgPSBtZXNzYWdlO1xuICAgICAgICByZXR1cm4gY2FuZGlkYXRlICYmIGlzLnN0cmluZyhjYW5kaWRhdGUubWV0aG9kKSAmJiBtZXNzYWdlLmlkID09PSB2b2lkIDA7XG4gICAgfVxuICAgIE1lc3NhZ2UuaXNOb3RpZmljYXRpb24gPSBpc05vdGlmaWNhdGlvbjtcbiAgICAvKipcbiAgICAgKiBUZXN0cyBpZiB0aGUgZ2l2ZW4gbWVzc2FnZSBpcyBhIHJlc3BvbnNlIG1lc3NhZ2VcbiAgICAgKi9cbiAgICBmdW5jdGlvbiBpc1Jlc3BvbnNlKG1lc3NhZ2UpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gbWVzc2FnZTtcbiAgICAgICAgcmV0dXJuIGNhbmRpZGF0ZSAmJiAoY2FuZGlkYXRlLnJlc3VsdCAhPT0gdm9pZCAwIHx8ICEhY2FuZGlkYXRlLmVycm9yKSAmJiAoaXMuc3RyaW5nKGNhbmRpZGF0ZS5pZCkgfHwgaXMubnVtYmVyKGNhbmRpZGF0ZS5pZCkgfHwgY2FuZGlkYXRlLmlkID09PSBudWxsKTtcbiAgICB9XG4gICAgTWVzc2FnZS5pc1Jlc3BvbnNlID0gaXNSZXNwb25zZTtcbn0pKE1lc3NhZ2UgfHwgKGV4cG9ydHMuTWVzc2FnZSA9IE1lc3NhZ2UgPSB7fSkpO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqICBDb3B5cmlnaHQgKGMpIE1pY3Jvc29mdCBDb3Jwb3JhdGlvbi4gQWxsIHJpZ2h0cyByZXNlcnZlZC5cbiAqICBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5leHBvcnRzLkxSVUNhY2hlID0gZXhwb3J0cy5MaW5rZWRNYXAgPSBleHBvcnRzLlRvdWNoID0gdm9pZCAwO1xudmFyIFRvdWNoO1xuKGZ1bmN0aW9uIChUb3VjaCkge1xuICAgIFRvdWNoLk5vbmUgPSAwO1xuICAgIFRvdWNoLkZpcnN0ID0gMTtcbiAgICBUb3VjaC5Bc09sZCA9IFRvdWNoLkZpcnN0O1xuICAgIFRvdWNoLkxhc3QgPSAyO1xuICAgIFRvdWNoLkFzTmV3ID0gVG91Y2guTGFzdDtcbn0pKFRvdWNoIHx8IChleHBvcnRzLlRvdWNoID0gVG91Y2ggPSB7fSkpO1xuY2xhc3MgTGlua2VkTWFwIHtcbiAgICBbU3ltYm9sLnRvU3RyaW5nVGFnXSA9ICdMaW5rZWRNYXAnO1xuICAgIF9tYXA7XG4gICAgX2hlYWQ7XG4gICAgX3RhaWw7XG4gICAgX3NpemU7XG4gICAgX3N0YXRlO1xuICAgIGNvbnN0cnVjdG9yKCkge1xuICAgICAgICB0aGlzLl9tYXAgPSBuZXcgTWFwKCk7XG4gICAgICAgIHRoaXMuX2hlYWQgPSB1bmRlZmluZWQ7XG4gICAgICAgIHRoaXMuX3RhaWwgPSB1bmRlZmluZWQ7XG4gICAgICAgIHRoaXMuX3NpemUgPSAwO1xuICAgICAgICB0aGlzLl9zdGF0ZSA9IDA7XG4gICAgfVxuICAgIGNsZWFyKCkge1xuICAgICAgICB0aGlzLl9tYXAuY2xlYXIoKTtcbiAgICAgICAgdGhpcy5faGVhZCA9IHVuZGVmaW5lZDtcbiAgICAgICAgdGhpcy5fdGFpbCA9IHVuZGVmaW5lZDtcbiAgICAgICAgdGhpcy5fc2l6ZSA9IDA7XG4gICAgICAgIHRoaXMuX3N0YXRlKys7XG4gICAgfVxuICAgIGlzRW1wdHkoKSB7XG4gICAgICAgIHJldHVybiAhdGhpcy5faGVhZCAmJiAhdGhpcy5fdGFpbDtcbiAgICB9XG4gICAgZ2V0IHNpemUoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9zaXplO1xuICAgIH1cbiAgICBnZXQgZmlyc3QoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9oZWFkPy52YWx1ZTtcbiAgICB9XG4gICAgZ2V0IGxhc3QoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl90YWlsPy52YWx1ZTtcbiAgICB9XG4gICAgYmVmb3JlKGtleSkge1xuICAgICAgICBjb25zdCBpdGVtID0gdGhpcy5fbWFwLmdldChrZXkpO1xuICAgICAgICByZXR1cm4gaXRlbSA/IGl0ZW0ucHJldmlvdXM/LnZhbHVlIDogdW5kZWZpbmVkO1xuICAgIH1cbiAgICBhZnRlcihrZXkpIHtcbiAgICAgICAgY29uc3QgaXRlbSA9IHRoaXMuX21hcC5nZXQoa2V5KTtcbiAgICAgICAgcmV0dXJuIGl0ZW0gPyBpdGVtLm5leHQ/LnZhbHVlIDogdW5kZWZpbmVkO1xuICAgIH1cbiAgICBoYXMoa2V5KSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9tYXAuaGFzKGtleSk7XG4gICAgfVxuICAgIGdldChrZXksIHRvdWNoID0gVG91Y2guTm9uZSkge1xuICAgICAgICBjb25zdCBpdGVtID0gdGhpcy5fbWFwLmdldChrZXkpO1xuICAgICAgICBpZiAoIWl0ZW0pIHtcbiAgICAgICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRvdWNoICE9PSBUb3VjaC5Ob25lKSB7XG4gICAgICAgICAgICB0aGlzLnRvdWNoKGl0ZW0sIHRvdWNoKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gaXRlbS52YWx1ZTtcbiAgICB9XG4gICAgc2V0KGtleSwgdmFsdWUsIHRvdWNoID0gVG91Y2guTm9uZSkge1xuICAgICAgICBsZXQgaXRlbSA9IHRoaXMuX21hcC5nZXQoa2V5KTtcbiAgICAgICAgaWYgKGl0ZW0pIHtcbiAgICAgICAgICAgIGl0ZW0udmFsdWUgPSB2YWx1ZTtcbiAgICAgICAgICAgIGlmICh0b3VjaCAhPT0gVG91Y2guTm9uZSkge1xuICAgICAgICAgICAgICAgIHRoaXMudG91Y2goaXRlbSwgdG91Y2gpO1xuICAgICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgaXRlbSA9IHsga2V5LCB2YWx1ZSwgbmV4dDogdW5kZWZpbmVkLCBwcmV2aW91czogdW5kZWZpbmVkIH07XG4gICAgICAgICAgICBzd2l0Y2ggKHRvdWNoKSB7XG4gICAgICAgICAgICAgICAgY2FzZSBUb3VjaC5Ob25lOlxuICAgICAgICAgICAgICAgICAgICB0aGlzLmFkZEl0ZW1MYXN0KGl0ZW0pO1xuICAgICAgICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgICAgICBjYXNlIFRvdWNoLkZpcnN0OlxuICAgICAgICAgICAgICAgICAgICB0aGlzLmFkZEl0ZW1GaXJzdChpdGVtKTtcbiAgICAgICAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICAgICAgY2FzZSBUb3VjaC5MYXN0OlxuICAgICAgICAgICAgICAgICAgICB0aGlzLmFkZEl0ZW1MYXN0KGl0ZW0pO1xuICAgICAgICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgICAgICBkZWZhdWx0OlxuICAgICAgICAgICAgICAgICAgICB0aGlzLmFkZEl0ZW1MYXN0KGl0ZW0pO1xuICAgICAgICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHRoaXMuX21hcC5zZXQoa2V5LCBpdGVtKTtcbiAgICAgICAgICAgIHRoaXMuX3NpemUrKztcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gdGhpcztcbiAgICB9XG4gICAgZGVsZXRlKGtleSkge1xuICAgICAgICByZXR1cm4gISF0aGlzLnJlbW92ZShrZXkpO1xuICAgIH1cbiAgICByZW1vdmUoa2V5KSB7XG4gICAgICAgIGNvbnN0IGl0ZW0gPSB0aGlzLl9tYXAuZ2V0KGtleSk7XG4gICAgICAgIGlmICghaXRlbSkge1xuICAgICAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLl9tYXAuZGVsZXRlKGtleSk7XG4gICAgICAgIHRoaXMucmVtb3ZlSXRlbShpdGVtKTtcbiAgICAgICAgdGhpcy5fc2l6ZS0tO1xuICAgICAgICByZXR1cm4gaXRlbS52YWx1ZTtcbiAgICB9XG4gICAgc2hpZnQoKSB7XG4gICAgICAgIGlmICghdGhpcy5faGVhZCAmJiAhdGhpcy5fdGFpbCkge1xuICAgICAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgICBpZiAoIXRoaXMuX2hlYWQgfHwgIXRoaXMuX3RhaWwpIHtcbiAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignSW52YWxpZCBsaXN0Jyk7XG4gICAgICAgIH1cbiAgICAgICAgY29uc3QgaXRlbSA9IHRoaXMuX2hlYWQ7XG4gICAgICAgIHRoaXMuX21hcC5kZWxldGUoaXRlbS5rZXkpO1xuICAgICAgICB0aGlzLnJlbW92ZUl0ZW0oaXRlbSk7XG4gICAgICAgIHRoaXMuX3NpemUtLTtcbiAgICAgICAgcmV0dXJuIGl0ZW0udmFsdWU7XG4gICAgfVxuICAgIGZvckVhY2goY2FsbGJhY2tmbiwgdGhpc0FyZykge1xuICAgICAgICBjb25zdCBzdGF0ZSA9IHRoaXMuX3N0YXRlO1xuICAgICAgICBsZXQgY3VycmVudCA9IHRoaXMuX2hlYWQ7XG4gICAgICAgIHdoaWxlIChjdXJyZW50KSB7XG4gICAgICAgICAgICBpZiAodGhpc0FyZykge1xuICAgICAgICAgICAgICAgIGNhbGxiYWNrZm4uYmluZCh0aGlzQXJnKShjdXJyZW50LnZhbHVlLCBjdXJyZW50LmtleSwgdGhpcyk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICBjYWxsYmFja2ZuKGN1cnJlbnQudmFsdWUsIGN1cnJlbnQua2V5LCB0aGlzKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmICh0aGlzLl9zdGF0ZSAhPT0gc3RhdGUpIHtcbiAgICAgICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYExpbmtlZE1hcCBnb3QgbW9kaWZpZWQgZHVyaW5nIGl0ZXJhdGlvbi5gKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGN1cnJlbnQgPSBjdXJyZW50Lm5leHQ7XG4gICAgICAgIH1cbiAgICB9XG4gICAga2V5cygpIHtcbiAgICAgICAgY29uc3Qgc3RhdGUgPSB0aGlzLl9zdGF0ZTtcbiAgICAgICAgbGV0IGN1cnJlbnQgPSB0aGlzLl9oZWFkO1xuICAgICAgICBjb25zdCBpdGVyYXRvciA9IHtcbiAgICAgICAgICAgIFtTeW1ib2wuaXRlcmF0b3JdOiAoKSA9PiB7XG4gICAgICAgICAgICAgICAgcmV0dXJuIGl0ZXJhdG9yO1xuICAgICAgICAgICAgfSxcbiAgICAgICAgICAgIG5leHQ6ICgpID0+IHtcbiAgICAgICAgICAgICAgICBpZiAodGhpcy5fc3RhdGUgIT09IHN0YXRlKSB7XG4gICAgICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcihgTGlua2VkTWFwIGdvdCBtb2RpZmllZCBkdXJpbmcgaXRlcmF0aW9uLmApO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBpZiAoY3VycmVudCkge1xuICAgICAgICAgICAgICAgICAgICBjb25zdCByZXN1bHQgPSB7IHZhbHVlOiBjdXJyZW50LmtleSwgZG9uZTogZmFsc2UgfTtcbiAgICAgICAgICAgICAgICAgICAgY3VycmVudCA9IGN1cnJlbnQubmV4dDtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgICAgIHJldHVybiB7IHZhbHVlOiB1bmRlZmluZWQsIGRvbmU6IHRydWUgfTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH07XG4gICAgICAgIHJldHVybiBpdGVyYXRvcjtcbiAgICB9XG4gICAgdmFsdWVzKCkge1xuICAgICAgICBjb25zdCBzdGF0ZSA9IHRoaXMuX3N0YXRlO1xuICAgICAgICBsZXQgY3VycmVudCA9IHRoaXMuX2hlYWQ7XG4gICAgICAgIGNvbnN0IGl0ZXJhdG9yID0ge1xuICAgICAgICAgICAgW1N5bWJvbC5pdGVyYXRvcl06ICgpID0+IHtcbiAgICAgICAgICAgICAgICByZXR1cm4gaXRlcmF0b3I7XG4gICAgICAgICAgICB9LFxuICAgICAgICAgICAgbmV4dDogKCkgPT4ge1xuICAgICAgICAgICAgICAgIGlmICh0aGlzLl9zdGF0ZSAhPT0gc3RhdGUpIHtcbiAgICAgICAgICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBMaW5rZWRNYXAgZ290IG1vZGlmaWVkIGR1cmluZyBpdGVyYXRpb24uYCk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGlmIChjdXJyZW50KSB7XG4gICAgICAgICAgICAgICAgICAgIGNvbnN0IHJlc3VsdCA9IHsgdmFsdWU6IGN1cnJlbnQudmFsdWUsIGRvbmU6IGZhbHNlIH07XG4gICAgICAgICAgICAgICAgICAgIGN1cnJlbnQgPSBjdXJyZW50Lm5leHQ7XG4gICAgICAgICAgICAgICAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICByZXR1cm4geyB2YWx1ZTogdW5kZWZpbmVkLCBkb25lOiB0cnVlIH07XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICB9O1xuICAgICAgICByZXR1cm4gaXRlcmF0b3I7XG4gICAgfVxuICAgIGVudHJpZXMoKSB7XG4gICAgICAgIGNvbnN0IHN0YXRlID0gdGhpcy5fc3RhdGU7XG4gICAgICAgIGxldCBjdXJyZW50ID0gdGhpcy5faGVhZDtcbiAgICAgICAgY29uc3QgaXRlcmF0b3IgPSB7XG4gICAgICAgICAgICBbU3ltYm9sLml0ZXJhdG9yXTogKCkgPT4ge1xuICAgICAgICAgICAgICAgIHJldHVybiBpdGVyYXRvcjtcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgICBuZXh0OiAoKSA9PiB7XG4gICAgICAgICAgICAgICAgaWYgKHRoaXMuX3N0YXRlICE9PSBzdGF0ZSkge1xuICAgICAgICAgICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYExpbmtlZE1hcCBnb3QgbW9kaWZpZWQgZHVyaW5nIGl0ZXJhdGlvbi5gKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgaWYgKGN1cnJlbnQpIHtcbiAgICAgICAgICAgICAgICAgICAgY29uc3QgcmVzdWx0ID0geyB2YWx1ZTogW2N1cnJlbnQua2V5LCBjdXJyZW50LnZhbHVlXSwgZG9uZTogZmFsc2UgfTtcbiAgICAgICAgICAgICAgICAgICAgY3VycmVudCA9IGN1cnJlbnQubmV4dDtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgICAgIHJldHVybiB7IHZhbHVlOiB1bmRlZmluZWQsIGRvbmU6IHRydWUgfTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH07XG4gICAgICAgIHJldHVybiBpdGVyYXRvcjtcbiAgICB9XG4gICAgW1N5bWJvbC5pdGVyYXRvcl0oKSB7XG4gICAgICAgIHJldHVybiB0aGlzLmVudHJpZXMoKTtcbiAgICB9XG4gICAgdHJpbU9sZChuZXdTaXplKSB7XG4gICAgICAgIGlmIChuZXdTaXplID49IHRoaXMuc2l6ZSkge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGlmIChuZXdTaXplID09PSAwKSB7XG4gICAgICAgICAgICB0aGlzLmNsZWFyKCk7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgbGV0IGN1cnJlbnQgPSB0aGlzLl9oZWFkO1xuICAgICAgICBsZXQgY3VycmVudFNpemUgPSB0aGlzLnNpemU7XG4gICAgICAgIHdoaWxlIChjdXJyZW50ICYmIGN1cnJlbnRTaXplID4gbmV3U2l6ZSkge1xuICAgICAgICAgICAgdGhpcy5fbWFwLmRlbGV0ZShjdXJyZW50LmtleSk7XG4gICAgICAgICAgICBjdXJyZW50ID0gY3VycmVudC5uZXh0O1xuICAgICAgICAgICAgY3VycmVudFNpemUtLTtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLl9oZWFkID0gY3VycmVudDtcbiAgICAgICAgdGhpcy5fc2l6ZSA9IGN1cnJlbnRTaXplO1xuICAgICAgICBpZiAoY3VycmVudCkge1xuICAgICAgICAgICAgY3VycmVudC5wcmV2aW91cyA9IHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLl9zdGF0ZSsrO1xuICAgIH1cbiAgICBhZGRJdGVtRmlyc3QoaXRlbSkge1xuICAgICAgICAvLyBGaXJzdCB0aW1lIEluc2VydFxuICAgICAgICBpZiAoIXRoaXMuX2hlYWQgJiYgIXRoaXMuX3RhaWwpIHtcbiAgICAgICAgICAgIHRoaXMuX3RhaWwgPSBpdGVtO1xuICAgICAgICB9XG4gICAgICAgIGVsc2UgaWYgKCF0aGlzLl9oZWFkKSB7XG4gICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoJ0ludmFsaWQgbGlzdCcpO1xuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgaXRlbS5uZXh0ID0gdGhpcy5faGVhZDtcbiAgICAgICAgICAgIHRoaXMuX2hlYWQucHJldmlvdXMgPSBpdGVtO1xuICAgICAgICB9XG4gICAgICAgIHRoaXMuX2hlYWQgPSBpdGVtO1xuICAgICAgICB0aGlzLl9zdGF0ZSsrO1xuICAgIH1cbiAgICBhZGRJdGVtTGFzdChpdGVtKSB7XG4gICAgICAgIC8vIEZpcnN0IHRpbWUgSW5zZXJ0XG4gICAgICAgIGlmICghdGhpcy5faGVhZCAmJiAhdGhpcy5fdGFpbCkge1xuICAgICAgICAgICAgdGhpcy5faGVhZCA9IGl0ZW07XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSBpZiAoIXRoaXMuX3RhaWwpIHtcbiAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignSW52YWxpZCBsaXN0Jyk7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICBpdGVtLnByZXZpb3VzID0gdGhpcy5fdGFpbDtcbiAgICAgICAgICAgIHRoaXMuX3RhaWwubmV4dCA9IGl0ZW07XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy5fdGFpbCA9IGl0ZW07XG4gICAgICAgIHRoaXMuX3N0YXRlKys7XG4gICAgfVxuICAgIHJlbW92ZUl0ZW0oaXRlbSkge1xuICAgICAgICBpZiAoaXRlbSA9PT0gdGhpcy5faGVhZCAmJiBpdGVtID09PSB0aGlzLl90YWlsKSB7XG4gICAgICAgICAgICB0aGlzLl9oZWFkID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgdGhpcy5fdGFpbCA9IHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIGlmIChpdGVtID09PSB0aGlzLl9oZWFkKSB7XG4gICAgICAgICAgICAvLyBUaGlzIGNhbiBvbmx5IGhhcHBlbmVkIGlmIHNpemUgPT09IDEgd2hpY2ggaXMgaGFuZGxlXG4gICAgICAgICAgICAvLyBieSB0aGUgY2FzZSBhYm92ZS5cbiAgICAgICAgICAgIGlmICghaXRlbS5uZXh0KSB7XG4gICAgICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKCdJbnZhbGlkIGxpc3QnKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGl0ZW0ubmV4dC5wcmV2aW91cyA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgIHRoaXMuX2hlYWQgPSBpdGVtLm5leHQ7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSBpZiAoaXRlbSA9PT0gdGhpcy5fdGFpbCkge1xuICAgICAgICAgICAgLy8gVGhpcyBjYW4gb25seSBoYXBwZW5lZCBpZiBzaXplID09PSAxIHdoaWNoIGlzIGhhbmRsZVxuICAgICAgICAgICAgLy8gYnkgdGhlIGNhc2UgYWJvdmUuXG4gICAgICAgICAgICBpZiAoIWl0ZW0ucHJldmlvdXMpIHtcbiAgICAgICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoJ0ludmFsaWQgbGlzdCcpO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgaXRlbS5wcmV2aW91cy5uZXh0ID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgdGhpcy5fdGFpbCA9IGl0ZW0ucHJldmlvdXM7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICBjb25zdCBuZXh0ID0gaXRlbS5uZXh0O1xuICAgICAgICAgICAgY29uc3QgcHJldmlvdXMgPSBpdGVtLnByZXZpb3VzO1xuICAgICAgICAgICAgaWYgKCFuZXh0IHx8ICFwcmV2aW91cykge1xuICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignSW52YWxpZCBsaXN0Jyk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBuZXh0LnByZXZpb3VzID0gcHJldmlvdXM7XG4gICAgICAgICAgICBwcmV2aW91cy5uZXh0ID0gbmV4dDtcbiAgICAgICAgfVxuICAgICAgICBpdGVtLm5leHQgPSB1bmRlZmluZWQ7XG4gICAgICAgIGl0ZW0ucHJldmlvdXMgPSB1bmRlZmluZWQ7XG4gICAgICAgIHRoaXMuX3N0YXRlKys7XG4gICAgfVxuICAgIHRvdWNoKGl0ZW0sIHRvdWNoKSB7XG4gICAgICAgIGlmICghdGhpcy5faGVhZCB8fCAhdGhpcy5fdGFpbCkge1xuICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKCdJbnZhbGlkIGxpc3QnKTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRvdWNoICE9PSBUb3VjaC5GaXJzdCAmJiB0b3VjaCAhPT0gVG91Y2guTGFzdCkpIHtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBpZiAodG91Y2ggPT09IFRvdWNoLkZpcnN0KSB7XG4gICAgICAgICAgICBpZiAoaXRlbSA9PT0gdGhpcy5faGVhZCkge1xuICAgICAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNvbnN0IG5leHQgPSBpdGVtLm5leHQ7XG4gICAgICAgICAgICBjb25zdCBwcmV2aW91cyA9IGl0ZW0ucHJldmlvdXM7XG4gICAgICAgICAgICAvLyBVbmxpbmsgdGhlIGl0ZW1cbiAgICAgICAgICAgIGlmIChpdGVtID09PSB0aGlzLl90YWlsKSB7XG4gICAgICAgICAgICAgICAgLy8gcHJldmlvdXMgbXVzdCBiZSBkZWZpbmVkIHNpbmNlIGl0ZW0gd2FzIG5vdCBoZWFkIGJ1dCBpcyB0YWlsXG4gICAgICAgICAgICAgICAgLy8gU28gdGhlcmUgYXJlIG1vcmUgdGhhbiBvbiBpdGVtIGluIHRoZSBtYXBcbiAgICAgICAgICAgICAgICBwcmV2aW91cy5uZXh0ID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgICAgIHRoaXMuX3RhaWwgPSBwcmV2aW91cztcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgIC8vIEJvdGggbmV4dCBhbmQgcHJldmlvdXMgYXJlIG5vdCB1bmRlZmluZWQgc2luY2UgaXRlbSB3YXMgbmVpdGhlciBoZWFkIG5vciB0YWlsLlxuICAgICAgICAgICAgICAgIG5leHQucHJldmlvdXMgPSBwcmV2aW91cztcbiAgICAgICAgICAgICAgICBwcmV2aW91cy5uZXh0ID0gbmV4dDtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIC8vIEluc2VydCB0aGUgbm9kZSBhdCBoZWFkXG4gICAgICAgICAgICBpdGVtLnByZXZpb3VzID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgaXRlbS5uZXh0ID0gdGhpcy5faGVhZDtcbiAgICAgICAgICAgIHRoaXMuX2hlYWQucHJldmlvdXMgPSBpdGVtO1xuICAgICAgICAgICAgdGhpcy5faGVhZCA9IGl0ZW07XG4gICAgICAgICAgICB0aGlzLl9zdGF0ZSsrO1xuICAgICAgICB9XG4gICAgICAgIGVsc2UgaWYgKHRvdWNoID09PSBUb3VjaC5MYXN0KSB7XG4gICAgICAgICAgICBpZiAoaXRlbSA9PT0gdGhpcy5fdGFpbCkge1xuICAgICAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNvbnN0IG5leHQgPSBpdGVtLm5leHQ7XG4gICAgICAgICAgICBjb25zdCBwcmV2aW91cyA9IGl0ZW0ucHJldmlvdXM7XG4gICAgICAgICAgICAvLyBVbmxpbmsgdGhlIGl0ZW0uXG4gICAgICAgICAgICBpZiAoaXRlbSA9PT0gdGhpcy5faGVhZCkge1xuICAgICAgICAgICAgICAgIC8vIG5leHQgbXVzdCBiZSBkZWZpbmVkIHNpbmNlIGl0ZW0gd2FzIG5vdCB0YWlsIGJ1dCBpcyBoZWFkXG4gICAgICAgICAgICAgICAgLy8gU28gdGhlcmUgYXJlIG1vcmUgdGhhbiBvbiBpdGVtIGluIHRoZSBtYXBcbiAgICAgICAgICAgICAgICBuZXh0LnByZXZpb3VzID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgICAgIHRoaXMuX2hlYWQgPSBuZXh0O1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgLy8gQm90aCBuZXh0IGFuZCBwcmV2aW91cyBhcmUgbm90IHVuZGVmaW5lZCBzaW5jZSBpdGVtIHdhcyBuZWl0aGVyIGhlYWQgbm9yIHRhaWwuXG4gICAgICAgICAgICAgICAgbmV4dC5wcmV2aW91cyA9IHByZXZpb3VzO1xuICAgICAgICAgICAgICAgIHByZXZpb3VzLm5leHQgPSBuZXh0O1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgaXRlbS5uZXh0ID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgaXRlbS5wcmV2aW91cyA9IHRoaXMuX3RhaWw7XG4gICAgICAgICAgICB0aGlzLl90YWlsLm5leHQgPSBpdGVtO1xuICAgICAgICAgICAgdGhpcy5fdGFpbCA9IGl0ZW07XG4gICAgICAgICAgICB0aGlzLl9zdGF0ZSsrO1xuICAgICAgICB9XG4gICAgfVxuICAgIHRvSlNPTigpIHtcbiAgICAgICAgY29uc3QgZGF0YSA9IFtdO1xuICAgICAgICB0aGlzLmZvckVhY2goKHZhbHVlLCBrZXkpID0+IHtcbiAgICAgICAgICAgIGRhdGEucHVzaChba2V5LCB2YWx1ZV0pO1xuICAgICAgICB9KTtcbiAgICAgICAgcmV0dXJuIGRhdGE7XG4gICAgfVxuICAgIGZyb21KU09OKGRhdGEpIHtcbiAgICAgICAgdGhpcy5jbGVhcigpO1xuICAgICAgICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBkYXRhKSB7XG4gICAgICAgICAgICB0aGlzLnNldChrZXksIHZhbHVlKTtcbiAgICAgICAgfVxuICAgIH1cbn1cbmV4cG9ydHMuTGlua2VkTWFwID0gTGlua2VkTWFwO1xuY2xhc3MgTFJVQ2FjaGUgZXh0ZW5kcyBMaW5rZWRNYXAge1xuICAgIF9saW1pdDtcbiAgICBfcmF0aW87XG4gICAgY29uc3RydWN0b3IobGltaXQsIHJhdGlvID0gMSkge1xuICAgICAgICBzdXBlcigpO1xuICAgICAgICB0aGlzLl9saW1pdCA9IGxpbWl0O1xuICAgICAgICB0aGlzLl9yYXRpbyA9IE1hdGgubWluKE1hdGgubWF4KDAsIHJhdGlvKSwgMSk7XG4gICAgfVxuICAgIGdldCBsaW1pdCgpIHtcbiAgICAgICAgcmV0dXJuIHRoaXMuX2xpbWl0O1xuICAgIH1cbiAgICBzZXQgbGltaXQobGltaXQpIHtcbiAgICAgICAgdGhpcy5fbGltaXQgPSBsaW1pdDtcbiAgICAgICAgdGhpcy5jaGVja1RyaW0oKTtcbiAgICB9XG4gICAgZ2V0IHJhdGlvKCkge1xuICAgICAgICByZXR1cm4gdGhpcy5fcmF0aW87XG4gICAgfVxuICAgIHNldCByYXRpbyhyYXRpbykge1xuICAgICAgICB0aGlzLl9yYXRpbyA9IE1hdGgubWluKE1hdGgubWF4KDAsIHJhdGlvKSwgMSk7XG4gICAgICAgIHRoaXMuY2hlY2tUcmltKCk7XG4gICAgfVxuICAgIGdldChrZXksIHRvdWNoID0gVG91Y2guQXNOZXcpIHtcbiAgICAgICAgcmV0dXJuIHN1cGVyLmdldChrZXksIHRvdWNoKTtcbiAgICB9XG4gICAgcGVlayhrZXkpIHtcbiAgICAgICAgcmV0dXJuIHN1cGVyLmdldChrZXksIFRvdWNoLk5vbmUpO1xuICAgIH1cbiAgICBzZXQoa2V5LCB2YWx1ZSkge1xuICAgICAgICBzdXBlci5zZXQoa2V5LCB2YWx1ZSwgVG91Y2guTGFzdCk7XG4gICAgICAgIHRoaXMuY2hlY2tUcmltKCk7XG4gICAgICAgIHJldHVybiB0aGlzO1xuICAgIH1cbiAgICBjaGVja1RyaW0oKSB7XG4gICAgICAgIGlmICh0aGlzLnNpemUgPiB0aGlzLl9saW1pdCkge1xuICAgICAgICAgICAgdGhpcy50cmltT2xkKE1hdGgucm91bmQodGhpcy5fbGltaXQgKiB0aGlzLl9yYXRpbykpO1xuICAgICAgICB9XG4gICAgfVxufVxuZXhwb3J0cy5MUlVDYWNoZSA9IExSVUNhY2hlO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqICBDb3B5cmlnaHQgKGMpIE1pY3Jvc29mdCBDb3Jwb3JhdGlvbi4gQWxsIHJpZ2h0cyByZXNlcnZlZC5cbiAqICBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5leHBvcnRzLkRpc3Bvc2FibGUgPSB2b2lkIDA7XG52YXIgRGlzcG9zYWJsZTtcbihmdW5jdGlvbiAoRGlzcG9zYWJsZSkge1xuICAgIGZ1bmN0aW9uIGNyZWF0ZShmdW5jKSB7XG4gICAgICAgIHJldHVybiB7XG4gICAgICAgICAgICBkaXNwb3NlOiBmdW5jXG4gICAgICAgIH07XG4gICAgfVxuICAgIERpc3Bvc2FibGUuY3JlYXRlID0gY3JlYXRlO1xufSkoRGlzcG9zYWJsZSB8fCAoZXhwb3J0cy5EaXNwb3NhYmxlID0gRGlzcG9zYWJsZSA9IHt9KSk7XG4iLCAiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5sZXQgX3JhbDtcbmZ1bmN0aW9uIFJBTCgpIHtcbiAgICBpZiAoX3JhbCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgTm8gcnVudGltZSBhYnN0cmFjdGlvbiBsYXllciBpbnN0YWxsZWRgKTtcbiAgICB9XG4gICAgcmV0dXJuIF9yYWw7XG59XG4oZnVuY3Rpb24gKFJBTCkge1xuICAgIGZ1bmN0aW9uIGluc3RhbGwocmFsKSB7XG4gICAgICAgIGlmIChyYWwgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBObyBydW50aW1lIGFic3RyYWN0aW9uIGxheWVyIHByb3ZpZGVkYCk7XG4gICAgICAgIH1cbiAgICAgICAgX3JhbCA9IHJhbDtcbiAgICB9XG4gICAgUkFMLmluc3RhbGwgPSBpbnN0YWxsO1xufSkoUkFMIHx8IChSQUwgPSB7fSkpO1xuZXhwb3J0cy5kZWZhdWx0ID0gUkFMO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqIENvcHlyaWdodCAoYykgTWljcm9zb2Z0IENvcnBvcmF0aW9uLiBBbGwgcmlnaHRzIHJlc2VydmVkLlxuICogTGljZW5zZWQgdW5kZXIgdGhlIE1JVCBMaWNlbnNlLiBTZWUgTGljZW5zZS50eHQgaW4gdGhlIHByb2plY3Qgcm9vdCBmb3IgbGljZW5zZSBpbmZvcm1hdGlvbi5cbiAqIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSAqL1xudmFyIF9faW1wb3J0RGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19pbXBvcnREZWZhdWx0KSB8fCBmdW5jdGlvbiAobW9kKSB7XG4gICAgcmV0dXJuIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpID8gbW9kIDogeyBcImRlZmF1bHRcIjogbW9kIH07XG59O1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiX19lc01vZHVsZVwiLCB7IHZhbHVlOiB0cnVlIH0pO1xuZXhwb3J0cy5FbWl0dGVyID0gZXhwb3J0cy5FdmVudCA9IHZvaWQgMDtcbmNvbnN0IHJhbF8xID0gX19pbXBvcnREZWZhdWx0KHJlcXVpcmUoXCIuL3JhbFwiKSk7XG52YXIgRXZlbnQ7XG4oZnVuY3Rpb24gKEV2ZW50KSB7XG4gICAgY29uc3QgX2Rpc3Bvc2FibGUgPSB7IGRpc3Bvc2UoKSB7IH0gfTtcbiAgICBFdmVudC5Ob25lID0gZnVuY3Rpb24gKCkgeyByZXR1cm4gX2Rpc3Bvc2FibGU7IH07XG59KShFdmVudCB8fCAoZXhwb3J0cy5FdmVudCA9IEV2ZW50ID0ge30pKTtcbmNsYXNzIENhbGxiYWNrTGlzdCB7XG4gICAgX2NhbGxiYWNrcztcbiAgICBfY29udGV4dHM7XG4gICAgYWRkKGNhbGxiYWNrLCBjb250ZXh0ID0gbnVsbCwgYnVja2V0KSB7XG4gICAgICAgIGlmICghdGhpcy5fY2FsbGJhY2tzKSB7XG4gICAgICAgICAgICB0aGlzLl9jYWxsYmFja3MgPSBbXTtcbiAgICAgICAgICAgIHRoaXMuX2NvbnRleHRzID0gW107XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy5fY2FsbGJhY2tzLnB1c2goY2FsbGJhY2spO1xuICAgICAgICB0aGlzLl9jb250ZXh0cy5wdXNoKGNvbnRleHQpO1xuICAgICAgICBpZiAoQXJyYXkuaXNBcnJheShidWNrZXQpKSB7XG4gICAgICAgICAgICBidWNrZXQucHVzaCh7IGRpc3Bvc2U6ICgpID0+IHRoaXMucmVtb3ZlKGNhbGxiYWNrLCBjb250ZXh0KSB9KTtcbiAgICAgICAgfVxuICAgIH1cbiAgICByZW1vdmUoY2FsbGJhY2ssIGNvbnRleHQgPSBudWxsKSB7XG4gICAgICAgIGlmICghdGhpcy5fY2FsbGJhY2tzKSB7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgbGV0IGZvdW5kQ2FsbGJhY2tXaXRoRGlmZmVyZW50Q29udGV4dCA9IGZhbHNlO1xuICAgICAgICBmb3IgKGxldCBpID0gMCwgbGVuID0gdGhpcy5fY2FsbGJhY2tzLmxlbmd0aDsgaSA8IGxlbjsgaSsrKSB7XG4gICAgICAgICAgICBpZiAodGhpcy5fY2FsbGJhY2tzW2ldID09PSBjYWxsYmFjaykge1xuICAgICAgICAgICAgICAgIGlmICh0aGlzLl9jb250ZXh0c1tpXSA9PT0gY29udGV4dCkge1xuICAgICAgICAgICAgICAgICAgICAvLyBjYWxsYmFjayAmIGNvbnRleHQgbWF0Y2ggPT4gcmVtb3ZlIGl0XG4gICAgICAgICAgICAgICAgICAgIHRoaXMuX2NhbGxiYWNrcy5zcGxpY2UoaSwgMSk7XG4gICAgICAgICAgICAgICAgICAgIHRoaXMuX2NvbnRleHRzLnNwbGljZShpLCAxKTtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgZm91bmRDYWxsYmFja1dpdGhEaWZmZXJlbnRDb250ZXh0ID0gdHJ1ZTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGZvdW5kQ2FsbGJhY2tXaXRoRGlmZmVyZW50Q29udGV4dCkge1xuICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKCdXaGVuIGFkZGluZyBhIGxpc3RlbmVyIHdpdGggYSBjb250ZXh0LCB5b3Ugc2hvdWxkIHJlbW92ZSBpdCB3aXRoIHRoZSBzYW1lIGNvbnRleHQnKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBpbnZva2UoLi4uYXJncykge1xuICAgICAgICBpZiAoIXRoaXMuX2NhbGxiYWNrcykge1xuICAgICAgICAgICAgcmV0dXJuIFtdO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IHJldCA9IFtdLCBjYWxsYmFja3MgPSB0aGlzLl9jYWxsYmFja3Muc2xpY2UoMCksIGNvbnRleHRzID0gdGhpcy5fY29udGV4dHMuc2xpY2UoMCk7XG4gICAgICAgIGZvciAobGV0IGkgPSAwLCBsZW4gPSBjYWxsYmFja3MubGVuZ3RoOyBpIDwgbGVuOyBpKyspIHtcbiAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgICAgcmV0LnB1c2goY2FsbGJhY2tzW2ldLmFwcGx5KGNvbnRleHRzW2ldLCBhcmdzKSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBjYXRjaCAoZSkge1xuICAgICAgICAgICAgICAgICgwLCByYWxfMS5kZWZhdWx0KSgpLmNvbnNvbGUuZXJyb3IoZSk7XG4gICAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIHJldDtcbiAgICB9XG4gICAgaXNFbXB0eSgpIHtcbiAgICAgICAgcmV0dXJuICF0aGlzLl9jYWxsYmFja3MgfHwgdGhpcy5fY2FsbGJhY2tzLmxlbmd0aCA9PT0gMDtcbiAgICB9XG4gICAgZGlzcG9zZSgpIHtcbiAgICAgICAgdGhpcy5fY2FsbGJhY2tzID0gdW5kZWZpbmVkO1xuICAgICAgICB0aGlzLl9jb250ZXh0cyA9IHVuZGVmaW5lZDtcbiAgICB9XG59XG5jbGFzcyBFbWl0dGVyIHtcbiAgICBfb3B0aW9ucztcbiAgICBzdGF0aWMgX25vb3AgPSBmdW5jdGlvbiAoKSB7IH07XG4gICAgX2V2ZW50O1xuICAgIF9jYWxsYmFja3M7XG4gICAgY29uc3RydWN0b3IoX29wdGlvbnMpIHtcbiAgICAgICAgdGhpcy5fb3B0aW9ucyA9IF9vcHRpb25zO1xuICAgIH1cbiAgICAvKipcbiAgICAgKiBGb3IgdGhlIHB1YmxpYyB0byBhbGxvdyB0byBzdWJzY3JpYmVcbiAgICAgKiB0byBldmVudHMgZnJvbSB0aGlzIEVtaXR0ZXJcbiAgICAgKi9cbiAgICBnZXQgZXZlbnQoKSB7XG4gICAgICAgIGlmICghdGhpcy5fZXZlbnQpIHtcbiAgICAgICAgICAgIHRoaXMuX2V2ZW50ID0gKGxpc3RlbmVyLCB0aGlzQXJncywgZGlzcG9zYWJsZXMpID0+IHtcbiAgICAgICAgICAgICAgICBpZiAoIXRoaXMuX2NhbGxiYWNrcykge1xuICAgICAgICAgICAgICAgICAgICB0aGlzLl9jYWxsYmFja3MgPSBuZXcgQ2FsbGJhY2tMaXN0KCk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGlmICh0aGlzLl9vcHRpb25zICYmIHRoaXMuX29wdGlvbnMub25GaXJzdExpc3RlbmVyQWRkICYmIHRoaXMuX2NhbGxiYWNrcy5pc0VtcHR5KCkpIHtcbiAgICAgICAgICAgICAgICAgICAgdGhpcy5fb3B0aW9ucy5vbkZpcnN0TGlzdGVuZXJBZGQodGhpcyk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIHRoaXMuX2NhbGxiYWNrcy5hZGQobGlzdGVuZXIsIHRoaXNBcmdzKTtcbiAgICAgICAgICAgICAgICBjb25zdCByZXN1bHQgPSB7XG4gICAgICAgICAgICAgICAgICAgIGRpc3Bvc2U6ICgpID0+IHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmICghdGhpcy5fY2FsbGJhY2tzKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgLy8gZGlzcG9zYWJsZSBpcyBkaXNwb3NlZCBhZnRlciBlbWl0dGVyIGlzIGRpc3Bvc2VkLlxuICAgICAgICAgICAgICAgICAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgICAgIHRoaXMuX2NhbGxiYWNrcy5yZW1vdmUobGlzdGVuZXIsIHRoaXNBcmdzKTtcbiAgICAgICAgICAgICAgICAgICAgICAgIHJlc3VsdC5kaXNwb3NlID0gRW1pdHRlci5fbm9vcDtcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmICh0aGlzLl9vcHRpb25zICYmIHRoaXMuX29wdGlvbnMub25MYXN0TGlzdGVuZXJSZW1vdmUgJiYgdGhpcy5fY2FsbGJhY2tzLmlzRW1wdHkoKSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIHRoaXMuX29wdGlvbnMub25MYXN0TGlzdGVuZXJSZW1vdmUodGhpcyk7XG4gICAgICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICB9O1xuICAgICAgICAgICAgICAgIGlmIChBcnJheS5pc0FycmF5KGRpc3Bvc2FibGVzKSkge1xuICAgICAgICAgICAgICAgICAgICBkaXNwb3NhYmxlcy5wdXNoKHJlc3VsdCk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgICAgICAgICB9O1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiB0aGlzLl9ldmVudDtcbiAgICB9XG4gICAgLyoqXG4gICAgICogVG8gYmUga2VwdCBwcml2YXRlIHRvIGZpcmUgYW4gZXZlbnQgdG9cbiAgICAgKiBzdWJzY3JpYmVyc1xuICAgICAqL1xuICAgIGZpcmUoZXZlbnQpIHtcbiAgICAgICAgaWYgKHRoaXMuX2NhbGxiYWNrcykge1xuICAgICAgICAgICAgdGhpcy5fY2FsbGJhY2tzLmludm9rZS5jYWxsKHRoaXMuX2NhbGxiYWNrcywgZXZlbnQpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGRpc3Bvc2UoKSB7XG4gICAgICAgIGlmICh0aGlzLl9jYWxsYmFja3MpIHtcbiAgICAgICAgICAgIHRoaXMuX2NhbGxiYWNrcy5kaXNwb3NlKCk7XG4gICAgICAgICAgICB0aGlzLl9jYWxsYmFja3MgPSB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICB9XG59XG5leHBvcnRzLkVtaXR0ZXIgPSBFbWl0dGVyO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqICBDb3B5cmlnaHQgKGMpIE1pY3Jvc29mdCBDb3Jwb3JhdGlvbi4gQWxsIHJpZ2h0cyByZXNlcnZlZC5cbiAqICBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSovXG52YXIgX19jcmVhdGVCaW5kaW5nID0gKHRoaXMgJiYgdGhpcy5fX2NyZWF0ZUJpbmRpbmcpIHx8IChPYmplY3QuY3JlYXRlID8gKGZ1bmN0aW9uKG8sIG0sIGssIGsyKSB7XG4gICAgaWYgKGsyID09PSB1bmRlZmluZWQpIGsyID0gaztcbiAgICB2YXIgZGVzYyA9IE9iamVjdC5nZXRPd25Qcm9wZXJ0eURlc2NyaXB0b3IobSwgayk7XG4gICAgaWYgKCFkZXNjIHx8IChcImdldFwiIGluIGRlc2MgPyAhbS5fX2VzTW9kdWxlIDogZGVzYy53cml0YWJsZSB8fCBkZXNjLmNvbmZpZ3VyYWJsZSkpIHtcbiAgICAgIGRlc2MgPSB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24oKSB7IHJldHVybiBtW2tdOyB9IH07XG4gICAgfVxuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eShvLCBrMiwgZGVzYyk7XG59KSA6IChmdW5jdGlvbihvLCBtLCBrLCBrMikge1xuICAgIGlmIChrMiA9PT0gdW5kZWZpbmVkKSBrMiA9IGs7XG4gICAgb1trMl0gPSBtW2tdO1xufSkpO1xudmFyIF9fc2V0TW9kdWxlRGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19zZXRNb2R1bGVEZWZhdWx0KSB8fCAoT2JqZWN0LmNyZWF0ZSA/IChmdW5jdGlvbihvLCB2KSB7XG4gICAgT2JqZWN0LmRlZmluZVByb3BlcnR5KG8sIFwiZGVmYXVsdFwiLCB7IGVudW1lcmFibGU6IHRydWUsIHZhbHVlOiB2IH0pO1xufSkgOiBmdW5jdGlvbihvLCB2KSB7XG4gICAgb1tcImRlZmF1bHRcIl0gPSB2O1xufSk7XG52YXIgX19pbXBvcnRTdGFyID0gKHRoaXMgJiYgdGhpcy5fX2ltcG9ydFN0YXIpIHx8IChmdW5jdGlvbiAoKSB7XG4gICAgdmFyIG93bktleXMgPSBmdW5jdGlvbihvKSB7XG4gICAgICAgIG93bktleXMgPSBPYmplY3QuZ2V0T3duUHJvcGVydHlOYW1lcyB8fCBmdW5jdGlvbiAobykge1xuICAgICAgICAgICAgdmFyIGFyID0gW107XG4gICAgICAgICAgICBmb3IgKHZhciBrIGluIG8pIGlmIChPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LmNhbGwobywgaykpIGFyW2FyLmxlbmd0aF0gPSBrO1xuICAgICAgICAgICAgcmV0dXJuIGFyO1xuICAgICAgICB9O1xuICAgICAgICByZXR1cm4gb3duS2V5cyhvKTtcbiAgICB9O1xuICAgIHJldHVybiBmdW5jdGlvbiAobW9kKSB7XG4gICAgICAgIGlmIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpIHJldHVybiBtb2Q7XG4gICAgICAgIHZhciByZXN1bHQgPSB7fTtcbiAgICAgICAgaWYgKG1vZCAhPSBudWxsKSBmb3IgKHZhciBrID0gb3duS2V5cyhtb2QpLCBpID0gMDsgaSA8IGsubGVuZ3RoOyBpKyspIGlmIChrW2ldICE9PSBcImRlZmF1bHRcIikgX19jcmVhdGVCaW5kaW5nKHJlc3VsdCwgbW9kLCBrW2ldKTtcbiAgICAgICAgX19zZXRNb2R1bGVEZWZhdWx0KHJlc3VsdCwgbW9kKTtcbiAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICB9O1xufSkoKTtcbnZhciBfX2ltcG9ydERlZmF1bHQgPSAodGhpcyAmJiB0aGlzLl9faW1wb3J0RGVmYXVsdCkgfHwgZnVuY3Rpb24gKG1vZCkge1xuICAgIHJldHVybiAobW9kICYmIG1vZC5fX2VzTW9kdWxlKSA/IG1vZCA6IHsgXCJkZWZhdWx0XCI6IG1vZCB9O1xufTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIl9fZXNNb2R1bGVcIiwgeyB2YWx1ZTogdHJ1ZSB9KTtcbmV4cG9ydHMuQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UgPSBleHBvcnRzLkNhbmNlbGxhdGlvblRva2VuID0gdm9pZCAwO1xuY29uc3QgcmFsXzEgPSBfX2ltcG9ydERlZmF1bHQocmVxdWlyZShcIi4vcmFsXCIpKTtcbmNvbnN0IElzID0gX19pbXBvcnRTdGFyKHJlcXVpcmUoXCIuL2lzXCIpKTtcbmNvbnN0IGV2ZW50c18xID0gcmVxdWlyZShcIi4vZXZlbnRzXCIpO1xudmFyIENhbmNlbGxhdGlvblRva2VuO1xuKGZ1bmN0aW9uIChDYW5jZWxsYXRpb25Ub2tlbikge1xuICAgIENhbmNlbGxhdGlvblRva2VuLk5vbmUgPSBPYmplY3QuZnJlZXplKHtcbiAgICAgICAgaXNDYW5jZWxsYXRpb25SZXF1ZXN0ZWQ6IGZhbHNlLFxuICAgICAgICBvbkNhbmNlbGxhdGlvblJlcXVlc3RlZDogZXZlbnRzXzEuRXZlbnQuTm9uZVxuICAgIH0pO1xuICAgIENhbmNlbGxhdGlvblRva2VuLkNhbmNlbGxlZCA9IE9iamVjdC5mcmVlemUoe1xuICAgICAgICBpc0NhbmNlbGxhdGlvblJlcXVlc3RlZDogdHJ1ZSxcbiAgICAgICAgb25DYW5jZWxsYXRpb25SZXF1ZXN0ZWQ6IGV2ZW50c18xLkV2ZW50Lk5vbmVcbiAgICB9KTtcbiAgICBmdW5jdGlvbiBpcyh2YWx1ZSkge1xuICAgICAgICBjb25zdCBjYW5kaWRhdGUgPSB2YWx1ZTtcbiAgICAgICAgcmV0dXJuIGNhbmRpZGF0ZSAmJiAoY2FuZGlkYXRlID09PSBDYW5jZWxsYXRpb25Ub2tlbi5Ob25lXG4gICAgICAgICAgICB8fCBjYW5kaWRhdGUgPT09IENhbmNlbGxhdGlvblRva2VuLkNhbmNlbGxlZFxuICAgICAgICAgICAgfHwgKElzLmJvb2xlYW4oY2FuZGlkYXRlLmlzQ2FuY2VsbGF0aW9uUmVxdWVzdGVkKSAmJiAhIWNhbmRpZGF0ZS5vbkNhbmNlbGxhdGlvblJlcXVlc3RlZCkpO1xuICAgIH1cbiAgICBDYW5jZWxsYXRpb25Ub2tlbi5pcyA9IGlzO1xufSkoQ2FuY2VsbGF0aW9uVG9rZW4gfHwgKGV4cG9ydHMuQ2FuY2VsbGF0aW9uVG9rZW4gPSBDYW5jZWxsYXRpb25Ub2tlbiA9IHt9KSk7XG5jb25zdCBzaG9ydGN1dEV2ZW50ID0gT2JqZWN0LmZyZWV6ZShmdW5jdGlvbiAoY2FsbGJhY2ssIGNvbnRleHQpIHtcbiAgICBjb25zdCBoYW5kbGUgPSAoMCwgcmFsXzEuZGVmYXVsdCkoKS50aW1lci5zZXRUaW1lb3V0KGNhbGxiYWNrLmJpbmQoY29udGV4dCksIDApO1xuICAgIHJldHVybiB7IGRpc3Bvc2UoKSB7IGhhbmRsZS5kaXNwb3NlKCk7IH0gfTtcbn0pO1xuY2xhc3MgTXV0YWJsZVRva2VuIHtcbiAgICBfaXNDYW5jZWxsZWQgPSBmYWxzZTtcbiAgICBfZW1pdHRlcjtcbiAgICBjYW5jZWwoKSB7XG4gICAgICAgIGlmICghdGhpcy5faXNDYW5jZWxsZWQpIHtcbiAgICAgICAgICAgIHRoaXMuX2lzQ2FuY2VsbGVkID0gdHJ1ZTtcbiAgICAgICAgICAgIGlmICh0aGlzLl9lbWl0dGVyKSB7XG4gICAgICAgICAgICAgICAgdGhpcy5fZW1pdHRlci5maXJlKHVuZGVmaW5lZCk7XG4gICAgICAgICAgICAgICAgdGhpcy5kaXNwb3NlKCk7XG4gICAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICB9XG4gICAgZ2V0IGlzQ2FuY2VsbGF0aW9uUmVxdWVzdGVkKCkge1xuICAgICAgICByZXR1cm4gdGhpcy5faXNDYW5jZWxsZWQ7XG4gICAgfVxuICAgIGdldCBvbkNhbmNlbGxhdGlvblJlcXVlc3RlZCgpIHtcbiAgICAgICAgaWYgKHRoaXMuX2lzQ2FuY2VsbGVkKSB7XG4gICAgICAgICAgICByZXR1cm4gc2hvcnRjdXRFdmVudDtcbiAgICAgICAgfVxuICAgICAgICBpZiAoIXRoaXMuX2VtaXR0ZXIpIHtcbiAgICAgICAgICAgIHRoaXMuX2VtaXR0ZXIgPSBuZXcgZXZlbnRzXzEuRW1pdHRlcigpO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiB0aGlzLl9lbWl0dGVyLmV2ZW50O1xuICAgIH1cbiAgICBkaXNwb3NlKCkge1xuICAgICAgICBpZiAodGhpcy5fZW1pdHRlcikge1xuICAgICAgICAgICAgdGhpcy5fZW1pdHRlci5kaXNwb3NlKCk7XG4gICAgICAgICAgICB0aGlzLl9lbWl0dGVyID0gdW5kZWZpbmVkO1xuICAgICAgICB9XG4gICAgfVxufVxuY2xhc3MgQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2Uge1xuICAgIF90b2tlbjtcbiAgICBnZXQgdG9rZW4oKSB7XG4gICAgICAgIGlmICghdGhpcy5fdG9rZW4pIHtcbiAgICAgICAgICAgIC8vIGJlIGxhenkgYW5kIGNyZWF0ZSB0aGUgdG9rZW4gb25seSB3aGVuXG4gICAgICAgICAgICAvLyBhY3R1YWxseSBuZWVkZWRcbiAgICAgICAgICAgIHRoaXMuX3Rva2VuID0gbmV3IE11dGFibGVUb2tlbigpO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiB0aGlzLl90b2tlbjtcbiAgICB9XG4gICAgY2FuY2VsKCkge1xuICAgICAgICBpZiAoIXRoaXMuX3Rva2VuKSB7XG4gICAgICAgICAgICAvLyBzYXZlIGFuIG9iamVjdCBieSByZXR1cm5pbmcgdGhlIGRlZmF1bHRcbiAgICAgICAgICAgIC8vIGNhbmNlbGxlZCB0b2tlbiB3aGVuIGNhbmNlbGxhdGlvbiBoYXBwZW5zXG4gICAgICAgICAgICAvLyBiZWZvcmUgc29tZW9uZSBhc2tzIGZvciB0aGUgdG9rZW5cbiAgICAgICAgICAgIHRoaXMuX3Rva2VuID0gQ2FuY2VsbGF0aW9uVG9rZW4uQ2FuY2VsbGVkO1xuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgdGhpcy5fdG9rZW4uY2FuY2VsKCk7XG4gICAgICAgIH1cbiAgICB9XG4gICAgZGlzcG9zZSgpIHtcbiAgICAgICAgaWYgKCF0aGlzLl90b2tlbikge1xuICAgICAgICAgICAgLy8gZW5zdXJlIHRvIGluaXRpYWxpemUgd2l0aCBhbiBlbXB0eSB0b2tlbiBpZiB3ZSBoYWQgbm9uZVxuICAgICAgICAgICAgdGhpcy5fdG9rZW4gPSBDYW5jZWxsYXRpb25Ub2tlbi5Ob25lO1xuICAgICAgICB9XG4gICAgICAgIGVsc2UgaWYgKHRoaXMuX3Rva2VuIGluc3RhbmNlb2YgTXV0YWJsZVRva2VuKSB7XG4gICAgICAgICAgICAvLyBhY3R1YWxseSBkaXNwb3NlXG4gICAgICAgICAgICB0aGlzLl90b2tlbi5kaXNwb3NlKCk7XG4gICAgICAgIH1cbiAgICB9XG59XG5leHBvcnRzLkNhbmNlbGxhdGlvblRva2VuU291cmNlID0gQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2U7XG4iLCAiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5leHBvcnRzLlNoYXJlZEFycmF5UmVjZWl2ZXJTdHJhdGVneSA9IGV4cG9ydHMuU2hhcmVkQXJyYXlTZW5kZXJTdHJhdGVneSA9IHZvaWQgMDtcbmNvbnN0IGNhbmNlbGxhdGlvbl8xID0gcmVxdWlyZShcIi4vY2FuY2VsbGF0aW9uXCIpO1xudmFyIENhbmNlbGxhdGlvblN0YXRlO1xuKGZ1bmN0aW9uIChDYW5jZWxsYXRpb25TdGF0ZSkge1xuICAgIENhbmNlbGxhdGlvblN0YXRlLkNvbnRpbnVlID0gMDtcbiAgICBDYW5jZWxsYXRpb25TdGF0ZS5DYW5jZWxsZWQgPSAxO1xufSkoQ2FuY2VsbGF0aW9uU3RhdGUgfHwgKENhbmNlbGxhdGlvblN0YXRlID0ge30pKTtcbmNsYXNzIFNoYXJlZEFycmF5U2VuZGVyU3RyYXRlZ3kge1xuICAgIGJ1ZmZlcnM7XG4gICAgY29uc3RydWN0b3IoKSB7XG4gICAgICAgIHRoaXMuYnVmZmVycyA9IG5ldyBNYXAoKTtcbiAgICB9XG4gICAgZW5hYmxlQ2FuY2VsbGF0aW9uKHJlcXVlc3QpIHtcbiAgICAgICAgaWYgKHJlcXVlc3QuaWQgPT09IG51bGwpIHtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBidWZmZXIgPSBuZXcgU2hhcmVkQXJyYXlCdWZmZXIoNCk7XG4gICAgICAgIGNvbnN0IGRhdGEgPSBuZXcgSW50MzJBcnJheShidWZmZXIsIDAsIDEpO1xuICAgICAgICBkYXRhWzBdID0gQ2FuY2VsbGF0aW9uU3RhdGUuQ29udGludWU7XG4gICAgICAgIHRoaXMuYnVmZmVycy5zZXQocmVxdWVzdC5pZCwgYnVmZmVyKTtcbiAgICAgICAgcmVxdWVzdC4kY2FuY2VsbGF0aW9uRGF0YSA9IGJ1ZmZlcjtcbiAgICB9XG4gICAgYXN5bmMgc2VuZENhbmNlbGxhdGlvbihfY29ubiwgaWQpIHtcbiAgICAgICAgY29uc3QgYnVmZmVyID0gdGhpcy5idWZmZXJzLmdldChpZCk7XG4gICAgICAgIGlmIChidWZmZXIgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGRhdGEgPSBuZXcgSW50MzJBcnJheShidWZmZXIsIDAsIDEpO1xuICAgICAgICBBdG9taWNzLnN0b3JlKGRhdGEsIDAsIENhbmNlbGxhdGlvblN0YXRlLkNhbmNlbGxlZCk7XG4gICAgfVxuICAgIGNsZWFudXAoaWQpIHtcbiAgICAgICAgdGhpcy5idWZmZXJzLmRlbGV0ZShpZCk7XG4gICAgfVxuICAgIGRpc3Bvc2UoKSB7XG4gICAgICAgIHRoaXMuYnVmZmVycy5jbGVhcigpO1xuICAgIH1cbn1cbmV4cG9ydHMuU2hhcmVkQXJyYXlTZW5kZXJTdHJhdGVneSA9IFNoYXJlZEFycmF5U2VuZGVyU3RyYXRlZ3k7XG5jbGFzcyBTaGFyZWRBcnJheUJ1ZmZlckNhbmNlbGxhdGlvblRva2VuIHtcbiAgICBkYXRhO1xuICAgIGNvbnN0cnVjdG9yKGJ1ZmZlcikge1xuICAgICAgICB0aGlzLmRhdGEgPSBuZXcgSW50MzJBcnJheShidWZmZXIsIDAsIDEpO1xuICAgIH1cbiAgICBnZXQgaXNDYW5jZWxsYXRpb25SZXF1ZXN0ZWQoKSB7XG4gICAgICAgIHJldHVybiBBdG9taWNzLmxvYWQodGhpcy5kYXRhLCAwKSA9PT0gQ2FuY2VsbGF0aW9uU3RhdGUuQ2FuY2VsbGVkO1xuICAgIH1cbiAgICBnZXQgb25DYW5jZWxsYXRpb25SZXF1ZXN0ZWQoKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgQ2FuY2VsbGF0aW9uIG92ZXIgU2hhcmVkQXJyYXlCdWZmZXIgZG9lc24ndCBzdXBwb3J0IGNhbmNlbGxhdGlvbiBldmVudHNgKTtcbiAgICB9XG59XG5jbGFzcyBTaGFyZWRBcnJheUJ1ZmZlckNhbmNlbGxhdGlvblRva2VuU291cmNlIHtcbiAgICB0b2tlbjtcbiAgICBjb25zdHJ1Y3RvcihidWZmZXIpIHtcbiAgICAgICAgdGhpcy50b2tlbiA9IG5ldyBTaGFyZWRBcnJheUJ1ZmZlckNhbmNlbGxhdGlvblRva2VuKGJ1ZmZlcik7XG4gICAgfVxuICAgIGNhbmNlbCgpIHtcbiAgICB9XG4gICAgZGlzcG9zZSgpIHtcbiAgICB9XG59XG5jbGFzcyBTaGFyZWRBcnJheVJlY2VpdmVyU3RyYXRlZ3kge1xuICAgIGtpbmQgPSAncmVxdWVzdCc7XG4gICAgY3JlYXRlQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UocmVxdWVzdCkge1xuICAgICAgICBjb25zdCBidWZmZXIgPSByZXF1ZXN0LiRjYW5jZWxsYXRpb25EYXRhO1xuICAgICAgICBpZiAoYnVmZmVyID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgIHJldHVybiBuZXcgY2FuY2VsbGF0aW9uXzEuQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UoKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gbmV3IFNoYXJlZEFycmF5QnVmZmVyQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UoYnVmZmVyKTtcbiAgICB9XG59XG5leHBvcnRzLlNoYXJlZEFycmF5UmVjZWl2ZXJTdHJhdGVneSA9IFNoYXJlZEFycmF5UmVjZWl2ZXJTdHJhdGVneTtcbiIsICJcInVzZSBzdHJpY3RcIjtcbi8qIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4gKiBDb3B5cmlnaHQgKGMpIE1pY3Jvc29mdCBDb3Jwb3JhdGlvbi4gQWxsIHJpZ2h0cyByZXNlcnZlZC5cbiAqIExpY2Vuc2VkIHVuZGVyIHRoZSBNSVQgTGljZW5zZS4gU2VlIExpY2Vuc2UudHh0IGluIHRoZSBwcm9qZWN0IHJvb3QgZm9yIGxpY2Vuc2UgaW5mb3JtYXRpb24uXG4gKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gKi9cbnZhciBfX2ltcG9ydERlZmF1bHQgPSAodGhpcyAmJiB0aGlzLl9faW1wb3J0RGVmYXVsdCkgfHwgZnVuY3Rpb24gKG1vZCkge1xuICAgIHJldHVybiAobW9kICYmIG1vZC5fX2VzTW9kdWxlKSA/IG1vZCA6IHsgXCJkZWZhdWx0XCI6IG1vZCB9O1xufTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIl9fZXNNb2R1bGVcIiwgeyB2YWx1ZTogdHJ1ZSB9KTtcbmV4cG9ydHMuU2VtYXBob3JlID0gdm9pZCAwO1xuY29uc3QgcmFsXzEgPSBfX2ltcG9ydERlZmF1bHQocmVxdWlyZShcIi4vcmFsXCIpKTtcbmNsYXNzIFNlbWFwaG9yZSB7XG4gICAgX2NhcGFjaXR5O1xuICAgIF9hY3RpdmU7XG4gICAgX3dhaXRpbmc7XG4gICAgY29uc3RydWN0b3IoY2FwYWNpdHkgPSAxKSB7XG4gICAgICAgIGlmIChjYXBhY2l0eSA8PSAwKSB7XG4gICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoJ0NhcGFjaXR5IG11c3QgYmUgZ3JlYXRlciB0aGFuIDAnKTtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLl9jYXBhY2l0eSA9IGNhcGFjaXR5O1xuICAgICAgICB0aGlzLl9hY3RpdmUgPSAwO1xuICAgICAgICB0aGlzLl93YWl0aW5nID0gW107XG4gICAgfVxuICAgIGxvY2sodGh1bmspIHtcbiAgICAgICAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgICAgICAgIHRoaXMuX3dhaXRpbmcucHVzaCh7IHRodW5rLCByZXNvbHZlLCByZWplY3QgfSk7XG4gICAgICAgICAgICB0aGlzLnJ1bk5leHQoKTtcbiAgICAgICAgfSk7XG4gICAgfVxuICAgIGdldCBhY3RpdmUoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9hY3RpdmU7XG4gICAgfVxuICAgIHJ1bk5leHQoKSB7XG4gICAgICAgIGlmICh0aGlzLl93YWl0aW5nLmxlbmd0aCA9PT0gMCB8fCB0aGlzLl9hY3RpdmUgPT09IHRoaXMuX2NhcGFjaXR5KSB7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgKDAsIHJhbF8xLmRlZmF1bHQpKCkudGltZXIuc2V0SW1tZWRpYXRlKCgpID0+IHRoaXMuZG9SdW5OZXh0KCkpO1xuICAgIH1cbiAgICBkb1J1bk5leHQoKSB7XG4gICAgICAgIGlmICh0aGlzLl93YWl0aW5nLmxlbmd0aCA9PT0gMCB8fCB0aGlzLl9hY3RpdmUgPT09IHRoaXMuX2NhcGFjaXR5KSB7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgY29uc3QgbmV4dCA9IHRoaXMuX3dhaXRpbmcuc2hpZnQoKTtcbiAgICAgICAgdGhpcy5fYWN0aXZlKys7XG4gICAgICAgIGlmICh0aGlzLl9hY3RpdmUgPiB0aGlzLl9jYXBhY2l0eSkge1xuICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBUb28gbWFueSB0aHVua3MgYWN0aXZlYCk7XG4gICAgICAgIH1cbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgIGNvbnN0IHJlc3VsdCA9IG5leHQudGh1bmsoKTtcbiAgICAgICAgICAgIGlmIChyZXN1bHQgaW5zdGFuY2VvZiBQcm9taXNlKSB7XG4gICAgICAgICAgICAgICAgcmVzdWx0LnRoZW4oKHZhbHVlKSA9PiB7XG4gICAgICAgICAgICAgICAgICAgIHRoaXMuX2FjdGl2ZS0tO1xuICAgICAgICAgICAgICAgICAgICBuZXh0LnJlc29sdmUodmFsdWUpO1xuICAgICAgICAgICAgICAgICAgICB0aGlzLnJ1bk5leHQoKTtcbiAgICAgICAgICAgICAgICB9LCAoZXJyKSA9PiB7XG4gICAgICAgICAgICAgICAgICAgIHRoaXMuX2FjdGl2ZS0tO1xuICAgICAgICAgICAgICAgICAgICBuZXh0LnJlamVjdChlcnIpO1xuICAgICAgICAgICAgICAgICAgICB0aGlzLnJ1bk5leHQoKTtcbiAgICAgICAgICAgICAgICB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgIHRoaXMuX2FjdGl2ZS0tO1xuICAgICAgICAgICAgICAgIG5leHQucmVzb2x2ZShyZXN1bHQpO1xuICAgICAgICAgICAgICAgIHRoaXMucnVuTmV4dCgpO1xuICAgICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGNhdGNoIChlcnIpIHtcbiAgICAgICAgICAgIHRoaXMuX2FjdGl2ZS0tO1xuICAgICAgICAgICAgbmV4dC5yZWplY3QoZXJyKTtcbiAgICAgICAgICAgIHRoaXMucnVuTmV4dCgpO1xuICAgICAgICB9XG4gICAgfVxufVxuZXhwb3J0cy5TZW1hcGhvcmUgPSBTZW1hcGhvcmU7XG4iLCAiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG52YXIgX19jcmVhdGVCaW5kaW5nID0gKHRoaXMgJiYgdGhpcy5fX2NyZWF0ZUJpbmRpbmcpIHx8IChPYmplY3QuY3JlYXRlID8gKGZ1bmN0aW9uKG8sIG0sIGssIGsyKSB7XG4gICAgaWYgKGsyID09PSB1bmRlZmluZWQpIGsyID0gaztcbiAgICB2YXIgZGVzYyA9IE9iamVjdC5nZXRPd25Qcm9wZXJ0eURlc2NyaXB0b3IobSwgayk7XG4gICAgaWYgKCFkZXNjIHx8IChcImdldFwiIGluIGRlc2MgPyAhbS5fX2VzTW9kdWxlIDogZGVzYy53cml0YWJsZSB8fCBkZXNjLmNvbmZpZ3VyYWJsZSkpIHtcbiAgICAgIGRlc2MgPSB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24oKSB7IHJldHVybiBtW2tdOyB9IH07XG4gICAgfVxuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eShvLCBrMiwgZGVzYyk7XG59KSA6IChmdW5jdGlvbihvLCBtLCBrLCBrMikge1xuICAgIGlmIChrMiA9PT0gdW5kZWZpbmVkKSBrMiA9IGs7XG4gICAgb1trMl0gPSBtW2tdO1xufSkpO1xudmFyIF9fc2V0TW9kdWxlRGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19zZXRNb2R1bGVEZWZhdWx0KSB8fCAoT2JqZWN0LmNyZWF0ZSA/IChmdW5jdGlvbihvLCB2KSB7XG4gICAgT2JqZWN0LmRlZmluZVByb3BlcnR5KG8sIFwiZGVmYXVsdFwiLCB7IGVudW1lcmFibGU6IHRydWUsIHZhbHVlOiB2IH0pO1xufSkgOiBmdW5jdGlvbihvLCB2KSB7XG4gICAgb1tcImRlZmF1bHRcIl0gPSB2O1xufSk7XG52YXIgX19pbXBvcnRTdGFyID0gKHRoaXMgJiYgdGhpcy5fX2ltcG9ydFN0YXIpIHx8IChmdW5jdGlvbiAoKSB7XG4gICAgdmFyIG93bktleXMgPSBmdW5jdGlvbihvKSB7XG4gICAgICAgIG93bktleXMgPSBPYmplY3QuZ2V0T3duUHJvcGVydHlOYW1lcyB8fCBmdW5jdGlvbiAobykge1xuICAgICAgICAgICAgdmFyIGFyID0gW107XG4gICAgICAgICAgICBmb3IgKHZhciBrIGluIG8pIGlmIChPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LmNhbGwobywgaykpIGFyW2FyLmxlbmd0aF0gPSBrO1xuICAgICAgICAgICAgcmV0dXJuIGFyO1xuICAgICAgICB9O1xuICAgICAgICByZXR1cm4gb3duS2V5cyhvKTtcbiAgICB9O1xuICAgIHJldHVybiBmdW5jdGlvbiAobW9kKSB7XG4gICAgICAgIGlmIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpIHJldHVybiBtb2Q7XG4gICAgICAgIHZhciByZXN1bHQgPSB7fTtcbiAgICAgICAgaWYgKG1vZCAhPSBudWxsKSBmb3IgKHZhciBrID0gb3duS2V5cyhtb2QpLCBpID0gMDsgaSA8IGsubGVuZ3RoOyBpKyspIGlmIChrW2ldICE9PSBcImRlZmF1bHRcIikgX19jcmVhdGVCaW5kaW5nKHJlc3VsdCwgbW9kLCBrW2ldKTtcbiAgICAgICAgX19zZXRNb2R1bGVEZWZhdWx0KHJlc3VsdCwgbW9kKTtcbiAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICB9O1xufSkoKTtcbnZhciBfX2ltcG9ydERlZmF1bHQgPSAodGhpcyAmJiB0aGlzLl9faW1wb3J0RGVmYXVsdCkgfHwgZnVuY3Rpb24gKG1vZCkge1xuICAgIHJldHVybiAobW9kICYmIG1vZC5fX2VzTW9kdWxlKSA/IG1vZCA6IHsgXCJkZWZhdWx0XCI6IG1vZCB9O1xufTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIl9fZXNNb2R1bGVcIiwgeyB2YWx1ZTogdHJ1ZSB9KTtcbmV4cG9ydHMuUmVhZGFibGVTdHJlYW1NZXNzYWdlUmVhZGVyID0gZXhwb3J0cy5BYnN0cmFjdE1lc3NhZ2VSZWFkZXIgPSBleHBvcnRzLk1lc3NhZ2VSZWFkZXIgPSB2b2lkIDA7XG5jb25zdCByYWxfMSA9IF9faW1wb3J0RGVmYXVsdChyZXF1aXJlKFwiLi9yYWxcIikpO1xuY29uc3QgSXMgPSBfX2ltcG9ydFN0YXIocmVxdWlyZShcIi4vaXNcIikpO1xuY29uc3QgZXZlbnRzXzEgPSByZXF1aXJlKFwiLi9ldmVudHNcIik7XG5jb25zdCBzZW1hcGhvcmVfMSA9IHJlcXVpcmUoXCIuL3NlbWFwaG9yZVwiKTtcbnZhciBNZXNzYWdlUmVhZGVyO1xuKGZ1bmN0aW9uIChNZXNzYWdlUmVhZGVyKSB7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gdmFsdWU7XG4gICAgICAgIHJldHVybiBjYW5kaWRhdGUgJiYgSXMuZnVuYyhjYW5kaWRhdGUubGlzdGVuKSAmJiBJcy5mdW5jKGNhbmRpZGF0ZS5kaXNwb3NlKSAmJlxuICAgICAgICAgICAgSXMuZnVuYyhjYW5kaWRhdGUub25FcnJvcikgJiYgSXMuZnVuYyhjYW5kaWRhdGUub25DbG9zZSkgJiYgSXMuZnVuYyhjYW5kaWRhdGUub25QYXJ0aWFsTWVzc2FnZSk7XG4gICAgfVxuICAgIE1lc3NhZ2VSZWFkZXIuaXMgPSBpcztcbn0pKE1lc3NhZ2VSZWFkZXIgfHwgKGV4cG9ydHMuTWVzc2FnZVJlYWRlciA9IE1lc3NhZ2VSZWFkZXIgPSB7fSkpO1xuY2xhc3MgQWJzdHJhY3RNZXNzYWdlUmVhZGVyIHtcbiAgICBlcnJvckVtaXR0ZXI7XG4gICAgY2xvc2VFbWl0dGVyO1xuICAgIHBhcnRpYWxNZXNzYWdlRW1pdHRlcjtcbiAgICBjb25zdHJ1Y3RvcigpIHtcbiAgICAgICAgdGhpcy5lcnJvckVtaXR0ZXIgPSBuZXcgZXZlbnRzXzEuRW1pdHRlcigpO1xuICAgICAgICB0aGlzLmNsb3NlRW1pdHRlciA9IG5ldyBldmVudHNfMS5FbWl0dGVyKCk7XG4gICAgICAgIHRoaXMucGFydGlhbE1lc3NhZ2VFbWl0dGVyID0gbmV3IGV2ZW50c18xLkVtaXR0ZXIoKTtcbiAgICB9XG4gICAgZGlzcG9zZSgpIHtcbiAgICAgICAgdGhpcy5lcnJvckVtaXR0ZXIuZGlzcG9zZSgpO1xuICAgICAgICB0aGlzLmNsb3NlRW1pdHRlci5kaXNwb3NlKCk7XG4gICAgICAgIHRoaXMucGFydGlhbE1lc3NhZ2VFbWl0dGVyLmRpc3Bvc2UoKTtcbiAgICB9XG4gICAgZ2V0IG9uRXJyb3IoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLmVycm9yRW1pdHRlci5ldmVudDtcbiAgICB9XG4gICAgZmlyZUVycm9yKGVycm9yKSB7XG4gICAgICAgIHRoaXMuZXJyb3JFbWl0dGVyLmZpcmUodGhpcy5hc0Vycm9yKGVycm9yKSk7XG4gICAgfVxuICAgIGdldCBvbkNsb3NlKCkge1xuICAgICAgICByZXR1cm4gdGhpcy5jbG9zZUVtaXR0ZXIuZXZlbnQ7XG4gICAgfVxuICAgIGZpcmVDbG9zZSgpIHtcbiAgICAgICAgdGhpcy5jbG9zZUVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICAgIH1cbiAgICBnZXQgb25QYXJ0aWFsTWVzc2FnZSgpIHtcbiAgICAgICAgcmV0dXJuIHRoaXMucGFydGlhbE1lc3NhZ2VFbWl0dGVyLmV2ZW50O1xuICAgIH1cbiAgICBmaXJlUGFydGlhbE1lc3NhZ2UoaW5mbykge1xuICAgICAgICB0aGlzLnBhcnRpYWxNZXNzYWdlRW1pdHRlci5maXJlKGluZm8pO1xuICAgIH1cbiAgICBhc0Vycm9yKGVycm9yKSB7XG4gICAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIEVycm9yKSB7XG4gICAgICAgICAgICByZXR1cm4gZXJyb3I7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICByZXR1cm4gbmV3IEVycm9yKGBSZWFkZXIgcmVjZWl2ZWQgZXJyb3IuIFJlYXNvbjogJHtJcy5zdHJpbmcoZXJyb3IubWVzc2FnZSkgPyBlcnJvci5tZXNzYWdlIDogJ3Vua25vd24nfWApO1xuICAgICAgICB9XG4gICAgfVxufVxuZXhwb3J0cy5BYnN0cmFjdE1lc3NhZ2VSZWFkZXIgPSBBYnN0cmFjdE1lc3NhZ2VSZWFkZXI7XG52YXIgUmVzb2x2ZWRNZXNzYWdlUmVhZGVyT3B0aW9ucztcbihmdW5jdGlvbiAoUmVzb2x2ZWRNZXNzYWdlUmVhZGVyT3B0aW9ucykge1xuICAgIGZ1bmN0aW9uIGZyb21PcHRpb25zKG9wdGlvbnMpIHtcbiAgICAgICAgbGV0IGNoYXJzZXQ7XG4gICAgICAgIGxldCByZXN1bHQ7XG4gICAgICAgIGxldCBjb250ZW50RGVjb2RlcjtcbiAgICAgICAgY29uc3QgY29udGVudERlY29kZXJzID0gbmV3IE1hcCgpO1xuICAgICAgICBsZXQgY29udGVudFR5cGVEZWNvZGVyO1xuICAgICAgICBjb25zdCBjb250ZW50VHlwZURlY29kZXJzID0gbmV3IE1hcCgpO1xuICAgICAgICBpZiAob3B0aW9ucyA9PT0gdW5kZWZpbmVkIHx8IHR5cGVvZiBvcHRpb25zID09PSAnc3RyaW5nJykge1xuICAgICAgICAgICAgY2hhcnNldCA9IG9wdGlvbnMgPz8gJ3V0Zi04JztcbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIGNoYXJzZXQgPSBvcHRpb25zLmNoYXJzZXQgPz8gJ3V0Zi04JztcbiAgICAgICAgICAgIGlmIChvcHRpb25zLmNvbnRlbnREZWNvZGVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICBjb250ZW50RGVjb2RlciA9IG9wdGlvbnMuY29udGVudERlY29kZXI7XG4gICAgICAgICAgICAgICAgY29udGVudERlY29kZXJzLnNldChjb250ZW50RGVjb2Rlci5uYW1lLCBjb250ZW50RGVjb2Rlcik7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBpZiAob3B0aW9ucy5jb250ZW50RGVjb2RlcnMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgIGZvciAoY29uc3QgZGVjb2RlciBvZiBvcHRpb25zLmNvbnRlbnREZWNvZGVycykge1xuICAgICAgICAgICAgICAgICAgICBjb250ZW50RGVjb2RlcnMuc2V0KGRlY29kZXIubmFtZSwgZGVjb2Rlcik7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICAgICAgaWYgKG9wdGlvbnMuY29udGVudFR5cGVEZWNvZGVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICBjb250ZW50VHlwZURlY29kZXIgPSBvcHRpb25zLmNvbnRlbnRUeXBlRGVjb2RlcjtcbiAgICAgICAgICAgICAgICBjb250ZW50VHlwZURlY29kZXJzLnNldChjb250ZW50VHlwZURlY29kZXIubmFtZSwgY29udGVudFR5cGVEZWNvZGVyKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmIChvcHRpb25zLmNvbnRlbnRUeXBlRGVjb2RlcnMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgIGZvciAoY29uc3QgZGVjb2RlciBvZiBvcHRpb25zLmNvbnRlbnRUeXBlRGVjb2RlcnMpIHtcbiAgICAgICAgICAgICAgICAgICAgY29udGVudFR5cGVEZWNvZGVycy5zZXQoZGVjb2Rlci5uYW1lLCBkZWNvZGVyKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGNvbnRlbnRUeXBlRGVjb2RlciA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgICBjb250ZW50VHlwZURlY29kZXIgPSAoMCwgcmFsXzEuZGVmYXVsdCkoKS5hcHBsaWNhdGlvbkpzb24uZGVjb2RlcjtcbiAgICAgICAgICAgIGNvbnRlbnRUeXBlRGVjb2RlcnMuc2V0KGNvbnRlbnRUeXBlRGVjb2Rlci5uYW1lLCBjb250ZW50VHlwZURlY29kZXIpO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiB7IGNoYXJzZXQsIGNvbnRlbnREZWNvZGVyLCBjb250ZW50RGVjb2RlcnMsIGNvbnRlbnRUeXBlRGVjb2RlciwgY29udGVudFR5cGVEZWNvZGVycyB9O1xuICAgIH1cbiAgICBSZXNvbHZlZE1lc3NhZ2VSZWFkZXJPcHRpb25zLmZyb21PcHRpb25zID0gZnJvbU9wdGlvbnM7XG59KShSZXNvbHZlZE1lc3NhZ2VSZWFkZXJPcHRpb25zIHx8IChSZXNvbHZlZE1lc3NhZ2VSZWFkZXJPcHRpb25zID0ge30pKTtcbmNsYXNzIFJlYWRhYmxlU3RyZWFtTWVzc2FnZVJlYWRlciBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVJlYWRlciB7XG4gICAgcmVhZGFibGU7XG4gICAgb3B0aW9ucztcbiAgICBjYWxsYmFjaztcbiAgICBuZXh0TWVzc2FnZUxlbmd0aDtcbiAgICBtZXNzYWdlVG9rZW47XG4gICAgYnVmZmVyO1xuICAgIHBhcnRpYWxNZXNzYWdlVGltZXI7XG4gICAgX3BhcnRpYWxNZXNzYWdlVGltZW91dDtcbiAgICByZWFkU2VtYXBob3JlO1xuICAgIGNvbnN0cnVjdG9yKHJlYWRhYmxlLCBvcHRpb25zKSB7XG4gICAgICAgIHN1cGVyKCk7XG4gICAgICAgIHRoaXMucmVhZGFibGUgPSByZWFkYWJsZTtcbiAgICAgICAgdGhpcy5vcHRpb25zID0gUmVzb2x2ZWRNZXNzYWdlUmVhZGVyT3B0aW9ucy5mcm9tT3B0aW9ucyhvcHRpb25zKTtcbiAgICAgICAgdGhpcy5idWZmZXIgPSAoMCwgcmFsXzEuZGVmYXVsdCkoKS5tZXNzYWdlQnVmZmVyLmNyZWF0ZSh0aGlzLm9wdGlvbnMuY2hhcnNldCk7XG4gICAgICAgIHRoaXMuX3BhcnRpYWxNZXNzYWdlVGltZW91dCA9IDEwMDAwO1xuICAgICAgICB0aGlzLm5leHRNZXNzYWdlTGVuZ3RoID0gLTE7XG4gICAgICAgIHRoaXMubWVzc2FnZVRva2VuID0gMDtcbiAgICAgICAgdGhpcy5yZWFkU2VtYXBob3JlID0gbmV3IHNlbWFwaG9yZV8xLlNlbWFwaG9yZSgxKTtcbiAgICB9XG4gICAgc2V0IHBhcnRpYWxNZXNzYWdlVGltZW91dCh0aW1lb3V0KSB7XG4gICAgICAgIHRoaXMuX3BhcnRpYWxNZXNzYWdlVGltZW91dCA9IHRpbWVvdXQ7XG4gICAgfVxuICAgIGdldCBwYXJ0aWFsTWVzc2FnZVRpbWVvdXQoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl9wYXJ0aWFsTWVzc2FnZVRpbWVvdXQ7XG4gICAgfVxuICAgIGxpc3RlbihjYWxsYmFjaykge1xuICAgICAgICB0aGlzLm5leHRNZXNzYWdlTGVuZ3RoID0gLTE7XG4gICAgICAgIHRoaXMubWVzc2FnZVRva2VuID0gMDtcbiAgICAgICAgdGhpcy5wYXJ0aWFsTWVzc2FnZVRpbWVyID0gdW5kZWZpbmVkO1xuICAgICAgICB0aGlzLmNhbGxiYWNrID0gY2FsbGJhY2s7XG4gICAgICAgIGNvbnN0IHJlc3VsdCA9IHRoaXMucmVhZGFibGUub25EYXRhKChkYXRhKSA9PiB7XG4gICAgICAgICAgICB0aGlzLm9uRGF0YShkYXRhKTtcbiAgICAgICAgfSk7XG4gICAgICAgIHRoaXMucmVhZGFibGUub25FcnJvcigoZXJyb3IpID0+IHRoaXMuZmlyZUVycm9yKGVycm9yKSk7XG4gICAgICAgIHRoaXMucmVhZGFibGUub25DbG9zZSgoKSA9PiB0aGlzLmZpcmVDbG9zZSgpKTtcbiAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICB9XG4gICAgb25EYXRhKGRhdGEpIHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgIHRoaXMuYnVmZmVyLmFwcGVuZChkYXRhKTtcbiAgICAgICAgICAgIHdoaWxlICh0cnVlKSB7XG4gICAgICAgICAgICAgICAgaWYgKHRoaXMubmV4dE1lc3NhZ2VMZW5ndGggPT09IC0xKSB7XG4gICAgICAgICAgICAgICAgICAgIGNvbnN0IGhlYWRlcnMgPSB0aGlzLmJ1ZmZlci50cnlSZWFkSGVhZGVycyh0cnVlKTtcbiAgICAgICAgICAgICAgICAgICAgaWYgKCFoZWFkZXJzKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgY29uc3QgY29udGVudExlbmd0aCA9IGhlYWRlcnMuZ2V0KCdjb250ZW50LWxlbmd0aCcpO1xuICAgICAgICAgICAgICAgICAgICBpZiAoIWNvbnRlbnRMZW5ndGgpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIHRoaXMuZmlyZUVycm9yKG5ldyBFcnJvcihgSGVhZGVyIG11c3QgcHJvdmlkZSBhIENvbnRlbnQtTGVuZ3RoIHByb3BlcnR5LlxcbiR7SlNPTi5zdHJpbmdpZnkoT2JqZWN0LmZyb21FbnRyaWVzKGhlYWRlcnMpKX1gKSk7XG4gICAgICAgICAgICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgY29uc3QgbGVuZ3RoID0gcGFyc2VJbnQoY29udGVudExlbmd0aCk7XG4gICAgICAgICAgICAgICAgICAgIGlmIChpc05hTihsZW5ndGgpKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICB0aGlzLmZpcmVFcnJvcihuZXcgRXJyb3IoYENvbnRlbnQtTGVuZ3RoIHZhbHVlIG11c3QgYmUgYSBudW1iZXIuIEdvdCAke2NvbnRlbnRMZW5ndGh9YCkpO1xuICAgICAgICAgICAgICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIHRoaXMubmV4dE1lc3NhZ2VMZW5ndGggPSBsZW5ndGg7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGNvbnN0IGJvZHkgPSB0aGlzLmJ1ZmZlci50cnlSZWFkQm9keSh0aGlzLm5leHRNZXNzYWdlTGVuZ3RoKTtcbiAgICAgICAgICAgICAgICBpZiAoYm9keSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgICAgICAgICAgIC8qKiBXZSBoYXZlbid0IHJlY2VpdmVkIHRoZSBmdWxsIG1lc3NhZ2UgeWV0LiAqL1xuICAgICAgICAgICAgICAgICAgICB0aGlzLnNldFBhcnRpYWxNZXNzYWdlVGltZXIoKTtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICB0aGlzLmNsZWFyUGFydGlhbE1lc3NhZ2VUaW1lcigpO1xuICAgICAgICAgICAgICAgIHRoaXMubmV4dE1lc3NhZ2VMZW5ndGggPSAtMTtcbiAgICAgICAgICAgICAgICAvLyBNYWtlIHN1cmUgdGhhdCB3ZSBjb252ZXJ0IG9uZSByZWNlaXZlZCBtZXNzYWdlIGFmdGVyIHRoZVxuICAgICAgICAgICAgICAgIC8vIG90aGVyLiBPdGhlcndpc2UgaXQgY291bGQgaGFwcGVuIHRoYXQgYSBkZWNvZGluZyBvZiBhIHNlY29uZFxuICAgICAgICAgICAgICAgIC8vIHNtYWxsZXIgbWVzc2FnZSBmaW5pc2hlZCBiZWZvcmUgdGhlIGRlY29kaW5nIG9mIGEgZmlyc3QgbGFyZ2VyXG4gICAgICAgICAgICAgICAgLy8gbWVzc2FnZSBhbmQgdGhlbiB3ZSB3b3VsZCBkZWxpdmVyIHRoZSBzZWNvbmQgbWVzc2FnZSBmaXJzdC5cbiAgICAgICAgICAgICAgICB0aGlzLnJlYWRTZW1hcGhvcmUubG9jayhhc3luYyAoKSA9PiB7XG4gICAgICAgICAgICAgICAgICAgIGNvbnN0IGJ5dGVzID0gdGhpcy5vcHRpb25zLmNvbnRlbnREZWNvZGVyICE9PSB1bmRlZmluZWRcbiAgICAgICAgICAgICAgICAgICAgICAgID8gYXdhaXQgdGhpcy5vcHRpb25zLmNvbnRlbnREZWNvZGVyLmRlY29kZShib2R5KVxuICAgICAgICAgICAgICAgICAgICAgICAgOiBib2R5O1xuICAgICAgICAgICAgICAgICAgICBjb25zdCBtZXNzYWdlID0gYXdhaXQgdGhpcy5vcHRpb25zLmNvbnRlbnRUeXBlRGVjb2Rlci5kZWNvZGUoYnl0ZXMsIHRoaXMub3B0aW9ucyk7XG4gICAgICAgICAgICAgICAgICAgIHRoaXMuY2FsbGJhY2sobWVzc2FnZSk7XG4gICAgICAgICAgICAgICAgfSkuY2F0Y2goKGVycm9yKSA9PiB7XG4gICAgICAgICAgICAgICAgICAgIHRoaXMuZmlyZUVycm9yKGVycm9yKTtcbiAgICAgICAgICAgICAgICB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICAgIHRoaXMuZmlyZUVycm9yKGVycm9yKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBjbGVhclBhcnRpYWxNZXNzYWdlVGltZXIoKSB7XG4gICAgICAgIGlmICh0aGlzLnBhcnRpYWxNZXNzYWdlVGltZXIpIHtcbiAgICAgICAgICAgIHRoaXMucGFydGlhbE1lc3NhZ2VUaW1lci5kaXNwb3NlKCk7XG4gICAgICAgICAgICB0aGlzLnBhcnRpYWxNZXNzYWdlVGltZXIgPSB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICB9XG4gICAgc2V0UGFydGlhbE1lc3NhZ2VUaW1lcigpIHtcbiAgICAgICAgdGhpcy5jbGVhclBhcnRpYWxNZXNzYWdlVGltZXIoKTtcbiAgICAgICAgaWYgKHRoaXMuX3BhcnRpYWxNZXNzYWdlVGltZW91dCA8PSAwKSB7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy5wYXJ0aWFsTWVzc2FnZVRpbWVyID0gKDAsIHJhbF8xLmRlZmF1bHQpKCkudGltZXIuc2V0VGltZW91dCgodG9rZW4sIHRpbWVvdXQpID0+IHtcbiAgICAgICAgICAgIHRoaXMucGFydGlhbE1lc3NhZ2VUaW1lciA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgIGlmICh0b2tlbiA9PT0gdGhpcy5tZXNzYWdlVG9rZW4pIHtcbiAgICAgICAgICAgICAgICB0aGlzLmZpcmVQYXJ0aWFsTWVzc2FnZSh7IG1lc3NhZ2VUb2tlbjogdG9rZW4sIHdhaXRpbmdUaW1lOiB0aW1lb3V0IH0pO1xuICAgICAgICAgICAgICAgIHRoaXMuc2V0UGFydGlhbE1lc3NhZ2VUaW1lcigpO1xuICAgICAgICAgICAgfVxuICAgICAgICB9LCB0aGlzLl9wYXJ0aWFsTWVzc2FnZVRpbWVvdXQsIHRoaXMubWVzc2FnZVRva2VuLCB0aGlzLl9wYXJ0aWFsTWVzc2FnZVRpbWVvdXQpO1xuICAgIH1cbn1cbmV4cG9ydHMuUmVhZGFibGVTdHJlYW1NZXNzYWdlUmVhZGVyID0gUmVhZGFibGVTdHJlYW1NZXNzYWdlUmVhZGVyO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqIENvcHlyaWdodCAoYykgTWljcm9zb2Z0IENvcnBvcmF0aW9uLiBBbGwgcmlnaHRzIHJlc2VydmVkLlxuICogTGljZW5zZWQgdW5kZXIgdGhlIE1JVCBMaWNlbnNlLiBTZWUgTGljZW5zZS50eHQgaW4gdGhlIHByb2plY3Qgcm9vdCBmb3IgbGljZW5zZSBpbmZvcm1hdGlvbi5cbiAqIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSAqL1xudmFyIF9fY3JlYXRlQmluZGluZyA9ICh0aGlzICYmIHRoaXMuX19jcmVhdGVCaW5kaW5nKSB8fCAoT2JqZWN0LmNyZWF0ZSA/IChmdW5jdGlvbihvLCBtLCBrLCBrMikge1xuICAgIGlmIChrMiA9PT0gdW5kZWZpbmVkKSBrMiA9IGs7XG4gICAgdmFyIGRlc2MgPSBPYmplY3QuZ2V0T3duUHJvcGVydHlEZXNjcmlwdG9yKG0sIGspO1xuICAgIGlmICghZGVzYyB8fCAoXCJnZXRcIiBpbiBkZXNjID8gIW0uX19lc01vZHVsZSA6IGRlc2Mud3JpdGFibGUgfHwgZGVzYy5jb25maWd1cmFibGUpKSB7XG4gICAgICBkZXNjID0geyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uKCkgeyByZXR1cm4gbVtrXTsgfSB9O1xuICAgIH1cbiAgICBPYmplY3QuZGVmaW5lUHJvcGVydHkobywgazIsIGRlc2MpO1xufSkgOiAoZnVuY3Rpb24obywgbSwgaywgazIpIHtcbiAgICBpZiAoazIgPT09IHVuZGVmaW5lZCkgazIgPSBrO1xuICAgIG9bazJdID0gbVtrXTtcbn0pKTtcbnZhciBfX3NldE1vZHVsZURlZmF1bHQgPSAodGhpcyAmJiB0aGlzLl9fc2V0TW9kdWxlRGVmYXVsdCkgfHwgKE9iamVjdC5jcmVhdGUgPyAoZnVuY3Rpb24obywgdikge1xuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eShvLCBcImRlZmF1bHRcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCB2YWx1ZTogdiB9KTtcbn0pIDogZnVuY3Rpb24obywgdikge1xuICAgIG9bXCJkZWZhdWx0XCJdID0gdjtcbn0pO1xudmFyIF9faW1wb3J0U3RhciA9ICh0aGlzICYmIHRoaXMuX19pbXBvcnRTdGFyKSB8fCAoZnVuY3Rpb24gKCkge1xuICAgIHZhciBvd25LZXlzID0gZnVuY3Rpb24obykge1xuICAgICAgICBvd25LZXlzID0gT2JqZWN0LmdldE93blByb3BlcnR5TmFtZXMgfHwgZnVuY3Rpb24gKG8pIHtcbiAgICAgICAgICAgIHZhciBhciA9IFtdO1xuICAgICAgICAgICAgZm9yICh2YXIgayBpbiBvKSBpZiAoT2JqZWN0LnByb3RvdHlwZS5oYXNPd25Qcm9wZXJ0eS5jYWxsKG8sIGspKSBhclthci5sZW5ndGhdID0gaztcbiAgICAgICAgICAgIHJldHVybiBhcjtcbiAgICAgICAgfTtcbiAgICAgICAgcmV0dXJuIG93bktleXMobyk7XG4gICAgfTtcbiAgICByZXR1cm4gZnVuY3Rpb24gKG1vZCkge1xuICAgICAgICBpZiAobW9kICYmIG1vZC5fX2VzTW9kdWxlKSByZXR1cm4gbW9kO1xuICAgICAgICB2YXIgcmVzdWx0ID0ge307XG4gICAgICAgIGlmIChtb2QgIT0gbnVsbCkgZm9yICh2YXIgayA9IG93bktleXMobW9kKSwgaSA9IDA7IGkgPCBrLmxlbmd0aDsgaSsrKSBpZiAoa1tpXSAhPT0gXCJkZWZhdWx0XCIpIF9fY3JlYXRlQmluZGluZyhyZXN1bHQsIG1vZCwga1tpXSk7XG4gICAgICAgIF9fc2V0TW9kdWxlRGVmYXVsdChyZXN1bHQsIG1vZCk7XG4gICAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfTtcbn0pKCk7XG52YXIgX19pbXBvcnREZWZhdWx0ID0gKHRoaXMgJiYgdGhpcy5fX2ltcG9ydERlZmF1bHQpIHx8IGZ1bmN0aW9uIChtb2QpIHtcbiAgICByZXR1cm4gKG1vZCAmJiBtb2QuX19lc01vZHVsZSkgPyBtb2QgOiB7IFwiZGVmYXVsdFwiOiBtb2QgfTtcbn07XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5leHBvcnRzLldyaXRlYWJsZVN0cmVhbU1lc3NhZ2VXcml0ZXIgPSBleHBvcnRzLkFic3RyYWN0TWVzc2FnZVdyaXRlciA9IGV4cG9ydHMuTWVzc2FnZVdyaXRlciA9IHZvaWQgMDtcbmNvbnN0IHJhbF8xID0gX19pbXBvcnREZWZhdWx0KHJlcXVpcmUoXCIuL3JhbFwiKSk7XG5jb25zdCBJcyA9IF9faW1wb3J0U3RhcihyZXF1aXJlKFwiLi9pc1wiKSk7XG5jb25zdCBzZW1hcGhvcmVfMSA9IHJlcXVpcmUoXCIuL3NlbWFwaG9yZVwiKTtcbmNvbnN0IGV2ZW50c18xID0gcmVxdWlyZShcIi4vZXZlbnRzXCIpO1xuY29uc3QgQ29udGVudExlbmd0aCA9ICdDb250ZW50LUxlbmd0aDogJztcbmNvbnN0IENSTEYgPSAnXFxyXFxuJztcbnZhciBNZXNzYWdlV3JpdGVyO1xuKGZ1bmN0aW9uIChNZXNzYWdlV3JpdGVyKSB7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gdmFsdWU7XG4gICAgICAgIHJldHVybiBjYW5kaWRhdGUgJiYgSXMuZnVuYyhjYW5kaWRhdGUuZGlzcG9zZSkgJiYgSXMuZnVuYyhjYW5kaWRhdGUub25DbG9zZSkgJiZcbiAgICAgICAgICAgIElzLmZ1bmMoY2FuZGlkYXRlLm9uRXJyb3IpICYmIElzLmZ1bmMoY2FuZGlkYXRlLndyaXRlKTtcbiAgICB9XG4gICAgTWVzc2FnZVdyaXRlci5pcyA9IGlzO1xufSkoTWVzc2FnZVdyaXRlciB8fCAoZXhwb3J0cy5NZXNzYWdlV3JpdGVyID0gTWVzc2FnZVdyaXRlciA9IHt9KSk7XG5jbGFzcyBBYnN0cmFjdE1lc3NhZ2VXcml0ZXIge1xuICAgIGVycm9yRW1pdHRlcjtcbiAgICBjbG9zZUVtaXR0ZXI7XG4gICAgY29uc3RydWN0b3IoKSB7XG4gICAgICAgIHRoaXMuZXJyb3JFbWl0dGVyID0gbmV3IGV2ZW50c18xLkVtaXR0ZXIoKTtcbiAgICAgICAgdGhpcy5jbG9zZUVtaXR0ZXIgPSBuZXcgZXZlbnRzXzEuRW1pdHRlcigpO1xuICAgIH1cbiAgICBkaXNwb3NlKCkge1xuICAgICAgICB0aGlzLmVycm9yRW1pdHRlci5kaXNwb3NlKCk7XG4gICAgICAgIHRoaXMuY2xvc2VFbWl0dGVyLmRpc3Bvc2UoKTtcbiAgICB9XG4gICAgZ2V0IG9uRXJyb3IoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLmVycm9yRW1pdHRlci5ldmVudDtcbiAgICB9XG4gICAgZmlyZUVycm9yKGVycm9yLCBtZXNzYWdlLCBjb3VudCkge1xuICAgICAgICB0aGlzLmVycm9yRW1pdHRlci5maXJlKFt0aGlzLmFzRXJyb3IoZXJyb3IpLCBtZXNzYWdlLCBjb3VudF0pO1xuICAgIH1cbiAgICBnZXQgb25DbG9zZSgpIHtcbiAgICAgICAgcmV0dXJuIHRoaXMuY2xvc2VFbWl0dGVyLmV2ZW50O1xuICAgIH1cbiAgICBmaXJlQ2xvc2UoKSB7XG4gICAgICAgIHRoaXMuY2xvc2VFbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgICB9XG4gICAgYXNFcnJvcihlcnJvcikge1xuICAgICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBFcnJvcikge1xuICAgICAgICAgICAgcmV0dXJuIGVycm9yO1xuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgcmV0dXJuIG5ldyBFcnJvcihgV3JpdGVyIHJlY2VpdmVkIGVycm9yLiBSZWFzb246ICR7SXMuc3RyaW5nKGVycm9yLm1lc3NhZ2UpID8gZXJyb3IubWVzc2FnZSA6ICd1bmtub3duJ31gKTtcbiAgICAgICAgfVxuICAgIH1cbn1cbmV4cG9ydHMuQWJzdHJhY3RNZXNzYWdlV3JpdGVyID0gQWJzdHJhY3RNZXNzYWdlV3JpdGVyO1xudmFyIFJlc29sdmVkTWVzc2FnZVdyaXRlck9wdGlvbnM7XG4oZnVuY3Rpb24gKFJlc29sdmVkTWVzc2FnZVdyaXRlck9wdGlvbnMpIHtcbiAgICBmdW5jdGlvbiBmcm9tT3B0aW9ucyhvcHRpb25zKSB7XG4gICAgICAgIGlmIChvcHRpb25zID09PSB1bmRlZmluZWQgfHwgdHlwZW9mIG9wdGlvbnMgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgICAgICByZXR1cm4geyBjaGFyc2V0OiBvcHRpb25zID8/ICd1dGYtOCcsIGNvbnRlbnRUeXBlRW5jb2RlcjogKDAsIHJhbF8xLmRlZmF1bHQpKCkuYXBwbGljYXRpb25Kc29uLmVuY29kZXIgfTtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIHJldHVybiB7IGNoYXJzZXQ6IG9wdGlvbnMuY2hhcnNldCA/PyAndXRmLTgnLCBjb250ZW50RW5jb2Rlcjogb3B0aW9ucy5jb250ZW50RW5jb2RlciwgY29udGVudFR5cGVFbmNvZGVyOiBvcHRpb25zLmNvbnRlbnRUeXBlRW5jb2RlciA/PyAoMCwgcmFsXzEuZGVmYXVsdCkoKS5hcHBsaWNhdGlvbkpzb24uZW5jb2RlciB9O1xuICAgICAgICB9XG4gICAgfVxuICAgIFJlc29sdmVkTWVzc2FnZVdyaXRlck9wdGlvbnMuZnJvbU9wdGlvbnMgPSBmcm9tT3B0aW9ucztcbn0pKFJlc29sdmVkTWVzc2FnZVdyaXRlck9wdGlvbnMgfHwgKFJlc29sdmVkTWVzc2FnZVdyaXRlck9wdGlvbnMgPSB7fSkpO1xuY2xhc3MgV3JpdGVhYmxlU3RyZWFtTWVzc2FnZVdyaXRlciBleHRlbmRzIEFic3RyYWN0TWVzc2FnZVdyaXRlciB7XG4gICAgd3JpdGFibGU7XG4gICAgb3B0aW9ucztcbiAgICBlcnJvckNvdW50O1xuICAgIHdyaXRlU2VtYXBob3JlO1xuICAgIGNvbnN0cnVjdG9yKHdyaXRhYmxlLCBvcHRpb25zKSB7XG4gICAgICAgIHN1cGVyKCk7XG4gICAgICAgIHRoaXMud3JpdGFibGUgPSB3cml0YWJsZTtcbiAgICAgICAgdGhpcy5vcHRpb25zID0gUmVzb2x2ZWRNZXNzYWdlV3JpdGVyT3B0aW9ucy5mcm9tT3B0aW9ucyhvcHRpb25zKTtcbiAgICAgICAgdGhpcy5lcnJvckNvdW50ID0gMDtcbiAgICAgICAgdGhpcy53cml0ZVNlbWFwaG9yZSA9IG5ldyBzZW1hcGhvcmVfMS5TZW1hcGhvcmUoMSk7XG4gICAgICAgIHRoaXMud3JpdGFibGUub25FcnJvcigoZXJyb3IpID0+IHRoaXMuZmlyZUVycm9yKGVycm9yKSk7XG4gICAgICAgIHRoaXMud3JpdGFibGUub25DbG9zZSgoKSA9PiB0aGlzLmZpcmVDbG9zZSgpKTtcbiAgICB9XG4gICAgYXN5bmMgd3JpdGUobXNnKSB7XG4gICAgICAgIHJldHVybiB0aGlzLndyaXRlU2VtYXBob3JlLmxvY2soYXN5bmMgKCkgPT4ge1xuICAgICAgICAgICAgY29uc3QgcGF5bG9hZCA9IHRoaXMub3B0aW9ucy5jb250ZW50VHlwZUVuY29kZXIuZW5jb2RlKG1zZywgdGhpcy5vcHRpb25zKS50aGVuKChidWZmZXIpID0+IHtcbiAgICAgICAgICAgICAgICBpZiAodGhpcy5vcHRpb25zLmNvbnRlbnRFbmNvZGVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuIHRoaXMub3B0aW9ucy5jb250ZW50RW5jb2Rlci5lbmNvZGUoYnVmZmVyKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgICAgIHJldHVybiBidWZmZXI7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICByZXR1cm4gcGF5bG9hZC50aGVuKChidWZmZXIpID0+IHtcbiAgICAgICAgICAgICAgICBjb25zdCBoZWFkZXJzID0gW107XG4gICAgICAgICAgICAgICAgaGVhZGVycy5wdXNoKENvbnRlbnRMZW5ndGgsIGJ1ZmZlci5ieXRlTGVuZ3RoLnRvU3RyaW5nKCksIENSTEYpO1xuICAgICAgICAgICAgICAgIGhlYWRlcnMucHVzaChDUkxGKTtcbiAgICAgICAgICAgICAgICByZXR1cm4gdGhpcy5kb1dyaXRlKG1zZywgaGVhZGVycywgYnVmZmVyKTtcbiAgICAgICAgICAgIH0sIChlcnJvcikgPT4ge1xuICAgICAgICAgICAgICAgIHRoaXMuZmlyZUVycm9yKGVycm9yKTtcbiAgICAgICAgICAgICAgICB0aHJvdyBlcnJvcjtcbiAgICAgICAgICAgIH0pO1xuICAgICAgICB9KTtcbiAgICB9XG4gICAgYXN5bmMgZG9Xcml0ZShtc2csIGhlYWRlcnMsIGRhdGEpIHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgIGF3YWl0IHRoaXMud3JpdGFibGUud3JpdGUoaGVhZGVycy5qb2luKCcnKSwgJ2FzY2lpJyk7XG4gICAgICAgICAgICByZXR1cm4gdGhpcy53cml0YWJsZS53cml0ZShkYXRhKTtcbiAgICAgICAgfVxuICAgICAgICBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICAgIHRoaXMuaGFuZGxlRXJyb3IoZXJyb3IsIG1zZyk7XG4gICAgICAgICAgICByZXR1cm4gUHJvbWlzZS5yZWplY3QoZXJyb3IpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGhhbmRsZUVycm9yKGVycm9yLCBtc2cpIHtcbiAgICAgICAgdGhpcy5lcnJvckNvdW50Kys7XG4gICAgICAgIHRoaXMuZmlyZUVycm9yKGVycm9yLCBtc2csIHRoaXMuZXJyb3JDb3VudCk7XG4gICAgfVxuICAgIGVuZCgpIHtcbiAgICAgICAgdGhpcy53cml0YWJsZS5lbmQoKTtcbiAgICB9XG59XG5leHBvcnRzLldyaXRlYWJsZVN0cmVhbU1lc3NhZ2VXcml0ZXIgPSBXcml0ZWFibGVTdHJlYW1NZXNzYWdlV3JpdGVyO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqICBDb3B5cmlnaHQgKGMpIE1pY3Jvc29mdCBDb3Jwb3JhdGlvbi4gQWxsIHJpZ2h0cyByZXNlcnZlZC5cbiAqICBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICotLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5leHBvcnRzLkFic3RyYWN0TWVzc2FnZUJ1ZmZlciA9IHZvaWQgMDtcbmNvbnN0IENSID0gMTM7XG5jb25zdCBMRiA9IDEwO1xuY29uc3QgQ1JMRiA9ICdcXHJcXG4nO1xuY2xhc3MgQWJzdHJhY3RNZXNzYWdlQnVmZmVyIHtcbiAgICBfZW5jb2Rpbmc7XG4gICAgX2NodW5rcztcbiAgICBfdG90YWxMZW5ndGg7XG4gICAgY29uc3RydWN0b3IoZW5jb2RpbmcgPSAndXRmLTgnKSB7XG4gICAgICAgIHRoaXMuX2VuY29kaW5nID0gZW5jb2Rpbmc7XG4gICAgICAgIHRoaXMuX2NodW5rcyA9IFtdO1xuICAgICAgICB0aGlzLl90b3RhbExlbmd0aCA9IDA7XG4gICAgfVxuICAgIGdldCBlbmNvZGluZygpIHtcbiAgICAgICAgcmV0dXJuIHRoaXMuX2VuY29kaW5nO1xuICAgIH1cbiAgICBhcHBlbmQoY2h1bmspIHtcbiAgICAgICAgY29uc3QgdG9BcHBlbmQgPSB0eXBlb2YgY2h1bmsgPT09ICdzdHJpbmcnID8gdGhpcy5mcm9tU3RyaW5nKGNodW5rLCB0aGlzLl9lbmNvZGluZykgOiBjaHVuaztcbiAgICAgICAgdGhpcy5fY2h1bmtzLnB1c2godG9BcHBlbmQpO1xuICAgICAgICB0aGlzLl90b3RhbExlbmd0aCArPSB0b0FwcGVuZC5ieXRlTGVuZ3RoO1xuICAgIH1cbiAgICB0cnlSZWFkSGVhZGVycyhsb3dlckNhc2VLZXlzID0gZmFsc2UpIHtcbiAgICAgICAgaWYgKHRoaXMuX2NodW5rcy5sZW5ndGggPT09IDApIHtcbiAgICAgICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgICAgbGV0IHN0YXRlID0gMDtcbiAgICAgICAgbGV0IGNodW5rSW5kZXggPSAwO1xuICAgICAgICBsZXQgb2Zmc2V0ID0gMDtcbiAgICAgICAgbGV0IGNodW5rQnl0ZXNSZWFkID0gMDtcbiAgICAgICAgcm93OiB3aGlsZSAoY2h1bmtJbmRleCA8IHRoaXMuX2NodW5rcy5sZW5ndGgpIHtcbiAgICAgICAgICAgIGNvbnN0IGNodW5rID0gdGhpcy5fY2h1bmtzW2NodW5rSW5kZXhdO1xuICAgICAgICAgICAgb2Zmc2V0ID0gMDtcbiAgICAgICAgICAgIHdoaWxlIChvZmZzZXQgPCBjaHVuay5sZW5ndGgpIHtcbiAgICAgICAgICAgICAgICBjb25zdCB2YWx1ZSA9IGNodW5rW29mZnNldF07XG4gICAgICAgICAgICAgICAgc3dpdGNoICh2YWx1ZSkge1xuICAgICAgICAgICAgICAgICAgICBjYXNlIENSOlxuICAgICAgICAgICAgICAgICAgICAgICAgc3dpdGNoIChzdGF0ZSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIGNhc2UgMDpcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgc3RhdGUgPSAxO1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICBjYXNlIDI6XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIHN0YXRlID0gMztcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgZGVmYXVsdDpcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgc3RhdGUgPSAwO1xuICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICAgICAgICAgIGNhc2UgTEY6XG4gICAgICAgICAgICAgICAgICAgICAgICBzd2l0Y2ggKHN0YXRlKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgY2FzZSAxOlxuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICBzdGF0ZSA9IDI7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIGNhc2UgMzpcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgc3RhdGUgPSA0O1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICBvZmZzZXQrKztcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgYnJlYWsgcm93O1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIGRlZmF1bHQ6XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIHN0YXRlID0gMDtcbiAgICAgICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgICAgICAgICBkZWZhdWx0OlxuICAgICAgICAgICAgICAgICAgICAgICAgc3RhdGUgPSAwO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBvZmZzZXQrKztcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNodW5rQnl0ZXNSZWFkICs9IGNodW5rLmJ5dGVMZW5ndGg7XG4gICAgICAgICAgICBjaHVua0luZGV4Kys7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHN0YXRlICE9PSA0KSB7XG4gICAgICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgICB9XG4gICAgICAgIC8vIFRoZSBidWZmZXIgY29udGFpbnMgdGhlIHR3byBDUkxGIGF0IHRoZSBlbmQuIFNvIHdlIHdpbGxcbiAgICAgICAgLy8gaGF2ZSB0d28gZW1wdHkgbGluZXMgYWZ0ZXIgdGhlIHNwbGl0IGF0IHRoZSBlbmQgYXMgd2VsbC5cbiAgICAgICAgY29uc3QgYnVmZmVyID0gdGhpcy5fcmVhZChjaHVua0J5dGVzUmVhZCArIG9mZnNldCk7XG4gICAgICAgIGNvbnN0IHJlc3VsdCA9IG5ldyBNYXAoKTtcbiAgICAgICAgY29uc3QgaGVhZGVycyA9IHRoaXMudG9TdHJpbmcoYnVmZmVyLCAnYXNjaWknKS5zcGxpdChDUkxGKTtcbiAgICAgICAgaWYgKGhlYWRlcnMubGVuZ3RoIDwgMikge1xuICAgICAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICAgICAgfVxuICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IGhlYWRlcnMubGVuZ3RoIC0gMjsgaSsrKSB7XG4gICAgICAgICAgICBjb25zdCBoZWFkZXIgPSBoZWFkZXJzW2ldO1xuICAgICAgICAgICAgY29uc3QgaW5kZXggPSBoZWFkZXIuaW5kZXhPZignOicpO1xuICAgICAgICAgICAgaWYgKGluZGV4ID09PSAtMSkge1xuICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcihgTWVzc2FnZSBoZWFkZXIgbXVzdCBzZXBhcmF0ZSBrZXkgYW5kIHZhbHVlIHVzaW5nICc6J1xcbiR7aGVhZGVyfWApO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgY29uc3Qga2V5ID0gaGVhZGVyLnN1YnN0cigwLCBpbmRleCk7XG4gICAgICAgICAgICBjb25zdCB2YWx1ZSA9IGhlYWRlci5zdWJzdHIoaW5kZXggKyAxKS50cmltKCk7XG4gICAgICAgICAgICByZXN1bHQuc2V0KGxvd2VyQ2FzZUtleXMgPyBrZXkudG9Mb3dlckNhc2UoKSA6IGtleSwgdmFsdWUpO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfVxuICAgIHRyeVJlYWRCb2R5KGxlbmd0aCkge1xuICAgICAgICBpZiAodGhpcy5fdG90YWxMZW5ndGggPCBsZW5ndGgpIHtcbiAgICAgICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIHRoaXMuX3JlYWQobGVuZ3RoKTtcbiAgICB9XG4gICAgZ2V0IG51bWJlck9mQnl0ZXMoKSB7XG4gICAgICAgIHJldHVybiB0aGlzLl90b3RhbExlbmd0aDtcbiAgICB9XG4gICAgX3JlYWQoYnl0ZUNvdW50KSB7XG4gICAgICAgIGlmIChieXRlQ291bnQgPT09IDApIHtcbiAgICAgICAgICAgIHJldHVybiB0aGlzLmVtcHR5QnVmZmVyKCk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGJ5dGVDb3VudCA+IHRoaXMuX3RvdGFsTGVuZ3RoKSB7XG4gICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYENhbm5vdCByZWFkIHNvIG1hbnkgYnl0ZXMhYCk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRoaXMuX2NodW5rc1swXS5ieXRlTGVuZ3RoID09PSBieXRlQ291bnQpIHtcbiAgICAgICAgICAgIC8vIHN1cGVyIGZhc3QgcGF0aCwgcHJlY2lzZWx5IGZpcnN0IGNodW5rIG11c3QgYmUgcmV0dXJuZWRcbiAgICAgICAgICAgIGNvbnN0IGNodW5rID0gdGhpcy5fY2h1bmtzWzBdO1xuICAgICAgICAgICAgdGhpcy5fY2h1bmtzLnNoaWZ0KCk7XG4gICAgICAgICAgICB0aGlzLl90b3RhbExlbmd0aCAtPSBieXRlQ291bnQ7XG4gICAgICAgICAgICByZXR1cm4gdGhpcy5hc05hdGl2ZShjaHVuayk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRoaXMuX2NodW5rc1swXS5ieXRlTGVuZ3RoID4gYnl0ZUNvdW50KSB7XG4gICAgICAgICAgICAvLyBmYXN0IHBhdGgsIHRoZSByZWFkaW5nIGlzIGVudGlyZWx5IHdpdGhpbiB0aGUgZmlyc3QgY2h1bmtcbiAgICAgICAgICAgIGNvbnN0IGNodW5rID0gdGhpcy5fY2h1bmtzWzBdO1xuICAgICAgICAgICAgY29uc3QgcmVzdWx0ID0gdGhpcy5hc05hdGl2ZShjaHVuaywgYnl0ZUNvdW50KTtcbiAgICAgICAgICAgIHRoaXMuX2NodW5rc1swXSA9IGNodW5rLnNsaWNlKGJ5dGVDb3VudCk7XG4gICAgICAgICAgICB0aGlzLl90b3RhbExlbmd0aCAtPSBieXRlQ291bnQ7XG4gICAgICAgICAgICByZXR1cm4gcmVzdWx0O1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IHJlc3VsdCA9IHRoaXMuYWxsb2NOYXRpdmUoYnl0ZUNvdW50KTtcbiAgICAgICAgbGV0IHJlc3VsdE9mZnNldCA9IDA7XG4gICAgICAgIGNvbnN0IGNodW5rSW5kZXggPSAwO1xuICAgICAgICB3aGlsZSAoYnl0ZUNvdW50ID4gMCkge1xuICAgICAgICAgICAgY29uc3QgY2h1bmsgPSB0aGlzLl9jaHVua3NbY2h1bmtJbmRleF07XG4gICAgICAgICAgICBpZiAoY2h1bmsuYnl0ZUxlbmd0aCA+IGJ5dGVDb3VudCkge1xuICAgICAgICAgICAgICAgIC8vIHRoaXMgY2h1bmsgd2lsbCBzdXJ2aXZlXG4gICAgICAgICAgICAgICAgY29uc3QgY2h1bmtQYXJ0ID0gY2h1bmsuc2xpY2UoMCwgYnl0ZUNvdW50KTtcbiAgICAgICAgICAgICAgICByZXN1bHQuc2V0KGNodW5rUGFydCwgcmVzdWx0T2Zmc2V0KTtcbiAgICAgICAgICAgICAgICByZXN1bHRPZmZzZXQgKz0gYnl0ZUNvdW50O1xuICAgICAgICAgICAgICAgIHRoaXMuX2NodW5rc1tjaHVua0luZGV4XSA9IGNodW5rLnNsaWNlKGJ5dGVDb3VudCk7XG4gICAgICAgICAgICAgICAgdGhpcy5fdG90YWxMZW5ndGggLT0gYnl0ZUNvdW50O1xuICAgICAgICAgICAgICAgIGJ5dGVDb3VudCAtPSBieXRlQ291bnQ7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAvLyB0aGlzIGNodW5rIHdpbGwgYmUgZW50aXJlbHkgcmVhZFxuICAgICAgICAgICAgICAgIHJlc3VsdC5zZXQoY2h1bmssIHJlc3VsdE9mZnNldCk7XG4gICAgICAgICAgICAgICAgcmVzdWx0T2Zmc2V0ICs9IGNodW5rLmJ5dGVMZW5ndGg7XG4gICAgICAgICAgICAgICAgdGhpcy5fY2h1bmtzLnNoaWZ0KCk7XG4gICAgICAgICAgICAgICAgdGhpcy5fdG90YWxMZW5ndGggLT0gY2h1bmsuYnl0ZUxlbmd0aDtcbiAgICAgICAgICAgICAgICBieXRlQ291bnQgLT0gY2h1bmsuYnl0ZUxlbmd0aDtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH1cbn1cbmV4cG9ydHMuQWJzdHJhY3RNZXNzYWdlQnVmZmVyID0gQWJzdHJhY3RNZXNzYWdlQnVmZmVyO1xuIiwgIlwidXNlIHN0cmljdFwiO1xuLyogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqIENvcHlyaWdodCAoYykgTWljcm9zb2Z0IENvcnBvcmF0aW9uLiBBbGwgcmlnaHRzIHJlc2VydmVkLlxuICogTGljZW5zZWQgdW5kZXIgdGhlIE1JVCBMaWNlbnNlLiBTZWUgTGljZW5zZS50eHQgaW4gdGhlIHByb2plY3Qgcm9vdCBmb3IgbGljZW5zZSBpbmZvcm1hdGlvbi5cbiAqIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSAqL1xuLy8vIDxyZWZlcmVuY2UgcGF0aD1cIi4uLy4uL3R5cGluZ3MvdGhlbmFibGUuZC50c1wiIHByZXNlcnZlPVwidHJ1ZVwiLz5cbnZhciBfX2NyZWF0ZUJpbmRpbmcgPSAodGhpcyAmJiB0aGlzLl9fY3JlYXRlQmluZGluZykgfHwgKE9iamVjdC5jcmVhdGUgPyAoZnVuY3Rpb24obywgbSwgaywgazIpIHtcbiAgICBpZiAoazIgPT09IHVuZGVmaW5lZCkgazIgPSBrO1xuICAgIHZhciBkZXNjID0gT2JqZWN0LmdldE93blByb3BlcnR5RGVzY3JpcHRvcihtLCBrKTtcbiAgICBpZiAoIWRlc2MgfHwgKFwiZ2V0XCIgaW4gZGVzYyA/ICFtLl9fZXNNb2R1bGUgOiBkZXNjLndyaXRhYmxlIHx8IGRlc2MuY29uZmlndXJhYmxlKSkge1xuICAgICAgZGVzYyA9IHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbigpIHsgcmV0dXJuIG1ba107IH0gfTtcbiAgICB9XG4gICAgT2JqZWN0LmRlZmluZVByb3BlcnR5KG8sIGsyLCBkZXNjKTtcbn0pIDogKGZ1bmN0aW9uKG8sIG0sIGssIGsyKSB7XG4gICAgaWYgKGsyID09PSB1bmRlZmluZWQpIGsyID0gaztcbiAgICBvW2syXSA9IG1ba107XG59KSk7XG52YXIgX19zZXRNb2R1bGVEZWZhdWx0ID0gKHRoaXMgJiYgdGhpcy5fX3NldE1vZHVsZURlZmF1bHQpIHx8IChPYmplY3QuY3JlYXRlID8gKGZ1bmN0aW9uKG8sIHYpIHtcbiAgICBPYmplY3QuZGVmaW5lUHJvcGVydHkobywgXCJkZWZhdWx0XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgdmFsdWU6IHYgfSk7XG59KSA6IGZ1bmN0aW9uKG8sIHYpIHtcbiAgICBvW1wiZGVmYXVsdFwiXSA9IHY7XG59KTtcbnZhciBfX2ltcG9ydFN0YXIgPSAodGhpcyAmJiB0aGlzLl9faW1wb3J0U3RhcikgfHwgKGZ1bmN0aW9uICgpIHtcbiAgICB2YXIgb3duS2V5cyA9IGZ1bmN0aW9uKG8pIHtcbiAgICAgICAgb3duS2V5cyA9IE9iamVjdC5nZXRPd25Qcm9wZXJ0eU5hbWVzIHx8IGZ1bmN0aW9uIChvKSB7XG4gICAgICAgICAgICB2YXIgYXIgPSBbXTtcbiAgICAgICAgICAgIGZvciAodmFyIGsgaW4gbykgaWYgKE9iamVjdC5wcm90b3R5cGUuaGFzT3duUHJvcGVydHkuY2FsbChvLCBrKSkgYXJbYXIubGVuZ3RoXSA9IGs7XG4gICAgICAgICAgICByZXR1cm4gYXI7XG4gICAgICAgIH07XG4gICAgICAgIHJldHVybiBvd25LZXlzKG8pO1xuICAgIH07XG4gICAgcmV0dXJuIGZ1bmN0aW9uIChtb2QpIHtcbiAgICAgICAgaWYgKG1vZCAmJiBtb2QuX19lc01vZHVsZSkgcmV0dXJuIG1vZDtcbiAgICAgICAgdmFyIHJlc3VsdCA9IHt9O1xuICAgICAgICBpZiAobW9kICE9IG51bGwpIGZvciAodmFyIGsgPSBvd25LZXlzKG1vZCksIGkgPSAwOyBpIDwgay5sZW5ndGg7IGkrKykgaWYgKGtbaV0gIT09IFwiZGVmYXVsdFwiKSBfX2NyZWF0ZUJpbmRpbmcocmVzdWx0LCBtb2QsIGtbaV0pO1xuICAgICAgICBfX3NldE1vZHVsZURlZmF1bHQocmVzdWx0LCBtb2QpO1xuICAgICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH07XG59KSgpO1xudmFyIF9faW1wb3J0RGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19pbXBvcnREZWZhdWx0KSB8fCBmdW5jdGlvbiAobW9kKSB7XG4gICAgcmV0dXJuIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpID8gbW9kIDogeyBcImRlZmF1bHRcIjogbW9kIH07XG59O1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiX19lc01vZHVsZVwiLCB7IHZhbHVlOiB0cnVlIH0pO1xuZXhwb3J0cy5Db25uZWN0aW9uT3B0aW9ucyA9IGV4cG9ydHMuTWVzc2FnZVN0cmF0ZWd5ID0gZXhwb3J0cy5DYW5jZWxsYXRpb25TdHJhdGVneSA9IGV4cG9ydHMuQ2FuY2VsbGF0aW9uU2VuZGVyU3RyYXRlZ3kgPSBleHBvcnRzLkNhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kgPSBleHBvcnRzLlJlcXVlc3RDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5ID0gZXhwb3J0cy5JZENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kgPSBleHBvcnRzLkNvbm5lY3Rpb25TdHJhdGVneSA9IGV4cG9ydHMuQ29ubmVjdGlvbkVycm9yID0gZXhwb3J0cy5Db25uZWN0aW9uRXJyb3JzID0gZXhwb3J0cy5Mb2dUcmFjZU5vdGlmaWNhdGlvbiA9IGV4cG9ydHMuU2V0VHJhY2VOb3RpZmljYXRpb24gPSBleHBvcnRzLlRyYWNlRm9ybWF0ID0gZXhwb3J0cy5UcmFjZVZhbHVlcyA9IGV4cG9ydHMuVHJhY2VWYWx1ZSA9IGV4cG9ydHMuVHJhY2UgPSBleHBvcnRzLk51bGxMb2dnZXIgPSBleHBvcnRzLlByb2dyZXNzVHlwZSA9IGV4cG9ydHMuUHJvZ3Jlc3NUb2tlbiA9IHZvaWQgMDtcbmV4cG9ydHMuY3JlYXRlTWVzc2FnZUNvbm5lY3Rpb24gPSBjcmVhdGVNZXNzYWdlQ29ubmVjdGlvbjtcbmNvbnN0IHJhbF8xID0gX19pbXBvcnREZWZhdWx0KHJlcXVpcmUoXCIuL3JhbFwiKSk7XG5jb25zdCBJcyA9IF9faW1wb3J0U3RhcihyZXF1aXJlKFwiLi9pc1wiKSk7XG5jb25zdCBtZXNzYWdlc18xID0gcmVxdWlyZShcIi4vbWVzc2FnZXNcIik7XG5jb25zdCBsaW5rZWRNYXBfMSA9IHJlcXVpcmUoXCIuL2xpbmtlZE1hcFwiKTtcbmNvbnN0IGV2ZW50c18xID0gcmVxdWlyZShcIi4vZXZlbnRzXCIpO1xuY29uc3QgY2FuY2VsbGF0aW9uXzEgPSByZXF1aXJlKFwiLi9jYW5jZWxsYXRpb25cIik7XG52YXIgQ2FuY2VsTm90aWZpY2F0aW9uO1xuKGZ1bmN0aW9uIChDYW5jZWxOb3RpZmljYXRpb24pIHtcbiAgICBDYW5jZWxOb3RpZmljYXRpb24udHlwZSA9IG5ldyBtZXNzYWdlc18xLk5vdGlmaWNhdGlvblR5cGUoJyQvY2FuY2VsUmVxdWVzdCcpO1xufSkoQ2FuY2VsTm90aWZpY2F0aW9uIHx8IChDYW5jZWxOb3RpZmljYXRpb24gPSB7fSkpO1xudmFyIFByb2dyZXNzVG9rZW47XG4oZnVuY3Rpb24gKFByb2dyZXNzVG9rZW4pIHtcbiAgICBmdW5jdGlvbiBpcyh2YWx1ZSkge1xuICAgICAgICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInO1xuICAgIH1cbiAgICBQcm9ncmVzc1Rva2VuLmlzID0gaXM7XG59KShQcm9ncmVzc1Rva2VuIHx8IChleHBvcnRzLlByb2dyZXNzVG9rZW4gPSBQcm9ncmVzc1Rva2VuID0ge30pKTtcbnZhciBQcm9ncmVzc05vdGlmaWNhdGlvbjtcbihmdW5jdGlvbiAoUHJvZ3Jlc3NOb3RpZmljYXRpb24pIHtcbiAgICBQcm9ncmVzc05vdGlmaWNhdGlvbi50eXBlID0gbmV3IG1lc3NhZ2VzXzEuTm90aWZpY2F0aW9uVHlwZSgnJC9wcm9ncmVzcycpO1xufSkoUHJvZ3Jlc3NOb3RpZmljYXRpb24gfHwgKFByb2dyZXNzTm90aWZpY2F0aW9uID0ge30pKTtcbmNsYXNzIFByb2dyZXNzVHlwZSB7XG4gICAgLyoqXG4gICAgICogQ2xpZW50cyBtdXN0IG5vdCB1c2UgdGhlc2UgcHJvcGVydGllcy4gVGhleSBhcmUgaGVyZSB0byBlbnN1cmUgY29ycmVjdCB0eXBpbmcuXG4gICAgICogaW4gVHlwZVNjcmlwdFxuICAgICAqL1xuICAgIF9fO1xuICAgIF9wcjtcbiAgICBjb25zdHJ1Y3RvcigpIHtcbiAgICB9XG59XG5leHBvcnRzLlByb2dyZXNzVHlwZSA9IFByb2dyZXNzVHlwZTtcbnZhciBTdGFyUmVxdWVzdEhhbmRsZXI7XG4oZnVuY3Rpb24gKFN0YXJSZXF1ZXN0SGFuZGxlcikge1xuICAgIGZ1bmN0aW9uIGlzKHZhbHVlKSB7XG4gICAgICAgIHJldHVybiBJcy5mdW5jKHZhbHVlKTtcbiAgICB9XG4gICAgU3RhclJlcXVlc3RIYW5kbGVyLmlzID0gaXM7XG59KShTdGFyUmVxdWVzdEhhbmRsZXIgfHwgKFN0YXJSZXF1ZXN0SGFuZGxlciA9IHt9KSk7XG5leHBvcnRzLk51bGxMb2dnZXIgPSBPYmplY3QuZnJlZXplKHtcbiAgICBlcnJvcjogKCkgPT4geyB9LFxuICAgIHdhcm46ICgpID0+IHsgfSxcbiAgICBpbmZvOiAoKSA9PiB7IH0sXG4gICAgbG9nOiAoKSA9PiB7IH1cbn0pO1xudmFyIFRyYWNlO1xuKGZ1bmN0aW9uIChUcmFjZSkge1xuICAgIFRyYWNlW1RyYWNlW1wiT2ZmXCJdID0gMF0gPSBcIk9mZlwiO1xuICAgIFRyYWNlW1RyYWNlW1wiTWVzc2FnZXNcIl0gPSAxXSA9IFwiTWVzc2FnZXNcIjtcbiAgICBUcmFjZVtUcmFjZVtcIkNvbXBhY3RcIl0gPSAyXSA9IFwiQ29tcGFjdFwiO1xuICAgIFRyYWNlW1RyYWNlW1wiVmVyYm9zZVwiXSA9IDNdID0gXCJWZXJib3NlXCI7XG59KShUcmFjZSB8fCAoZXhwb3J0cy5UcmFjZSA9IFRyYWNlID0ge30pKTtcbnZhciBUcmFjZVZhbHVlO1xuKGZ1bmN0aW9uIChUcmFjZVZhbHVlKSB7XG4gICAgLyoqXG4gICAgICogVHVybiB0cmFjaW5nIG9mZi5cbiAgICAgKi9cbiAgICBUcmFjZVZhbHVlLk9mZiA9ICdvZmYnO1xuICAgIC8qKlxuICAgICAqIFRyYWNlIG1lc3NhZ2VzIG9ubHkuXG4gICAgICovXG4gICAgVHJhY2VWYWx1ZS5NZXNzYWdlcyA9ICdtZXNzYWdlcyc7XG4gICAgLyoqXG4gICAgICogQ29tcGFjdCBtZXNzYWdlIHRyYWNpbmcuXG4gICAgICovXG4gICAgVHJhY2VWYWx1ZS5Db21wYWN0ID0gJ2NvbXBhY3QnO1xuICAgIC8qKlxuICAgICAqIFZlcmJvc2UgbWVzc2FnZSB0cmFjaW5nLlxuICAgICAqL1xuICAgIFRyYWNlVmFsdWUuVmVyYm9zZSA9ICd2ZXJib3NlJztcbn0pKFRyYWNlVmFsdWUgfHwgKGV4cG9ydHMuVHJhY2VWYWx1ZSA9IFRyYWNlVmFsdWUgPSB7fSkpO1xuLyoqXG4gKiBAZGVwcmVjYXRlZCBVc2UgVHJhY2VWYWx1ZSBpbnN0ZWFkXG4gKi9cbmV4cG9ydHMuVHJhY2VWYWx1ZXMgPSBUcmFjZVZhbHVlO1xuKGZ1bmN0aW9uIChUcmFjZSkge1xuICAgIGZ1bmN0aW9uIGZyb21TdHJpbmcodmFsdWUpIHtcbiAgICAgICAgaWYgKCFJcy5zdHJpbmcodmFsdWUpKSB7XG4gICAgICAgICAgICByZXR1cm4gVHJhY2UuT2ZmO1xuICAgICAgICB9XG4gICAgICAgIHZhbHVlID0gdmFsdWUudG9Mb3dlckNhc2UoKTtcbiAgICAgICAgc3dpdGNoICh2YWx1ZSkge1xuICAgICAgICAgICAgY2FzZSAnb2ZmJzpcbiAgICAgICAgICAgICAgICByZXR1cm4gVHJhY2UuT2ZmO1xuICAgICAgICAgICAgY2FzZSAnbWVzc2FnZXMnOlxuICAgICAgICAgICAgICAgIHJldHVybiBUcmFjZS5NZXNzYWdlcztcbiAgICAgICAgICAgIGNhc2UgJ2NvbXBhY3QnOlxuICAgICAgICAgICAgICAgIHJldHVybiBUcmFjZS5Db21wYWN0O1xuICAgICAgICAgICAgY2FzZSAndmVyYm9zZSc6XG4gICAgICAgICAgICAgICAgcmV0dXJuIFRyYWNlLlZlcmJvc2U7XG4gICAgICAgICAgICBkZWZhdWx0OlxuICAgICAgICAgICAgICAgIHJldHVybiBUcmFjZS5PZmY7XG4gICAgICAgIH1cbiAgICB9XG4gICAgVHJhY2UuZnJvbVN0cmluZyA9IGZyb21TdHJpbmc7XG4gICAgZnVuY3Rpb24gdG9TdHJpbmcodmFsdWUpIHtcbiAgICAgICAgc3dpdGNoICh2YWx1ZSkge1xuICAgICAgICAgICAgY2FzZSBUcmFjZS5PZmY6XG4gICAgICAgICAgICAgICAgcmV0dXJuICdvZmYnO1xuICAgICAgICAgICAgY2FzZSBUcmFjZS5NZXNzYWdlczpcbiAgICAgICAgICAgICAgICByZXR1cm4gJ21lc3NhZ2VzJztcbiAgICAgICAgICAgIGNhc2UgVHJhY2UuQ29tcGFjdDpcbiAgICAgICAgICAgICAgICByZXR1cm4gJ2NvbXBhY3QnO1xuICAgICAgICAgICAgY2FzZSBUcmFjZS5WZXJib3NlOlxuICAgICAgICAgICAgICAgIHJldHVybiAndmVyYm9zZSc7XG4gICAgICAgICAgICBkZWZhdWx0OlxuICAgICAgICAgICAgICAgIHJldHVybiAnb2ZmJztcbiAgICAgICAgfVxuICAgIH1cbiAgICBUcmFjZS50b1N0cmluZyA9IHRvU3RyaW5nO1xufSkoVHJhY2UgfHwgKGV4cG9ydHMuVHJhY2UgPSBUcmFjZSA9IHt9KSk7XG52YXIgVHJhY2VGb3JtYXQ7XG4oZnVuY3Rpb24gKFRyYWNlRm9ybWF0KSB7XG4gICAgVHJhY2VGb3JtYXRbXCJUZXh0XCJdID0gXCJ0ZXh0XCI7XG4gICAgVHJhY2VGb3JtYXRbXCJKU09OXCJdID0gXCJqc29uXCI7XG59KShUcmFjZUZvcm1hdCB8fCAoZXhwb3J0cy5UcmFjZUZvcm1hdCA9IFRyYWNlRm9ybWF0ID0ge30pKTtcbihmdW5jdGlvbiAoVHJhY2VGb3JtYXQpIHtcbiAgICBmdW5jdGlvbiBmcm9tU3RyaW5nKHZhbHVlKSB7XG4gICAgICAgIGlmICghSXMuc3RyaW5nKHZhbHVlKSkge1xuICAgICAgICAgICAgcmV0dXJuIFRyYWNlRm9ybWF0LlRleHQ7XG4gICAgICAgIH1cbiAgICAgICAgdmFsdWUgPSB2YWx1ZS50b0xvd2VyQ2FzZSgpO1xuICAgICAgICBpZiAodmFsdWUgPT09ICdqc29uJykge1xuICAgICAgICAgICAgcmV0dXJuIFRyYWNlRm9ybWF0LkpTT047XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICByZXR1cm4gVHJhY2VGb3JtYXQuVGV4dDtcbiAgICAgICAgfVxuICAgIH1cbiAgICBUcmFjZUZvcm1hdC5mcm9tU3RyaW5nID0gZnJvbVN0cmluZztcbn0pKFRyYWNlRm9ybWF0IHx8IChleHBvcnRzLlRyYWNlRm9ybWF0ID0gVHJhY2VGb3JtYXQgPSB7fSkpO1xudmFyIFNldFRyYWNlTm90aWZpY2F0aW9uO1xuKGZ1bmN0aW9uIChTZXRUcmFjZU5vdGlmaWNhdGlvbikge1xuICAgIFNldFRyYWNlTm90aWZpY2F0aW9uLnR5cGUgPSBuZXcgbWVzc2FnZXNfMS5Ob3RpZmljYXRpb25UeXBlKCckL3NldFRyYWNlJyk7XG59KShTZXRUcmFjZU5vdGlmaWNhdGlvbiB8fCAoZXhwb3J0cy5TZXRUcmFjZU5vdGlmaWNhdGlvbiA9IFNldFRyYWNlTm90aWZpY2F0aW9uID0ge30pKTtcbnZhciBMb2dUcmFjZU5vdGlmaWNhdGlvbjtcbihmdW5jdGlvbiAoTG9nVHJhY2VOb3RpZmljYXRpb24pIHtcbiAgICBMb2dUcmFjZU5vdGlmaWNhdGlvbi50eXBlID0gbmV3IG1lc3NhZ2VzXzEuTm90aWZpY2F0aW9uVHlwZSgnJC9sb2dUcmFjZScpO1xufSkoTG9nVHJhY2VOb3RpZmljYXRpb24gfHwgKGV4cG9ydHMuTG9nVHJhY2VOb3RpZmljYXRpb24gPSBMb2dUcmFjZU5vdGlmaWNhdGlvbiA9IHt9KSk7XG52YXIgQ29ubmVjdGlvbkVycm9ycztcbihmdW5jdGlvbiAoQ29ubmVjdGlvbkVycm9ycykge1xuICAgIC8qKlxuICAgICAqIFRoZSBjb25uZWN0aW9uIGlzIGNsb3NlZC5cbiAgICAgKi9cbiAgICBDb25uZWN0aW9uRXJyb3JzW0Nvbm5lY3Rpb25FcnJvcnNbXCJDbG9zZWRcIl0gPSAxXSA9IFwiQ2xvc2VkXCI7XG4gICAgLyoqXG4gICAgICogVGhlIGNvbm5lY3Rpb24gZ290IGRpc3Bvc2VkLlxuICAgICAqL1xuICAgIENvbm5lY3Rpb25FcnJvcnNbQ29ubmVjdGlvbkVycm9yc1tcIkRpc3Bvc2VkXCJdID0gMl0gPSBcIkRpc3Bvc2VkXCI7XG4gICAgLyoqXG4gICAgICogVGhlIGNvbm5lY3Rpb24gaXMgYWxyZWFkeSBpbiBsaXN0ZW5pbmcgbW9kZS5cbiAgICAgKi9cbiAgICBDb25uZWN0aW9uRXJyb3JzW0Nvbm5lY3Rpb25FcnJvcnNbXCJBbHJlYWR5TGlzdGVuaW5nXCJdID0gM10gPSBcIkFscmVhZHlMaXN0ZW5pbmdcIjtcbn0pKENvbm5lY3Rpb25FcnJvcnMgfHwgKGV4cG9ydHMuQ29ubmVjdGlvbkVycm9ycyA9IENvbm5lY3Rpb25FcnJvcnMgPSB7fSkpO1xuY2xhc3MgQ29ubmVjdGlvbkVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICAgIGNvZGU7XG4gICAgY29uc3RydWN0b3IoY29kZSwgbWVzc2FnZSkge1xuICAgICAgICBzdXBlcihtZXNzYWdlKTtcbiAgICAgICAgdGhpcy5jb2RlID0gY29kZTtcbiAgICAgICAgT2JqZWN0LnNldFByb3RvdHlwZU9mKHRoaXMsIENvbm5lY3Rpb25FcnJvci5wcm90b3R5cGUpO1xuICAgIH1cbn1cbmV4cG9ydHMuQ29ubmVjdGlvbkVycm9yID0gQ29ubmVjdGlvbkVycm9yO1xudmFyIENvbm5lY3Rpb25TdHJhdGVneTtcbihmdW5jdGlvbiAoQ29ubmVjdGlvblN0cmF0ZWd5KSB7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gdmFsdWU7XG4gICAgICAgIHJldHVybiBjYW5kaWRhdGUgJiYgSXMuZnVuYyhjYW5kaWRhdGUuY2FuY2VsVW5kaXNwYXRjaGVkKTtcbiAgICB9XG4gICAgQ29ubmVjdGlvblN0cmF0ZWd5LmlzID0gaXM7XG59KShDb25uZWN0aW9uU3RyYXRlZ3kgfHwgKGV4cG9ydHMuQ29ubmVjdGlvblN0cmF0ZWd5ID0gQ29ubmVjdGlvblN0cmF0ZWd5ID0ge30pKTtcbnZhciBJZENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3k7XG4oZnVuY3Rpb24gKElkQ2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneSkge1xuICAgIGZ1bmN0aW9uIGlzKHZhbHVlKSB7XG4gICAgICAgIGNvbnN0IGNhbmRpZGF0ZSA9IHZhbHVlO1xuICAgICAgICByZXR1cm4gY2FuZGlkYXRlICYmIChjYW5kaWRhdGUua2luZCA9PT0gdW5kZWZpbmVkIHx8IGNhbmRpZGF0ZS5raW5kID09PSAnaWQnKSAmJiBJcy5mdW5jKGNhbmRpZGF0ZS5jcmVhdGVDYW5jZWxsYXRpb25Ub2tlblNvdXJjZSkgJiYgKGNhbmRpZGF0ZS5kaXNwb3NlID09PSB1bmRlZmluZWQgfHwgSXMuZnVuYyhjYW5kaWRhdGUuZGlzcG9zZSkpO1xuICAgIH1cbiAgICBJZENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kuaXMgPSBpcztcbn0pKElkQ2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneSB8fCAoZXhwb3J0cy5JZENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kgPSBJZENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kgPSB7fSkpO1xudmFyIFJlcXVlc3RDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5O1xuKGZ1bmN0aW9uIChSZXF1ZXN0Q2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneSkge1xuICAgIGZ1bmN0aW9uIGlzKHZhbHVlKSB7XG4gICAgICAgIGNvbnN0IGNhbmRpZGF0ZSA9IHZhbHVlO1xuICAgICAgICByZXR1cm4gY2FuZGlkYXRlICYmIGNhbmRpZGF0ZS5raW5kID09PSAncmVxdWVzdCcgJiYgSXMuZnVuYyhjYW5kaWRhdGUuY3JlYXRlQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UpICYmIChjYW5kaWRhdGUuZGlzcG9zZSA9PT0gdW5kZWZpbmVkIHx8IElzLmZ1bmMoY2FuZGlkYXRlLmRpc3Bvc2UpKTtcbiAgICB9XG4gICAgUmVxdWVzdENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kuaXMgPSBpcztcbn0pKFJlcXVlc3RDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5IHx8IChleHBvcnRzLlJlcXVlc3RDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5ID0gUmVxdWVzdENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kgPSB7fSkpO1xudmFyIENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3k7XG4oZnVuY3Rpb24gKENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kpIHtcbiAgICBDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5Lk1lc3NhZ2UgPSBPYmplY3QuZnJlZXplKHtcbiAgICAgICAgY3JlYXRlQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UoXykge1xuICAgICAgICAgICAgcmV0dXJuIG5ldyBjYW5jZWxsYXRpb25fMS5DYW5jZWxsYXRpb25Ub2tlblNvdXJjZSgpO1xuICAgICAgICB9XG4gICAgfSk7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgcmV0dXJuIElkQ2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneS5pcyh2YWx1ZSkgfHwgUmVxdWVzdENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kuaXModmFsdWUpO1xuICAgIH1cbiAgICBDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5LmlzID0gaXM7XG59KShDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5IHx8IChleHBvcnRzLkNhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kgPSBDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5ID0ge30pKTtcbnZhciBDYW5jZWxsYXRpb25TZW5kZXJTdHJhdGVneTtcbihmdW5jdGlvbiAoQ2FuY2VsbGF0aW9uU2VuZGVyU3RyYXRlZ3kpIHtcbiAgICBDYW5jZWxsYXRpb25TZW5kZXJTdHJhdGVneS5NZXNzYWdlID0gT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgIHNlbmRDYW5jZWxsYXRpb24oY29ubiwgaWQpIHtcbiAgICAgICAgICAgIHJldHVybiBjb25uLnNlbmROb3RpZmljYXRpb24oQ2FuY2VsTm90aWZpY2F0aW9uLnR5cGUsIHsgaWQgfSk7XG4gICAgICAgIH0sXG4gICAgICAgIGNsZWFudXAoXykgeyB9XG4gICAgfSk7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gdmFsdWU7XG4gICAgICAgIHJldHVybiBjYW5kaWRhdGUgJiYgSXMuZnVuYyhjYW5kaWRhdGUuc2VuZENhbmNlbGxhdGlvbikgJiYgSXMuZnVuYyhjYW5kaWRhdGUuY2xlYW51cCk7XG4gICAgfVxuICAgIENhbmNlbGxhdGlvblNlbmRlclN0cmF0ZWd5LmlzID0gaXM7XG59KShDYW5jZWxsYXRpb25TZW5kZXJTdHJhdGVneSB8fCAoZXhwb3J0cy5DYW5jZWxsYXRpb25TZW5kZXJTdHJhdGVneSA9IENhbmNlbGxhdGlvblNlbmRlclN0cmF0ZWd5ID0ge30pKTtcbnZhciBDYW5jZWxsYXRpb25TdHJhdGVneTtcbihmdW5jdGlvbiAoQ2FuY2VsbGF0aW9uU3RyYXRlZ3kpIHtcbiAgICBDYW5jZWxsYXRpb25TdHJhdGVneS5NZXNzYWdlID0gT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgIHJlY2VpdmVyOiBDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5Lk1lc3NhZ2UsXG4gICAgICAgIHNlbmRlcjogQ2FuY2VsbGF0aW9uU2VuZGVyU3RyYXRlZ3kuTWVzc2FnZVxuICAgIH0pO1xuICAgIGZ1bmN0aW9uIGlzKHZhbHVlKSB7XG4gICAgICAgIGNvbnN0IGNhbmRpZGF0ZSA9IHZhbHVlO1xuICAgICAgICByZXR1cm4gY2FuZGlkYXRlICYmIENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kuaXMoY2FuZGlkYXRlLnJlY2VpdmVyKSAmJiBDYW5jZWxsYXRpb25TZW5kZXJTdHJhdGVneS5pcyhjYW5kaWRhdGUuc2VuZGVyKTtcbiAgICB9XG4gICAgQ2FuY2VsbGF0aW9uU3RyYXRlZ3kuaXMgPSBpcztcbn0pKENhbmNlbGxhdGlvblN0cmF0ZWd5IHx8IChleHBvcnRzLkNhbmNlbGxhdGlvblN0cmF0ZWd5ID0gQ2FuY2VsbGF0aW9uU3RyYXRlZ3kgPSB7fSkpO1xudmFyIE1lc3NhZ2VTdHJhdGVneTtcbihmdW5jdGlvbiAoTWVzc2FnZVN0cmF0ZWd5KSB7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gdmFsdWU7XG4gICAgICAgIHJldHVybiBjYW5kaWRhdGUgJiYgSXMuZnVuYyhjYW5kaWRhdGUuaGFuZGxlTWVzc2FnZSk7XG4gICAgfVxuICAgIE1lc3NhZ2VTdHJhdGVneS5pcyA9IGlzO1xufSkoTWVzc2FnZVN0cmF0ZWd5IHx8IChleHBvcnRzLk1lc3NhZ2VTdHJhdGVneSA9IE1lc3NhZ2VTdHJhdGVneSA9IHt9KSk7XG52YXIgQ29ubmVjdGlvbk9wdGlvbnM7XG4oZnVuY3Rpb24gKENvbm5lY3Rpb25PcHRpb25zKSB7XG4gICAgZnVuY3Rpb24gaXModmFsdWUpIHtcbiAgICAgICAgY29uc3QgY2FuZGlkYXRlID0gdmFsdWU7XG4gICAgICAgIHJldHVybiBjYW5kaWRhdGVcbiAgICAgICAgICAgICYmIChDYW5jZWxsYXRpb25TdHJhdGVneS5pcyhjYW5kaWRhdGUuY2FuY2VsbGF0aW9uU3RyYXRlZ3kpIHx8IENvbm5lY3Rpb25TdHJhdGVneS5pcyhjYW5kaWRhdGUuY29ubmVjdGlvblN0cmF0ZWd5KSB8fCBNZXNzYWdlU3RyYXRlZ3kuaXMoY2FuZGlkYXRlLm1lc3NhZ2VTdHJhdGVneSkgfHwgSXMubnVtYmVyKGNhbmRpZGF0ZS5tYXhQYXJhbGxlbGlzbSkpO1xuICAgIH1cbiAgICBDb25uZWN0aW9uT3B0aW9ucy5pcyA9IGlzO1xufSkoQ29ubmVjdGlvbk9wdGlvbnMgfHwgKGV4cG9ydHMuQ29ubmVjdGlvbk9wdGlvbnMgPSBDb25uZWN0aW9uT3B0aW9ucyA9IHt9KSk7XG52YXIgQ29ubmVjdGlvblN0YXRlO1xuKGZ1bmN0aW9uIChDb25uZWN0aW9uU3RhdGUpIHtcbiAgICBDb25uZWN0aW9uU3RhdGVbQ29ubmVjdGlvblN0YXRlW1wiTmV3XCJdID0gMV0gPSBcIk5ld1wiO1xuICAgIENvbm5lY3Rpb25TdGF0ZVtDb25uZWN0aW9uU3RhdGVbXCJMaXN0ZW5pbmdcIl0gPSAyXSA9IFwiTGlzdGVuaW5nXCI7XG4gICAgQ29ubmVjdGlvblN0YXRlW0Nvbm5lY3Rpb25TdGF0ZVtcIkNsb3NlZFwiXSA9IDNdID0gXCJDbG9zZWRcIjtcbiAgICBDb25uZWN0aW9uU3RhdGVbQ29ubmVjdGlvblN0YXRlW1wiRGlzcG9zZWRcIl0gPSA0XSA9IFwiRGlzcG9zZWRcIjtcbn0pKENvbm5lY3Rpb25TdGF0ZSB8fCAoQ29ubmVjdGlvblN0YXRlID0ge30pKTtcbmZ1bmN0aW9uIGNyZWF0ZU1lc3NhZ2VDb25uZWN0aW9uKG1lc3NhZ2VSZWFkZXIsIG1lc3NhZ2VXcml0ZXIsIF9sb2dnZXIsIG9wdGlvbnMpIHtcbiAgICBjb25zdCBsb2dnZXIgPSBfbG9nZ2VyICE9PSB1bmRlZmluZWQgPyBfbG9nZ2VyIDogZXhwb3J0cy5OdWxsTG9nZ2VyO1xuICAgIGxldCBzZXF1ZW5jZU51bWJlciA9IDA7XG4gICAgbGV0IG5vdGlmaWNhdGlvblNlcXVlbmNlTnVtYmVyID0gMDtcbiAgICBsZXQgdW5rbm93blJlc3BvbnNlU2VxdWVuY2VOdW1iZXIgPSAwO1xuICAgIGNvbnN0IHZlcnNpb24gPSAnMi4wJztcbiAgICBjb25zdCBtYXhQYXJhbGxlbGlzbSA9IG9wdGlvbnM/Lm1heFBhcmFsbGVsaXNtID8/IC0xO1xuICAgIGxldCBpbkZsaWdodCA9IDA7XG4gICAgbGV0IHN0YXJSZXF1ZXN0SGFuZGxlciA9IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXF1ZXN0SGFuZGxlcnMgPSBuZXcgTWFwKCk7XG4gICAgbGV0IHN0YXJOb3RpZmljYXRpb25IYW5kbGVyID0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IG5vdGlmaWNhdGlvbkhhbmRsZXJzID0gbmV3IE1hcCgpO1xuICAgIGNvbnN0IHByb2dyZXNzSGFuZGxlcnMgPSBuZXcgTWFwKCk7XG4gICAgbGV0IHRpbWVyO1xuICAgIGxldCBtZXNzYWdlUXVldWUgPSBuZXcgbGlua2VkTWFwXzEuTGlua2VkTWFwKCk7XG4gICAgbGV0IHJlc3BvbnNlUHJvbWlzZXMgPSBuZXcgTWFwKCk7XG4gICAgbGV0IGtub3duQ2FuY2VsZWRSZXF1ZXN0cyA9IG5ldyBTZXQoKTtcbiAgICBsZXQgcmVxdWVzdFRva2VucyA9IG5ldyBNYXAoKTtcbiAgICBsZXQgdHJhY2UgPSBUcmFjZS5PZmY7XG4gICAgbGV0IHRyYWNlRm9ybWF0ID0gVHJhY2VGb3JtYXQuVGV4dDtcbiAgICBsZXQgdHJhY2VyO1xuICAgIGxldCBzdGF0ZSA9IENvbm5lY3Rpb25TdGF0ZS5OZXc7XG4gICAgY29uc3QgZXJyb3JFbWl0dGVyID0gbmV3IGV2ZW50c18xLkVtaXR0ZXIoKTtcbiAgICBjb25zdCBjbG9zZUVtaXR0ZXIgPSBuZXcgZXZlbnRzXzEuRW1pdHRlcigpO1xuICAgIGNvbnN0IHVuaGFuZGxlZE5vdGlmaWNhdGlvbkVtaXR0ZXIgPSBuZXcgZXZlbnRzXzEuRW1pdHRlcigpO1xuICAgIGNvbnN0IHVuaGFuZGxlZFByb2dyZXNzRW1pdHRlciA9IG5ldyBldmVudHNfMS5FbWl0dGVyKCk7XG4gICAgY29uc3QgZGlzcG9zZUVtaXR0ZXIgPSBuZXcgZXZlbnRzXzEuRW1pdHRlcigpO1xuICAgIGNvbnN0IGNhbmNlbGxhdGlvblN0cmF0ZWd5ID0gKG9wdGlvbnMgJiYgb3B0aW9ucy5jYW5jZWxsYXRpb25TdHJhdGVneSkgPyBvcHRpb25zLmNhbmNlbGxhdGlvblN0cmF0ZWd5IDogQ2FuY2VsbGF0aW9uU3RyYXRlZ3kuTWVzc2FnZTtcbiAgICBmdW5jdGlvbiBjYW5jZWxVbmRpc3BhdGNoZWQoX21lc3NhZ2UpIHtcbiAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgZnVuY3Rpb24gaXNMaXN0ZW5pbmcoKSB7XG4gICAgICAgIHJldHVybiBzdGF0ZSA9PT0gQ29ubmVjdGlvblN0YXRlLkxpc3RlbmluZztcbiAgICB9XG4gICAgZnVuY3Rpb24gaXNDbG9zZWQoKSB7XG4gICAgICAgIHJldHVybiBzdGF0ZSA9PT0gQ29ubmVjdGlvblN0YXRlLkNsb3NlZDtcbiAgICB9XG4gICAgZnVuY3Rpb24gaXNEaXNwb3NlZCgpIHtcbiAgICAgICAgcmV0dXJuIHN0YXRlID09PSBDb25uZWN0aW9uU3RhdGUuRGlzcG9zZWQ7XG4gICAgfVxuICAgIGZ1bmN0aW9uIGNsb3NlSGFuZGxlcigpIHtcbiAgICAgICAgaWYgKHN0YXRlID09PSBDb25uZWN0aW9uU3RhdGUuTmV3IHx8IHN0YXRlID09PSBDb25uZWN0aW9uU3RhdGUuTGlzdGVuaW5nKSB7XG4gICAgICAgICAgICBzdGF0ZSA9IENvbm5lY3Rpb25TdGF0ZS5DbG9zZWQ7XG4gICAgICAgICAgICBjbG9zZUVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICAgICAgICB9XG4gICAgICAgIC8vIElmIHRoZSBjb25uZWN0aW9uIGlzIGRpc3Bvc2VkIGRvbid0IHNlbnQgY2xvc2UgZXZlbnRzLlxuICAgIH1cbiAgICBmdW5jdGlvbiByZWFkRXJyb3JIYW5kbGVyKGVycm9yKSB7XG4gICAgICAgIGVycm9yRW1pdHRlci5maXJlKFtlcnJvciwgdW5kZWZpbmVkLCB1bmRlZmluZWRdKTtcbiAgICB9XG4gICAgZnVuY3Rpb24gd3JpdGVFcnJvckhhbmRsZXIoZGF0YSkge1xuICAgICAgICBlcnJvckVtaXR0ZXIuZmlyZShkYXRhKTtcbiAgICB9XG4gICAgbWVzc2FnZVJlYWRlci5vbkNsb3NlKGNsb3NlSGFuZGxlcik7XG4gICAgbWVzc2FnZVJlYWRlci5vbkVycm9yKHJlYWRFcnJvckhhbmRsZXIpO1xuICAgIG1lc3NhZ2VXcml0ZXIub25DbG9zZShjbG9zZUhhbmRsZXIpO1xuICAgIG1lc3NhZ2VXcml0ZXIub25FcnJvcih3cml0ZUVycm9ySGFuZGxlcik7XG4gICAgZnVuY3Rpb24gY3JlYXRlUmVxdWVzdFF1ZXVlS2V5KGlkKSB7XG4gICAgICAgIGlmIChpZCA9PT0gbnVsbCkge1xuICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBDYW4ndCBzZW5kIHJlcXVlc3RzIHdpdGggaWQgbnVsbCBzaW5jZSB0aGUgcmVzcG9uc2UgY2FuJ3QgYmUgY29ycmVsYXRlZC5gKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gJ3JlcS0nICsgaWQudG9TdHJpbmcoKTtcbiAgICB9XG4gICAgZnVuY3Rpb24gY3JlYXRlUmVzcG9uc2VRdWV1ZUtleShpZCkge1xuICAgICAgICBpZiAoaWQgPT09IG51bGwpIHtcbiAgICAgICAgICAgIHJldHVybiAncmVzLXVua25vd24tJyArICgrK3Vua25vd25SZXNwb25zZVNlcXVlbmNlTnVtYmVyKS50b1N0cmluZygpO1xuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgcmV0dXJuICdyZXMtJyArIGlkLnRvU3RyaW5nKCk7XG4gICAgICAgIH1cbiAgICB9XG4gICAgZnVuY3Rpb24gY3JlYXRlTm90aWZpY2F0aW9uUXVldWVLZXkoKSB7XG4gICAgICAgIHJldHVybiAnbm90LScgKyAoKytub3RpZmljYXRpb25TZXF1ZW5jZU51bWJlcikudG9TdHJpbmcoKTtcbiAgICB9XG4gICAgZnVuY3Rpb24gYWRkTWVzc2FnZVRvUXVldWUocXVldWUsIG1lc3NhZ2UpIHtcbiAgICAgICAgaWYgKG1lc3NhZ2VzXzEuTWVzc2FnZS5pc1JlcXVlc3QobWVzc2FnZSkpIHtcbiAgICAgICAgICAgIHF1ZXVlLnNldChjcmVhdGVSZXF1ZXN0UXVldWVLZXkobWVzc2FnZS5pZCksIG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgICAgIGVsc2UgaWYgKG1lc3NhZ2VzXzEuTWVzc2FnZS5pc1Jlc3BvbnNlKG1lc3NhZ2UpKSB7XG4gICAgICAgICAgICAvLyBJZiB3ZSBoYXZlIHVubGltaXRlZCBwYXJhbGxlbGlzbSB3ZSBxdWV1ZSB0aGUgcmVzcG9uc2UgdG8ga2VlcFxuICAgICAgICAgICAgLy8gdGhlIHByZXZpb3VzIHNlbWFudGljcy5cbiAgICAgICAgICAgIGlmIChtYXhQYXJhbGxlbGlzbSA9PT0gLTEpIHtcbiAgICAgICAgICAgICAgICBxdWV1ZS5zZXQoY3JlYXRlUmVzcG9uc2VRdWV1ZUtleShtZXNzYWdlLmlkKSwgbWVzc2FnZSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAvLyBJZiB3ZSBoYXZlIGxpbWl0ZWQgcGFyYWxsZWxpc20gd2UgcmVzb2x2ZSByZXNwb25zZXMgdG8gYXZvaWRcbiAgICAgICAgICAgICAgICAvLyBkZWFkIGxvY2tzLlxuICAgICAgICAgICAgICAgIGhhbmRsZVJlc3BvbnNlKG1lc3NhZ2UpO1xuICAgICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgcXVldWUuc2V0KGNyZWF0ZU5vdGlmaWNhdGlvblF1ZXVlS2V5KCksIG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGZ1bmN0aW9uIHRyaWdnZXJNZXNzYWdlUXVldWUoKSB7XG4gICAgICAgIGlmICh0aW1lciB8fCBtZXNzYWdlUXVldWUuc2l6ZSA9PT0gMCkge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGlmIChtYXhQYXJhbGxlbGlzbSAhPT0gLTEgJiYgaW5GbGlnaHQgPj0gbWF4UGFyYWxsZWxpc20pIHtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICB0aW1lciA9ICgwLCByYWxfMS5kZWZhdWx0KSgpLnRpbWVyLnNldEltbWVkaWF0ZShhc3luYyAoKSA9PiB7XG4gICAgICAgICAgICB0aW1lciA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgIGlmIChtZXNzYWdlUXVldWUuc2l6ZSA9PT0gMCkge1xuICAgICAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmIChtYXhQYXJhbGxlbGlzbSAhPT0gLTEgJiYgaW5GbGlnaHQgPj0gbWF4UGFyYWxsZWxpc20pIHtcbiAgICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBjb25zdCBtZXNzYWdlID0gbWVzc2FnZVF1ZXVlLnNoaWZ0KCk7XG4gICAgICAgICAgICBsZXQgcmVzdWx0O1xuICAgICAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgICAgICBpbkZsaWdodCsrO1xuICAgICAgICAgICAgICAgIGNvbnN0IG1lc3NhZ2VTdHJhdGVneSA9IG9wdGlvbnM/Lm1lc3NhZ2VTdHJhdGVneTtcbiAgICAgICAgICAgICAgICBpZiAoTWVzc2FnZVN0cmF0ZWd5LmlzKG1lc3NhZ2VTdHJhdGVneSkpIHtcbiAgICAgICAgICAgICAgICAgICAgcmVzdWx0ID0gbWVzc2FnZVN0cmF0ZWd5LmhhbmRsZU1lc3NhZ2UobWVzc2FnZSwgaGFuZGxlTWVzc2FnZSk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICByZXN1bHQgPSBoYW5kbGVNZXNzYWdlKG1lc3NhZ2UpO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNhdGNoIChlcnJvcikge1xuICAgICAgICAgICAgICAgIGxvZ2dlci5lcnJvcihgUHJvY2Vzc2luZyBtZXNzYWdlIHF1ZXVlIGZhaWxlZDogJHtlcnJvci50b1N0cmluZygpfWApO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgZmluYWxseSB7XG4gICAgICAgICAgICAgICAgaWYgKHJlc3VsdCBpbnN0YW5jZW9mIFByb21pc2UpIHtcbiAgICAgICAgICAgICAgICAgICAgLy8gQm90aCBzZXR0bGVtZW50cyBtdXN0IHJlbGVhc2UgdGhlIHBhcmFsbGVsaXNtIHNsb3QuIFdyaXR0ZW4gYXNcbiAgICAgICAgICAgICAgICAgICAgLy8gLnRoZW4oLi4uKS5jYXRjaCguLi4pIHRoZSByZWplY3Rpb24gcGF0aCBza2lwcGVkIHRoZSBkZWNyZW1lbnQsIHNvXG4gICAgICAgICAgICAgICAgICAgIC8vIG9uZSBmYWlsZWQgZGlzcGF0Y2ggbGVmdCBgaW5GbGlnaHRgIHBlcm1hbmVudGx5IGVsZXZhdGVkIGFuZFxuICAgICAgICAgICAgICAgICAgICAvLyB0cmlnZ2VyTWVzc2FnZVF1ZXVlKCkgYmFpbGVkIG91dCBmb3JldmVyIGFmdGVyLlxuICAgICAgICAgICAgICAgICAgICByZXN1bHQudGhlbigoKSA9PiB7XG4gICAgICAgICAgICAgICAgICAgIH0pLmNhdGNoKChlcnJvcikgPT4ge1xuICAgICAgICAgICAgICAgICAgICAgICAgbG9nZ2VyLmVycm9yKGBQcm9jZXNzaW5nIG1lc3NhZ2UgcXVldWUgZmFpbGVkOiAke2Vycm9yLnRvU3RyaW5nKCl9YCk7XG4gICAgICAgICAgICAgICAgICAgIH0pLmZpbmFsbHkoKCkgPT4ge1xuICAgICAgICAgICAgICAgICAgICAgICAgaW5GbGlnaHQtLTtcbiAgICAgICAgICAgICAgICAgICAgICAgIHRyaWdnZXJNZXNzYWdlUXVldWUoKTtcbiAgICAgICAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICBpbkZsaWdodC0tO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICB0cmlnZ2VyTWVzc2FnZVF1ZXVlKCk7XG4gICAgICAgICAgICB9XG4gICAgICAgIH0pO1xuICAgIH1cbiAgICBhc3luYyBmdW5jdGlvbiBoYW5kbGVNZXNzYWdlKG1lc3NhZ2UpIHtcbiAgICAgICAgaWYgKG1lc3NhZ2VzXzEuTWVzc2FnZS5pc1JlcXVlc3QobWVzc2FnZSkpIHtcbiAgICAgICAgICAgIHJldHVybiBoYW5kbGVSZXF1ZXN0KG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgICAgIGVsc2UgaWYgKG1lc3NhZ2VzXzEuTWVzc2FnZS5pc05vdGlmaWNhdGlvbihtZXNzYWdlKSkge1xuICAgICAgICAgICAgcmV0dXJuIGhhbmRsZU5vdGlmaWNhdGlvbihtZXNzYWdlKTtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIGlmIChtZXNzYWdlc18xLk1lc3NhZ2UuaXNSZXNwb25zZShtZXNzYWdlKSkge1xuICAgICAgICAgICAgcmV0dXJuIGhhbmRsZVJlc3BvbnNlKG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgcmV0dXJuIGhhbmRsZUludmFsaWRNZXNzYWdlKG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGNvbnN0IGNhbGxiYWNrID0gKG1lc3NhZ2UpID0+IHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgIC8vIFdlIGhhdmUgcmVjZWl2ZWQgYSBjYW5jZWxsYXRpb24gbWVzc2FnZS4gQ2hlY2sgaWYgdGhlIG1lc3NhZ2UgaXMgc3RpbGwgaW4gdGhlIHF1ZXVlXG4gICAgICAgICAgICAvLyBhbmQgY2FuY2VsIGl0IGlmIGFsbG93ZWQgdG8gZG8gc28uXG4gICAgICAgICAgICBpZiAobWVzc2FnZXNfMS5NZXNzYWdlLmlzTm90aWZpY2F0aW9uKG1lc3NhZ2UpICYmIG1lc3NhZ2UubWV0aG9kID09PSBDYW5jZWxOb3RpZmljYXRpb24udHlwZS5tZXRob2QpIHtcbiAgICAgICAgICAgICAgICBjb25zdCBjYW5jZWxJZCA9IG1lc3NhZ2UucGFyYW1zLmlkO1xuICAgICAgICAgICAgICAgIGNvbnN0IGtleSA9IGNyZWF0ZVJlcXVlc3RRdWV1ZUtleShjYW5jZWxJZCk7XG4gICAgICAgICAgICAgICAgY29uc3QgdG9DYW5jZWwgPSBtZXNzYWdlUXVldWUuZ2V0KGtleSk7XG4gICAgICAgICAgICAgICAgaWYgKG1lc3NhZ2VzXzEuTWVzc2FnZS5pc1JlcXVlc3QodG9DYW5jZWwpKSB7XG4gICAgICAgICAgICAgICAgICAgIGNvbnN0IHN0cmF0ZWd5ID0gb3B0aW9ucz8uY29ubmVjdGlvblN0cmF0ZWd5O1xuICAgICAgICAgICAgICAgICAgICBjb25zdCByZXNwb25zZSA9IChzdHJhdGVneSAmJiBzdHJhdGVneS5jYW5jZWxVbmRpc3BhdGNoZWQpID8gc3RyYXRlZ3kuY2FuY2VsVW5kaXNwYXRjaGVkKHRvQ2FuY2VsLCBjYW5jZWxVbmRpc3BhdGNoZWQpIDogY2FuY2VsVW5kaXNwYXRjaGVkKHRvQ2FuY2VsKTtcbiAgICAgICAgICAgICAgICAgICAgaWYgKHJlc3BvbnNlICYmIChyZXNwb25zZS5lcnJvciAhPT0gdW5kZWZpbmVkIHx8IHJlc3BvbnNlLnJlc3VsdCAhPT0gdW5kZWZpbmVkKSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgbWVzc2FnZVF1ZXVlLmRlbGV0ZShrZXkpO1xuICAgICAgICAgICAgICAgICAgICAgICAgcmVxdWVzdFRva2Vucy5kZWxldGUoY2FuY2VsSWQpO1xuICAgICAgICAgICAgICAgICAgICAgICAgcmVzcG9uc2UuaWQgPSB0b0NhbmNlbC5pZDtcbiAgICAgICAgICAgICAgICAgICAgICAgIHRyYWNlU2VuZGluZ1Jlc3BvbnNlKHJlc3BvbnNlLCBtZXNzYWdlLm1ldGhvZCwgRGF0ZS5ub3coKSk7XG4gICAgICAgICAgICAgICAgICAgICAgICBtZXNzYWdlV3JpdGVyLndyaXRlKHJlc3BvbnNlKS5jYXRjaCgoKSA9PiBsb2dnZXIuZXJyb3IoYFNlbmRpbmcgcmVzcG9uc2UgZm9yIGNhbmNlbGVkIG1lc3NhZ2UgZmFpbGVkLmApKTtcbiAgICAgICAgICAgICAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBjb25zdCBjYW5jZWxsYXRpb25Ub2tlbiA9IHJlcXVlc3RUb2tlbnMuZ2V0KGNhbmNlbElkKTtcbiAgICAgICAgICAgICAgICAvLyBUaGUgcmVxdWVzdCBpcyBhbHJlYWR5IHJ1bm5pbmcuIENhbmNlbCB0aGUgdG9rZW5cbiAgICAgICAgICAgICAgICBpZiAoY2FuY2VsbGF0aW9uVG9rZW4gIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgICAgICBjYW5jZWxsYXRpb25Ub2tlbi5jYW5jZWwoKTtcbiAgICAgICAgICAgICAgICAgICAgdHJhY2VSZWNlaXZlZE5vdGlmaWNhdGlvbihtZXNzYWdlKTtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgLy8gUmVtZW1iZXIgdGhlIGNhbmNlbCBidXQgc3RpbGwgcXVldWUgdGhlIG1lc3NhZ2UgdG9cbiAgICAgICAgICAgICAgICAgICAgLy8gY2xlYW4gdXAgc3RhdGUgaW4gcHJvY2VzcyBtZXNzYWdlLlxuICAgICAgICAgICAgICAgICAgICBrbm93bkNhbmNlbGVkUmVxdWVzdHMuYWRkKGNhbmNlbElkKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBhZGRNZXNzYWdlVG9RdWV1ZShtZXNzYWdlUXVldWUsIG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgICAgIGZpbmFsbHkge1xuICAgICAgICAgICAgdHJpZ2dlck1lc3NhZ2VRdWV1ZSgpO1xuICAgICAgICB9XG4gICAgfTtcbiAgICBhc3luYyBmdW5jdGlvbiBoYW5kbGVSZXF1ZXN0KHJlcXVlc3RNZXNzYWdlKSB7XG4gICAgICAgIGlmIChpc0Rpc3Bvc2VkKCkpIHtcbiAgICAgICAgICAgIC8vIHdlIHJldHVybiBoZXJlIHNpbGVudGx5IHNpbmNlIHdlIGZpcmVkIGFuIGV2ZW50IHdoZW4gdGhlXG4gICAgICAgICAgICAvLyBjb25uZWN0aW9uIGdvdCBkaXNwb3NlZC5cbiAgICAgICAgICAgIHJldHVybiBQcm9taXNlLnJlc29sdmUoKTtcbiAgICAgICAgfVxuICAgICAgICBmdW5jdGlvbiByZXBseShyZXN1bHRPckVycm9yLCBtZXRob2QsIHN0YXJ0VGltZSkge1xuICAgICAgICAgICAgY29uc3QgbWVzc2FnZSA9IHtcbiAgICAgICAgICAgICAgICBqc29ucnBjOiB2ZXJzaW9uLFxuICAgICAgICAgICAgICAgIGlkOiByZXF1ZXN0TWVzc2FnZS5pZFxuICAgICAgICAgICAgfTtcbiAgICAgICAgICAgIGlmIChyZXN1bHRPckVycm9yIGluc3RhbmNlb2YgbWVzc2FnZXNfMS5SZXNwb25zZUVycm9yKSB7XG4gICAgICAgICAgICAgICAgbWVzc2FnZS5lcnJvciA9IHJlc3VsdE9yRXJyb3IudG9Kc29uKCk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICBtZXNzYWdlLnJlc3VsdCA9IHJlc3VsdE9yRXJyb3IgPT09IHVuZGVmaW5lZCA/IG51bGwgOiByZXN1bHRPckVycm9yO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgdHJhY2VTZW5kaW5nUmVzcG9uc2UobWVzc2FnZSwgbWV0aG9kLCBzdGFydFRpbWUpO1xuICAgICAgICAgICAgcmV0dXJuIG1lc3NhZ2VXcml0ZXIud3JpdGUobWVzc2FnZSk7XG4gICAgICAgIH1cbiAgICAgICAgZnVuY3Rpb24gcmVwbHlFcnJvcihlcnJvciwgbWV0aG9kLCBzdGFydFRpbWUpIHtcbiAgICAgICAgICAgIGNvbnN0IG1lc3NhZ2UgPSB7XG4gICAgICAgICAgICAgICAganNvbnJwYzogdmVyc2lvbixcbiAgICAgICAgICAgICAgICBpZDogcmVxdWVzdE1lc3NhZ2UuaWQsXG4gICAgICAgICAgICAgICAgZXJyb3I6IGVycm9yLnRvSnNvbigpXG4gICAgICAgICAgICB9O1xuICAgICAgICAgICAgdHJhY2VTZW5kaW5nUmVzcG9uc2UobWVzc2FnZSwgbWV0aG9kLCBzdGFydFRpbWUpO1xuICAgICAgICAgICAgcmV0dXJuIG1lc3NhZ2VXcml0ZXIud3JpdGUobWVzc2FnZSk7XG4gICAgICAgIH1cbiAgICAgICAgdHJhY2VSZWNlaXZlZFJlcXVlc3QocmVxdWVzdE1lc3NhZ2UpO1xuICAgICAgICBjb25zdCBlbGVtZW50ID0gcmVxdWVzdEhhbmRsZXJzLmdldChyZXF1ZXN0TWVzc2FnZS5tZXRob2QpO1xuICAgICAgICBsZXQgdHlwZTtcbiAgICAgICAgbGV0IHJlcXVlc3RIYW5kbGVyO1xuICAgICAgICBpZiAoZWxlbWVudCkge1xuICAgICAgICAgICAgdHlwZSA9IGVsZW1lbnQudHlwZTtcbiAgICAgICAgICAgIHJlcXVlc3RIYW5kbGVyID0gZWxlbWVudC5oYW5kbGVyO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IHN0YXJ0VGltZSA9IERhdGUubm93KCk7XG4gICAgICAgIGlmIChyZXF1ZXN0SGFuZGxlciB8fCBzdGFyUmVxdWVzdEhhbmRsZXIpIHtcbiAgICAgICAgICAgIGNvbnN0IHRva2VuS2V5ID0gcmVxdWVzdE1lc3NhZ2UuaWQgPz8gU3RyaW5nKERhdGUubm93KCkpOyAvL1xuICAgICAgICAgICAgY29uc3QgY2FuY2VsbGF0aW9uU291cmNlID0gSWRDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5LmlzKGNhbmNlbGxhdGlvblN0cmF0ZWd5LnJlY2VpdmVyKVxuICAgICAgICAgICAgICAgID8gY2FuY2VsbGF0aW9uU3RyYXRlZ3kucmVjZWl2ZXIuY3JlYXRlQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UodG9rZW5LZXkpXG4gICAgICAgICAgICAgICAgOiBjYW5jZWxsYXRpb25TdHJhdGVneS5yZWNlaXZlci5jcmVhdGVDYW5jZWxsYXRpb25Ub2tlblNvdXJjZShyZXF1ZXN0TWVzc2FnZSk7XG4gICAgICAgICAgICBpZiAocmVxdWVzdE1lc3NhZ2UuaWQgIT09IG51bGwgJiYga25vd25DYW5jZWxlZFJlcXVlc3RzLmhhcyhyZXF1ZXN0TWVzc2FnZS5pZCkpIHtcbiAgICAgICAgICAgICAgICBjYW5jZWxsYXRpb25Tb3VyY2UuY2FuY2VsKCk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBpZiAocmVxdWVzdE1lc3NhZ2UuaWQgIT09IG51bGwpIHtcbiAgICAgICAgICAgICAgICByZXF1ZXN0VG9rZW5zLnNldCh0b2tlbktleSwgY2FuY2VsbGF0aW9uU291cmNlKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgICAgbGV0IGhhbmRsZXJSZXN1bHQ7XG4gICAgICAgICAgICAgICAgaWYgKHJlcXVlc3RIYW5kbGVyKSB7XG4gICAgICAgICAgICAgICAgICAgIGlmIChyZXF1ZXN0TWVzc2FnZS5wYXJhbXMgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgICAgICAgICAgaWYgKHR5cGUgIT09IHVuZGVmaW5lZCAmJiB0eXBlLm51bWJlck9mUGFyYW1zICE9PSAwKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgcmV0dXJuIHJlcGx5RXJyb3IobmV3IG1lc3NhZ2VzXzEuUmVzcG9uc2VFcnJvcihtZXNzYWdlc18xLkVycm9yQ29kZXMuSW52YWxpZFBhcmFtcywgYFJlcXVlc3QgJHtyZXF1ZXN0TWVzc2FnZS5tZXRob2R9IGRlZmluZXMgJHt0eXBlLm51bWJlck9mUGFyYW1zfSBwYXJhbXMgYnV0IHJlY2VpdmVkIG5vbmUuYCksIHJlcXVlc3RNZXNzYWdlLm1ldGhvZCwgc3RhcnRUaW1lKTtcbiAgICAgICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgICAgIGhhbmRsZXJSZXN1bHQgPSByZXF1ZXN0SGFuZGxlcihjYW5jZWxsYXRpb25Tb3VyY2UudG9rZW4pO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIGVsc2UgaWYgKEFycmF5LmlzQXJyYXkocmVxdWVzdE1lc3NhZ2UucGFyYW1zKSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgaWYgKHR5cGUgIT09IHVuZGVmaW5lZCAmJiB0eXBlLnBhcmFtZXRlclN0cnVjdHVyZXMgPT09IG1lc3NhZ2VzXzEuUGFyYW1ldGVyU3RydWN0dXJlcy5ieU5hbWUpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICByZXR1cm4gcmVwbHlFcnJvcihuZXcgbWVzc2FnZXNfMS5SZXNwb25zZUVycm9yKG1lc3NhZ2VzXzEuRXJyb3JDb2Rlcy5JbnZhbGlkUGFyYW1zLCBgUmVxdWVzdCAke3JlcXVlc3RNZXNzYWdlLm1ldGhvZH0gZGVmaW5lcyBwYXJhbWV0ZXJzIGJ5IG5hbWUgYnV0IHJlY2VpdmVkIHBhcmFtZXRlcnMgYnkgcG9zaXRpb25gKSwgcmVxdWVzdE1lc3NhZ2UubWV0aG9kLCBzdGFydFRpbWUpO1xuICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICAgICAgaGFuZGxlclJlc3VsdCA9IHJlcXVlc3RIYW5kbGVyKC4uLnJlcXVlc3RNZXNzYWdlLnBhcmFtcywgY2FuY2VsbGF0aW9uU291cmNlLnRva2VuKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmICh0eXBlICE9PSB1bmRlZmluZWQgJiYgdHlwZS5wYXJhbWV0ZXJTdHJ1Y3R1cmVzID09PSBtZXNzYWdlc18xLlBhcmFtZXRlclN0cnVjdHVyZXMuYnlQb3NpdGlvbikge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIHJldHVybiByZXBseUVycm9yKG5ldyBtZXNzYWdlc18xLlJlc3BvbnNlRXJyb3IobWVzc2FnZXNfMS5FcnJvckNvZGVzLkludmFsaWRQYXJhbXMsIGBSZXF1ZXN0ICR7cmVxdWVzdE1lc3NhZ2UubWV0aG9kfSBkZWZpbmVzIHBhcmFtZXRlcnMgYnkgcG9zaXRpb24gYnV0IHJlY2VpdmVkIHBhcmFtZXRlcnMgYnkgbmFtZWApLCByZXF1ZXN0TWVzc2FnZS5tZXRob2QsIHN0YXJ0VGltZSk7XG4gICAgICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgICAgICBoYW5kbGVyUmVzdWx0ID0gcmVxdWVzdEhhbmRsZXIocmVxdWVzdE1lc3NhZ2UucGFyYW1zLCBjYW5jZWxsYXRpb25Tb3VyY2UudG9rZW4pO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2UgaWYgKHN0YXJSZXF1ZXN0SGFuZGxlcikge1xuICAgICAgICAgICAgICAgICAgICBoYW5kbGVyUmVzdWx0ID0gc3RhclJlcXVlc3RIYW5kbGVyKHJlcXVlc3RNZXNzYWdlLm1ldGhvZCwgcmVxdWVzdE1lc3NhZ2UucGFyYW1zLCBjYW5jZWxsYXRpb25Tb3VyY2UudG9rZW4pO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBjb25zdCByZXN1bHRPckVycm9yID0gYXdhaXQgaGFuZGxlclJlc3VsdDtcbiAgICAgICAgICAgICAgICBhd2FpdCByZXBseShyZXN1bHRPckVycm9yLCByZXF1ZXN0TWVzc2FnZS5tZXRob2QsIHN0YXJ0VGltZSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICAgICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBtZXNzYWdlc18xLlJlc3BvbnNlRXJyb3IpIHtcbiAgICAgICAgICAgICAgICAgICAgYXdhaXQgcmVwbHkoZXJyb3IsIHJlcXVlc3RNZXNzYWdlLm1ldGhvZCwgc3RhcnRUaW1lKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgZWxzZSBpZiAoZXJyb3IgJiYgSXMuc3RyaW5nKGVycm9yLm1lc3NhZ2UpKSB7XG4gICAgICAgICAgICAgICAgICAgIGF3YWl0IHJlcGx5RXJyb3IobmV3IG1lc3NhZ2VzXzEuUmVzcG9uc2VFcnJvcihtZXNzYWdlc18xLkVycm9yQ29kZXMuSW50ZXJuYWxFcnJvciwgYFJlcXVlc3QgJHtyZXF1ZXN0TWVzc2FnZS5tZXRob2R9IGZhaWxlZCB3aXRoIG1lc3NhZ2U6ICR7ZXJyb3IubWVzc2FnZX1gKSwgcmVxdWVzdE1lc3NhZ2UubWV0aG9kLCBzdGFydFRpbWUpO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgYXdhaXQgcmVwbHlFcnJvcihuZXcgbWVzc2FnZXNfMS5SZXNwb25zZUVycm9yKG1lc3NhZ2VzXzEuRXJyb3JDb2Rlcy5JbnRlcm5hbEVycm9yLCBgUmVxdWVzdCAke3JlcXVlc3RNZXNzYWdlLm1ldGhvZH0gZmFpbGVkIHVuZXhwZWN0ZWRseSB3aXRob3V0IHByb3ZpZGluZyBhbnkgZGV0YWlscy5gKSwgcmVxdWVzdE1lc3NhZ2UubWV0aG9kLCBzdGFydFRpbWUpO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGZpbmFsbHkge1xuICAgICAgICAgICAgICAgIHJlcXVlc3RUb2tlbnMuZGVsZXRlKHRva2VuS2V5KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIGF3YWl0IHJlcGx5RXJyb3IobmV3IG1lc3NhZ2VzXzEuUmVzcG9uc2VFcnJvcihtZXNzYWdlc18xLkVycm9yQ29kZXMuTWV0aG9kTm90Rm91bmQsIGBVbmhhbmRsZWQgbWV0aG9kICR7cmVxdWVzdE1lc3NhZ2UubWV0aG9kfWApLCByZXF1ZXN0TWVzc2FnZS5tZXRob2QsIHN0YXJ0VGltZSk7XG4gICAgICAgIH1cbiAgICB9XG4gICAgZnVuY3Rpb24gaGFuZGxlUmVzcG9uc2UocmVzcG9uc2VNZXNzYWdlKSB7XG4gICAgICAgIGlmIChpc0Rpc3Bvc2VkKCkpIHtcbiAgICAgICAgICAgIC8vIFNlZSBoYW5kbGUgcmVxdWVzdC5cbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBpZiAocmVzcG9uc2VNZXNzYWdlLmlkID09PSBudWxsKSB7XG4gICAgICAgICAgICBpZiAocmVzcG9uc2VNZXNzYWdlLmVycm9yKSB7XG4gICAgICAgICAgICAgICAgbG9nZ2VyLmVycm9yKGBSZWNlaXZlZCByZXNwb25zZSBtZXNzYWdlIHdpdGhvdXQgaWQ6IEVycm9yIGlzOiBcXG4ke0pTT04uc3RyaW5naWZ5KHJlc3BvbnNlTWVzc2FnZS5lcnJvciwgdW5kZWZpbmVkLCA0KX1gKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgIGxvZ2dlci5lcnJvcihgUmVjZWl2ZWQgcmVzcG9uc2UgbWVzc2FnZSB3aXRob3V0IGlkLiBObyBmdXJ0aGVyIGVycm9yIGluZm9ybWF0aW9uIHByb3ZpZGVkLmApO1xuICAgICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgY29uc3Qga2V5ID0gcmVzcG9uc2VNZXNzYWdlLmlkO1xuICAgICAgICAgICAgY29uc3QgcmVzcG9uc2VQcm9taXNlID0gcmVzcG9uc2VQcm9taXNlcy5nZXQoa2V5KTtcbiAgICAgICAgICAgIHRyYWNlUmVjZWl2ZWRSZXNwb25zZShyZXNwb25zZU1lc3NhZ2UsIHJlc3BvbnNlUHJvbWlzZSk7XG4gICAgICAgICAgICBpZiAocmVzcG9uc2VQcm9taXNlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICByZXNwb25zZVByb21pc2VzLmRlbGV0ZShrZXkpO1xuICAgICAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgICAgICAgIGlmIChyZXNwb25zZU1lc3NhZ2UuZXJyb3IpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGNvbnN0IGVycm9yID0gcmVzcG9uc2VNZXNzYWdlLmVycm9yO1xuICAgICAgICAgICAgICAgICAgICAgICAgcmVzcG9uc2VQcm9taXNlLnJlamVjdChuZXcgbWVzc2FnZXNfMS5SZXNwb25zZUVycm9yKGVycm9yLmNvZGUsIGVycm9yLm1lc3NhZ2UsIGVycm9yLmRhdGEpKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICBlbHNlIGlmIChyZXNwb25zZU1lc3NhZ2UucmVzdWx0ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIHJlc3BvbnNlUHJvbWlzZS5yZXNvbHZlKHJlc3BvbnNlTWVzc2FnZS5yZXN1bHQpO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICAgICAgdGhyb3cgbmV3IEVycm9yKCdTaG91bGQgbmV2ZXIgaGFwcGVuLicpO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGNhdGNoIChlcnJvcikge1xuICAgICAgICAgICAgICAgICAgICBpZiAoZXJyb3IubWVzc2FnZSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgbG9nZ2VyLmVycm9yKGBSZXNwb25zZSBoYW5kbGVyICcke3Jlc3BvbnNlUHJvbWlzZS5tZXRob2R9JyBmYWlsZWQgd2l0aCBtZXNzYWdlOiAke2Vycm9yLm1lc3NhZ2V9YCk7XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgICAgICAgICBsb2dnZXIuZXJyb3IoYFJlc3BvbnNlIGhhbmRsZXIgJyR7cmVzcG9uc2VQcm9taXNlLm1ldGhvZH0nIGZhaWxlZCB1bmV4cGVjdGVkbHkuYCk7XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICB9XG4gICAgYXN5bmMgZnVuY3Rpb24gaGFuZGxlTm90aWZpY2F0aW9uKG1lc3NhZ2UpIHtcbiAgICAgICAgaWYgKGlzRGlzcG9zZWQoKSkge1xuICAgICAgICAgICAgLy8gU2VlIGhhbmRsZSByZXF1ZXN0LlxuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGxldCB0eXBlID0gdW5kZWZpbmVkO1xuICAgICAgICBsZXQgbm90aWZpY2F0aW9uSGFuZGxlcjtcbiAgICAgICAgaWYgKG1lc3NhZ2UubWV0aG9kID09PSBDYW5jZWxOb3RpZmljYXRpb24udHlwZS5tZXRob2QpIHtcbiAgICAgICAgICAgIGNvbnN0IGNhbmNlbElkID0gbWVzc2FnZS5wYXJhbXMuaWQ7XG4gICAgICAgICAgICBrbm93bkNhbmNlbGVkUmVxdWVzdHMuZGVsZXRlKGNhbmNlbElkKTtcbiAgICAgICAgICAgIHRyYWNlUmVjZWl2ZWROb3RpZmljYXRpb24obWVzc2FnZSk7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICBjb25zdCBlbGVtZW50ID0gbm90aWZpY2F0aW9uSGFuZGxlcnMuZ2V0KG1lc3NhZ2UubWV0aG9kKTtcbiAgICAgICAgICAgIGlmIChlbGVtZW50KSB7XG4gICAgICAgICAgICAgICAgbm90aWZpY2F0aW9uSGFuZGxlciA9IGVsZW1lbnQuaGFuZGxlcjtcbiAgICAgICAgICAgICAgICB0eXBlID0gZWxlbWVudC50eXBlO1xuICAgICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmIChub3RpZmljYXRpb25IYW5kbGVyIHx8IHN0YXJOb3RpZmljYXRpb25IYW5kbGVyKSB7XG4gICAgICAgICAgICB0cnkge1xuICAgICAgICAgICAgICAgIHRyYWNlUmVjZWl2ZWROb3RpZmljYXRpb24obWVzc2FnZSk7XG4gICAgICAgICAgICAgICAgaWYgKG5vdGlmaWNhdGlvbkhhbmRsZXIpIHtcbiAgICAgICAgICAgICAgICAgICAgaWYgKG1lc3NhZ2UucGFyYW1zID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmICh0eXBlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICBpZiAodHlwZS5udW1iZXJPZlBhcmFtcyAhPT0gMCAmJiB0eXBlLnBhcmFtZXRlclN0cnVjdHVyZXMgIT09IG1lc3NhZ2VzXzEuUGFyYW1ldGVyU3RydWN0dXJlcy5ieU5hbWUpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgbG9nZ2VyLmVycm9yKGBOb3RpZmljYXRpb24gJHttZXNzYWdlLm1ldGhvZH0gZGVmaW5lcyAke3R5cGUubnVtYmVyT2ZQYXJhbXN9IHBhcmFtcyBidXQgcmVjZWl2ZWQgbm9uZS5gKTtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgICAgICBhd2FpdCBub3RpZmljYXRpb25IYW5kbGVyKCk7XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgZWxzZSBpZiAoQXJyYXkuaXNBcnJheShtZXNzYWdlLnBhcmFtcykpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIC8vIFRoZXJlIGFyZSBKU09OLVJQQyBsaWJyYXJpZXMgdGhhdCBzZW5kIHByb2dyZXNzIG1lc3NhZ2UgYXMgcG9zaXRpb25hbCBwYXJhbXMgYWx0aG91Z2hcbiAgICAgICAgICAgICAgICAgICAgICAgIC8vIHNwZWNpZmllZCBhcyBuYW1lZC4gU28gY29udmVydCB0aGVtIGlmIHRoaXMgaXMgdGhlIGNhc2UuXG4gICAgICAgICAgICAgICAgICAgICAgICBjb25zdCBwYXJhbXMgPSBtZXNzYWdlLnBhcmFtcztcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmIChtZXNzYWdlLm1ldGhvZCA9PT0gUHJvZ3Jlc3NOb3RpZmljYXRpb24udHlwZS5tZXRob2QgJiYgcGFyYW1zLmxlbmd0aCA9PT0gMiAmJiBQcm9ncmVzc1Rva2VuLmlzKHBhcmFtc1swXSkpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICBhd2FpdCBub3RpZmljYXRpb25IYW5kbGVyKHsgdG9rZW46IHBhcmFtc1swXSwgdmFsdWU6IHBhcmFtc1sxXSB9KTtcbiAgICAgICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIGlmICh0eXBlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgaWYgKHR5cGUucGFyYW1ldGVyU3RydWN0dXJlcyA9PT0gbWVzc2FnZXNfMS5QYXJhbWV0ZXJTdHJ1Y3R1cmVzLmJ5TmFtZSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgbG9nZ2VyLmVycm9yKGBOb3RpZmljYXRpb24gJHttZXNzYWdlLm1ldGhvZH0gZGVmaW5lcyBwYXJhbWV0ZXJzIGJ5IG5hbWUgYnV0IHJlY2VpdmVkIHBhcmFtZXRlcnMgYnkgcG9zaXRpb25gKTtcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICBpZiAodHlwZS5udW1iZXJPZlBhcmFtcyAhPT0gbWVzc2FnZS5wYXJhbXMubGVuZ3RoKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICBsb2dnZXIuZXJyb3IoYE5vdGlmaWNhdGlvbiAke21lc3NhZ2UubWV0aG9kfSBkZWZpbmVzICR7dHlwZS5udW1iZXJPZlBhcmFtc30gcGFyYW1zIGJ1dCByZWNlaXZlZCAke3BhcmFtcy5sZW5ndGh9IGFyZ3VtZW50c2ApO1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICAgICAgICAgIGF3YWl0IG5vdGlmaWNhdGlvbkhhbmRsZXIoLi4ucGFyYW1zKTtcbiAgICAgICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmICh0eXBlICE9PSB1bmRlZmluZWQgJiYgdHlwZS5wYXJhbWV0ZXJTdHJ1Y3R1cmVzID09PSBtZXNzYWdlc18xLlBhcmFtZXRlclN0cnVjdHVyZXMuYnlQb3NpdGlvbikge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIGxvZ2dlci5lcnJvcihgTm90aWZpY2F0aW9uICR7bWVzc2FnZS5tZXRob2R9IGRlZmluZXMgcGFyYW1ldGVycyBieSBwb3NpdGlvbiBidXQgcmVjZWl2ZWQgcGFyYW1ldGVycyBieSBuYW1lYCk7XG4gICAgICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgICAgICBhd2FpdCBub3RpZmljYXRpb25IYW5kbGVyKG1lc3NhZ2UucGFyYW1zKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIGlmIChzdGFyTm90aWZpY2F0aW9uSGFuZGxlcikge1xuICAgICAgICAgICAgICAgICAgICBhd2FpdCBzdGFyTm90aWZpY2F0aW9uSGFuZGxlcihtZXNzYWdlLm1ldGhvZCwgbWVzc2FnZS5wYXJhbXMpO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNhdGNoIChlcnJvcikge1xuICAgICAgICAgICAgICAgIGlmIChlcnJvci5tZXNzYWdlKSB7XG4gICAgICAgICAgICAgICAgICAgIGxvZ2dlci5lcnJvcihgTm90aWZpY2F0aW9uIGhhbmRsZXIgJyR7bWVzc2FnZS5tZXRob2R9JyBmYWlsZWQgd2l0aCBtZXNzYWdlOiAke2Vycm9yLm1lc3NhZ2V9YCk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICBsb2dnZXIuZXJyb3IoYE5vdGlmaWNhdGlvbiBoYW5kbGVyICcke21lc3NhZ2UubWV0aG9kfScgZmFpbGVkIHVuZXhwZWN0ZWRseS5gKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICB1bmhhbmRsZWROb3RpZmljYXRpb25FbWl0dGVyLmZpcmUobWVzc2FnZSk7XG4gICAgICAgIH1cbiAgICB9XG4gICAgZnVuY3Rpb24gaGFuZGxlSW52YWxpZE1lc3NhZ2UobWVzc2FnZSkge1xuICAgICAgICBpZiAoIW1lc3NhZ2UpIHtcbiAgICAgICAgICAgIGxvZ2dlci5lcnJvcignUmVjZWl2ZWQgZW1wdHkgbWVzc2FnZS4nKTtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBsb2dnZXIuZXJyb3IoYFJlY2VpdmVkIG1lc3NhZ2Ugd2hpY2ggaXMgbmVpdGhlciBhIHJlc3BvbnNlIG5vciBhIG5vdGlmaWNhdGlvbiBtZXNzYWdlOlxcbiR7SlNPTi5zdHJpbmdpZnkobWVzc2FnZSwgbnVsbCwgNCl9YCk7XG4gICAgICAgIC8vIFRlc3Qgd2hldGhlciB3ZSBmaW5kIGFuIGlkIHRvIHJlamVjdCB0aGUgcHJvbWlzZVxuICAgICAgICBjb25zdCByZXNwb25zZU1lc3NhZ2UgPSBtZXNzYWdlO1xuICAgICAgICBpZiAoSXMuc3RyaW5nKHJlc3BvbnNlTWVzc2FnZS5pZCkgfHwgSXMubnVtYmVyKHJlc3BvbnNlTWVzc2FnZS5pZCkpIHtcbiAgICAgICAgICAgIGNvbnN0IGtleSA9IHJlc3BvbnNlTWVzc2FnZS5pZDtcbiAgICAgICAgICAgIGNvbnN0IHJlc3BvbnNlSGFuZGxlciA9IHJlc3BvbnNlUHJvbWlzZXMuZ2V0KGtleSk7XG4gICAgICAgICAgICBpZiAocmVzcG9uc2VIYW5kbGVyKSB7XG4gICAgICAgICAgICAgICAgcmVzcG9uc2VIYW5kbGVyLnJlamVjdChuZXcgRXJyb3IoJ1RoZSByZWNlaXZlZCByZXNwb25zZSBoYXMgbmVpdGhlciBhIHJlc3VsdCBub3IgYW4gZXJyb3IgcHJvcGVydHkuJykpO1xuICAgICAgICAgICAgfVxuICAgICAgICB9XG4gICAgfVxuICAgIGZ1bmN0aW9uIHN0cmluZ2lmeVRyYWNlKHBhcmFtcykge1xuICAgICAgICBpZiAocGFyYW1zID09PSB1bmRlZmluZWQgfHwgcGFyYW1zID09PSBudWxsKSB7XG4gICAgICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgICB9XG4gICAgICAgIHN3aXRjaCAodHJhY2UpIHtcbiAgICAgICAgICAgIGNhc2UgVHJhY2UuVmVyYm9zZTpcbiAgICAgICAgICAgICAgICByZXR1cm4gSlNPTi5zdHJpbmdpZnkocGFyYW1zLCBudWxsLCA0KTtcbiAgICAgICAgICAgIGNhc2UgVHJhY2UuQ29tcGFjdDpcbiAgICAgICAgICAgICAgICByZXR1cm4gSlNPTi5zdHJpbmdpZnkocGFyYW1zKTtcbiAgICAgICAgICAgIGRlZmF1bHQ6XG4gICAgICAgICAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiB0cmFjZVNlbmRpbmdSZXF1ZXN0KG1lc3NhZ2UpIHtcbiAgICAgICAgaWYgKHRyYWNlID09PSBUcmFjZS5PZmYgfHwgIXRyYWNlcikge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGlmICh0cmFjZUZvcm1hdCA9PT0gVHJhY2VGb3JtYXQuVGV4dCkge1xuICAgICAgICAgICAgbGV0IGRhdGEgPSB1bmRlZmluZWQ7XG4gICAgICAgICAgICBpZiAoKHRyYWNlID09PSBUcmFjZS5WZXJib3NlIHx8IHRyYWNlID09PSBUcmFjZS5Db21wYWN0KSAmJiBtZXNzYWdlLnBhcmFtcykge1xuICAgICAgICAgICAgICAgIGRhdGEgPSBgUGFyYW1zOiAke3N0cmluZ2lmeVRyYWNlKG1lc3NhZ2UucGFyYW1zKX1gO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgdHJhY2VyLmxvZyhgU2VuZGluZyByZXF1ZXN0ICcke21lc3NhZ2UubWV0aG9kfSAtICgke21lc3NhZ2UuaWR9KScuYCwgZGF0YSk7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICBsb2dMU1BNZXNzYWdlKCdzZW5kLXJlcXVlc3QnLCBtZXNzYWdlKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiB0cmFjZVNlbmRpbmdOb3RpZmljYXRpb24obWVzc2FnZSkge1xuICAgICAgICBpZiAodHJhY2UgPT09IFRyYWNlLk9mZiB8fCAhdHJhY2VyKSB7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRyYWNlRm9ybWF0ID09PSBUcmFjZUZvcm1hdC5UZXh0KSB7XG4gICAgICAgICAgICBsZXQgZGF0YSA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgIGlmICh0cmFjZSA9PT0gVHJhY2UuVmVyYm9zZSB8fCB0cmFjZSA9PT0gVHJhY2UuQ29tcGFjdCkge1xuICAgICAgICAgICAgICAgIGlmIChtZXNzYWdlLnBhcmFtcykge1xuICAgICAgICAgICAgICAgICAgICBkYXRhID0gYFBhcmFtczogJHtzdHJpbmdpZnlUcmFjZShtZXNzYWdlLnBhcmFtcyl9YDtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgICAgIGRhdGEgPSAnTm8gcGFyYW1ldGVycyBwcm92aWRlZC4nO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHRyYWNlci5sb2coYFNlbmRpbmcgbm90aWZpY2F0aW9uICcke21lc3NhZ2UubWV0aG9kfScuYCwgZGF0YSk7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICBsb2dMU1BNZXNzYWdlKCdzZW5kLW5vdGlmaWNhdGlvbicsIG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGZ1bmN0aW9uIHRyYWNlU2VuZGluZ1Jlc3BvbnNlKG1lc3NhZ2UsIG1ldGhvZCwgc3RhcnRUaW1lKSB7XG4gICAgICAgIGlmICh0cmFjZSA9PT0gVHJhY2UuT2ZmIHx8ICF0cmFjZXIpIHtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBpZiAodHJhY2VGb3JtYXQgPT09IFRyYWNlRm9ybWF0LlRleHQpIHtcbiAgICAgICAgICAgIGxldCBkYXRhID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgaWYgKHRyYWNlID09PSBUcmFjZS5WZXJib3NlIHx8IHRyYWNlID09PSBUcmFjZS5Db21wYWN0KSB7XG4gICAgICAgICAgICAgICAgaWYgKG1lc3NhZ2UuZXJyb3IgJiYgbWVzc2FnZS5lcnJvci5kYXRhKSB7XG4gICAgICAgICAgICAgICAgICAgIGRhdGEgPSBgRXJyb3IgZGF0YTogJHtzdHJpbmdpZnlUcmFjZShtZXNzYWdlLmVycm9yLmRhdGEpfWA7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICBpZiAobWVzc2FnZS5yZXN1bHQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGRhdGEgPSBgUmVzdWx0OiAke3N0cmluZ2lmeVRyYWNlKG1lc3NhZ2UucmVzdWx0KX1gO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIGVsc2UgaWYgKG1lc3NhZ2UuZXJyb3IgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgICAgICAgICAgZGF0YSA9ICdObyByZXN1bHQgcmV0dXJuZWQuJztcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNvbnN0IGVycm9yID0gbWVzc2FnZS5lcnJvciA/IGAgUmVxdWVzdCBmYWlsZWQ6ICR7bWVzc2FnZS5lcnJvci5tZXNzYWdlfSAoJHttZXNzYWdlLmVycm9yLmNvZGV9KS5gIDogJyc7XG4gICAgICAgICAgICB0cmFjZXIubG9nKGBTZW5kaW5nIHJlc3BvbnNlICcke21ldGhvZH0gLSAoJHttZXNzYWdlLmlkfSknLiBQcm9jZXNzaW5nIHJlcXVlc3QgdG9vayAke0RhdGUubm93KCkgLSBzdGFydFRpbWV9bXMuJHtlcnJvcn1gLCBkYXRhKTtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIGxvZ0xTUE1lc3NhZ2UoJ3NlbmQtcmVzcG9uc2UnLCBtZXNzYWdlKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiB0cmFjZVJlY2VpdmVkUmVxdWVzdChtZXNzYWdlKSB7XG4gICAgICAgIGlmICh0cmFjZSA9PT0gVHJhY2UuT2ZmIHx8ICF0cmFjZXIpIHtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBpZiAodHJhY2VGb3JtYXQgPT09IFRyYWNlRm9ybWF0LlRleHQpIHtcbiAgICAgICAgICAgIGxldCBkYXRhID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgaWYgKCh0cmFjZSA9PT0gVHJhY2UuVmVyYm9zZSB8fCB0cmFjZSA9PT0gVHJhY2UuQ29tcGFjdCkgJiYgbWVzc2FnZS5wYXJhbXMpIHtcbiAgICAgICAgICAgICAgICBkYXRhID0gYFBhcmFtczogJHtzdHJpbmdpZnlUcmFjZShtZXNzYWdlLnBhcmFtcyl9YDtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHRyYWNlci5sb2coYFJlY2VpdmVkIHJlcXVlc3QgJyR7bWVzc2FnZS5tZXRob2R9IC0gKCR7bWVzc2FnZS5pZH0pJy5gLCBkYXRhKTtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIGxvZ0xTUE1lc3NhZ2UoJ3JlY2VpdmUtcmVxdWVzdCcsIG1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGZ1bmN0aW9uIHRyYWNlUmVjZWl2ZWROb3RpZmljYXRpb24obWVzc2FnZSkge1xuICAgICAgICBpZiAodHJhY2UgPT09IFRyYWNlLk9mZiB8fCAhdHJhY2VyIHx8IG1lc3NhZ2UubWV0aG9kID09PSBMb2dUcmFjZU5vdGlmaWNhdGlvbi50eXBlLm1ldGhvZCkge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGlmICh0cmFjZUZvcm1hdCA9PT0gVHJhY2VGb3JtYXQuVGV4dCkge1xuICAgICAgICAgICAgbGV0IGRhdGEgPSB1bmRlZmluZWQ7XG4gICAgICAgICAgICBpZiAodHJhY2UgPT09IFRyYWNlLlZlcmJvc2UgfHwgdHJhY2UgPT09IFRyYWNlLkNvbXBhY3QpIHtcbiAgICAgICAgICAgICAgICBpZiAobWVzc2FnZS5wYXJhbXMpIHtcbiAgICAgICAgICAgICAgICAgICAgZGF0YSA9IGBQYXJhbXM6ICR7c3RyaW5naWZ5VHJhY2UobWVzc2FnZS5wYXJhbXMpfWA7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICBkYXRhID0gJ05vIHBhcmFtZXRlcnMgcHJvdmlkZWQuJztcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICB0cmFjZXIubG9nKGBSZWNlaXZlZCBub3RpZmljYXRpb24gJyR7bWVzc2FnZS5tZXRob2R9Jy5gLCBkYXRhKTtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIGxvZ0xTUE1lc3NhZ2UoJ3JlY2VpdmUtbm90aWZpY2F0aW9uJywgbWVzc2FnZSk7XG4gICAgICAgIH1cbiAgICB9XG4gICAgZnVuY3Rpb24gdHJhY2VSZWNlaXZlZFJlc3BvbnNlKG1lc3NhZ2UsIHJlc3BvbnNlUHJvbWlzZSkge1xuICAgICAgICBpZiAodHJhY2UgPT09IFRyYWNlLk9mZiB8fCAhdHJhY2VyKSB7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRyYWNlRm9ybWF0ID09PSBUcmFjZUZvcm1hdC5UZXh0KSB7XG4gICAgICAgICAgICBsZXQgZGF0YSA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgIGlmICh0cmFjZSA9PT0gVHJhY2UuVmVyYm9zZSB8fCB0cmFjZSA9PT0gVHJhY2UuQ29tcGFjdCkge1xuICAgICAgICAgICAgICAgIGlmIChtZXNzYWdlLmVycm9yICYmIG1lc3NhZ2UuZXJyb3IuZGF0YSkge1xuICAgICAgICAgICAgICAgICAgICBkYXRhID0gYEVycm9yIGRhdGE6ICR7c3RyaW5naWZ5VHJhY2UobWVzc2FnZS5lcnJvci5kYXRhKX1gO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgaWYgKG1lc3NhZ2UucmVzdWx0KSB7XG4gICAgICAgICAgICAgICAgICAgICAgICBkYXRhID0gYFJlc3VsdDogJHtzdHJpbmdpZnlUcmFjZShtZXNzYWdlLnJlc3VsdCl9YDtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICBlbHNlIGlmIChtZXNzYWdlLmVycm9yID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGRhdGEgPSAnTm8gcmVzdWx0IHJldHVybmVkLic7XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBpZiAocmVzcG9uc2VQcm9taXNlKSB7XG4gICAgICAgICAgICAgICAgY29uc3QgZXJyb3IgPSBtZXNzYWdlLmVycm9yID8gYCBSZXF1ZXN0IGZhaWxlZDogJHttZXNzYWdlLmVycm9yLm1lc3NhZ2V9ICgke21lc3NhZ2UuZXJyb3IuY29kZX0pLmAgOiAnJztcbiAgICAgICAgICAgICAgICB0cmFjZXIubG9nKGBSZWNlaXZlZCByZXNwb25zZSAnJHtyZXNwb25zZVByb21pc2UubWV0aG9kfSAtICgke21lc3NhZ2UuaWR9KScgaW4gJHtEYXRlLm5vdygpIC0gcmVzcG9uc2VQcm9taXNlLnRpbWVyU3RhcnR9bXMuJHtlcnJvcn1gLCBkYXRhKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgIHRyYWNlci5sb2coYFJlY2VpdmVkIHJlc3BvbnNlICR7bWVzc2FnZS5pZH0gd2l0aG91dCBhY3RpdmUgcmVzcG9uc2UgcHJvbWlzZS5gLCBkYXRhKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIGxvZ0xTUE1lc3NhZ2UoJ3JlY2VpdmUtcmVzcG9uc2UnLCBtZXNzYWdlKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiBsb2dMU1BNZXNzYWdlKHR5cGUsIG1lc3NhZ2UpIHtcbiAgICAgICAgaWYgKCF0cmFjZXIgfHwgdHJhY2UgPT09IFRyYWNlLk9mZikge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGxzcE1lc3NhZ2UgPSB7XG4gICAgICAgICAgICBpc0xTUE1lc3NhZ2U6IHRydWUsXG4gICAgICAgICAgICB0eXBlLFxuICAgICAgICAgICAgbWVzc2FnZSxcbiAgICAgICAgICAgIHRpbWVzdGFtcDogRGF0ZS5ub3coKVxuICAgICAgICB9O1xuICAgICAgICB0cmFjZXIubG9nKGxzcE1lc3NhZ2UpO1xuICAgIH1cbiAgICBmdW5jdGlvbiB0aHJvd0lmQ2xvc2VkT3JEaXNwb3NlZCgpIHtcbiAgICAgICAgaWYgKGlzQ2xvc2VkKCkpIHtcbiAgICAgICAgICAgIHRocm93IG5ldyBDb25uZWN0aW9uRXJyb3IoQ29ubmVjdGlvbkVycm9ycy5DbG9zZWQsICdDb25uZWN0aW9uIGlzIGNsb3NlZC4nKTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoaXNEaXNwb3NlZCgpKSB7XG4gICAgICAgICAgICB0aHJvdyBuZXcgQ29ubmVjdGlvbkVycm9yKENvbm5lY3Rpb25FcnJvcnMuRGlzcG9zZWQsICdDb25uZWN0aW9uIGlzIGRpc3Bvc2VkLicpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGZ1bmN0aW9uIHRocm93SWZMaXN0ZW5pbmcoKSB7XG4gICAgICAgIGlmIChpc0xpc3RlbmluZygpKSB7XG4gICAgICAgICAgICB0aHJvdyBuZXcgQ29ubmVjdGlvbkVycm9yKENvbm5lY3Rpb25FcnJvcnMuQWxyZWFkeUxpc3RlbmluZywgJ0Nvbm5lY3Rpb24gaXMgYWxyZWFkeSBsaXN0ZW5pbmcnKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiB0aHJvd0lmTm90TGlzdGVuaW5nKCkge1xuICAgICAgICBpZiAoIWlzTGlzdGVuaW5nKCkpIHtcbiAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignQ2FsbCBsaXN0ZW4oKSBmaXJzdC4nKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiB1bmRlZmluZWRUb051bGwocGFyYW0pIHtcbiAgICAgICAgaWYgKHBhcmFtID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgIHJldHVybiBudWxsO1xuICAgICAgICB9XG4gICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgcmV0dXJuIHBhcmFtO1xuICAgICAgICB9XG4gICAgfVxuICAgIGZ1bmN0aW9uIG51bGxUb1VuZGVmaW5lZChwYXJhbSkge1xuICAgICAgICBpZiAocGFyYW0gPT09IG51bGwpIHtcbiAgICAgICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICByZXR1cm4gcGFyYW07XG4gICAgICAgIH1cbiAgICB9XG4gICAgZnVuY3Rpb24gaXNOYW1lZFBhcmFtKHBhcmFtKSB7XG4gICAgICAgIHJldHVybiBwYXJhbSAhPT0gdW5kZWZpbmVkICYmIHBhcmFtICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHBhcmFtKSAmJiB0eXBlb2YgcGFyYW0gPT09ICdvYmplY3QnO1xuICAgIH1cbiAgICBmdW5jdGlvbiBjb21wdXRlU2luZ2xlUGFyYW0ocGFyYW1ldGVyU3RydWN0dXJlcywgcGFyYW0pIHtcbiAgICAgICAgc3dpdGNoIChwYXJhbWV0ZXJTdHJ1Y3R1cmVzKSB7XG4gICAgICAgICAgICBjYXNlIG1lc3NhZ2VzXzEuUGFyYW1ldGVyU3RydWN0dXJlcy5hdXRvOlxuICAgICAgICAgICAgICAgIGlmIChpc05hbWVkUGFyYW0ocGFyYW0pKSB7XG4gICAgICAgICAgICAgICAgICAgIHJldHVybiBudWxsVG9VbmRlZmluZWQocGFyYW0pO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuIFt1bmRlZmluZWRUb051bGwocGFyYW0pXTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICBjYXNlIG1lc3NhZ2VzXzEuUGFyYW1ldGVyU3RydWN0dXJlcy5ieU5hbWU6XG4gICAgICAgICAgICAgICAgaWYgKCFpc05hbWVkUGFyYW0ocGFyYW0pKSB7XG4gICAgICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcihgUmVjZWl2ZWQgcGFyYW1ldGVycyBieSBuYW1lIGJ1dCBwYXJhbSBpcyBub3QgYW4gb2JqZWN0IGxpdGVyYWwuYCk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIHJldHVybiBudWxsVG9VbmRlZmluZWQocGFyYW0pO1xuICAgICAgICAgICAgY2FzZSBtZXNzYWdlc18xLlBhcmFtZXRlclN0cnVjdHVyZXMuYnlQb3NpdGlvbjpcbiAgICAgICAgICAgICAgICByZXR1cm4gW3VuZGVmaW5lZFRvTnVsbChwYXJhbSldO1xuICAgICAgICAgICAgZGVmYXVsdDpcbiAgICAgICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYFVua25vd24gcGFyYW1ldGVyIHN0cnVjdHVyZSAke3BhcmFtZXRlclN0cnVjdHVyZXMudG9TdHJpbmcoKX1gKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBmdW5jdGlvbiBjb21wdXRlTWVzc2FnZVBhcmFtcyh0eXBlLCBwYXJhbXMpIHtcbiAgICAgICAgbGV0IHJlc3VsdDtcbiAgICAgICAgY29uc3QgbnVtYmVyT2ZQYXJhbXMgPSB0eXBlLm51bWJlck9mUGFyYW1zO1xuICAgICAgICBzd2l0Y2ggKG51bWJlck9mUGFyYW1zKSB7XG4gICAgICAgICAgICBjYXNlIDA6XG4gICAgICAgICAgICAgICAgcmVzdWx0ID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgY2FzZSAxOlxuICAgICAgICAgICAgICAgIHJlc3VsdCA9IGNvbXB1dGVTaW5nbGVQYXJhbSh0eXBlLnBhcmFtZXRlclN0cnVjdHVyZXMsIHBhcmFtc1swXSk7XG4gICAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICBkZWZhdWx0OlxuICAgICAgICAgICAgICAgIHJlc3VsdCA9IFtdO1xuICAgICAgICAgICAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgcGFyYW1zLmxlbmd0aCAmJiBpIDwgbnVtYmVyT2ZQYXJhbXM7IGkrKykge1xuICAgICAgICAgICAgICAgICAgICByZXN1bHQucHVzaCh1bmRlZmluZWRUb051bGwocGFyYW1zW2ldKSk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGlmIChwYXJhbXMubGVuZ3RoIDwgbnVtYmVyT2ZQYXJhbXMpIHtcbiAgICAgICAgICAgICAgICAgICAgZm9yIChsZXQgaSA9IHBhcmFtcy5sZW5ndGg7IGkgPCBudW1iZXJPZlBhcmFtczsgaSsrKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICByZXN1bHQucHVzaChudWxsKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH1cbiAgICBjb25zdCBjb25uZWN0aW9uID0ge1xuICAgICAgICBzZW5kTm90aWZpY2F0aW9uOiAodHlwZSwgLi4uYXJncykgPT4ge1xuICAgICAgICAgICAgdGhyb3dJZkNsb3NlZE9yRGlzcG9zZWQoKTtcbiAgICAgICAgICAgIGxldCBtZXRob2Q7XG4gICAgICAgICAgICBsZXQgbWVzc2FnZVBhcmFtcztcbiAgICAgICAgICAgIGlmIChJcy5zdHJpbmcodHlwZSkpIHtcbiAgICAgICAgICAgICAgICBtZXRob2QgPSB0eXBlO1xuICAgICAgICAgICAgICAgIGNvbnN0IGZpcnN0ID0gYXJnc1swXTtcbiAgICAgICAgICAgICAgICBsZXQgcGFyYW1TdGFydCA9IDA7XG4gICAgICAgICAgICAgICAgbGV0IHBhcmFtZXRlclN0cnVjdHVyZXMgPSBtZXNzYWdlc18xLlBhcmFtZXRlclN0cnVjdHVyZXMuYXV0bztcbiAgICAgICAgICAgICAgICBpZiAobWVzc2FnZXNfMS5QYXJhbWV0ZXJTdHJ1Y3R1cmVzLmlzKGZpcnN0KSkge1xuICAgICAgICAgICAgICAgICAgICBwYXJhbVN0YXJ0ID0gMTtcbiAgICAgICAgICAgICAgICAgICAgcGFyYW1ldGVyU3RydWN0dXJlcyA9IGZpcnN0O1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBjb25zdCBwYXJhbUVuZCA9IGFyZ3MubGVuZ3RoO1xuICAgICAgICAgICAgICAgIGNvbnN0IG51bWJlck9mUGFyYW1zID0gcGFyYW1FbmQgLSBwYXJhbVN0YXJ0O1xuICAgICAgICAgICAgICAgIHN3aXRjaCAobnVtYmVyT2ZQYXJhbXMpIHtcbiAgICAgICAgICAgICAgICAgICAgY2FzZSAwOlxuICAgICAgICAgICAgICAgICAgICAgICAgbWVzc2FnZVBhcmFtcyA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgICAgICAgICBjYXNlIDE6XG4gICAgICAgICAgICAgICAgICAgICAgICBtZXNzYWdlUGFyYW1zID0gY29tcHV0ZVNpbmdsZVBhcmFtKHBhcmFtZXRlclN0cnVjdHVyZXMsIGFyZ3NbcGFyYW1TdGFydF0pO1xuICAgICAgICAgICAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICAgICAgICAgIGRlZmF1bHQ6XG4gICAgICAgICAgICAgICAgICAgICAgICBpZiAocGFyYW1ldGVyU3RydWN0dXJlcyA9PT0gbWVzc2FnZXNfMS5QYXJhbWV0ZXJTdHJ1Y3R1cmVzLmJ5TmFtZSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcihgUmVjZWl2ZWQgJHtudW1iZXJPZlBhcmFtc30gcGFyYW1ldGVycyBmb3IgJ2J5IE5hbWUnIG5vdGlmaWNhdGlvbiBwYXJhbWV0ZXIgc3RydWN0dXJlLmApO1xuICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICAgICAgbWVzc2FnZVBhcmFtcyA9IGFyZ3Muc2xpY2UocGFyYW1TdGFydCwgcGFyYW1FbmQpLm1hcCh2YWx1ZSA9PiB1bmRlZmluZWRUb051bGwodmFsdWUpKTtcbiAgICAgICAgICAgICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgIGNvbnN0IHBhcmFtcyA9IGFyZ3M7XG4gICAgICAgICAgICAgICAgbWV0aG9kID0gdHlwZS5tZXRob2Q7XG4gICAgICAgICAgICAgICAgbWVzc2FnZVBhcmFtcyA9IGNvbXB1dGVNZXNzYWdlUGFyYW1zKHR5cGUsIHBhcmFtcyk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBjb25zdCBub3RpZmljYXRpb25NZXNzYWdlID0ge1xuICAgICAgICAgICAgICAgIGpzb25ycGM6IHZlcnNpb24sXG4gICAgICAgICAgICAgICAgbWV0aG9kOiBtZXRob2QsXG4gICAgICAgICAgICAgICAgcGFyYW1zOiBtZXNzYWdlUGFyYW1zXG4gICAgICAgICAgICB9O1xuICAgICAgICAgICAgdHJhY2VTZW5kaW5nTm90aWZpY2F0aW9uKG5vdGlmaWNhdGlvbk1lc3NhZ2UpO1xuICAgICAgICAgICAgcmV0dXJuIG1lc3NhZ2VXcml0ZXIud3JpdGUobm90aWZpY2F0aW9uTWVzc2FnZSkuY2F0Y2goKGVycm9yKSA9PiB7XG4gICAgICAgICAgICAgICAgbG9nZ2VyLmVycm9yKGBTZW5kaW5nIG5vdGlmaWNhdGlvbiBmYWlsZWQuYCk7XG4gICAgICAgICAgICAgICAgdGhyb3cgZXJyb3I7XG4gICAgICAgICAgICB9KTtcbiAgICAgICAgfSxcbiAgICAgICAgb25Ob3RpZmljYXRpb246ICh0eXBlLCBoYW5kbGVyKSA9PiB7XG4gICAgICAgICAgICB0aHJvd0lmQ2xvc2VkT3JEaXNwb3NlZCgpO1xuICAgICAgICAgICAgbGV0IG1ldGhvZDtcbiAgICAgICAgICAgIGlmIChJcy5mdW5jKHR5cGUpKSB7XG4gICAgICAgICAgICAgICAgc3Rhck5vdGlmaWNhdGlvbkhhbmRsZXIgPSB0eXBlO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgZWxzZSBpZiAoaGFuZGxlcikge1xuICAgICAgICAgICAgICAgIGlmIChJcy5zdHJpbmcodHlwZSkpIHtcbiAgICAgICAgICAgICAgICAgICAgbWV0aG9kID0gdHlwZTtcbiAgICAgICAgICAgICAgICAgICAgbm90aWZpY2F0aW9uSGFuZGxlcnMuc2V0KHR5cGUsIHsgdHlwZTogdW5kZWZpbmVkLCBoYW5kbGVyIH0pO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgbWV0aG9kID0gdHlwZS5tZXRob2Q7XG4gICAgICAgICAgICAgICAgICAgIG5vdGlmaWNhdGlvbkhhbmRsZXJzLnNldCh0eXBlLm1ldGhvZCwgeyB0eXBlLCBoYW5kbGVyIH0pO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHJldHVybiB7XG4gICAgICAgICAgICAgICAgZGlzcG9zZTogKCkgPT4ge1xuICAgICAgICAgICAgICAgICAgICBpZiAobWV0aG9kICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIGlmIChub3RpZmljYXRpb25IYW5kbGVycy5nZXQobWV0aG9kKT8uaGFuZGxlciA9PT0gaGFuZGxlcikge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIG5vdGlmaWNhdGlvbkhhbmRsZXJzLmRlbGV0ZShtZXRob2QpO1xuICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIGVsc2UgaWYgKHN0YXJOb3RpZmljYXRpb25IYW5kbGVyID09PSB0eXBlKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICBzdGFyTm90aWZpY2F0aW9uSGFuZGxlciA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH07XG4gICAgICAgIH0sXG4gICAgICAgIG9uUHJvZ3Jlc3M6IChfdHlwZSwgdG9rZW4sIGhhbmRsZXIpID0+IHtcbiAgICAgICAgICAgIGlmIChwcm9ncmVzc0hhbmRsZXJzLmhhcyh0b2tlbikpIHtcbiAgICAgICAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYFByb2dyZXNzIGhhbmRsZXIgZm9yIHRva2VuICR7dG9rZW59IGFscmVhZHkgcmVnaXN0ZXJlZGApO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgcHJvZ3Jlc3NIYW5kbGVycy5zZXQodG9rZW4sIGhhbmRsZXIpO1xuICAgICAgICAgICAgcmV0dXJuIHtcbiAgICAgICAgICAgICAgICBkaXNwb3NlOiAoKSA9PiB7XG4gICAgICAgICAgICAgICAgICAgIGlmIChwcm9ncmVzc0hhbmRsZXJzLmdldCh0b2tlbikgPT09IGhhbmRsZXIpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIHByb2dyZXNzSGFuZGxlcnMuZGVsZXRlKHRva2VuKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH07XG4gICAgICAgIH0sXG4gICAgICAgIHNlbmRQcm9ncmVzczogKF90eXBlLCB0b2tlbiwgdmFsdWUpID0+IHtcbiAgICAgICAgICAgIC8vIFRoaXMgc2hvdWxkIG5vdCBhd2FpdCBidXQgc2ltcGxlIHJldHVybiB0byBlbnN1cmUgdGhhdCB3ZSBkb24ndCBoYXZlIGFub3RoZXJcbiAgICAgICAgICAgIC8vIGFzeW5jIHNjaGVkdWxpbmcuIE90aGVyd2lzZSBvbmUgc2VuZCBjb3VsZCBvdmVydGFrZSBhbm90aGVyIHNlbmQuXG4gICAgICAgICAgICByZXR1cm4gY29ubmVjdGlvbi5zZW5kTm90aWZpY2F0aW9uKFByb2dyZXNzTm90aWZpY2F0aW9uLnR5cGUsIHsgdG9rZW4sIHZhbHVlIH0pO1xuICAgICAgICB9LFxuICAgICAgICBvblVuaGFuZGxlZFByb2dyZXNzOiB1bmhhbmRsZWRQcm9ncmVzc0VtaXR0ZXIuZXZlbnQsXG4gICAgICAgIHNlbmRSZXF1ZXN0OiAodHlwZSwgLi4uYXJncykgPT4ge1xuICAgICAgICAgICAgdGhyb3dJZkNsb3NlZE9yRGlzcG9zZWQoKTtcbiAgICAgICAgICAgIHRocm93SWZOb3RMaXN0ZW5pbmcoKTtcbiAgICAgICAgICAgIGZ1bmN0aW9uIHNlbmRDYW5jZWxsYXRpb24oY29ubmVjdGlvbiwgaWQpIHtcbiAgICAgICAgICAgICAgICBjb25zdCBwID0gY2FuY2VsbGF0aW9uU3RyYXRlZ3kuc2VuZGVyLnNlbmRDYW5jZWxsYXRpb24oY29ubmVjdGlvbiwgaWQpO1xuICAgICAgICAgICAgICAgIGlmIChwID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgICAgICAgbG9nZ2VyLmxvZyhgUmVjZWl2ZWQgbm8gcHJvbWlzZSBmcm9tIGNhbmNlbGxhdGlvbiBzdHJhdGVneSB3aGVuIGNhbmNlbGxpbmcgaWQgJHtpZH1gKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgICAgIHAuY2F0Y2goKCkgPT4ge1xuICAgICAgICAgICAgICAgICAgICAgICAgbG9nZ2VyLmxvZyhgU2VuZGluZyBjYW5jZWxsYXRpb24gbWVzc2FnZXMgZm9yIGlkICR7aWR9IGZhaWxlZC5gKTtcbiAgICAgICAgICAgICAgICAgICAgfSk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICAgICAgbGV0IG1ldGhvZDtcbiAgICAgICAgICAgIGxldCBtZXNzYWdlUGFyYW1zO1xuICAgICAgICAgICAgbGV0IHRva2VuID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgaWYgKElzLnN0cmluZyh0eXBlKSkge1xuICAgICAgICAgICAgICAgIG1ldGhvZCA9IHR5cGU7XG4gICAgICAgICAgICAgICAgY29uc3QgZmlyc3QgPSBhcmdzWzBdO1xuICAgICAgICAgICAgICAgIGNvbnN0IGxhc3QgPSBhcmdzW2FyZ3MubGVuZ3RoIC0gMV07XG4gICAgICAgICAgICAgICAgbGV0IHBhcmFtU3RhcnQgPSAwO1xuICAgICAgICAgICAgICAgIGxldCBwYXJhbWV0ZXJTdHJ1Y3R1cmVzID0gbWVzc2FnZXNfMS5QYXJhbWV0ZXJTdHJ1Y3R1cmVzLmF1dG87XG4gICAgICAgICAgICAgICAgaWYgKG1lc3NhZ2VzXzEuUGFyYW1ldGVyU3RydWN0dXJlcy5pcyhmaXJzdCkpIHtcbiAgICAgICAgICAgICAgICAgICAgcGFyYW1TdGFydCA9IDE7XG4gICAgICAgICAgICAgICAgICAgIHBhcmFtZXRlclN0cnVjdHVyZXMgPSBmaXJzdDtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgbGV0IHBhcmFtRW5kID0gYXJncy5sZW5ndGg7XG4gICAgICAgICAgICAgICAgaWYgKGNhbmNlbGxhdGlvbl8xLkNhbmNlbGxhdGlvblRva2VuLmlzKGxhc3QpKSB7XG4gICAgICAgICAgICAgICAgICAgIHBhcmFtRW5kID0gcGFyYW1FbmQgLSAxO1xuICAgICAgICAgICAgICAgICAgICB0b2tlbiA9IGxhc3Q7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGNvbnN0IG51bWJlck9mUGFyYW1zID0gcGFyYW1FbmQgLSBwYXJhbVN0YXJ0O1xuICAgICAgICAgICAgICAgIHN3aXRjaCAobnVtYmVyT2ZQYXJhbXMpIHtcbiAgICAgICAgICAgICAgICAgICAgY2FzZSAwOlxuICAgICAgICAgICAgICAgICAgICAgICAgbWVzc2FnZVBhcmFtcyA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgICAgICAgICBjYXNlIDE6XG4gICAgICAgICAgICAgICAgICAgICAgICBtZXNzYWdlUGFyYW1zID0gY29tcHV0ZVNpbmdsZVBhcmFtKHBhcmFtZXRlclN0cnVjdHVyZXMsIGFyZ3NbcGFyYW1TdGFydF0pO1xuICAgICAgICAgICAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICAgICAgICAgIGRlZmF1bHQ6XG4gICAgICAgICAgICAgICAgICAgICAgICBpZiAocGFyYW1ldGVyU3RydWN0dXJlcyA9PT0gbWVzc2FnZXNfMS5QYXJhbWV0ZXJTdHJ1Y3R1cmVzLmJ5TmFtZSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcihgUmVjZWl2ZWQgJHtudW1iZXJPZlBhcmFtc30gcGFyYW1ldGVycyBmb3IgJ2J5IE5hbWUnIHJlcXVlc3QgcGFyYW1ldGVyIHN0cnVjdHVyZS5gKTtcbiAgICAgICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgICAgIG1lc3NhZ2VQYXJhbXMgPSBhcmdzLnNsaWNlKHBhcmFtU3RhcnQsIHBhcmFtRW5kKS5tYXAodmFsdWUgPT4gdW5kZWZpbmVkVG9OdWxsKHZhbHVlKSk7XG4gICAgICAgICAgICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICBjb25zdCBwYXJhbXMgPSBhcmdzO1xuICAgICAgICAgICAgICAgIG1ldGhvZCA9IHR5cGUubWV0aG9kO1xuICAgICAgICAgICAgICAgIG1lc3NhZ2VQYXJhbXMgPSBjb21wdXRlTWVzc2FnZVBhcmFtcyh0eXBlLCBwYXJhbXMpO1xuICAgICAgICAgICAgICAgIGNvbnN0IG51bWJlck9mUGFyYW1zID0gdHlwZS5udW1iZXJPZlBhcmFtcztcbiAgICAgICAgICAgICAgICB0b2tlbiA9IGNhbmNlbGxhdGlvbl8xLkNhbmNlbGxhdGlvblRva2VuLmlzKHBhcmFtc1tudW1iZXJPZlBhcmFtc10pID8gcGFyYW1zW251bWJlck9mUGFyYW1zXSA6IHVuZGVmaW5lZDtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNvbnN0IGlkID0gc2VxdWVuY2VOdW1iZXIrKztcbiAgICAgICAgICAgIGxldCBkaXNwb3NhYmxlO1xuICAgICAgICAgICAgbGV0IHRva2VuV2FzQ2FuY2VsbGVkID0gZmFsc2U7XG4gICAgICAgICAgICBpZiAodG9rZW4gIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgIGlmICh0b2tlbi5pc0NhbmNlbGxhdGlvblJlcXVlc3RlZCkge1xuICAgICAgICAgICAgICAgICAgICB0b2tlbldhc0NhbmNlbGxlZCA9IHRydWU7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICBkaXNwb3NhYmxlID0gdG9rZW4ub25DYW5jZWxsYXRpb25SZXF1ZXN0ZWQoKCkgPT4ge1xuICAgICAgICAgICAgICAgICAgICAgICAgc2VuZENhbmNlbGxhdGlvbihjb25uZWN0aW9uLCBpZCk7XG4gICAgICAgICAgICAgICAgICAgIH0pO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGNvbnN0IHJlcXVlc3RNZXNzYWdlID0ge1xuICAgICAgICAgICAgICAgIGpzb25ycGM6IHZlcnNpb24sXG4gICAgICAgICAgICAgICAgaWQ6IGlkLFxuICAgICAgICAgICAgICAgIG1ldGhvZDogbWV0aG9kLFxuICAgICAgICAgICAgICAgIHBhcmFtczogbWVzc2FnZVBhcmFtc1xuICAgICAgICAgICAgfTtcbiAgICAgICAgICAgIHRyYWNlU2VuZGluZ1JlcXVlc3QocmVxdWVzdE1lc3NhZ2UpO1xuICAgICAgICAgICAgaWYgKHR5cGVvZiBjYW5jZWxsYXRpb25TdHJhdGVneS5zZW5kZXIuZW5hYmxlQ2FuY2VsbGF0aW9uID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICAgICAgICAgICAgY2FuY2VsbGF0aW9uU3RyYXRlZ3kuc2VuZGVyLmVuYWJsZUNhbmNlbGxhdGlvbihyZXF1ZXN0TWVzc2FnZSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgbm8tYXN5bmMtcHJvbWlzZS1leGVjdXRvclxuICAgICAgICAgICAgcmV0dXJuIG5ldyBQcm9taXNlKGFzeW5jIChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgICAgICAgICAgICBjb25zdCByZXNvbHZlV2l0aENsZWFudXAgPSAocikgPT4ge1xuICAgICAgICAgICAgICAgICAgICByZXNvbHZlKHIpO1xuICAgICAgICAgICAgICAgICAgICBjYW5jZWxsYXRpb25TdHJhdGVneS5zZW5kZXIuY2xlYW51cChpZCk7XG4gICAgICAgICAgICAgICAgICAgIGRpc3Bvc2FibGU/LmRpc3Bvc2UoKTtcbiAgICAgICAgICAgICAgICB9O1xuICAgICAgICAgICAgICAgIGNvbnN0IHJlamVjdFdpdGhDbGVhbnVwID0gKHIpID0+IHtcbiAgICAgICAgICAgICAgICAgICAgcmVqZWN0KHIpO1xuICAgICAgICAgICAgICAgICAgICBjYW5jZWxsYXRpb25TdHJhdGVneS5zZW5kZXIuY2xlYW51cChpZCk7XG4gICAgICAgICAgICAgICAgICAgIGRpc3Bvc2FibGU/LmRpc3Bvc2UoKTtcbiAgICAgICAgICAgICAgICB9O1xuICAgICAgICAgICAgICAgIGNvbnN0IHJlc3BvbnNlUHJvbWlzZSA9IHsgbWV0aG9kOiBtZXRob2QsIHRpbWVyU3RhcnQ6IERhdGUubm93KCksIHJlc29sdmU6IHJlc29sdmVXaXRoQ2xlYW51cCwgcmVqZWN0OiByZWplY3RXaXRoQ2xlYW51cCB9O1xuICAgICAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgICAgICAgIHJlc3BvbnNlUHJvbWlzZXMuc2V0KGlkLCByZXNwb25zZVByb21pc2UpO1xuICAgICAgICAgICAgICAgICAgICBhd2FpdCBtZXNzYWdlV3JpdGVyLndyaXRlKHJlcXVlc3RNZXNzYWdlKTtcbiAgICAgICAgICAgICAgICAgICAgaWYgKHRva2VuV2FzQ2FuY2VsbGVkKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICBzZW5kQ2FuY2VsbGF0aW9uKGNvbm5lY3Rpb24sIGlkKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICAgICAgICAgICAgLy8gV3JpdGluZyB0aGUgbWVzc2FnZSBmYWlsZWQuIFNvIHdlIG5lZWQgdG8gZGVsZXRlIGl0IGZyb20gdGhlIHJlc3BvbnNlIHByb21pc2VzIGFuZFxuICAgICAgICAgICAgICAgICAgICAvLyByZWplY3QgaXQuXG4gICAgICAgICAgICAgICAgICAgIHJlc3BvbnNlUHJvbWlzZXMuZGVsZXRlKGlkKTtcbiAgICAgICAgICAgICAgICAgICAgcmVzcG9uc2VQcm9taXNlLnJlamVjdChuZXcgbWVzc2FnZXNfMS5SZXNwb25zZUVycm9yKG1lc3NhZ2VzXzEuRXJyb3JDb2Rlcy5NZXNzYWdlV3JpdGVFcnJvciwgZXJyb3IubWVzc2FnZSA/IGVycm9yLm1lc3NhZ2UgOiAnVW5rbm93biByZWFzb24nKSk7XG4gICAgICAgICAgICAgICAgICAgIGxvZ2dlci5lcnJvcihgU2VuZGluZyByZXF1ZXN0IGZhaWxlZC5gKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9KTtcbiAgICAgICAgfSxcbiAgICAgICAgb25SZXF1ZXN0OiAodHlwZSwgaGFuZGxlcikgPT4ge1xuICAgICAgICAgICAgdGhyb3dJZkNsb3NlZE9yRGlzcG9zZWQoKTtcbiAgICAgICAgICAgIGxldCBtZXRob2QgPSBudWxsO1xuICAgICAgICAgICAgaWYgKFN0YXJSZXF1ZXN0SGFuZGxlci5pcyh0eXBlKSkge1xuICAgICAgICAgICAgICAgIG1ldGhvZCA9IHVuZGVmaW5lZDtcbiAgICAgICAgICAgICAgICBzdGFyUmVxdWVzdEhhbmRsZXIgPSB0eXBlO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgZWxzZSBpZiAoSXMuc3RyaW5nKHR5cGUpKSB7XG4gICAgICAgICAgICAgICAgbWV0aG9kID0gbnVsbDtcbiAgICAgICAgICAgICAgICBpZiAoaGFuZGxlciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgICAgICAgICAgIG1ldGhvZCA9IHR5cGU7XG4gICAgICAgICAgICAgICAgICAgIHJlcXVlc3RIYW5kbGVycy5zZXQodHlwZSwgeyBoYW5kbGVyOiBoYW5kbGVyLCB0eXBlOiB1bmRlZmluZWQgfSk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICAgICAgaWYgKGhhbmRsZXIgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgICAgICBtZXRob2QgPSB0eXBlLm1ldGhvZDtcbiAgICAgICAgICAgICAgICAgICAgcmVxdWVzdEhhbmRsZXJzLnNldCh0eXBlLm1ldGhvZCwgeyB0eXBlLCBoYW5kbGVyIH0pO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHJldHVybiB7XG4gICAgICAgICAgICAgICAgZGlzcG9zZTogKCkgPT4ge1xuICAgICAgICAgICAgICAgICAgICBpZiAobWV0aG9kID09PSBudWxsKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICAgICAgaWYgKG1ldGhvZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICBpZiAocmVxdWVzdEhhbmRsZXJzLmdldChtZXRob2QpPy5oYW5kbGVyID09PSBoYW5kbGVyKSB7XG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgcmVxdWVzdEhhbmRsZXJzLmRlbGV0ZShtZXRob2QpO1xuICAgICAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIGVsc2UgaWYgKHN0YXJSZXF1ZXN0SGFuZGxlciA9PT0gdHlwZSkge1xuICAgICAgICAgICAgICAgICAgICAgICAgc3RhclJlcXVlc3RIYW5kbGVyID0gdW5kZWZpbmVkO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfTtcbiAgICAgICAgfSxcbiAgICAgICAgaGFzUGVuZGluZ1Jlc3BvbnNlOiAoKSA9PiB7XG4gICAgICAgICAgICByZXR1cm4gcmVzcG9uc2VQcm9taXNlcy5zaXplID4gMDtcbiAgICAgICAgfSxcbiAgICAgICAgdHJhY2U6IGFzeW5jIChfdmFsdWUsIF90cmFjZXIsIHNlbmROb3RpZmljYXRpb25PclRyYWNlT3B0aW9ucykgPT4ge1xuICAgICAgICAgICAgbGV0IF9zZW5kTm90aWZpY2F0aW9uID0gZmFsc2U7XG4gICAgICAgICAgICBsZXQgX3RyYWNlRm9ybWF0ID0gVHJhY2VGb3JtYXQuVGV4dDtcbiAgICAgICAgICAgIGlmIChzZW5kTm90aWZpY2F0aW9uT3JUcmFjZU9wdGlvbnMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgICAgIGlmIChJcy5ib29sZWFuKHNlbmROb3RpZmljYXRpb25PclRyYWNlT3B0aW9ucykpIHtcbiAgICAgICAgICAgICAgICAgICAgX3NlbmROb3RpZmljYXRpb24gPSBzZW5kTm90aWZpY2F0aW9uT3JUcmFjZU9wdGlvbnM7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICBfc2VuZE5vdGlmaWNhdGlvbiA9IHNlbmROb3RpZmljYXRpb25PclRyYWNlT3B0aW9ucy5zZW5kTm90aWZpY2F0aW9uIHx8IGZhbHNlO1xuICAgICAgICAgICAgICAgICAgICBfdHJhY2VGb3JtYXQgPSBzZW5kTm90aWZpY2F0aW9uT3JUcmFjZU9wdGlvbnMudHJhY2VGb3JtYXQgfHwgVHJhY2VGb3JtYXQuVGV4dDtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICB0cmFjZSA9IF92YWx1ZTtcbiAgICAgICAgICAgIHRyYWNlRm9ybWF0ID0gX3RyYWNlRm9ybWF0O1xuICAgICAgICAgICAgaWYgKHRyYWNlID09PSBUcmFjZS5PZmYpIHtcbiAgICAgICAgICAgICAgICB0cmFjZXIgPSB1bmRlZmluZWQ7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICB0cmFjZXIgPSBfdHJhY2VyO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgaWYgKF9zZW5kTm90aWZpY2F0aW9uICYmICFpc0Nsb3NlZCgpICYmICFpc0Rpc3Bvc2VkKCkpIHtcbiAgICAgICAgICAgICAgICBhd2FpdCBjb25uZWN0aW9uLnNlbmROb3RpZmljYXRpb24oU2V0VHJhY2VOb3RpZmljYXRpb24udHlwZSwgeyB2YWx1ZTogVHJhY2UudG9TdHJpbmcoX3ZhbHVlKSB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfSxcbiAgICAgICAgb25FcnJvcjogZXJyb3JFbWl0dGVyLmV2ZW50LFxuICAgICAgICBvbkNsb3NlOiBjbG9zZUVtaXR0ZXIuZXZlbnQsXG4gICAgICAgIG9uVW5oYW5kbGVkTm90aWZpY2F0aW9uOiB1bmhhbmRsZWROb3RpZmljYXRpb25FbWl0dGVyLmV2ZW50LFxuICAgICAgICBvbkRpc3Bvc2U6IGRpc3Bvc2VFbWl0dGVyLmV2ZW50LFxuICAgICAgICBlbmQ6ICgpID0+IHtcbiAgICAgICAgICAgIG1lc3NhZ2VXcml0ZXIuZW5kKCk7XG4gICAgICAgIH0sXG4gICAgICAgIGRpc3Bvc2U6ICgpID0+IHtcbiAgICAgICAgICAgIGlmIChpc0Rpc3Bvc2VkKCkpIHtcbiAgICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBzdGF0ZSA9IENvbm5lY3Rpb25TdGF0ZS5EaXNwb3NlZDtcbiAgICAgICAgICAgIGRpc3Bvc2VFbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgICAgICAgICAgIGNvbnN0IGVycm9yID0gbmV3IG1lc3NhZ2VzXzEuUmVzcG9uc2VFcnJvcihtZXNzYWdlc18xLkVycm9yQ29kZXMuUGVuZGluZ1Jlc3BvbnNlUmVqZWN0ZWQsICdQZW5kaW5nIHJlc3BvbnNlIHJlamVjdGVkIHNpbmNlIGNvbm5lY3Rpb24gZ290IGRpc3Bvc2VkJyk7XG4gICAgICAgICAgICBmb3IgKGNvbnN0IHByb21pc2Ugb2YgcmVzcG9uc2VQcm9taXNlcy52YWx1ZXMoKSkge1xuICAgICAgICAgICAgICAgIHByb21pc2UucmVqZWN0KGVycm9yKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHJlc3BvbnNlUHJvbWlzZXMgPSBuZXcgTWFwKCk7XG4gICAgICAgICAgICByZXF1ZXN0VG9rZW5zID0gbmV3IE1hcCgpO1xuICAgICAgICAgICAga25vd25DYW5jZWxlZFJlcXVlc3RzID0gbmV3IFNldCgpO1xuICAgICAgICAgICAgbWVzc2FnZVF1ZXVlID0gbmV3IGxpbmtlZE1hcF8xLkxpbmtlZE1hcCgpO1xuICAgICAgICAgICAgLy8gVGVzdCBmb3IgYmFja3dhcmRzIGNvbXBhdGliaWxpdHlcbiAgICAgICAgICAgIGlmIChJcy5mdW5jKG1lc3NhZ2VXcml0ZXIuZGlzcG9zZSkpIHtcbiAgICAgICAgICAgICAgICBtZXNzYWdlV3JpdGVyLmRpc3Bvc2UoKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmIChJcy5mdW5jKG1lc3NhZ2VSZWFkZXIuZGlzcG9zZSkpIHtcbiAgICAgICAgICAgICAgICBtZXNzYWdlUmVhZGVyLmRpc3Bvc2UoKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfSxcbiAgICAgICAgbGlzdGVuOiAoKSA9PiB7XG4gICAgICAgICAgICB0aHJvd0lmQ2xvc2VkT3JEaXNwb3NlZCgpO1xuICAgICAgICAgICAgdGhyb3dJZkxpc3RlbmluZygpO1xuICAgICAgICAgICAgc3RhdGUgPSBDb25uZWN0aW9uU3RhdGUuTGlzdGVuaW5nO1xuICAgICAgICAgICAgbWVzc2FnZVJlYWRlci5saXN0ZW4oY2FsbGJhY2spO1xuICAgICAgICB9LFxuICAgICAgICBpbnNwZWN0OiAoKSA9PiB7XG4gICAgICAgICAgICAoMCwgcmFsXzEuZGVmYXVsdCkoKS5jb25zb2xlLmxvZygnaW5zcGVjdCcpO1xuICAgICAgICB9XG4gICAgfTtcbiAgICBjb25uZWN0aW9uLm9uTm90aWZpY2F0aW9uKExvZ1RyYWNlTm90aWZpY2F0aW9uLnR5cGUsIChwYXJhbXMpID0+IHtcbiAgICAgICAgaWYgKHRyYWNlID09PSBUcmFjZS5PZmYgfHwgIXRyYWNlcikge1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IHZlcmJvc2UgPSB0cmFjZSA9PT0gVHJhY2UuVmVyYm9zZSB8fCB0cmFjZSA9PT0gVHJhY2UuQ29tcGFjdDtcbiAgICAgICAgdHJhY2VyLmxvZyhwYXJhbXMubWVzc2FnZSwgdmVyYm9zZSA/IHBhcmFtcy52ZXJib3NlIDogdW5kZWZpbmVkKTtcbiAgICB9KTtcbiAgICBjb25uZWN0aW9uLm9uTm90aWZpY2F0aW9uKFByb2dyZXNzTm90aWZpY2F0aW9uLnR5cGUsIGFzeW5jIChwYXJhbXMpID0+IHtcbiAgICAgICAgY29uc3QgaGFuZGxlciA9IHByb2dyZXNzSGFuZGxlcnMuZ2V0KHBhcmFtcy50b2tlbik7XG4gICAgICAgIGlmIChoYW5kbGVyKSB7XG4gICAgICAgICAgICBhd2FpdCBoYW5kbGVyKHBhcmFtcy52YWx1ZSk7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICB1bmhhbmRsZWRQcm9ncmVzc0VtaXR0ZXIuZmlyZShwYXJhbXMpO1xuICAgICAgICB9XG4gICAgfSk7XG4gICAgcmV0dXJuIGNvbm5lY3Rpb247XG59XG4iLCAiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG4vLy8gPHJlZmVyZW5jZSBwYXRoPVwiLi4vLi4vdHlwaW5ncy90aGVuYWJsZS5kLnRzXCIgcHJlc2VydmU9XCJ0cnVlXCIvPlxudmFyIF9faW1wb3J0RGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19pbXBvcnREZWZhdWx0KSB8fCBmdW5jdGlvbiAobW9kKSB7XG4gICAgcmV0dXJuIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpID8gbW9kIDogeyBcImRlZmF1bHRcIjogbW9kIH07XG59O1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiX19lc01vZHVsZVwiLCB7IHZhbHVlOiB0cnVlIH0pO1xuZXhwb3J0cy5Qcm9ncmVzc1R5cGUgPSBleHBvcnRzLlByb2dyZXNzVG9rZW4gPSBleHBvcnRzLmNyZWF0ZU1lc3NhZ2VDb25uZWN0aW9uID0gZXhwb3J0cy5OdWxsTG9nZ2VyID0gZXhwb3J0cy5Db25uZWN0aW9uT3B0aW9ucyA9IGV4cG9ydHMuQ29ubmVjdGlvblN0cmF0ZWd5ID0gZXhwb3J0cy5BYnN0cmFjdE1lc3NhZ2VCdWZmZXIgPSBleHBvcnRzLldyaXRlYWJsZVN0cmVhbU1lc3NhZ2VXcml0ZXIgPSBleHBvcnRzLkFic3RyYWN0TWVzc2FnZVdyaXRlciA9IGV4cG9ydHMuTWVzc2FnZVdyaXRlciA9IGV4cG9ydHMuUmVhZGFibGVTdHJlYW1NZXNzYWdlUmVhZGVyID0gZXhwb3J0cy5BYnN0cmFjdE1lc3NhZ2VSZWFkZXIgPSBleHBvcnRzLk1lc3NhZ2VSZWFkZXIgPSBleHBvcnRzLlNoYXJlZEFycmF5UmVjZWl2ZXJTdHJhdGVneSA9IGV4cG9ydHMuU2hhcmVkQXJyYXlTZW5kZXJTdHJhdGVneSA9IGV4cG9ydHMuQ2FuY2VsbGF0aW9uVG9rZW4gPSBleHBvcnRzLkNhbmNlbGxhdGlvblRva2VuU291cmNlID0gZXhwb3J0cy5FbWl0dGVyID0gZXhwb3J0cy5FdmVudCA9IGV4cG9ydHMuRGlzcG9zYWJsZSA9IGV4cG9ydHMuTFJVQ2FjaGUgPSBleHBvcnRzLlRvdWNoID0gZXhwb3J0cy5MaW5rZWRNYXAgPSBleHBvcnRzLlBhcmFtZXRlclN0cnVjdHVyZXMgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGU5ID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlOCA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTcgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGU2ID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlNSA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTQgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGUzID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlMiA9IGV4cG9ydHMuTm90aWZpY2F0aW9uVHlwZTEgPSBleHBvcnRzLk5vdGlmaWNhdGlvblR5cGUwID0gZXhwb3J0cy5Ob3RpZmljYXRpb25UeXBlID0gZXhwb3J0cy5FcnJvckNvZGVzID0gZXhwb3J0cy5SZXNwb25zZUVycm9yID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTkgPSBleHBvcnRzLlJlcXVlc3RUeXBlOCA9IGV4cG9ydHMuUmVxdWVzdFR5cGU3ID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTYgPSBleHBvcnRzLlJlcXVlc3RUeXBlNSA9IGV4cG9ydHMuUmVxdWVzdFR5cGU0ID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTMgPSBleHBvcnRzLlJlcXVlc3RUeXBlMiA9IGV4cG9ydHMuUmVxdWVzdFR5cGUxID0gZXhwb3J0cy5SZXF1ZXN0VHlwZTAgPSBleHBvcnRzLlJlcXVlc3RUeXBlID0gZXhwb3J0cy5NZXNzYWdlID0gZXhwb3J0cy5SQUwgPSB2b2lkIDA7XG5leHBvcnRzLk1lc3NhZ2VTdHJhdGVneSA9IGV4cG9ydHMuQ2FuY2VsbGF0aW9uU3RyYXRlZ3kgPSBleHBvcnRzLkNhbmNlbGxhdGlvblNlbmRlclN0cmF0ZWd5ID0gZXhwb3J0cy5SZXF1ZXN0Q2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneSA9IGV4cG9ydHMuSWRDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5ID0gZXhwb3J0cy5DYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5ID0gZXhwb3J0cy5Db25uZWN0aW9uRXJyb3IgPSBleHBvcnRzLkNvbm5lY3Rpb25FcnJvcnMgPSBleHBvcnRzLkxvZ1RyYWNlTm90aWZpY2F0aW9uID0gZXhwb3J0cy5TZXRUcmFjZU5vdGlmaWNhdGlvbiA9IGV4cG9ydHMuVHJhY2VGb3JtYXQgPSBleHBvcnRzLlRyYWNlVmFsdWVzID0gZXhwb3J0cy5UcmFjZVZhbHVlID0gZXhwb3J0cy5UcmFjZSA9IHZvaWQgMDtcbmNvbnN0IG1lc3NhZ2VzXzEgPSByZXF1aXJlKFwiLi9tZXNzYWdlc1wiKTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIk1lc3NhZ2VcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuTWVzc2FnZTsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlJlcXVlc3RUeXBlXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLlJlcXVlc3RUeXBlOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUmVxdWVzdFR5cGUwXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLlJlcXVlc3RUeXBlMDsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlJlcXVlc3RUeXBlMVwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5SZXF1ZXN0VHlwZTE7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJSZXF1ZXN0VHlwZTJcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuUmVxdWVzdFR5cGUyOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUmVxdWVzdFR5cGUzXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLlJlcXVlc3RUeXBlMzsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlJlcXVlc3RUeXBlNFwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5SZXF1ZXN0VHlwZTQ7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJSZXF1ZXN0VHlwZTVcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuUmVxdWVzdFR5cGU1OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUmVxdWVzdFR5cGU2XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLlJlcXVlc3RUeXBlNjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlJlcXVlc3RUeXBlN1wiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5SZXF1ZXN0VHlwZTc7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJSZXF1ZXN0VHlwZThcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuUmVxdWVzdFR5cGU4OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUmVxdWVzdFR5cGU5XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLlJlcXVlc3RUeXBlOTsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlJlc3BvbnNlRXJyb3JcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuUmVzcG9uc2VFcnJvcjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkVycm9yQ29kZXNcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuRXJyb3JDb2RlczsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIk5vdGlmaWNhdGlvblR5cGVcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuTm90aWZpY2F0aW9uVHlwZTsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIk5vdGlmaWNhdGlvblR5cGUwXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLk5vdGlmaWNhdGlvblR5cGUwOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiTm90aWZpY2F0aW9uVHlwZTFcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuTm90aWZpY2F0aW9uVHlwZTE7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJOb3RpZmljYXRpb25UeXBlMlwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5Ob3RpZmljYXRpb25UeXBlMjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIk5vdGlmaWNhdGlvblR5cGUzXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLk5vdGlmaWNhdGlvblR5cGUzOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiTm90aWZpY2F0aW9uVHlwZTRcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuTm90aWZpY2F0aW9uVHlwZTQ7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJOb3RpZmljYXRpb25UeXBlNVwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5Ob3RpZmljYXRpb25UeXBlNTsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIk5vdGlmaWNhdGlvblR5cGU2XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLk5vdGlmaWNhdGlvblR5cGU2OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiTm90aWZpY2F0aW9uVHlwZTdcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VzXzEuTm90aWZpY2F0aW9uVHlwZTc7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJOb3RpZmljYXRpb25UeXBlOFwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5Ob3RpZmljYXRpb25UeXBlODsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIk5vdGlmaWNhdGlvblR5cGU5XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlc18xLk5vdGlmaWNhdGlvblR5cGU5OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUGFyYW1ldGVyU3RydWN0dXJlc1wiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZXNfMS5QYXJhbWV0ZXJTdHJ1Y3R1cmVzOyB9IH0pO1xuY29uc3QgbGlua2VkTWFwXzEgPSByZXF1aXJlKFwiLi9saW5rZWRNYXBcIik7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJMaW5rZWRNYXBcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGxpbmtlZE1hcF8xLkxpbmtlZE1hcDsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkxSVUNhY2hlXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBsaW5rZWRNYXBfMS5MUlVDYWNoZTsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlRvdWNoXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBsaW5rZWRNYXBfMS5Ub3VjaDsgfSB9KTtcbmNvbnN0IGRpc3Bvc2FibGVfMSA9IHJlcXVpcmUoXCIuL2Rpc3Bvc2FibGVcIik7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJEaXNwb3NhYmxlXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBkaXNwb3NhYmxlXzEuRGlzcG9zYWJsZTsgfSB9KTtcbmNvbnN0IGV2ZW50c18xID0gcmVxdWlyZShcIi4vZXZlbnRzXCIpO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiRXZlbnRcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGV2ZW50c18xLkV2ZW50OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiRW1pdHRlclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gZXZlbnRzXzEuRW1pdHRlcjsgfSB9KTtcbmNvbnN0IGNhbmNlbGxhdGlvbl8xID0gcmVxdWlyZShcIi4vY2FuY2VsbGF0aW9uXCIpO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2VcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNhbmNlbGxhdGlvbl8xLkNhbmNlbGxhdGlvblRva2VuU291cmNlOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiQ2FuY2VsbGF0aW9uVG9rZW5cIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNhbmNlbGxhdGlvbl8xLkNhbmNlbGxhdGlvblRva2VuOyB9IH0pO1xuY29uc3Qgc2hhcmVkQXJyYXlDYW5jZWxsYXRpb25fMSA9IHJlcXVpcmUoXCIuL3NoYXJlZEFycmF5Q2FuY2VsbGF0aW9uXCIpO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiU2hhcmVkQXJyYXlTZW5kZXJTdHJhdGVneVwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gc2hhcmVkQXJyYXlDYW5jZWxsYXRpb25fMS5TaGFyZWRBcnJheVNlbmRlclN0cmF0ZWd5OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiU2hhcmVkQXJyYXlSZWNlaXZlclN0cmF0ZWd5XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBzaGFyZWRBcnJheUNhbmNlbGxhdGlvbl8xLlNoYXJlZEFycmF5UmVjZWl2ZXJTdHJhdGVneTsgfSB9KTtcbmNvbnN0IG1lc3NhZ2VSZWFkZXJfMSA9IHJlcXVpcmUoXCIuL21lc3NhZ2VSZWFkZXJcIik7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJNZXNzYWdlUmVhZGVyXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlUmVhZGVyXzEuTWVzc2FnZVJlYWRlcjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkFic3RyYWN0TWVzc2FnZVJlYWRlclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZVJlYWRlcl8xLkFic3RyYWN0TWVzc2FnZVJlYWRlcjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIlJlYWRhYmxlU3RyZWFtTWVzc2FnZVJlYWRlclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZVJlYWRlcl8xLlJlYWRhYmxlU3RyZWFtTWVzc2FnZVJlYWRlcjsgfSB9KTtcbmNvbnN0IG1lc3NhZ2VXcml0ZXJfMSA9IHJlcXVpcmUoXCIuL21lc3NhZ2VXcml0ZXJcIik7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJNZXNzYWdlV3JpdGVyXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBtZXNzYWdlV3JpdGVyXzEuTWVzc2FnZVdyaXRlcjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkFic3RyYWN0TWVzc2FnZVdyaXRlclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZVdyaXRlcl8xLkFic3RyYWN0TWVzc2FnZVdyaXRlcjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIldyaXRlYWJsZVN0cmVhbU1lc3NhZ2VXcml0ZXJcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIG1lc3NhZ2VXcml0ZXJfMS5Xcml0ZWFibGVTdHJlYW1NZXNzYWdlV3JpdGVyOyB9IH0pO1xuY29uc3QgbWVzc2FnZUJ1ZmZlcl8xID0gcmVxdWlyZShcIi4vbWVzc2FnZUJ1ZmZlclwiKTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkFic3RyYWN0TWVzc2FnZUJ1ZmZlclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gbWVzc2FnZUJ1ZmZlcl8xLkFic3RyYWN0TWVzc2FnZUJ1ZmZlcjsgfSB9KTtcbmNvbnN0IGNvbm5lY3Rpb25fMSA9IHJlcXVpcmUoXCIuL2Nvbm5lY3Rpb25cIik7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJDb25uZWN0aW9uU3RyYXRlZ3lcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNvbm5lY3Rpb25fMS5Db25uZWN0aW9uU3RyYXRlZ3k7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJDb25uZWN0aW9uT3B0aW9uc1wiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLkNvbm5lY3Rpb25PcHRpb25zOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiTnVsbExvZ2dlclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLk51bGxMb2dnZXI7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJjcmVhdGVNZXNzYWdlQ29ubmVjdGlvblwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLmNyZWF0ZU1lc3NhZ2VDb25uZWN0aW9uOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUHJvZ3Jlc3NUb2tlblwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLlByb2dyZXNzVG9rZW47IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJQcm9ncmVzc1R5cGVcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNvbm5lY3Rpb25fMS5Qcm9ncmVzc1R5cGU7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJUcmFjZVwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLlRyYWNlOyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiVHJhY2VWYWx1ZVwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLlRyYWNlVmFsdWU7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJUcmFjZUZvcm1hdFwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLlRyYWNlRm9ybWF0OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiU2V0VHJhY2VOb3RpZmljYXRpb25cIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNvbm5lY3Rpb25fMS5TZXRUcmFjZU5vdGlmaWNhdGlvbjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkxvZ1RyYWNlTm90aWZpY2F0aW9uXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBjb25uZWN0aW9uXzEuTG9nVHJhY2VOb3RpZmljYXRpb247IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJDb25uZWN0aW9uRXJyb3JzXCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBjb25uZWN0aW9uXzEuQ29ubmVjdGlvbkVycm9yczsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkNvbm5lY3Rpb25FcnJvclwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLkNvbm5lY3Rpb25FcnJvcjsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkNhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3lcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNvbm5lY3Rpb25fMS5DYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiSWRDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBjb25uZWN0aW9uXzEuSWRDYW5jZWxsYXRpb25SZWNlaXZlclN0cmF0ZWd5OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiUmVxdWVzdENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3lcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNvbm5lY3Rpb25fMS5SZXF1ZXN0Q2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneTsgfSB9KTtcbk9iamVjdC5kZWZpbmVQcm9wZXJ0eShleHBvcnRzLCBcIkNhbmNlbGxhdGlvblNlbmRlclN0cmF0ZWd5XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBjb25uZWN0aW9uXzEuQ2FuY2VsbGF0aW9uU2VuZGVyU3RyYXRlZ3k7IH0gfSk7XG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJDYW5jZWxsYXRpb25TdHJhdGVneVwiLCB7IGVudW1lcmFibGU6IHRydWUsIGdldDogZnVuY3Rpb24gKCkgeyByZXR1cm4gY29ubmVjdGlvbl8xLkNhbmNlbGxhdGlvblN0cmF0ZWd5OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiTWVzc2FnZVN0cmF0ZWd5XCIsIHsgZW51bWVyYWJsZTogdHJ1ZSwgZ2V0OiBmdW5jdGlvbiAoKSB7IHJldHVybiBjb25uZWN0aW9uXzEuTWVzc2FnZVN0cmF0ZWd5OyB9IH0pO1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiVHJhY2VWYWx1ZXNcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uICgpIHsgcmV0dXJuIGNvbm5lY3Rpb25fMS5UcmFjZVZhbHVlczsgfSB9KTtcbmNvbnN0IHJhbF8xID0gX19pbXBvcnREZWZhdWx0KHJlcXVpcmUoXCIuL3JhbFwiKSk7XG5leHBvcnRzLlJBTCA9IHJhbF8xLmRlZmF1bHQ7XG4iLCAiXCJ1c2Ugc3RyaWN0XCI7XG4vKiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICogQ29weXJpZ2h0IChjKSBNaWNyb3NvZnQgQ29ycG9yYXRpb24uIEFsbCByaWdodHMgcmVzZXJ2ZWQuXG4gKiBMaWNlbnNlZCB1bmRlciB0aGUgTUlUIExpY2Vuc2UuIFNlZSBMaWNlbnNlLnR4dCBpbiB0aGUgcHJvamVjdCByb290IGZvciBsaWNlbnNlIGluZm9ybWF0aW9uLlxuICogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG5PYmplY3QuZGVmaW5lUHJvcGVydHkoZXhwb3J0cywgXCJfX2VzTW9kdWxlXCIsIHsgdmFsdWU6IHRydWUgfSk7XG5jb25zdCB1dGlsXzEgPSByZXF1aXJlKFwidXRpbFwiKTtcbmNvbnN0IGNyeXB0b18xID0gcmVxdWlyZShcImNyeXB0b1wiKTtcbmNvbnN0IGFwaV8xID0gcmVxdWlyZShcIi4uL2NvbW1vbi9hcGlcIik7XG5jbGFzcyBNZXNzYWdlQnVmZmVyIGV4dGVuZHMgYXBpXzEuQWJzdHJhY3RNZXNzYWdlQnVmZmVyIHtcbiAgICBzdGF0aWMgZW1wdHlCdWZmZXIgPSBCdWZmZXIuYWxsb2NVbnNhZmUoMCk7XG4gICAgY29uc3RydWN0b3IoZW5jb2RpbmcgPSAndXRmLTgnKSB7XG4gICAgICAgIHN1cGVyKGVuY29kaW5nKTtcbiAgICB9XG4gICAgZW1wdHlCdWZmZXIoKSB7XG4gICAgICAgIHJldHVybiBNZXNzYWdlQnVmZmVyLmVtcHR5QnVmZmVyO1xuICAgIH1cbiAgICBmcm9tU3RyaW5nKHZhbHVlLCBlbmNvZGluZykge1xuICAgICAgICByZXR1cm4gQnVmZmVyLmZyb20odmFsdWUsIGVuY29kaW5nKTtcbiAgICB9XG4gICAgdG9TdHJpbmcodmFsdWUsIGVuY29kaW5nKSB7XG4gICAgICAgIGlmICh2YWx1ZSBpbnN0YW5jZW9mIEJ1ZmZlcikge1xuICAgICAgICAgICAgcmV0dXJuIHZhbHVlLnRvU3RyaW5nKGVuY29kaW5nKTtcbiAgICAgICAgfVxuICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgIHJldHVybiBuZXcgdXRpbF8xLlRleHREZWNvZGVyKGVuY29kaW5nKS5kZWNvZGUodmFsdWUpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGFzTmF0aXZlKGJ1ZmZlciwgbGVuZ3RoKSB7XG4gICAgICAgIGlmIChsZW5ndGggPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgcmV0dXJuIGJ1ZmZlciBpbnN0YW5jZW9mIEJ1ZmZlciA/IGJ1ZmZlciA6IEJ1ZmZlci5mcm9tKGJ1ZmZlcik7XG4gICAgICAgIH1cbiAgICAgICAgZWxzZSB7XG4gICAgICAgICAgICByZXR1cm4gYnVmZmVyIGluc3RhbmNlb2YgQnVmZmVyID8gYnVmZmVyLnNsaWNlKDAsIGxlbmd0aCkgOiBCdWZmZXIuZnJvbShidWZmZXIuc3ViYXJyYXkoMCwgbGVuZ3RoKSk7XG4gICAgICAgIH1cbiAgICB9XG4gICAgYWxsb2NOYXRpdmUobGVuZ3RoKSB7XG4gICAgICAgIHJldHVybiBCdWZmZXIuYWxsb2NVbnNhZmUobGVuZ3RoKTtcbiAgICB9XG59XG5jbGFzcyBSZWFkYWJsZVN0cmVhbVdyYXBwZXIge1xuICAgIHN0cmVhbTtcbiAgICBjb25zdHJ1Y3RvcihzdHJlYW0pIHtcbiAgICAgICAgdGhpcy5zdHJlYW0gPSBzdHJlYW07XG4gICAgfVxuICAgIG9uQ2xvc2UobGlzdGVuZXIpIHtcbiAgICAgICAgdGhpcy5zdHJlYW0ub24oJ2Nsb3NlJywgbGlzdGVuZXIpO1xuICAgICAgICByZXR1cm4gYXBpXzEuRGlzcG9zYWJsZS5jcmVhdGUoKCkgPT4gdGhpcy5zdHJlYW0ub2ZmKCdjbG9zZScsIGxpc3RlbmVyKSk7XG4gICAgfVxuICAgIG9uRXJyb3IobGlzdGVuZXIpIHtcbiAgICAgICAgdGhpcy5zdHJlYW0ub24oJ2Vycm9yJywgbGlzdGVuZXIpO1xuICAgICAgICByZXR1cm4gYXBpXzEuRGlzcG9zYWJsZS5jcmVhdGUoKCkgPT4gdGhpcy5zdHJlYW0ub2ZmKCdlcnJvcicsIGxpc3RlbmVyKSk7XG4gICAgfVxuICAgIG9uRW5kKGxpc3RlbmVyKSB7XG4gICAgICAgIHRoaXMuc3RyZWFtLm9uKCdlbmQnLCBsaXN0ZW5lcik7XG4gICAgICAgIHJldHVybiBhcGlfMS5EaXNwb3NhYmxlLmNyZWF0ZSgoKSA9PiB0aGlzLnN0cmVhbS5vZmYoJ2VuZCcsIGxpc3RlbmVyKSk7XG4gICAgfVxuICAgIG9uRGF0YShsaXN0ZW5lcikge1xuICAgICAgICB0aGlzLnN0cmVhbS5vbignZGF0YScsIGxpc3RlbmVyKTtcbiAgICAgICAgcmV0dXJuIGFwaV8xLkRpc3Bvc2FibGUuY3JlYXRlKCgpID0+IHRoaXMuc3RyZWFtLm9mZignZGF0YScsIGxpc3RlbmVyKSk7XG4gICAgfVxufVxuY2xhc3MgV3JpdGFibGVTdHJlYW1XcmFwcGVyIHtcbiAgICBzdHJlYW07XG4gICAgY29uc3RydWN0b3Ioc3RyZWFtKSB7XG4gICAgICAgIHRoaXMuc3RyZWFtID0gc3RyZWFtO1xuICAgIH1cbiAgICBvbkNsb3NlKGxpc3RlbmVyKSB7XG4gICAgICAgIHRoaXMuc3RyZWFtLm9uKCdjbG9zZScsIGxpc3RlbmVyKTtcbiAgICAgICAgcmV0dXJuIGFwaV8xLkRpc3Bvc2FibGUuY3JlYXRlKCgpID0+IHRoaXMuc3RyZWFtLm9mZignY2xvc2UnLCBsaXN0ZW5lcikpO1xuICAgIH1cbiAgICBvbkVycm9yKGxpc3RlbmVyKSB7XG4gICAgICAgIHRoaXMuc3RyZWFtLm9uKCdlcnJvcicsIGxpc3RlbmVyKTtcbiAgICAgICAgcmV0dXJuIGFwaV8xLkRpc3Bvc2FibGUuY3JlYXRlKCgpID0+IHRoaXMuc3RyZWFtLm9mZignZXJyb3InLCBsaXN0ZW5lcikpO1xuICAgIH1cbiAgICBvbkVuZChsaXN0ZW5lcikge1xuICAgICAgICB0aGlzLnN0cmVhbS5vbignZW5kJywgbGlzdGVuZXIpO1xuICAgICAgICByZXR1cm4gYXBpXzEuRGlzcG9zYWJsZS5jcmVhdGUoKCkgPT4gdGhpcy5zdHJlYW0ub2ZmKCdlbmQnLCBsaXN0ZW5lcikpO1xuICAgIH1cbiAgICB3cml0ZShkYXRhLCBlbmNvZGluZykge1xuICAgICAgICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgICAgICAgY29uc3QgY2FsbGJhY2sgPSAoZXJyb3IpID0+IHtcbiAgICAgICAgICAgICAgICBpZiAoZXJyb3IgPT09IHVuZGVmaW5lZCB8fCBlcnJvciA9PT0gbnVsbCkge1xuICAgICAgICAgICAgICAgICAgICByZXNvbHZlKCk7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICByZWplY3QoZXJyb3IpO1xuICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH07XG4gICAgICAgICAgICBpZiAodHlwZW9mIGRhdGEgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgICAgICAgICAgdGhpcy5zdHJlYW0ud3JpdGUoZGF0YSwgZW5jb2RpbmcsIGNhbGxiYWNrKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgIHRoaXMuc3RyZWFtLndyaXRlKGRhdGEsIGNhbGxiYWNrKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgfSk7XG4gICAgfVxuICAgIGVuZCgpIHtcbiAgICAgICAgdGhpcy5zdHJlYW0uZW5kKCk7XG4gICAgfVxufVxuY29uc3QgX3JpbCA9IE9iamVjdC5mcmVlemUoe1xuICAgIGNyeXB0bzogT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgIHJhbmRvbVVVSUQ6ICgpID0+ICgwLCBjcnlwdG9fMS5yYW5kb21VVUlEKSgpXG4gICAgfSksXG4gICAgbWVzc2FnZUJ1ZmZlcjogT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgIGNyZWF0ZTogKGVuY29kaW5nKSA9PiBuZXcgTWVzc2FnZUJ1ZmZlcihlbmNvZGluZylcbiAgICB9KSxcbiAgICBhcHBsaWNhdGlvbkpzb246IE9iamVjdC5mcmVlemUoe1xuICAgICAgICBlbmNvZGVyOiBPYmplY3QuZnJlZXplKHtcbiAgICAgICAgICAgIG5hbWU6ICdhcHBsaWNhdGlvbi9qc29uJyxcbiAgICAgICAgICAgIGVuY29kZTogKG1zZywgb3B0aW9ucykgPT4ge1xuICAgICAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgICAgICAgIHJldHVybiBQcm9taXNlLnJlc29sdmUoQnVmZmVyLmZyb20oSlNPTi5zdHJpbmdpZnkobXNnLCB1bmRlZmluZWQsIDApLCBvcHRpb25zLmNoYXJzZXQpKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgY2F0Y2ggKGVycikge1xuICAgICAgICAgICAgICAgICAgICByZXR1cm4gUHJvbWlzZS5yZWplY3QoZXJyKTtcbiAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICB9XG4gICAgICAgIH0pLFxuICAgICAgICBkZWNvZGVyOiBPYmplY3QuZnJlZXplKHtcbiAgICAgICAgICAgIG5hbWU6ICdhcHBsaWNhdGlvbi9qc29uJyxcbiAgICAgICAgICAgIGRlY29kZTogKGJ1ZmZlciwgb3B0aW9ucykgPT4ge1xuICAgICAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgICAgICAgIGlmIChidWZmZXIgaW5zdGFuY2VvZiBCdWZmZXIpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIHJldHVybiBQcm9taXNlLnJlc29sdmUoSlNPTi5wYXJzZShidWZmZXIudG9TdHJpbmcob3B0aW9ucy5jaGFyc2V0KSkpO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgICAgIGVsc2Uge1xuICAgICAgICAgICAgICAgICAgICAgICAgcmV0dXJuIFByb21pc2UucmVzb2x2ZShKU09OLnBhcnNlKG5ldyB1dGlsXzEuVGV4dERlY29kZXIob3B0aW9ucy5jaGFyc2V0KS5kZWNvZGUoYnVmZmVyKSkpO1xuICAgICAgICAgICAgICAgICAgICB9XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgIGNhdGNoIChlcnIpIHtcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuIFByb21pc2UucmVqZWN0KGVycik7XG4gICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICB9KVxuICAgIH0pLFxuICAgIHN0cmVhbTogT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgIGFzUmVhZGFibGVTdHJlYW06IChzdHJlYW0pID0+IG5ldyBSZWFkYWJsZVN0cmVhbVdyYXBwZXIoc3RyZWFtKSxcbiAgICAgICAgYXNXcml0YWJsZVN0cmVhbTogKHN0cmVhbSkgPT4gbmV3IFdyaXRhYmxlU3RyZWFtV3JhcHBlcihzdHJlYW0pXG4gICAgfSksXG4gICAgY29uc29sZTogY29uc29sZSxcbiAgICB0aW1lcjogT2JqZWN0LmZyZWV6ZSh7XG4gICAgICAgIHNldFRpbWVvdXQoY2FsbGJhY2ssIG1zLCAuLi5hcmdzKSB7XG4gICAgICAgICAgICBjb25zdCBoYW5kbGUgPSBzZXRUaW1lb3V0KGNhbGxiYWNrLCBtcywgLi4uYXJncyk7XG4gICAgICAgICAgICByZXR1cm4geyBkaXNwb3NlOiAoKSA9PiBjbGVhclRpbWVvdXQoaGFuZGxlKSB9O1xuICAgICAgICB9LFxuICAgICAgICBzZXRJbW1lZGlhdGUoY2FsbGJhY2ssIC4uLmFyZ3MpIHtcbiAgICAgICAgICAgIGNvbnN0IGhhbmRsZSA9IHNldEltbWVkaWF0ZShjYWxsYmFjaywgLi4uYXJncyk7XG4gICAgICAgICAgICByZXR1cm4geyBkaXNwb3NlOiAoKSA9PiBjbGVhckltbWVkaWF0ZShoYW5kbGUpIH07XG4gICAgICAgIH0sXG4gICAgICAgIHNldEludGVydmFsKGNhbGxiYWNrLCBtcywgLi4uYXJncykge1xuICAgICAgICAgICAgY29uc3QgaGFuZGxlID0gc2V0SW50ZXJ2YWwoY2FsbGJhY2ssIG1zLCAuLi5hcmdzKTtcbiAgICAgICAgICAgIHJldHVybiB7IGRpc3Bvc2U6ICgpID0+IGNsZWFySW50ZXJ2YWwoaGFuZGxlKSB9O1xuICAgICAgICB9XG4gICAgfSlcbn0pO1xuZnVuY3Rpb24gUklMKCkge1xuICAgIHJldHVybiBfcmlsO1xufVxuKGZ1bmN0aW9uIChSSUwpIHtcbiAgICBmdW5jdGlvbiBpbnN0YWxsKCkge1xuICAgICAgICBhcGlfMS5SQUwuaW5zdGFsbChfcmlsKTtcbiAgICB9XG4gICAgUklMLmluc3RhbGwgPSBpbnN0YWxsO1xufSkoUklMIHx8IChSSUwgPSB7fSkpO1xuZXhwb3J0cy5kZWZhdWx0ID0gUklMO1xuIiwgIlwidXNlIHN0cmljdFwiO1xudmFyIF9fY3JlYXRlQmluZGluZyA9ICh0aGlzICYmIHRoaXMuX19jcmVhdGVCaW5kaW5nKSB8fCAoT2JqZWN0LmNyZWF0ZSA/IChmdW5jdGlvbihvLCBtLCBrLCBrMikge1xuICAgIGlmIChrMiA9PT0gdW5kZWZpbmVkKSBrMiA9IGs7XG4gICAgdmFyIGRlc2MgPSBPYmplY3QuZ2V0T3duUHJvcGVydHlEZXNjcmlwdG9yKG0sIGspO1xuICAgIGlmICghZGVzYyB8fCAoXCJnZXRcIiBpbiBkZXNjID8gIW0uX19lc01vZHVsZSA6IGRlc2Mud3JpdGFibGUgfHwgZGVzYy5jb25maWd1cmFibGUpKSB7XG4gICAgICBkZXNjID0geyBlbnVtZXJhYmxlOiB0cnVlLCBnZXQ6IGZ1bmN0aW9uKCkgeyByZXR1cm4gbVtrXTsgfSB9O1xuICAgIH1cbiAgICBPYmplY3QuZGVmaW5lUHJvcGVydHkobywgazIsIGRlc2MpO1xufSkgOiAoZnVuY3Rpb24obywgbSwgaywgazIpIHtcbiAgICBpZiAoazIgPT09IHVuZGVmaW5lZCkgazIgPSBrO1xuICAgIG9bazJdID0gbVtrXTtcbn0pKTtcbnZhciBfX3NldE1vZHVsZURlZmF1bHQgPSAodGhpcyAmJiB0aGlzLl9fc2V0TW9kdWxlRGVmYXVsdCkgfHwgKE9iamVjdC5jcmVhdGUgPyAoZnVuY3Rpb24obywgdikge1xuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eShvLCBcImRlZmF1bHRcIiwgeyBlbnVtZXJhYmxlOiB0cnVlLCB2YWx1ZTogdiB9KTtcbn0pIDogZnVuY3Rpb24obywgdikge1xuICAgIG9bXCJkZWZhdWx0XCJdID0gdjtcbn0pO1xudmFyIF9faW1wb3J0U3RhciA9ICh0aGlzICYmIHRoaXMuX19pbXBvcnRTdGFyKSB8fCAoZnVuY3Rpb24gKCkge1xuICAgIHZhciBvd25LZXlzID0gZnVuY3Rpb24obykge1xuICAgICAgICBvd25LZXlzID0gT2JqZWN0LmdldE93blByb3BlcnR5TmFtZXMgfHwgZnVuY3Rpb24gKG8pIHtcbiAgICAgICAgICAgIHZhciBhciA9IFtdO1xuICAgICAgICAgICAgZm9yICh2YXIgayBpbiBvKSBpZiAoT2JqZWN0LnByb3RvdHlwZS5oYXNPd25Qcm9wZXJ0eS5jYWxsKG8sIGspKSBhclthci5sZW5ndGhdID0gaztcbiAgICAgICAgICAgIHJldHVybiBhcjtcbiAgICAgICAgfTtcbiAgICAgICAgcmV0dXJuIG93bktleXMobyk7XG4gICAgfTtcbiAgICByZXR1cm4gZnVuY3Rpb24gKG1vZCkge1xuICAgICAgICBpZiAobW9kICYmIG1vZC5fX2VzTW9kdWxlKSByZXR1cm4gbW9kO1xuICAgICAgICB2YXIgcmVzdWx0ID0ge307XG4gICAgICAgIGlmIChtb2QgIT0gbnVsbCkgZm9yICh2YXIgayA9IG93bktleXMobW9kKSwgaSA9IDA7IGkgPCBrLmxlbmd0aDsgaSsrKSBpZiAoa1tpXSAhPT0gXCJkZWZhdWx0XCIpIF9fY3JlYXRlQmluZGluZyhyZXN1bHQsIG1vZCwga1tpXSk7XG4gICAgICAgIF9fc2V0TW9kdWxlRGVmYXVsdChyZXN1bHQsIG1vZCk7XG4gICAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfTtcbn0pKCk7XG52YXIgX19leHBvcnRTdGFyID0gKHRoaXMgJiYgdGhpcy5fX2V4cG9ydFN0YXIpIHx8IGZ1bmN0aW9uKG0sIGV4cG9ydHMpIHtcbiAgICBmb3IgKHZhciBwIGluIG0pIGlmIChwICE9PSBcImRlZmF1bHRcIiAmJiAhT2JqZWN0LnByb3RvdHlwZS5oYXNPd25Qcm9wZXJ0eS5jYWxsKGV4cG9ydHMsIHApKSBfX2NyZWF0ZUJpbmRpbmcoZXhwb3J0cywgbSwgcCk7XG59O1xudmFyIF9faW1wb3J0RGVmYXVsdCA9ICh0aGlzICYmIHRoaXMuX19pbXBvcnREZWZhdWx0KSB8fCBmdW5jdGlvbiAobW9kKSB7XG4gICAgcmV0dXJuIChtb2QgJiYgbW9kLl9fZXNNb2R1bGUpID8gbW9kIDogeyBcImRlZmF1bHRcIjogbW9kIH07XG59O1xuT2JqZWN0LmRlZmluZVByb3BlcnR5KGV4cG9ydHMsIFwiX19lc01vZHVsZVwiLCB7IHZhbHVlOiB0cnVlIH0pO1xuZXhwb3J0cy5TdHJlYW1NZXNzYWdlV3JpdGVyID0gZXhwb3J0cy5TdHJlYW1NZXNzYWdlUmVhZGVyID0gZXhwb3J0cy5Tb2NrZXRNZXNzYWdlV3JpdGVyID0gZXhwb3J0cy5Tb2NrZXRNZXNzYWdlUmVhZGVyID0gZXhwb3J0cy5Qb3J0TWVzc2FnZVdyaXRlciA9IGV4cG9ydHMuUG9ydE1lc3NhZ2VSZWFkZXIgPSBleHBvcnRzLklQQ01lc3NhZ2VXcml0ZXIgPSBleHBvcnRzLklQQ01lc3NhZ2VSZWFkZXIgPSB2b2lkIDA7XG5leHBvcnRzLmdlbmVyYXRlUmFuZG9tUGlwZU5hbWUgPSBnZW5lcmF0ZVJhbmRvbVBpcGVOYW1lO1xuZXhwb3J0cy5jcmVhdGVDbGllbnRQaXBlVHJhbnNwb3J0ID0gY3JlYXRlQ2xpZW50UGlwZVRyYW5zcG9ydDtcbmV4cG9ydHMuY3JlYXRlU2VydmVyUGlwZVRyYW5zcG9ydCA9IGNyZWF0ZVNlcnZlclBpcGVUcmFuc3BvcnQ7XG5leHBvcnRzLmNyZWF0ZUNsaWVudFNvY2tldFRyYW5zcG9ydCA9IGNyZWF0ZUNsaWVudFNvY2tldFRyYW5zcG9ydDtcbmV4cG9ydHMuY3JlYXRlU2VydmVyU29ja2V0VHJhbnNwb3J0ID0gY3JlYXRlU2VydmVyU29ja2V0VHJhbnNwb3J0O1xuZXhwb3J0cy5jcmVhdGVNZXNzYWdlQ29ubmVjdGlvbiA9IGNyZWF0ZU1lc3NhZ2VDb25uZWN0aW9uO1xuLyogLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAqIENvcHlyaWdodCAoYykgTWljcm9zb2Z0IENvcnBvcmF0aW9uLiBBbGwgcmlnaHRzIHJlc2VydmVkLlxuICogTGljZW5zZWQgdW5kZXIgdGhlIE1JVCBMaWNlbnNlLiBTZWUgTGljZW5zZS50eHQgaW4gdGhlIHByb2plY3Qgcm9vdCBmb3IgbGljZW5zZSBpbmZvcm1hdGlvbi5cbiAqIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tICovXG5jb25zdCByaWxfMSA9IF9faW1wb3J0RGVmYXVsdChyZXF1aXJlKFwiLi9yaWxcIikpO1xuLy8gSW5zdGFsbCB0aGUgbm9kZSBydW50aW1lIGFic3RyYWN0LlxucmlsXzEuZGVmYXVsdC5pbnN0YWxsKCk7XG5jb25zdCBwYXRoID0gX19pbXBvcnRTdGFyKHJlcXVpcmUoXCJwYXRoXCIpKTtcbmNvbnN0IG9zID0gX19pbXBvcnRTdGFyKHJlcXVpcmUoXCJvc1wiKSk7XG5jb25zdCBmcyA9IF9faW1wb3J0U3RhcihyZXF1aXJlKFwiZnNcIikpO1xuY29uc3QgY3J5cHRvXzEgPSByZXF1aXJlKFwiY3J5cHRvXCIpO1xuY29uc3QgbmV0XzEgPSByZXF1aXJlKFwibmV0XCIpO1xuY29uc3QgYXBpXzEgPSByZXF1aXJlKFwiLi4vY29tbW9uL2FwaVwiKTtcbl9fZXhwb3J0U3RhcihyZXF1aXJlKFwiLi4vY29tbW9uL2FwaVwiKSwgZXhwb3J0cyk7XG5jbGFzcyBJUENNZXNzYWdlUmVhZGVyIGV4dGVuZHMgYXBpXzEuQWJzdHJhY3RNZXNzYWdlUmVhZGVyIHtcbiAgICBwcm9jZXNzO1xuICAgIGNvbnN0cnVjdG9yKHByb2Nlc3MpIHtcbiAgICAgICAgc3VwZXIoKTtcbiAgICAgICAgdGhpcy5wcm9jZXNzID0gcHJvY2VzcztcbiAgICAgICAgY29uc3QgZXZlbnRFbWl0dGVyID0gdGhpcy5wcm9jZXNzO1xuICAgICAgICBldmVudEVtaXR0ZXIub24oJ2Vycm9yJywgKGVycm9yKSA9PiB0aGlzLmZpcmVFcnJvcihlcnJvcikpO1xuICAgICAgICBldmVudEVtaXR0ZXIub24oJ2Nsb3NlJywgKCkgPT4gdGhpcy5maXJlQ2xvc2UoKSk7XG4gICAgfVxuICAgIGxpc3RlbihjYWxsYmFjaykge1xuICAgICAgICB0aGlzLnByb2Nlc3Mub24oJ21lc3NhZ2UnLCBjYWxsYmFjayk7XG4gICAgICAgIHJldHVybiBhcGlfMS5EaXNwb3NhYmxlLmNyZWF0ZSgoKSA9PiB0aGlzLnByb2Nlc3Mub2ZmKCdtZXNzYWdlJywgY2FsbGJhY2spKTtcbiAgICB9XG59XG5leHBvcnRzLklQQ01lc3NhZ2VSZWFkZXIgPSBJUENNZXNzYWdlUmVhZGVyO1xuY2xhc3MgSVBDTWVzc2FnZVdyaXRlciBleHRlbmRzIGFwaV8xLkFic3RyYWN0TWVzc2FnZVdyaXRlciB7XG4gICAgcHJvY2VzcztcbiAgICBlcnJvckNvdW50O1xuICAgIGNvbnN0cnVjdG9yKHByb2Nlc3MpIHtcbiAgICAgICAgc3VwZXIoKTtcbiAgICAgICAgdGhpcy5wcm9jZXNzID0gcHJvY2VzcztcbiAgICAgICAgdGhpcy5lcnJvckNvdW50ID0gMDtcbiAgICAgICAgY29uc3QgZXZlbnRFbWl0dGVyID0gdGhpcy5wcm9jZXNzO1xuICAgICAgICBldmVudEVtaXR0ZXIub24oJ2Vycm9yJywgKGVycm9yKSA9PiB0aGlzLmZpcmVFcnJvcihlcnJvcikpO1xuICAgICAgICBldmVudEVtaXR0ZXIub24oJ2Nsb3NlJywgKCkgPT4gdGhpcy5maXJlQ2xvc2UoKSk7XG4gICAgfVxuICAgIHdyaXRlKG1zZykge1xuICAgICAgICB0cnkge1xuICAgICAgICAgICAgaWYgKHR5cGVvZiB0aGlzLnByb2Nlc3Muc2VuZCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICAgICAgICAgIHRoaXMucHJvY2Vzcy5zZW5kKG1zZywgdW5kZWZpbmVkLCB1bmRlZmluZWQsIChlcnJvcikgPT4ge1xuICAgICAgICAgICAgICAgICAgICBpZiAoZXJyb3IpIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIHRoaXMuZXJyb3JDb3VudCsrO1xuICAgICAgICAgICAgICAgICAgICAgICAgdGhpcy5oYW5kbGVFcnJvcihlcnJvciwgbXNnKTtcbiAgICAgICAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgICAgICAgICBlbHNlIHtcbiAgICAgICAgICAgICAgICAgICAgICAgIHRoaXMuZXJyb3JDb3VudCA9IDA7XG4gICAgICAgICAgICAgICAgICAgIH1cbiAgICAgICAgICAgICAgICB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIHJldHVybiBQcm9taXNlLnJlc29sdmUoKTtcbiAgICAgICAgfVxuICAgICAgICBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICAgIHRoaXMuaGFuZGxlRXJyb3IoZXJyb3IsIG1zZyk7XG4gICAgICAgICAgICByZXR1cm4gUHJvbWlzZS5yZWplY3QoZXJyb3IpO1xuICAgICAgICB9XG4gICAgfVxuICAgIGhhbmRsZUVycm9yKGVycm9yLCBtc2cpIHtcbiAgICAgICAgdGhpcy5lcnJvckNvdW50Kys7XG4gICAgICAgIHRoaXMuZmlyZUVycm9yKGVycm9yLCBtc2csIHRoaXMuZXJyb3JDb3VudCk7XG4gICAgfVxuICAgIGVuZCgpIHtcbiAgICB9XG59XG5leHBvcnRzLklQQ01lc3NhZ2VXcml0ZXIgPSBJUENNZXNzYWdlV3JpdGVyO1xuY2xhc3MgUG9ydE1lc3NhZ2VSZWFkZXIgZXh0ZW5kcyBhcGlfMS5BYnN0cmFjdE1lc3NhZ2VSZWFkZXIge1xuICAgIG9uRGF0YTtcbiAgICBjb25zdHJ1Y3Rvcihwb3J0KSB7XG4gICAgICAgIHN1cGVyKCk7XG4gICAgICAgIHRoaXMub25EYXRhID0gbmV3IGFwaV8xLkVtaXR0ZXI7XG4gICAgICAgIHBvcnQub24oJ2Nsb3NlJywgKCkgPT4gdGhpcy5maXJlQ2xvc2UoKSk7XG4gICAgICAgIHBvcnQub24oJ2Vycm9yJywgKGVycm9yKSA9PiB0aGlzLmZpcmVFcnJvcihlcnJvcikpO1xuICAgICAgICBwb3J0Lm9uKCdtZXNzYWdlJywgKG1lc3NhZ2UpID0+IHtcbiAgICAgICAgICAgIHRoaXMub25EYXRhLmZpcmUobWVzc2FnZSk7XG4gICAgICAgIH0pO1xuICAgIH1cbiAgICBsaXN0ZW4oY2FsbGJhY2spIHtcbiAgICAgICAgcmV0dXJuIHRoaXMub25EYXRhLmV2ZW50KGNhbGxiYWNrKTtcbiAgICB9XG59XG5leHBvcnRzLlBvcnRNZXNzYWdlUmVhZGVyID0gUG9ydE1lc3NhZ2VSZWFkZXI7XG5jbGFzcyBQb3J0TWVzc2FnZVdyaXRlciBleHRlbmRzIGFwaV8xLkFic3RyYWN0TWVzc2FnZVdyaXRlciB7XG4gICAgcG9ydDtcbiAgICBlcnJvckNvdW50O1xuICAgIGNvbnN0cnVjdG9yKHBvcnQpIHtcbiAgICAgICAgc3VwZXIoKTtcbiAgICAgICAgdGhpcy5wb3J0ID0gcG9ydDtcbiAgICAgICAgdGhpcy5lcnJvckNvdW50ID0gMDtcbiAgICAgICAgcG9ydC5vbignY2xvc2UnLCAoKSA9PiB0aGlzLmZpcmVDbG9zZSgpKTtcbiAgICAgICAgcG9ydC5vbignZXJyb3InLCAoZXJyb3IpID0+IHRoaXMuZmlyZUVycm9yKGVycm9yKSk7XG4gICAgfVxuICAgIHdyaXRlKG1zZykge1xuICAgICAgICB0cnkge1xuICAgICAgICAgICAgdGhpcy5wb3J0LnBvc3RNZXNzYWdlKG1zZyk7XG4gICAgICAgICAgICByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKCk7XG4gICAgICAgIH1cbiAgICAgICAgY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgICAgICB0aGlzLmhhbmRsZUVycm9yKGVycm9yLCBtc2cpO1xuICAgICAgICAgICAgcmV0dXJuIFByb21pc2UucmVqZWN0KGVycm9yKTtcbiAgICAgICAgfVxuICAgIH1cbiAgICBoYW5kbGVFcnJvcihlcnJvciwgbXNnKSB7XG4gICAgICAgIHRoaXMuZXJyb3JDb3VudCsrO1xuICAgICAgICB0aGlzLmZpcmVFcnJvcihlcnJvciwgbXNnLCB0aGlzLmVycm9yQ291bnQpO1xuICAgIH1cbiAgICBlbmQoKSB7XG4gICAgfVxufVxuZXhwb3J0cy5Qb3J0TWVzc2FnZVdyaXRlciA9IFBvcnRNZXNzYWdlV3JpdGVyO1xuY2xhc3MgU29ja2V0TWVzc2FnZVJlYWRlciBleHRlbmRzIGFwaV8xLlJlYWRhYmxlU3RyZWFtTWVzc2FnZVJlYWRlciB7XG4gICAgY29uc3RydWN0b3Ioc29ja2V0LCBlbmNvZGluZyA9ICd1dGYtOCcpIHtcbiAgICAgICAgc3VwZXIoKDAsIHJpbF8xLmRlZmF1bHQpKCkuc3RyZWFtLmFzUmVhZGFibGVTdHJlYW0oc29ja2V0KSwgZW5jb2RpbmcpO1xuICAgIH1cbn1cbmV4cG9ydHMuU29ja2V0TWVzc2FnZVJlYWRlciA9IFNvY2tldE1lc3NhZ2VSZWFkZXI7XG5jbGFzcyBTb2NrZXRNZXNzYWdlV3JpdGVyIGV4dGVuZHMgYXBpXzEuV3JpdGVhYmxlU3RyZWFtTWVzc2FnZVdyaXRlciB7XG4gICAgc29ja2V0O1xuICAgIGNvbnN0cnVjdG9yKHNvY2tldCwgb3B0aW9ucykge1xuICAgICAgICBzdXBlcigoMCwgcmlsXzEuZGVmYXVsdCkoKS5zdHJlYW0uYXNXcml0YWJsZVN0cmVhbShzb2NrZXQpLCBvcHRpb25zKTtcbiAgICAgICAgdGhpcy5zb2NrZXQgPSBzb2NrZXQ7XG4gICAgfVxuICAgIGRpc3Bvc2UoKSB7XG4gICAgICAgIHN1cGVyLmRpc3Bvc2UoKTtcbiAgICAgICAgdGhpcy5zb2NrZXQuZGVzdHJveSgpO1xuICAgIH1cbn1cbmV4cG9ydHMuU29ja2V0TWVzc2FnZVdyaXRlciA9IFNvY2tldE1lc3NhZ2VXcml0ZXI7XG5jbGFzcyBTdHJlYW1NZXNzYWdlUmVhZGVyIGV4dGVuZHMgYXBpXzEuUmVhZGFibGVTdHJlYW1NZXNzYWdlUmVhZGVyIHtcbiAgICBjb25zdHJ1Y3RvcihyZWFkYWJsZSwgZW5jb2RpbmcpIHtcbiAgICAgICAgc3VwZXIoKDAsIHJpbF8xLmRlZmF1bHQpKCkuc3RyZWFtLmFzUmVhZGFibGVTdHJlYW0ocmVhZGFibGUpLCBlbmNvZGluZyk7XG4gICAgfVxufVxuZXhwb3J0cy5TdHJlYW1NZXNzYWdlUmVhZGVyID0gU3RyZWFtTWVzc2FnZVJlYWRlcjtcbmNsYXNzIFN0cmVhbU1lc3NhZ2VXcml0ZXIgZXh0ZW5kcyBhcGlfMS5Xcml0ZWFibGVTdHJlYW1NZXNzYWdlV3JpdGVyIHtcbiAgICBjb25zdHJ1Y3Rvcih3cml0YWJsZSwgb3B0aW9ucykge1xuICAgICAgICBzdXBlcigoMCwgcmlsXzEuZGVmYXVsdCkoKS5zdHJlYW0uYXNXcml0YWJsZVN0cmVhbSh3cml0YWJsZSksIG9wdGlvbnMpO1xuICAgIH1cbn1cbmV4cG9ydHMuU3RyZWFtTWVzc2FnZVdyaXRlciA9IFN0cmVhbU1lc3NhZ2VXcml0ZXI7XG5jb25zdCBYREdfUlVOVElNRV9ESVIgPSBwcm9jZXNzLmVudlsnWERHX1JVTlRJTUVfRElSJ107XG5jb25zdCBzYWZlSXBjUGF0aExlbmd0aHMgPSBuZXcgTWFwKFtcbiAgICBbJ2xpbnV4JywgMTA3XSxcbiAgICBbJ2RhcndpbicsIDEwMl1cbl0pO1xuZnVuY3Rpb24gZ2VuZXJhdGVSYW5kb21QaXBlTmFtZSgpIHtcbiAgICBpZiAocHJvY2Vzcy5wbGF0Zm9ybSA9PT0gJ3dpbjMyJykge1xuICAgICAgICByZXR1cm4gYFxcXFxcXFxcLlxcXFxwaXBlXFxcXGxzcC0keygwLCBjcnlwdG9fMS5yYW5kb21CeXRlcykoMTYpLnRvU3RyaW5nKCdoZXgnKX0tc29ja2A7XG4gICAgfVxuICAgIGxldCByYW5kb21MZW5ndGggPSAzMjtcbiAgICBjb25zdCBmaXhlZExlbmd0aCA9ICcvbHNwLS5zb2NrJy5sZW5ndGg7XG4gICAgY29uc3QgdG1wRGlyID0gZnMucmVhbHBhdGhTeW5jKFhER19SVU5USU1FX0RJUiA/PyBvcy50bXBkaXIoKSk7XG4gICAgY29uc3QgbGltaXQgPSBzYWZlSXBjUGF0aExlbmd0aHMuZ2V0KHByb2Nlc3MucGxhdGZvcm0pO1xuICAgIGlmIChsaW1pdCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHJhbmRvbUxlbmd0aCA9IE1hdGgubWluKGxpbWl0IC0gdG1wRGlyLmxlbmd0aCAtIGZpeGVkTGVuZ3RoLCByYW5kb21MZW5ndGgpO1xuICAgIH1cbiAgICBpZiAocmFuZG9tTGVuZ3RoIDwgMTYpIHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBVbmFibGUgdG8gZ2VuZXJhdGUgYSByYW5kb20gcGlwZSBuYW1lIHdpdGggJHtyYW5kb21MZW5ndGh9IGNoYXJhY3RlcnMuYCk7XG4gICAgfVxuICAgIGNvbnN0IHJhbmRvbVN1ZmZpeCA9ICgwLCBjcnlwdG9fMS5yYW5kb21CeXRlcykoTWF0aC5mbG9vcihyYW5kb21MZW5ndGggLyAyKSkudG9TdHJpbmcoJ2hleCcpO1xuICAgIHJldHVybiBwYXRoLmpvaW4odG1wRGlyLCBgbHNwLSR7cmFuZG9tU3VmZml4fS5zb2NrYCk7XG59XG5mdW5jdGlvbiBjcmVhdGVDbGllbnRQaXBlVHJhbnNwb3J0KHBpcGVOYW1lLCBlbmNvZGluZyA9ICd1dGYtOCcpIHtcbiAgICBsZXQgY29ubmVjdFJlc29sdmU7XG4gICAgY29uc3QgY29ubmVjdGVkID0gbmV3IFByb21pc2UoKHJlc29sdmUsIF9yZWplY3QpID0+IHtcbiAgICAgICAgY29ubmVjdFJlc29sdmUgPSByZXNvbHZlO1xuICAgIH0pO1xuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICAgIGNvbnN0IHNlcnZlciA9ICgwLCBuZXRfMS5jcmVhdGVTZXJ2ZXIpKChzb2NrZXQpID0+IHtcbiAgICAgICAgICAgIHNlcnZlci5jbG9zZSgpO1xuICAgICAgICAgICAgY29ubmVjdFJlc29sdmUoW1xuICAgICAgICAgICAgICAgIG5ldyBTb2NrZXRNZXNzYWdlUmVhZGVyKHNvY2tldCwgZW5jb2RpbmcpLFxuICAgICAgICAgICAgICAgIG5ldyBTb2NrZXRNZXNzYWdlV3JpdGVyKHNvY2tldCwgZW5jb2RpbmcpXG4gICAgICAgICAgICBdKTtcbiAgICAgICAgfSk7XG4gICAgICAgIHNlcnZlci5vbignZXJyb3InLCByZWplY3QpO1xuICAgICAgICBzZXJ2ZXIubGlzdGVuKHBpcGVOYW1lLCAoKSA9PiB7XG4gICAgICAgICAgICBzZXJ2ZXIucmVtb3ZlTGlzdGVuZXIoJ2Vycm9yJywgcmVqZWN0KTtcbiAgICAgICAgICAgIHJlc29sdmUoe1xuICAgICAgICAgICAgICAgIG9uQ29ubmVjdGVkOiAoKSA9PiB7IHJldHVybiBjb25uZWN0ZWQ7IH0sXG4gICAgICAgICAgICAgICAgY2xvc2U6ICgpID0+IHsgc2VydmVyLmNsb3NlKCk7IH1cbiAgICAgICAgICAgIH0pO1xuICAgICAgICB9KTtcbiAgICB9KTtcbn1cbmZ1bmN0aW9uIGNyZWF0ZVNlcnZlclBpcGVUcmFuc3BvcnQocGlwZU5hbWUsIGVuY29kaW5nID0gJ3V0Zi04Jykge1xuICAgIGNvbnN0IHNvY2tldCA9ICgwLCBuZXRfMS5jcmVhdGVDb25uZWN0aW9uKShwaXBlTmFtZSk7XG4gICAgcmV0dXJuIFtcbiAgICAgICAgbmV3IFNvY2tldE1lc3NhZ2VSZWFkZXIoc29ja2V0LCBlbmNvZGluZyksXG4gICAgICAgIG5ldyBTb2NrZXRNZXNzYWdlV3JpdGVyKHNvY2tldCwgZW5jb2RpbmcpXG4gICAgXTtcbn1cbmZ1bmN0aW9uIGNyZWF0ZUNsaWVudFNvY2tldFRyYW5zcG9ydChwb3J0LCBlbmNvZGluZyA9ICd1dGYtOCcpIHtcbiAgICBsZXQgY29ubmVjdFJlc29sdmU7XG4gICAgY29uc3QgY29ubmVjdGVkID0gbmV3IFByb21pc2UoKHJlc29sdmUsIF9yZWplY3QpID0+IHtcbiAgICAgICAgY29ubmVjdFJlc29sdmUgPSByZXNvbHZlO1xuICAgIH0pO1xuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICAgIGNvbnN0IHNlcnZlciA9ICgwLCBuZXRfMS5jcmVhdGVTZXJ2ZXIpKChzb2NrZXQpID0+IHtcbiAgICAgICAgICAgIHNlcnZlci5jbG9zZSgpO1xuICAgICAgICAgICAgY29ubmVjdFJlc29sdmUoW1xuICAgICAgICAgICAgICAgIG5ldyBTb2NrZXRNZXNzYWdlUmVhZGVyKHNvY2tldCwgZW5jb2RpbmcpLFxuICAgICAgICAgICAgICAgIG5ldyBTb2NrZXRNZXNzYWdlV3JpdGVyKHNvY2tldCwgZW5jb2RpbmcpXG4gICAgICAgICAgICBdKTtcbiAgICAgICAgfSk7XG4gICAgICAgIHNlcnZlci5vbignZXJyb3InLCByZWplY3QpO1xuICAgICAgICBzZXJ2ZXIubGlzdGVuKHBvcnQsICcxMjcuMC4wLjEnLCAoKSA9PiB7XG4gICAgICAgICAgICBzZXJ2ZXIucmVtb3ZlTGlzdGVuZXIoJ2Vycm9yJywgcmVqZWN0KTtcbiAgICAgICAgICAgIGNvbnN0IGFkZHJlc3MgPSBzZXJ2ZXIuYWRkcmVzcygpO1xuICAgICAgICAgICAgaWYgKGFkZHJlc3MgPT09IG51bGwgfHwgdHlwZW9mIGFkZHJlc3MgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgICAgICAgICAgcmVqZWN0KG5ldyBFcnJvcihgVW5leHBlY3RlZCBzZXJ2ZXIgYWRkcmVzczogJHthZGRyZXNzfWApKTtcbiAgICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBjb25zdCBib3VuZFBvcnQgPSBhZGRyZXNzLnBvcnQ7XG4gICAgICAgICAgICByZXNvbHZlKHtcbiAgICAgICAgICAgICAgICBwb3J0OiAoKSA9PiBib3VuZFBvcnQsXG4gICAgICAgICAgICAgICAgb25Db25uZWN0ZWQ6ICgpID0+IHsgcmV0dXJuIGNvbm5lY3RlZDsgfSxcbiAgICAgICAgICAgICAgICBjbG9zZTogKCkgPT4geyBzZXJ2ZXIuY2xvc2UoKTsgfVxuICAgICAgICAgICAgfSk7XG4gICAgICAgIH0pO1xuICAgIH0pO1xufVxuZnVuY3Rpb24gY3JlYXRlU2VydmVyU29ja2V0VHJhbnNwb3J0KHBvcnQsIGVuY29kaW5nID0gJ3V0Zi04Jykge1xuICAgIGNvbnN0IHNvY2tldCA9ICgwLCBuZXRfMS5jcmVhdGVDb25uZWN0aW9uKShwb3J0LCAnMTI3LjAuMC4xJyk7XG4gICAgcmV0dXJuIFtcbiAgICAgICAgbmV3IFNvY2tldE1lc3NhZ2VSZWFkZXIoc29ja2V0LCBlbmNvZGluZyksXG4gICAgICAgIG5ldyBTb2NrZXRNZXNzYWdlV3JpdGVyKHNvY2tldCwgZW5jb2RpbmcpXG4gICAgXTtcbn1cbmZ1bmN0aW9uIGlzUmVhZGFibGVTdHJlYW0odmFsdWUpIHtcbiAgICBjb25zdCBjYW5kaWRhdGUgPSB2YWx1ZTtcbiAgICByZXR1cm4gY2FuZGlkYXRlLnJlYWQgIT09IHVuZGVmaW5lZCAmJiBjYW5kaWRhdGUuYWRkTGlzdGVuZXIgIT09IHVuZGVmaW5lZDtcbn1cbmZ1bmN0aW9uIGlzV3JpdGFibGVTdHJlYW0odmFsdWUpIHtcbiAgICBjb25zdCBjYW5kaWRhdGUgPSB2YWx1ZTtcbiAgICByZXR1cm4gY2FuZGlkYXRlLndyaXRlICE9PSB1bmRlZmluZWQgJiYgY2FuZGlkYXRlLmFkZExpc3RlbmVyICE9PSB1bmRlZmluZWQ7XG59XG5mdW5jdGlvbiBjcmVhdGVNZXNzYWdlQ29ubmVjdGlvbihpbnB1dCwgb3V0cHV0LCBsb2dnZXIsIG9wdGlvbnMpIHtcbiAgICBpZiAoIWxvZ2dlcikge1xuICAgICAgICBsb2dnZXIgPSBhcGlfMS5OdWxsTG9nZ2VyO1xuICAgIH1cbiAgICBjb25zdCByZWFkZXIgPSBpc1JlYWRhYmxlU3RyZWFtKGlucHV0KSA/IG5ldyBTdHJlYW1NZXNzYWdlUmVhZGVyKGlucHV0KSA6IGlucHV0O1xuICAgIGNvbnN0IHdyaXRlciA9IGlzV3JpdGFibGVTdHJlYW0ob3V0cHV0KSA/IG5ldyBTdHJlYW1NZXNzYWdlV3JpdGVyKG91dHB1dCkgOiBvdXRwdXQ7XG4gICAgaWYgKGFwaV8xLkNvbm5lY3Rpb25TdHJhdGVneS5pcyhvcHRpb25zKSkge1xuICAgICAgICBvcHRpb25zID0geyBjb25uZWN0aW9uU3RyYXRlZ3k6IG9wdGlvbnMgfTtcbiAgICB9XG4gICAgcmV0dXJuICgwLCBhcGlfMS5jcmVhdGVNZXNzYWdlQ29ubmVjdGlvbikocmVhZGVyLCB3cml0ZXIsIGxvZ2dlciwgb3B0aW9ucyk7XG59XG4iLCAiLy8gVGhlIGxhbmd1YWdlIHNlcnZlciAoZGlzdC9zZXJ2ZXIuanMgLS1zdGRpbywgaXRzIG93biBwcm9jZXNzLCBhcyBhbiBlZGl0b3IgcnVucyBpdCkgb24gYSB3b3Jrc3BhY2UgZnVsbCBvZiBob3N0aWxlXG4vLyBmaWxlcyAoaXNzdWUgOCk6IGl0IHN0YXJ0cywgZ2l2ZXMgZWFjaCB1bnJlYWRhYmxlIGZpbGUgb25lIGNsZWFyIG1lc3NhZ2UsIHN0YXlzIHJlc3BvbnNpdmUgXHUyMDE0IGEgaG92ZXIgYW5kIGEgY29kZVxuLy8gYWN0aW9uIG9uIGFub3RoZXIgZG9jdW1lbnQgYXJlIGFuc3dlcmVkIHdpdGhpbiAxIHMgd2hpbGUgYSBob3N0aWxlIGRvY3VtZW50IGlzIG9wZW4gXHUyMDE0IGtlZXBzIGl0cyBwZWFrIFJTU1xuLy8gYm91bmRlZCwgYW5kIGhvbm91cnMgYCQvY2FuY2VsUmVxdWVzdGAgb24gYSBsb25nIHdvcmtzcGFjZSBjaGVjay4gVGltaW5ncyBhcmUgbWVhc3VyZWQsIG5ldmVyIHNsZXB0IGZvci5cbmltcG9ydCB7IHRlc3QsIGRlc2NyaWJlLCBiZWZvcmUsIGFmdGVyIH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHNwYXduLCBzcGF3blN5bmMsIHR5cGUgQ2hpbGRQcm9jZXNzIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGNsb3NlU3luYywgZXhpc3RzU3luYywgbWtkaXJTeW5jLCBta2R0ZW1wU3luYywgb3BlblN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCBzeW1saW5rU3luYywgd3JpdGVGaWxlU3luYywgd3JpdGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgY3JlYXRlTWVzc2FnZUNvbm5lY3Rpb24sIFN0cmVhbU1lc3NhZ2VSZWFkZXIsIFN0cmVhbU1lc3NhZ2VXcml0ZXIsIENhbmNlbGxhdGlvblRva2VuU291cmNlLCB0eXBlIE1lc3NhZ2VDb25uZWN0aW9uIH0gZnJvbSAndnNjb2RlLWpzb25ycGMvbm9kZSc7XG5pbXBvcnQgdHlwZSB7IFB1Ymxpc2hEaWFnbm9zdGljc1BhcmFtcywgRGlhZ25vc3RpYyB9IGZyb20gJ3ZzY29kZS1sYW5ndWFnZXNlcnZlci1wcm90b2NvbCc7XG5cbmNvbnN0IFJPT1QgPSBbcmVzb2x2ZShfX2Rpcm5hbWUsICcuLi8uLicpLCBwcm9jZXNzLmN3ZCgpXS5maW5kKChkKSA9PiBleGlzdHNTeW5jKGpvaW4oZCwgJ2VzYnVpbGQubWpzJykpKSA/PyBwcm9jZXNzLmN3ZCgpO1xuY29uc3QgU0VSVkVSID0gam9pbihST09ULCAnZGlzdC9zZXJ2ZXIuanMnKTtcbmNvbnN0IE1CID0gMTAyNCAqIDEwMjQ7XG4vKiogVGhlIGlzc3VlJ3MgYm91bmQgZm9yIGFuIGFuc3dlciBvbiBhbm90aGVyIGRvY3VtZW50IHdoaWxlIGEgaG9zdGlsZSBvbmUgaXMgb3Blbi4gKi9cbmNvbnN0IFJFU1BPTlNJVkVfTVMgPSAxMDAwO1xuXG5jb25zdCBQUk9QUyA9IFtcbiAgJ25hY29zLmNvcmUuYXV0aC5lbmFibGVkPXRydWUnLFxuICAnbmFjb3MuY29yZS5hdXRoLnN5c3RlbS50eXBlPW5hY29zJyxcbiAgJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkua2V5PXNlcnZlcklkZW50aXR5JyxcbiAgJ25hY29zLmNvcmUuYXV0aC5zZXJ2ZXIuaWRlbnRpdHkudmFsdWU9c2VjdXJpdHknLFxuICAnbmFjb3MuY29yZS5hdXRoLnBsdWdpbi5uYWNvcy50b2tlbi5zZWNyZXQua2V5PTNxMis3d1FtMVk4clpiNUtjMEx4OVZuNFRzNlBhMkp1OEhkMUZnN0VpM0E9JyxcbiAgJycsXG5dLmpvaW4oJ1xcbicpO1xuY29uc3QgSU1BR0UzID0gJ3NlcnZpY2VzOlxcbiAgbmFjb3M6XFxuICAgIGltYWdlOiBuYWNvcy9uYWNvcy1zZXJ2ZXI6djMuMC4wXFxuJztcblxuaW50ZXJmYWNlIFNlcnZlciB7XG4gIGNoaWxkOiBDaGlsZFByb2Nlc3M7XG4gIGNvbm46IE1lc3NhZ2VDb25uZWN0aW9uO1xuICBkaWFnbm9zdGljczogTWFwPHN0cmluZywgUHVibGlzaERpYWdub3N0aWNzUGFyYW1zPjtcbiAgbG9nczogc3RyaW5nW107XG4gIHdhaXRGb3IodXJpOiBzdHJpbmcsIHByZWQ6IChwOiBQdWJsaXNoRGlhZ25vc3RpY3NQYXJhbXMpID0+IGJvb2xlYW4sIHdoYXQ6IHN0cmluZywgdGltZW91dE1zPzogbnVtYmVyKTogUHJvbWlzZTxQdWJsaXNoRGlhZ25vc3RpY3NQYXJhbXM+O1xuICBwZWFrUnNzTWIoKTogbnVtYmVyO1xuICBzdG9wKCk6IFByb21pc2U8dm9pZD47XG59XG5cbmZ1bmN0aW9uIHN0YXJ0U2VydmVyKHJvb3Q6IHN0cmluZyk6IFNlcnZlciB7XG4gIGFzc2VydC5vayhleGlzdHNTeW5jKFNFUlZFUiksICdkaXN0L3NlcnZlci5qcyBpcyBtaXNzaW5nOiBydW4gYG5vZGUgZXNidWlsZC5tanNgIChucG0gdGVzdCBkb2VzKScpO1xuICBjb25zdCBjaGlsZCA9IHNwYXduKHByb2Nlc3MuZXhlY1BhdGgsIFtTRVJWRVIsICctLXN0ZGlvJ10sIHsgc3RkaW86IFsncGlwZScsICdwaXBlJywgJ3BpcGUnXSB9KTtcbiAgY29uc3Qgc3RkZXJyOiBzdHJpbmdbXSA9IFtdO1xuICBjaGlsZC5zdGRlcnIhLm9uKCdkYXRhJywgKGQpID0+IHsgaWYgKHN0ZGVyci5sZW5ndGggPCAxMDApIHN0ZGVyci5wdXNoKFN0cmluZyhkKSk7IH0pO1xuICBjb25zdCBjb25uID0gY3JlYXRlTWVzc2FnZUNvbm5lY3Rpb24obmV3IFN0cmVhbU1lc3NhZ2VSZWFkZXIoY2hpbGQuc3Rkb3V0ISksIG5ldyBTdHJlYW1NZXNzYWdlV3JpdGVyKGNoaWxkLnN0ZGluISkpO1xuICBjb25zdCBkaWFnbm9zdGljcyA9IG5ldyBNYXA8c3RyaW5nLCBQdWJsaXNoRGlhZ25vc3RpY3NQYXJhbXM+KCk7XG4gIGNvbnN0IGxvZ3M6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHdhaXRlcnM6IHsgdXJpOiBzdHJpbmc7IHByZWQ6IChwOiBQdWJsaXNoRGlhZ25vc3RpY3NQYXJhbXMpID0+IGJvb2xlYW47IHJlc29sdmU6IChwOiBQdWJsaXNoRGlhZ25vc3RpY3NQYXJhbXMpID0+IHZvaWQgfVtdID0gW107XG4gIGNvbm4ub25Ob3RpZmljYXRpb24oJ3RleHREb2N1bWVudC9wdWJsaXNoRGlhZ25vc3RpY3MnLCAocDogUHVibGlzaERpYWdub3N0aWNzUGFyYW1zKSA9PiB7XG4gICAgZGlhZ25vc3RpY3Muc2V0KHAudXJpLCBwKTtcbiAgICBmb3IgKGxldCBpID0gd2FpdGVycy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkgaWYgKHdhaXRlcnNbaV0udXJpID09PSBwLnVyaSAmJiB3YWl0ZXJzW2ldLnByZWQocCkpIHdhaXRlcnMuc3BsaWNlKGksIDEpWzBdLnJlc29sdmUocCk7XG4gIH0pO1xuICBjb25uLm9uTm90aWZpY2F0aW9uKCd3aW5kb3cvbG9nTWVzc2FnZScsIChtOiB7IG1lc3NhZ2U6IHN0cmluZyB9KSA9PiB7IGxvZ3MucHVzaChtLm1lc3NhZ2UpOyB9KTtcbiAgY29ubi5vblJlcXVlc3QoJ3dvcmtzcGFjZS9jb25maWd1cmF0aW9uJywgKHA6IHsgaXRlbXM6IHVua25vd25bXSB9KSA9PiBwLml0ZW1zLm1hcCgoKSA9PiAoe30pKSk7XG4gIGNvbm4ub25SZXF1ZXN0KCdjbGllbnQvcmVnaXN0ZXJDYXBhYmlsaXR5JywgKCkgPT4gbnVsbCk7XG4gIGNvbm4ub25SZXF1ZXN0KCd3aW5kb3cvd29ya0RvbmVQcm9ncmVzcy9jcmVhdGUnLCAoKSA9PiBudWxsKTtcbiAgY29ubi5saXN0ZW4oKTtcbiAgbGV0IGV4aXRlZCA9IGZhbHNlO1xuICBjaGlsZC5vbignZXhpdCcsICgpID0+IHsgZXhpdGVkID0gdHJ1ZTsgfSk7XG4gIHJldHVybiB7XG4gICAgY2hpbGQsIGNvbm4sIGRpYWdub3N0aWNzLCBsb2dzLFxuICAgIHdhaXRGb3IodXJpLCBwcmVkLCB3aGF0LCB0aW1lb3V0TXMgPSA2MF8wMDApIHtcbiAgICAgIGNvbnN0IGhpdCA9IGRpYWdub3N0aWNzLmdldCh1cmkpO1xuICAgICAgaWYgKGhpdCAmJiBwcmVkKGhpdCkpIHJldHVybiBQcm9taXNlLnJlc29sdmUoaGl0KTtcbiAgICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZVAsIHJlamVjdCkgPT4ge1xuICAgICAgICBjb25zdCB3ID0geyB1cmksIHByZWQsIHJlc29sdmU6IChwOiBQdWJsaXNoRGlhZ25vc3RpY3NQYXJhbXMpID0+IHsgY2xlYXJUaW1lb3V0KHRpbWVyKTsgcmVzb2x2ZVAocCk7IH0gfTtcbiAgICAgICAgLy8gTmV2ZXIgaGFuZyB0aGUgc3VpdGU6IGZhaWwgd2l0aCB3aGF0IHdhcyBsYXN0IHB1Ymxpc2hlZCAoYW5kIHRoZSBzZXJ2ZXIncyBzdGRlcnIpLlxuICAgICAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgICAgIHdhaXRlcnMuc3BsaWNlKHdhaXRlcnMuaW5kZXhPZih3KSwgMSk7XG4gICAgICAgICAgcmVqZWN0KG5ldyBFcnJvcihgJHt3aGF0fTogbm90aGluZyB3aXRoaW4gJHt0aW1lb3V0TXMgLyAxMDAwfSBzOyBsYXN0OiAke0pTT04uc3RyaW5naWZ5KGRpYWdub3N0aWNzLmdldCh1cmkpKT8uc2xpY2UoMCwgNDAwKX07IHN0ZGVycjogJHtzdGRlcnIuam9pbignJykuc2xpY2UoLTQwMCl9YCkpO1xuICAgICAgICB9LCB0aW1lb3V0TXMpO1xuICAgICAgICB3YWl0ZXJzLnB1c2godyk7XG4gICAgICB9KTtcbiAgICB9LFxuICAgIHBlYWtSc3NNYigpIHtcbiAgICAgIGNvbnN0IG0gPSAvXlZtSFdNOlxccysoXFxkKykga0IvbS5leGVjKHJlYWRGaWxlU3luYyhgL3Byb2MvJHtjaGlsZC5waWR9L3N0YXR1c2AsICd1dGY4JykpO1xuICAgICAgcmV0dXJuIG0gPyBOdW1iZXIobVsxXSkgLyAxMDI0IDogTmFOO1xuICAgIH0sXG4gICAgYXN5bmMgc3RvcCgpIHtcbiAgICAgIGlmIChleGl0ZWQpIHJldHVybjtcbiAgICAgIGNvbnN0IGdvbmUgPSBuZXcgUHJvbWlzZSgocikgPT4gY2hpbGQub25jZSgnZXhpdCcsIHIpKTtcbiAgICAgIGF3YWl0IFByb21pc2UucmFjZShbY29ubi5zZW5kUmVxdWVzdCgnc2h1dGRvd24nKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpLCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCAzMDAwKSldKTtcbiAgICAgIGNvbm4uc2VuZE5vdGlmaWNhdGlvbignZXhpdCcpO1xuICAgICAgY29uc3Qga2lsbCA9IHNldFRpbWVvdXQoKCkgPT4gY2hpbGQua2lsbCgnU0lHS0lMTCcpLCAzMDAwKTtcbiAgICAgIGF3YWl0IGdvbmU7XG4gICAgICBjbGVhclRpbWVvdXQoa2lsbCk7XG4gICAgICBjb25uLmRpc3Bvc2UoKTtcbiAgICB9LFxuICB9O1xufVxuXG5jb25zdCB1cmlPZiA9IChwOiBzdHJpbmcpID0+IGBmaWxlOi8vJHtwfWA7XG5jb25zdCB0ZXh0ID0gKG06IERpYWdub3N0aWNbJ21lc3NhZ2UnXSkgPT4gKHR5cGVvZiBtID09PSAnc3RyaW5nJyA/IG0gOiBtLnZhbHVlKTtcbmNvbnN0IHN5bnRheCA9IChkOiBEaWFnbm9zdGljW10pID0+IGQuZmlsdGVyKCh4KSA9PiB4LmNvZGUgPT09ICdzeW50YXgtZXJyb3InKS5tYXAoKHgpID0+IHRleHQoeC5tZXNzYWdlKSk7XG5cbi8qKiBNaWxsaXNlY29uZHMgdW50aWwgYHBgIHNldHRsZXMuICovXG5hc3luYyBmdW5jdGlvbiB0aW1lZDxUPihwOiBQcm9taXNlPFQ+KTogUHJvbWlzZTx7IG1zOiBudW1iZXI7IHZhbHVlOiBUIH0+IHtcbiAgY29uc3QgdDAgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgY29uc3QgdmFsdWUgPSBhd2FpdCBwO1xuICByZXR1cm4geyBtczogcGVyZm9ybWFuY2Uubm93KCkgLSB0MCwgdmFsdWUgfTtcbn1cblxuZGVzY3JpYmUoJ2xhbmd1YWdlIHNlcnZlciBvbiBob3N0aWxlIGlucHV0JywgeyBjb25jdXJyZW5jeTogZmFsc2UgfSwgKCkgPT4ge1xuICBsZXQgZGlyID0gJyc7XG4gIGxldCBzOiBTZXJ2ZXI7XG4gIGxldCBub3JtYWxVcmkgPSAnJztcbiAgY29uc3QgZmlndXJlczogc3RyaW5nW10gPSBbXTtcblxuICBiZWZvcmUoYXN5bmMgKCkgPT4ge1xuICAgIGRpciA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksICduYWwtaG9zdGlsZS1zZXJ2ZXItJykpO1xuICAgIGNvbnN0IHdyaXRlID0gKHJlbDogc3RyaW5nLCBkYXRhOiBzdHJpbmcgfCBCdWZmZXIpID0+IHtcbiAgICAgIGNvbnN0IHAgPSBqb2luKGRpciwgcmVsKTtcbiAgICAgIG1rZGlyU3luYyhkaXJuYW1lKHApLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIHdyaXRlRmlsZVN5bmMocCwgZGF0YSk7XG4gICAgICByZXR1cm4gcDtcbiAgICB9O1xuICAgIG5vcm1hbFVyaSA9IHVyaU9mKHdyaXRlKCdub3JtYWwvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJywgUFJPUFMpKTtcbiAgICAvLyBIb3N0aWxlIGZpbGVzIG9uIGRpc2ssIHJlYWQgYnkgdGhlIHdvcmtzcGFjZSBpbmRleCAobmV2ZXIgb3BlbmVkKS5cbiAgICBjb25zdCBiaWcgPSB3cml0ZSgnZGlzay9iaWcvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJywgJycpO1xuICAgIGNvbnN0IGZkID0gb3BlblN5bmMoYmlnLCAndycpO1xuICAgIGNvbnN0IGNodW5rID0gQnVmZmVyLmZyb20oJ2E9YlxcbicucmVwZWF0KDI1NiAqIDEwMjQpKTtcbiAgICBmb3IgKGxldCBuID0gMDsgbiA8IDUwICogTUI7IG4gKz0gY2h1bmsubGVuZ3RoKSB3cml0ZVN5bmMoZmQsIGNodW5rKTtcbiAgICBjbG9zZVN5bmMoZmQpO1xuICAgIGNvbnN0IGJpbiA9IEJ1ZmZlci5hbGxvYygxNiAqIDEwMjQpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgYmluLmxlbmd0aDsgaSsrKSBiaW5baV0gPSAoaSAqIDI2NTQ0MzU3NjEpID4+PiAyNDtcbiAgICBiaW5bMTBdID0gMDtcbiAgICB3cml0ZSgnZGlzay9iaW4vY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJywgYmluKTtcbiAgICB3cml0ZSgnZGlzay91dGYvY29tcG9zZS55YW1sJywgQnVmZmVyLmNvbmNhdChbQnVmZmVyLmZyb20oSU1BR0UzKSwgQnVmZmVyLmZyb20oWzB4ZmYsIDB4ZmUsIDB4MGFdKV0pKTtcbiAgICB3cml0ZSgnZGlzay9kZWVwL2NvbXBvc2UueWFtbCcsIGAke0lNQUdFM30gICAgeDogJHsnWycucmVwZWF0KDEwXzAwMCl9JHsnXScucmVwZWF0KDEwXzAwMCl9XFxuYCk7XG4gICAgbWtkaXJTeW5jKGpvaW4oZGlyLCAnZGlzay9lbnZzL2Rpci5lbnYnKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgY29uc3QgZmlmbyA9IHNwYXduU3luYygnbWtmaWZvJywgW2pvaW4oZGlyLCAnZGlzay9lbnZzL2ZpZm8uZW52JyldKS5zdGF0dXMgPT09IDA7XG4gICAgd3JpdGUoJ2Rpc2svZW52cy9jb21wb3NlLnlhbWwnLCBgJHtJTUFHRTN9ICAgIGVudl9maWxlOiBbLi9kaXIuZW52LCAvZGV2L3plcm8ke2ZpZm8gPyAnLCAuL2ZpZm8uZW52JyA6ICcnfV1cXG5gKTtcbiAgICB3cml0ZSgnZGlzay9jeWNsaWMvY29tcG9zZS55YW1sJywgYCR7SU1BR0UzfSAgICBleHRlbmRzOiBvdGhlclxcbiAgb3RoZXI6XFxuICAgIGV4dGVuZHM6IG5hY29zXFxuYCk7XG4gICAgLy8gRW5vdWdoIG9yZGluYXJ5IG5vZGVzIHRoYXQgYSBmdWxsIHdvcmtzcGFjZSBjaGVjayB0YWtlcyBhIHdoaWxlICh0aGUgY2FuY2VsbGF0aW9uIHRlc3QpLCBlYWNoIGl0cyBvd24gY2x1c3RlclxuICAgIC8vIChpdHMgb3duIGNsdXN0ZXIuY29uZikgc28gdGhhdCB0aGV5IGRvIG5vdCBqb2luIHRoZSBkb2N1bWVudHMgb3BlbmVkIGJlbG93LlxuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgMTAwMDsgaSsrKSB7XG4gICAgICB3cml0ZShgbWFueS9uJHtpfS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXNgLCBQUk9QUy5yZXBsYWNlKCdzZXJ2ZXJJZGVudGl0eScsIGBuYWNvcy1pZGVudGl0eS0ke2l9YCkpO1xuICAgICAgd3JpdGUoYG1hbnkvbiR7aX0vY29uZi9jbHVzdGVyLmNvbmZgLCBgMTAuMC4ke2kgPj4gOH0uJHtpICYgMjU1fTo4ODQ4XFxuYCk7XG4gICAgfVxuICAgIHN5bWxpbmtTeW5jKCcuLicsIGpvaW4oZGlyLCAnZGlzay91cCcpKTtcbiAgICBzeW1saW5rU3luYygnYicsIGpvaW4oZGlyLCAnZGlzay9hJykpO1xuICAgIHN5bWxpbmtTeW5jKCdhJywgam9pbihkaXIsICdkaXNrL2InKSk7XG4gICAgcyA9IHN0YXJ0U2VydmVyKGRpcik7XG4gICAgYXdhaXQgcy5jb25uLnNlbmRSZXF1ZXN0KCdpbml0aWFsaXplJywge1xuICAgICAgcHJvY2Vzc0lkOiBwcm9jZXNzLnBpZCwgcm9vdFVyaTogdXJpT2YoZGlyKSwgd29ya3NwYWNlRm9sZGVyczogW3sgdXJpOiB1cmlPZihkaXIpLCBuYW1lOiAnd3MnIH1dLFxuICAgICAgY2FwYWJpbGl0aWVzOiB7IHdvcmtzcGFjZTogeyBjb25maWd1cmF0aW9uOiB0cnVlIH0sIHRleHREb2N1bWVudDogeyBwdWJsaXNoRGlhZ25vc3RpY3M6IHsgcmVsYXRlZEluZm9ybWF0aW9uOiB0cnVlLCB2ZXJzaW9uU3VwcG9ydDogdHJ1ZSB9LCBob3Zlcjoge30sIGNvZGVBY3Rpb246IHt9IH0gfSxcbiAgICB9KTtcbiAgICBzLmNvbm4uc2VuZE5vdGlmaWNhdGlvbignaW5pdGlhbGl6ZWQnLCB7fSk7XG4gIH0pO1xuXG4gIGFmdGVyKGFzeW5jICgpID0+IHtcbiAgICBpZiAocykge1xuICAgICAgZmlndXJlcy5wdXNoKGBzZXJ2ZXIgcGVhayBSU1MgJHtNYXRoLnJvdW5kKHMucGVha1Jzc01iKCkpfSBNQmApO1xuICAgICAgYXdhaXQgcy5zdG9wKCk7XG4gICAgfVxuICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShgIyBob3N0aWxlIHNlcnZlcjogJHtmaWd1cmVzLmpvaW4oJzsgJyl9XFxuYCk7XG4gIH0pO1xuXG4gIHRlc3QoJ3N0YXJ0LXVwIG92ZXIgYSBob3N0aWxlIHdvcmtzcGFjZTogZXZlcnkgdW5yZWFkYWJsZSBvciBicm9rZW4gZmlsZSBnZXRzIG9uZSBjbGVhciBtZXNzYWdlJywgYXN5bmMgKHQpID0+IHtcbiAgICBjb25zdCB0MCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgIGNvbnN0IGV4cGVjdDogW3N0cmluZywgUmVnRXhwXVtdID0gW1xuICAgICAgWydkaXNrL2JpZy9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnLCAvXmZpbGUgaXMgbGFyZ2VyIHRoYW4gMTAgTUI7IG5vdCBhbmFseXNlZCQvXSxcbiAgICAgIFsnZGlzay9iaW4vY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJywgL15maWxlIGxvb2tzIGJpbmFyeSBcXChOVUwgYnl0ZXNcXCk7IG5vdCBhbmFseXNlZCQvXSxcbiAgICAgIFsnZGlzay91dGYvY29tcG9zZS55YW1sJywgL15maWxlIGlzIG5vdCB2YWxpZCBVVEYtODsgbm90IGFuYWx5c2VkJC9dLFxuICAgICAgWydkaXNrL2RlZXAvY29tcG9zZS55YW1sJywgL15ZQU1MIG5lc3RlZCB0b28gZGVlcGx5IHRvIGJlIHJlYWQkL10sXG4gICAgICBbJ2Rpc2svY3ljbGljL2NvbXBvc2UueWFtbCcsIC9eY2lyY3VsYXIgXCJleHRlbmRzXCI6IC9dLFxuICAgIF07XG4gICAgZm9yIChjb25zdCBbcmVsLCByZV0gb2YgZXhwZWN0KSB7XG4gICAgICBjb25zdCBwID0gYXdhaXQgcy53YWl0Rm9yKHVyaU9mKGpvaW4oZGlyLCByZWwpKSwgKGQpID0+IHN5bnRheChkLmRpYWdub3N0aWNzKS5sZW5ndGggPiAwLCByZWwpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN5bnRheChwLmRpYWdub3N0aWNzKS5sZW5ndGgsIDEsIGAke3JlbH06ICR7SlNPTi5zdHJpbmdpZnkoc3ludGF4KHAuZGlhZ25vc3RpY3MpKX1gKTtcbiAgICAgIGFzc2VydC5tYXRjaChzeW50YXgocC5kaWFnbm9zdGljcylbMF0sIHJlLCByZWwpO1xuICAgIH1cbiAgICBjb25zdCBlbnZzID0gYXdhaXQgcy53YWl0Rm9yKHVyaU9mKGpvaW4oZGlyLCAnZGlzay9lbnZzL2NvbXBvc2UueWFtbCcpKSwgKGQpID0+IHN5bnRheChkLmRpYWdub3N0aWNzKS5sZW5ndGggPiAwLCAnZW52X2ZpbGUgYXQgYSBkaXJlY3RvcnksIC9kZXYvemVybywgYSBGSUZPJyk7XG4gICAgZm9yIChjb25zdCBtIG9mIHN5bnRheChlbnZzLmRpYWdub3N0aWNzKSkgYXNzZXJ0Lm1hdGNoKG0sIC9eZW52IGZpbGUgLiogbm90IGZvdW5kLCBvciBub3QgYSByZWFkYWJsZSB0ZXh0IGZpbGUkLyk7XG4gICAgYXNzZXJ0Lm9rKHN5bnRheChlbnZzLmRpYWdub3N0aWNzKS5sZW5ndGggPj0gMik7XG4gICAgZmlndXJlcy5wdXNoKGBzdGFydC11cCBhbmFseXNpcyAke01hdGgucm91bmQocGVyZm9ybWFuY2Uubm93KCkgLSB0MCl9IG1zYCk7XG4gICAgdC5kaWFnbm9zdGljKGZpZ3VyZXMuam9pbignOyAnKSk7XG4gIH0pO1xuXG4gIGNvbnN0IGhvc3RpbGVEb2NzOiBbc3RyaW5nLCBzdHJpbmcsICgpID0+IHN0cmluZywgUmVnRXhwIHwgdW5kZWZpbmVkXVtdID0gW1xuICAgIFsnYSA1MCBNQiBwcm9wZXJ0aWVzIGZpbGUnLCAnb3Blbi9iaWcvY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJywgKCkgPT4gJ2E9YlxcbicucmVwZWF0KCg1MCAqIE1CKSAvIDQpLCAvXmZpbGUgaXMgbGFyZ2VyIHRoYW4gMTAgTUI7IG5vdCBhbmFseXNlZCQvXSxcbiAgICBbJ2EgYmluYXJ5IGZpbGUnLCAnb3Blbi9iaW4vY29uZi9hcHBsaWNhdGlvbi5wcm9wZXJ0aWVzJywgKCkgPT4gYCR7J1xcdTAwMDBcXHUwMDAxXFx1MDBmZicucmVwZWF0KDIwMDApfWAsIC9eZmlsZSBsb29rcyBiaW5hcnkgXFwoTlVMIGJ5dGVzXFwpOyBub3QgYW5hbHlzZWQkL10sXG4gICAgWycxMCwwMDAtZGVlcCBZQU1MJywgJ29wZW4vZGVlcC9jb21wb3NlLnlhbWwnLCAoKSA9PiBgJHtJTUFHRTN9ICAgIHg6ICR7J1snLnJlcGVhdCgxMF8wMDApfSR7J10nLnJlcGVhdCgxMF8wMDApfVxcbmAsIC9eWUFNTCBuZXN0ZWQgdG9vIGRlZXBseSB0byBiZSByZWFkJC9dLFxuICAgIFsnYSBZQU1MIGFsaWFzIGJvbWInLCAnb3Blbi9ib21iL2NvbXBvc2UueWFtbCcsICgpID0+IHtcbiAgICAgIGNvbnN0IEwgPSAnYWJjZGVmZ2hpJztcbiAgICAgIGxldCB5ID0gJ3gtYTogJmEgW1wibG9sXCIsXCJsb2xcIixcImxvbFwiLFwibG9sXCIsXCJsb2xcIixcImxvbFwiLFwibG9sXCIsXCJsb2xcIixcImxvbFwiLFwibG9sXCJdXFxuJztcbiAgICAgIGZvciAobGV0IGkgPSAxOyBpIDwgTC5sZW5ndGg7IGkrKykgeSArPSBgeC0ke0xbaV19OiAmJHtMW2ldfSBbJHtBcnJheSgxMCkuZmlsbChgKiR7TFtpIC0gMV19YCkuam9pbignLCcpfV1cXG5gO1xuICAgICAgcmV0dXJuIGAke3l9JHtJTUFHRTN9ICAgIHByb2ZpbGVzOiAqaVxcbmA7XG4gICAgfSwgdW5kZWZpbmVkXSxcbiAgICBbJzEwMCwwMDAgYW5jaG9ycycsICdvcGVuL2FuY2hvcnMvY29tcG9zZS55YW1sJywgKCkgPT4ge1xuICAgICAgbGV0IHkgPSAneC1hbmNob3JzOlxcbic7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IDEwMF8wMDA7IGkrKykgeSArPSBgICBrJHtpfTogJmEke2l9IHYke2l9XFxuYDtcbiAgICAgIHJldHVybiBgJHt5fSR7SU1BR0UzfSAgICBlbnZpcm9ubWVudDpcXG4gICAgICBOQUNPU19BVVRIX0lERU5USVRZX1ZBTFVFOiAqYTk5OTk5XFxuYDtcbiAgICB9LCB1bmRlZmluZWRdLFxuICAgIFsnYSAxIE1CIHNpbmdsZSBsaW5lJywgJ29wZW4vbGluZS9jb25mL2FwcGxpY2F0aW9uLnByb3BlcnRpZXMnLCAoKSA9PiBgJHtQUk9QU31uYWNvcy5jb3JlLmF1dGguc2VydmVyLmlkZW50aXR5LnZhbHVlPSR7JyR7Jy5yZXBlYXQoTUIgLyAyKX1cXG5gLCB1bmRlZmluZWRdLFxuICAgIFsnYW4gdW50ZXJtaW5hdGVkICR7IGluIGNvbXBvc2UnLCAnb3Blbi91bnRlcm1pbmF0ZWQvY29tcG9zZS55YW1sJywgKCkgPT4gYCR7SU1BR0UzfSAgICBlbnZpcm9ubWVudDpcXG4gICAgICBOQUNPU19BVVRIX1RPS0VOOiBcXCR7VE9LRU5cXG5gLCAvXmludmFsaWQgaW50ZXJwb2xhdGlvbiBmb3JtYXQ6IFwiXFwkXFx7XCIgaXMgbm90IGNsb3NlZCBieSBcIlxcfVwiL10sXG4gIF07XG5cbiAgbGV0IHZlcnNpb24gPSAxO1xuICBmb3IgKGNvbnN0IFtuYW1lLCByZWwsIG1ha2UsIG1lc3NhZ2VdIG9mIGhvc3RpbGVEb2NzKSB7XG4gICAgdGVzdChgJHtuYW1lfSBvcGVuOiBvdGhlciBkb2N1bWVudHMgYW5zd2VyZWQgd2l0aGluICR7UkVTUE9OU0lWRV9NU30gbXM7IG9uZSBjbGVhciBtZXNzYWdlYCwgYXN5bmMgKHQpID0+IHtcbiAgICAgIGNvbnN0IHVyaSA9IHVyaU9mKGpvaW4oZGlyLCByZWwpKTtcbiAgICAgIG1rZGlyU3luYyhkaXJuYW1lKGpvaW4oZGlyLCByZWwpKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgICBjb25zdCBjb250ZW50ID0gbWFrZSgpO1xuICAgICAgY29uc3QgaG92ZXIgPSB7IHRleHREb2N1bWVudDogeyB1cmk6IG5vcm1hbFVyaSB9LCBwb3NpdGlvbjogeyBsaW5lOiAzLCBjaGFyYWN0ZXI6IDQwIH0gfTtcbiAgICAgIGNvbnN0IGNvZGVBY3Rpb24gPSAoKSA9PiBzLmNvbm4uc2VuZFJlcXVlc3QoJ3RleHREb2N1bWVudC9jb2RlQWN0aW9uJywgeyB0ZXh0RG9jdW1lbnQ6IHsgdXJpOiBub3JtYWxVcmkgfSwgcmFuZ2U6IHsgc3RhcnQ6IHsgbGluZTogMywgY2hhcmFjdGVyOiAzOCB9LCBlbmQ6IHsgbGluZTogMywgY2hhcmFjdGVyOiA0NiB9IH0sIGNvbnRleHQ6IHsgZGlhZ25vc3RpY3M6IFtdIH0gfSk7XG4gICAgICBpZiAoIXMuZGlhZ25vc3RpY3MuaGFzKG5vcm1hbFVyaSkpIHMuY29ubi5zZW5kTm90aWZpY2F0aW9uKCd0ZXh0RG9jdW1lbnQvZGlkT3BlbicsIHsgdGV4dERvY3VtZW50OiB7IHVyaTogbm9ybWFsVXJpLCBsYW5ndWFnZUlkOiAncHJvcGVydGllcycsIHZlcnNpb246IHZlcnNpb24rKywgdGV4dDogUFJPUFMgfSB9KTtcbiAgICAgIGNvbnN0IG9wZW5lZEF0ID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICBjb25zdCBkaWFncyA9IHMud2FpdEZvcih1cmksICgpID0+IHRydWUsIGBkaWFnbm9zdGljcyBvZiAke25hbWV9YCwgMTIwXzAwMCk7XG4gICAgICBzLmNvbm4uc2VuZE5vdGlmaWNhdGlvbigndGV4dERvY3VtZW50L2RpZE9wZW4nLCB7IHRleHREb2N1bWVudDogeyB1cmksIGxhbmd1YWdlSWQ6IHJlbC5lbmRzV2l0aCgnLnlhbWwnKSA/ICdkb2NrZXJjb21wb3NlJyA6ICdwcm9wZXJ0aWVzJywgdmVyc2lvbjogMSwgdGV4dDogY29udGVudCB9IH0pO1xuICAgICAgLy8gU2VudCByaWdodCBiZWhpbmQgdGhlIGhvc3RpbGUgZG9jdW1lbnQ6IGFuc3dlcmVkIG9uY2UgaXRzIGZpcnN0IGFuYWx5c2lzIGlzIGRvbmUuXG4gICAgICBjb25zdCBbaDEsIGMxXSA9IGF3YWl0IFByb21pc2UuYWxsKFt0aW1lZChzLmNvbm4uc2VuZFJlcXVlc3QoJ3RleHREb2N1bWVudC9ob3ZlcicsIGhvdmVyKSksIHRpbWVkKGNvZGVBY3Rpb24oKSldKTtcbiAgICAgIGNvbnN0IHB1Ymxpc2hlZCA9IGF3YWl0IGRpYWdzO1xuICAgICAgY29uc3QgZmlyc3RNcyA9IHBlcmZvcm1hbmNlLm5vdygpIC0gb3BlbmVkQXQ7XG4gICAgICAvLyBXaGlsZSBpdCBzdGF5cyBvcGVuOiBhbiBlZGl0IGVsc2V3aGVyZSwgdGhlbiBhIGhvdmVyIGFuZCBhIGNvZGUgYWN0aW9uIHRoZXJlLlxuICAgICAgcy5jb25uLnNlbmROb3RpZmljYXRpb24oJ3RleHREb2N1bWVudC9kaWRDaGFuZ2UnLCB7IHRleHREb2N1bWVudDogeyB1cmk6IG5vcm1hbFVyaSwgdmVyc2lvbjogdmVyc2lvbisrIH0sIGNvbnRlbnRDaGFuZ2VzOiBbeyB0ZXh0OiBgJHtQUk9QU30jIGVkaXQgJHt2ZXJzaW9ufVxcbmAgfV0gfSk7XG4gICAgICBjb25zdCBbaDIsIGMyXSA9IGF3YWl0IFByb21pc2UuYWxsKFt0aW1lZChzLmNvbm4uc2VuZFJlcXVlc3QoJ3RleHREb2N1bWVudC9ob3ZlcicsIGhvdmVyKSksIHRpbWVkKGNvZGVBY3Rpb24oKSldKTtcbiAgICAgIGNvbnN0IGxpbmUgPSBgJHtuYW1lfTogZmlyc3QgYW5hbHlzaXMgJHtNYXRoLnJvdW5kKGZpcnN0TXMpfSBtcyAoaG92ZXIgJHtNYXRoLnJvdW5kKGgxLm1zKX0gbXMsIGNvZGUgYWN0aW9uICR7TWF0aC5yb3VuZChjMS5tcyl9IG1zKTsgd2hpbGUgb3BlbjogaG92ZXIgJHtNYXRoLnJvdW5kKGgyLm1zKX0gbXMsIGNvZGUgYWN0aW9uICR7TWF0aC5yb3VuZChjMi5tcyl9IG1zOyBwZWFrIFJTUyAke01hdGgucm91bmQocy5wZWFrUnNzTWIoKSl9IE1CYDtcbiAgICAgIGZpZ3VyZXMucHVzaChsaW5lKTtcbiAgICAgIHQuZGlhZ25vc3RpYyhsaW5lKTtcbiAgICAgIGFzc2VydC5vayhoMi52YWx1ZSwgJ3RoZSBob3ZlciBpcyBhbnN3ZXJlZCcpO1xuICAgICAgYXNzZXJ0Lm9rKEFycmF5LmlzQXJyYXkoYzIudmFsdWUpLCAndGhlIGNvZGUgYWN0aW9ucyBhcmUgYW5zd2VyZWQnKTtcbiAgICAgIGFzc2VydC5vayhoMi5tcyA8IFJFU1BPTlNJVkVfTVMgJiYgYzIubXMgPCBSRVNQT05TSVZFX01TLCBsaW5lKTtcbiAgICAgIGlmIChtZXNzYWdlKSB7XG4gICAgICAgIGFzc2VydC5lcXVhbChzeW50YXgocHVibGlzaGVkLmRpYWdub3N0aWNzKS5sZW5ndGgsIDEsIEpTT04uc3RyaW5naWZ5KHN5bnRheChwdWJsaXNoZWQuZGlhZ25vc3RpY3MpKSk7XG4gICAgICAgIGFzc2VydC5tYXRjaChzeW50YXgocHVibGlzaGVkLmRpYWdub3N0aWNzKVswXSwgbWVzc2FnZSk7XG4gICAgICB9XG4gICAgICBzLmNvbm4uc2VuZE5vdGlmaWNhdGlvbigndGV4dERvY3VtZW50L2RpZENsb3NlJywgeyB0ZXh0RG9jdW1lbnQ6IHsgdXJpIH0gfSk7XG4gICAgfSk7XG4gIH1cblxuICB0ZXN0KCdtZW1vcnkgc3RheXMgYm91bmRlZCcsICgpID0+IHtcbiAgICBjb25zdCBwZWFrID0gcy5wZWFrUnNzTWIoKTtcbiAgICBmaWd1cmVzLnB1c2goYHBlYWsgUlNTIGFmdGVyIGFsbCBob3N0aWxlIGRvY3VtZW50cyAke01hdGgucm91bmQocGVhayl9IE1CYCk7XG4gICAgYXNzZXJ0Lm9rKHBlYWsgPCAxNTAwLCBgcGVhayBSU1MgJHtNYXRoLnJvdW5kKHBlYWspfSBNQmApO1xuICB9KTtcblxuICB0ZXN0KCckL2NhbmNlbFJlcXVlc3Qgb24gYSB3b3Jrc3BhY2UgY2hlY2sgaXMgaG9ub3VyZWQnLCBhc3luYyAodCkgPT4ge1xuICAgIGNvbnN0IGNoZWNrID0gKHRva2VuPzogQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2VbJ3Rva2VuJ10pID0+XG4gICAgICB0aW1lZChzLmNvbm4uc2VuZFJlcXVlc3QoJ3dvcmtzcGFjZS9leGVjdXRlQ29tbWFuZCcsIHsgY29tbWFuZDogJ25hY29zQXV0aExpbnQuc2VydmVyLmNoZWNrV29ya3NwYWNlJywgYXJndW1lbnRzOiBbXSB9LCAuLi4odG9rZW4gPyBbdG9rZW5dIDogW10pKVxuICAgICAgICAudGhlbigocikgPT4gKHsgcmVzdWx0OiByIGFzIHsgc3VtbWFyeT86IHVua25vd24gfSB8IG51bGwsIGNvZGU6IHVuZGVmaW5lZCBhcyBudW1iZXIgfCB1bmRlZmluZWQgfSksIChlOiB7IGNvZGU/OiBudW1iZXIgfSkgPT4gKHsgcmVzdWx0OiBudWxsLCBjb2RlOiBlLmNvZGUgfSkpKTtcbiAgICBjb25zdCBmdWxsID0gYXdhaXQgY2hlY2soKTtcbiAgICBhc3NlcnQub2soZnVsbC52YWx1ZS5yZXN1bHQ/LnN1bW1hcnksICdhbiB1bmNhbmNlbGxlZCBjaGVjayByZXR1cm5zIGl0cyByZXBvcnQnKTtcbiAgICBjb25zdCBzb3VyY2UgPSBuZXcgQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UoKTtcbiAgICBjb25zdCBwZW5kaW5nID0gY2hlY2soc291cmNlLnRva2VuKTtcbiAgICBzb3VyY2UuY2FuY2VsKCk7XG4gICAgY29uc3QgY2FuY2VsbGVkID0gYXdhaXQgcGVuZGluZztcbiAgICBjb25zdCBsaW5lID0gYHdvcmtzcGFjZSBjaGVjazogJHtNYXRoLnJvdW5kKGZ1bGwubXMpfSBtcyBpbiBmdWxsLCAke01hdGgucm91bmQoY2FuY2VsbGVkLm1zKX0gbXMgdG8gYW5zd2VyIGEgY2FuY2VsYDtcbiAgICBmaWd1cmVzLnB1c2gobGluZSk7XG4gICAgdC5kaWFnbm9zdGljKGxpbmUpO1xuICAgIGFzc2VydC5lcXVhbChjYW5jZWxsZWQudmFsdWUuY29kZSwgLTMyODAwLCAnYW5zd2VyZWQgd2l0aCBSZXF1ZXN0Q2FuY2VsbGVkJyk7XG4gICAgYXNzZXJ0Lm9rKGNhbmNlbGxlZC5tcyA8IGZ1bGwubXMsIGxpbmUpO1xuICAgIC8vIFRoZSBzZXJ2ZXIgaXMgc3RpbGwgZmluZSBhZnRlcndhcmRzLlxuICAgIGNvbnN0IGFnYWluID0gYXdhaXQgY2hlY2soKTtcbiAgICBhc3NlcnQub2soYWdhaW4udmFsdWUucmVzdWx0Py5zdW1tYXJ5LCAnYSBsYXRlciBjaGVjayBjb21wbGV0ZXMnKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQSxpREFBQUEsVUFBQTtBQUFBO0FBS0EsV0FBTyxlQUFlQSxVQUFTLGNBQWMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM1RCxJQUFBQSxTQUFRLFVBQVU7QUFDbEIsSUFBQUEsU0FBUSxTQUFTO0FBQ2pCLElBQUFBLFNBQVEsU0FBUztBQUNqQixJQUFBQSxTQUFRLFFBQVE7QUFDaEIsSUFBQUEsU0FBUSxPQUFPO0FBQ2YsSUFBQUEsU0FBUSxRQUFRO0FBQ2hCLElBQUFBLFNBQVEsY0FBYztBQUN0QixhQUFTLFFBQVEsT0FBTztBQUNwQixhQUFPLFVBQVUsUUFBUSxVQUFVO0FBQUEsSUFDdkM7QUFDQSxhQUFTLE9BQU8sT0FBTztBQUNuQixhQUFPLE9BQU8sVUFBVSxZQUFZLGlCQUFpQjtBQUFBLElBQ3pEO0FBQ0EsYUFBUyxPQUFPLE9BQU87QUFDbkIsYUFBTyxPQUFPLFVBQVUsWUFBWSxpQkFBaUI7QUFBQSxJQUN6RDtBQUNBLGFBQVMsTUFBTSxPQUFPO0FBQ2xCLGFBQU8saUJBQWlCO0FBQUEsSUFDNUI7QUFDQSxhQUFTLEtBQUssT0FBTztBQUNqQixhQUFPLE9BQU8sVUFBVTtBQUFBLElBQzVCO0FBQ0EsYUFBUyxNQUFNLE9BQU87QUFDbEIsYUFBTyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzlCO0FBQ0EsYUFBUyxZQUFZLE9BQU87QUFDeEIsYUFBTyxNQUFNLEtBQUssS0FBSyxNQUFNLE1BQU0sVUFBUSxPQUFPLElBQUksQ0FBQztBQUFBLElBQzNEO0FBQUE7QUFBQTs7O0FDakNBO0FBQUEsdURBQUFDLFVBQUE7QUFBQTtBQUtBLFFBQUksa0JBQW1CQSxZQUFRQSxTQUFLLG9CQUFxQixPQUFPLFVBQVUsU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJO0FBQzVGLFVBQUksT0FBTyxPQUFXLE1BQUs7QUFDM0IsVUFBSSxPQUFPLE9BQU8seUJBQXlCLEdBQUcsQ0FBQztBQUMvQyxVQUFJLENBQUMsU0FBUyxTQUFTLE9BQU8sQ0FBQyxFQUFFLGFBQWEsS0FBSyxZQUFZLEtBQUssZUFBZTtBQUNqRixlQUFPLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBVztBQUFFLGlCQUFPLEVBQUUsQ0FBQztBQUFBLFFBQUcsRUFBRTtBQUFBLE1BQzlEO0FBQ0EsYUFBTyxlQUFlLEdBQUcsSUFBSSxJQUFJO0FBQUEsSUFDckMsTUFBTSxTQUFTLEdBQUcsR0FBRyxHQUFHLElBQUk7QUFDeEIsVUFBSSxPQUFPLE9BQVcsTUFBSztBQUMzQixRQUFFLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUNmO0FBQ0EsUUFBSSxxQkFBc0JBLFlBQVFBLFNBQUssdUJBQXdCLE9BQU8sVUFBVSxTQUFTLEdBQUcsR0FBRztBQUMzRixhQUFPLGVBQWUsR0FBRyxXQUFXLEVBQUUsWUFBWSxNQUFNLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDdEUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNoQixRQUFFLFNBQVMsSUFBSTtBQUFBLElBQ25CO0FBQ0EsUUFBSSxlQUFnQkEsWUFBUUEsU0FBSyxnQkFBa0IsNEJBQVk7QUFDM0QsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN0QixrQkFBVSxPQUFPLHVCQUF1QixTQUFVQyxJQUFHO0FBQ2pELGNBQUksS0FBSyxDQUFDO0FBQ1YsbUJBQVMsS0FBS0EsR0FBRyxLQUFJLE9BQU8sVUFBVSxlQUFlLEtBQUtBLElBQUcsQ0FBQyxFQUFHLElBQUcsR0FBRyxNQUFNLElBQUk7QUFDakYsaUJBQU87QUFBQSxRQUNYO0FBQ0EsZUFBTyxRQUFRLENBQUM7QUFBQSxNQUNwQjtBQUNBLGFBQU8sU0FBVSxLQUFLO0FBQ2xCLFlBQUksT0FBTyxJQUFJLFdBQVksUUFBTztBQUNsQyxZQUFJLFNBQVMsQ0FBQztBQUNkLFlBQUksT0FBTztBQUFNLG1CQUFTLElBQUksUUFBUSxHQUFHLEdBQUcsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxVQUFXLGlCQUFnQixRQUFRLEtBQUssRUFBRSxDQUFDLENBQUM7QUFBQTtBQUMvSCwyQkFBbUIsUUFBUSxHQUFHO0FBQzlCLGVBQU87QUFBQSxNQUNYO0FBQUEsSUFDSixHQUFHO0FBQ0gsV0FBTyxlQUFlRCxVQUFTLGNBQWMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM1RCxJQUFBQSxTQUFRLFVBQVVBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxvQkFBb0JBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxvQkFBb0JBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxvQkFBb0JBLFNBQVEsb0JBQW9CQSxTQUFRLG1CQUFtQkEsU0FBUSxlQUFlQSxTQUFRLGVBQWVBLFNBQVEsZUFBZUEsU0FBUSxlQUFlQSxTQUFRLGVBQWVBLFNBQVEsZUFBZUEsU0FBUSxlQUFlQSxTQUFRLGVBQWVBLFNBQVEsZUFBZUEsU0FBUSxjQUFjQSxTQUFRLGVBQWVBLFNBQVEsMkJBQTJCQSxTQUFRLHNCQUFzQkEsU0FBUSxnQkFBZ0JBLFNBQVEsYUFBYTtBQUMvcUIsUUFBTSxLQUFLLGFBQWEsWUFBZTtBQUl2QyxRQUFJO0FBQ0osS0FBQyxTQUFVRSxhQUFZO0FBRW5CLE1BQUFBLFlBQVcsYUFBYTtBQUN4QixNQUFBQSxZQUFXLGlCQUFpQjtBQUM1QixNQUFBQSxZQUFXLGlCQUFpQjtBQUM1QixNQUFBQSxZQUFXLGdCQUFnQjtBQUMzQixNQUFBQSxZQUFXLGdCQUFnQjtBQVUzQixNQUFBQSxZQUFXLGlDQUFpQztBQUU1QyxNQUFBQSxZQUFXLG1CQUFtQjtBQUk5QixNQUFBQSxZQUFXLG9CQUFvQjtBQUkvQixNQUFBQSxZQUFXLG1CQUFtQjtBQUs5QixNQUFBQSxZQUFXLDBCQUEwQjtBQUlyQyxNQUFBQSxZQUFXLHFCQUFxQjtBQUtoQyxNQUFBQSxZQUFXLHVCQUF1QjtBQUNsQyxNQUFBQSxZQUFXLG1CQUFtQjtBQU85QixNQUFBQSxZQUFXLCtCQUErQjtBQUUxQyxNQUFBQSxZQUFXLGlCQUFpQjtBQUFBLElBQ2hDLEdBQUcsZUFBZUYsU0FBUSxhQUFhLGFBQWEsQ0FBQyxFQUFFO0FBS3ZELFFBQU0sZ0JBQU4sTUFBTSx1QkFBc0IsTUFBTTtBQUFBLE1BQzlCO0FBQUEsTUFDQTtBQUFBLE1BQ0EsWUFBWSxNQUFNLFNBQVMsTUFBTTtBQUM3QixjQUFNLE9BQU87QUFDYixhQUFLLE9BQU8sR0FBRyxPQUFPLElBQUksSUFBSSxPQUFPLFdBQVc7QUFDaEQsYUFBSyxPQUFPO0FBQ1osZUFBTyxlQUFlLE1BQU0sZUFBYyxTQUFTO0FBQUEsTUFDdkQ7QUFBQSxNQUNBLFNBQVM7QUFDTCxjQUFNLFNBQVM7QUFBQSxVQUNYLE1BQU0sS0FBSztBQUFBLFVBQ1gsU0FBUyxLQUFLO0FBQUEsUUFDbEI7QUFDQSxZQUFJLEtBQUssU0FBUyxRQUFXO0FBQ3pCLGlCQUFPLE9BQU8sS0FBSztBQUFBLFFBQ3ZCO0FBQ0EsZUFBTztBQUFBLE1BQ1g7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxnQkFBZ0I7QUFDeEIsUUFBTSxzQkFBTixNQUFNLHFCQUFvQjtBQUFBLE1BQ3RCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUtBLE9BQU8sT0FBTyxJQUFJLHFCQUFvQixNQUFNO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUs1QyxPQUFPLGFBQWEsSUFBSSxxQkFBb0IsWUFBWTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQU14RCxPQUFPLFNBQVMsSUFBSSxxQkFBb0IsUUFBUTtBQUFBLE1BQ2hELFlBQVksTUFBTTtBQUNkLGFBQUssT0FBTztBQUFBLE1BQ2hCO0FBQUEsTUFDQSxPQUFPLEdBQUcsT0FBTztBQUNiLGVBQU8sVUFBVSxxQkFBb0IsUUFBUSxVQUFVLHFCQUFvQixVQUFVLFVBQVUscUJBQW9CO0FBQUEsTUFDdkg7QUFBQSxNQUNBLFdBQVc7QUFDUCxlQUFPLEtBQUs7QUFBQSxNQUNoQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLHNCQUFzQjtBQUk5QixRQUFNLDJCQUFOLE1BQStCO0FBQUEsTUFDM0I7QUFBQSxNQUNBO0FBQUEsTUFDQSxZQUFZLFFBQVEsZ0JBQWdCO0FBQ2hDLGFBQUssU0FBUztBQUNkLGFBQUssaUJBQWlCO0FBQUEsTUFDMUI7QUFBQSxNQUNBLElBQUksc0JBQXNCO0FBQ3RCLGVBQU8sb0JBQW9CO0FBQUEsTUFDL0I7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSwyQkFBMkI7QUFJbkMsUUFBTSxlQUFOLGNBQTJCLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSWhEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLGVBQWU7QUFDdkIsUUFBTSxjQUFOLGNBQTBCLHlCQUF5QjtBQUFBLE1BQy9DO0FBQUE7QUFBQTtBQUFBO0FBQUEsTUFJQTtBQUFBLE1BQ0EsWUFBWSxRQUFRLHVCQUF1QixvQkFBb0IsTUFBTTtBQUNqRSxjQUFNLFFBQVEsQ0FBQztBQUNmLGFBQUssdUJBQXVCO0FBQUEsTUFDaEM7QUFBQSxNQUNBLElBQUksc0JBQXNCO0FBQ3RCLGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUEsSUFDSjtBQUNBLElBQUFBLFNBQVEsY0FBYztBQUN0QixRQUFNLGVBQU4sY0FBMkIseUJBQXlCO0FBQUEsTUFDaEQ7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUlBO0FBQUEsTUFDQSxZQUFZLFFBQVEsdUJBQXVCLG9CQUFvQixNQUFNO0FBQ2pFLGNBQU0sUUFBUSxDQUFDO0FBQ2YsYUFBSyx1QkFBdUI7QUFBQSxNQUNoQztBQUFBLE1BQ0EsSUFBSSxzQkFBc0I7QUFDdEIsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sZUFBTixjQUEyQix5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUloRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxlQUFlO0FBQ3ZCLFFBQU0sbUJBQU4sY0FBK0IseUJBQXlCO0FBQUEsTUFDcEQ7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUlBO0FBQUEsTUFDQSxZQUFZLFFBQVEsdUJBQXVCLG9CQUFvQixNQUFNO0FBQ2pFLGNBQU0sUUFBUSxDQUFDO0FBQ2YsYUFBSyx1QkFBdUI7QUFBQSxNQUNoQztBQUFBLE1BQ0EsSUFBSSxzQkFBc0I7QUFDdEIsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxtQkFBbUI7QUFDM0IsUUFBTSxvQkFBTixjQUFnQyx5QkFBeUI7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUlyRDtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGNBQU0sUUFBUSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxvQkFBb0I7QUFDNUIsUUFBTSxvQkFBTixjQUFnQyx5QkFBeUI7QUFBQSxNQUNyRDtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSUE7QUFBQSxNQUNBLFlBQVksUUFBUSx1QkFBdUIsb0JBQW9CLE1BQU07QUFDakUsY0FBTSxRQUFRLENBQUM7QUFDZixhQUFLLHVCQUF1QjtBQUFBLE1BQ2hDO0FBQUEsTUFDQSxJQUFJLHNCQUFzQjtBQUN0QixlQUFPLEtBQUs7QUFBQSxNQUNoQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFNLG9CQUFOLGNBQWdDLHlCQUF5QjtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSXJEO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsY0FBTSxRQUFRLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLG9CQUFvQjtBQUM1QixRQUFJO0FBQ0osS0FBQyxTQUFVRyxVQUFTO0FBSWhCLGVBQVMsVUFBVSxTQUFTO0FBQ3hCLGNBQU0sWUFBWTtBQUNsQixlQUFPLGFBQWEsR0FBRyxPQUFPLFVBQVUsTUFBTSxNQUFNLEdBQUcsT0FBTyxVQUFVLEVBQUUsS0FBSyxHQUFHLE9BQU8sVUFBVSxFQUFFO0FBQUEsTUFDekc7QUFDQSxNQUFBQSxTQUFRLFlBQVk7QUFJcEIsZUFBUyxlQUFlLFNBQVM7QUFDN0IsY0FBTSxZQUFZO0FBQ2xCLGVBQU8sYUFBYSxHQUFHLE9BQU8sVUFBVSxNQUFNLEtBQUssUUFBUSxPQUFPO0FBQUEsTUFDdEU7QUFDQSxNQUFBQSxTQUFRLGlCQUFpQjtBQUl6QixlQUFTLFdBQVcsU0FBUztBQUN6QixjQUFNLFlBQVk7QUFDbEIsZUFBTyxjQUFjLFVBQVUsV0FBVyxVQUFVLENBQUMsQ0FBQyxVQUFVLFdBQVcsR0FBRyxPQUFPLFVBQVUsRUFBRSxLQUFLLEdBQUcsT0FBTyxVQUFVLEVBQUUsS0FBSyxVQUFVLE9BQU87QUFBQSxNQUN0SjtBQUNBLE1BQUFBLFNBQVEsYUFBYTtBQUFBLElBQ3pCLEdBQUcsWUFBWUgsU0FBUSxVQUFVLFVBQVUsQ0FBQyxFQUFFO0FBQUE7QUFBQTs7O0FDbmI5QztBQUFBLHdEQUFBSSxVQUFBO0FBQUE7QUFLQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELElBQUFBLFNBQVEsV0FBV0EsU0FBUSxZQUFZQSxTQUFRLFFBQVE7QUFDdkQsUUFBSTtBQUNKLEtBQUMsU0FBVUMsUUFBTztBQUNkLE1BQUFBLE9BQU0sT0FBTztBQUNiLE1BQUFBLE9BQU0sUUFBUTtBQUNkLE1BQUFBLE9BQU0sUUFBUUEsT0FBTTtBQUNwQixNQUFBQSxPQUFNLE9BQU87QUFDYixNQUFBQSxPQUFNLFFBQVFBLE9BQU07QUFBQSxJQUN4QixHQUFHLFVBQVVELFNBQVEsUUFBUSxRQUFRLENBQUMsRUFBRTtBQUN4QyxRQUFNLFlBQU4sTUFBZ0I7QUFBQSxNQUNaLENBQUMsT0FBTyxXQUFXLElBQUk7QUFBQSxNQUN2QjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBLGNBQWM7QUFDVixhQUFLLE9BQU8sb0JBQUksSUFBSTtBQUNwQixhQUFLLFFBQVE7QUFDYixhQUFLLFFBQVE7QUFDYixhQUFLLFFBQVE7QUFDYixhQUFLLFNBQVM7QUFBQSxNQUNsQjtBQUFBLE1BQ0EsUUFBUTtBQUNKLGFBQUssS0FBSyxNQUFNO0FBQ2hCLGFBQUssUUFBUTtBQUNiLGFBQUssUUFBUTtBQUNiLGFBQUssUUFBUTtBQUNiLGFBQUs7QUFBQSxNQUNUO0FBQUEsTUFDQSxVQUFVO0FBQ04sZUFBTyxDQUFDLEtBQUssU0FBUyxDQUFDLEtBQUs7QUFBQSxNQUNoQztBQUFBLE1BQ0EsSUFBSSxPQUFPO0FBQ1AsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxNQUNBLElBQUksUUFBUTtBQUNSLGVBQU8sS0FBSyxPQUFPO0FBQUEsTUFDdkI7QUFBQSxNQUNBLElBQUksT0FBTztBQUNQLGVBQU8sS0FBSyxPQUFPO0FBQUEsTUFDdkI7QUFBQSxNQUNBLE9BQU8sS0FBSztBQUNSLGNBQU0sT0FBTyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQzlCLGVBQU8sT0FBTyxLQUFLLFVBQVUsUUFBUTtBQUFBLE1BQ3pDO0FBQUEsTUFDQSxNQUFNLEtBQUs7QUFDUCxjQUFNLE9BQU8sS0FBSyxLQUFLLElBQUksR0FBRztBQUM5QixlQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVE7QUFBQSxNQUNyQztBQUFBLE1BQ0EsSUFBSSxLQUFLO0FBQ0wsZUFBTyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQUEsTUFDNUI7QUFBQSxNQUNBLElBQUksS0FBSyxRQUFRLE1BQU0sTUFBTTtBQUN6QixjQUFNLE9BQU8sS0FBSyxLQUFLLElBQUksR0FBRztBQUM5QixZQUFJLENBQUMsTUFBTTtBQUNQLGlCQUFPO0FBQUEsUUFDWDtBQUNBLFlBQUksVUFBVSxNQUFNLE1BQU07QUFDdEIsZUFBSyxNQUFNLE1BQU0sS0FBSztBQUFBLFFBQzFCO0FBQ0EsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxNQUNBLElBQUksS0FBSyxPQUFPLFFBQVEsTUFBTSxNQUFNO0FBQ2hDLFlBQUksT0FBTyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQzVCLFlBQUksTUFBTTtBQUNOLGVBQUssUUFBUTtBQUNiLGNBQUksVUFBVSxNQUFNLE1BQU07QUFDdEIsaUJBQUssTUFBTSxNQUFNLEtBQUs7QUFBQSxVQUMxQjtBQUFBLFFBQ0osT0FDSztBQUNELGlCQUFPLEVBQUUsS0FBSyxPQUFPLE1BQU0sUUFBVyxVQUFVLE9BQVU7QUFDMUQsa0JBQVEsT0FBTztBQUFBLFlBQ1gsS0FBSyxNQUFNO0FBQ1AsbUJBQUssWUFBWSxJQUFJO0FBQ3JCO0FBQUEsWUFDSixLQUFLLE1BQU07QUFDUCxtQkFBSyxhQUFhLElBQUk7QUFDdEI7QUFBQSxZQUNKLEtBQUssTUFBTTtBQUNQLG1CQUFLLFlBQVksSUFBSTtBQUNyQjtBQUFBLFlBQ0o7QUFDSSxtQkFBSyxZQUFZLElBQUk7QUFDckI7QUFBQSxVQUNSO0FBQ0EsZUFBSyxLQUFLLElBQUksS0FBSyxJQUFJO0FBQ3ZCLGVBQUs7QUFBQSxRQUNUO0FBQ0EsZUFBTztBQUFBLE1BQ1g7QUFBQSxNQUNBLE9BQU8sS0FBSztBQUNSLGVBQU8sQ0FBQyxDQUFDLEtBQUssT0FBTyxHQUFHO0FBQUEsTUFDNUI7QUFBQSxNQUNBLE9BQU8sS0FBSztBQUNSLGNBQU0sT0FBTyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQzlCLFlBQUksQ0FBQyxNQUFNO0FBQ1AsaUJBQU87QUFBQSxRQUNYO0FBQ0EsYUFBSyxLQUFLLE9BQU8sR0FBRztBQUNwQixhQUFLLFdBQVcsSUFBSTtBQUNwQixhQUFLO0FBQ0wsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxNQUNBLFFBQVE7QUFDSixZQUFJLENBQUMsS0FBSyxTQUFTLENBQUMsS0FBSyxPQUFPO0FBQzVCLGlCQUFPO0FBQUEsUUFDWDtBQUNBLFlBQUksQ0FBQyxLQUFLLFNBQVMsQ0FBQyxLQUFLLE9BQU87QUFDNUIsZ0JBQU0sSUFBSSxNQUFNLGNBQWM7QUFBQSxRQUNsQztBQUNBLGNBQU0sT0FBTyxLQUFLO0FBQ2xCLGFBQUssS0FBSyxPQUFPLEtBQUssR0FBRztBQUN6QixhQUFLLFdBQVcsSUFBSTtBQUNwQixhQUFLO0FBQ0wsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxNQUNBLFFBQVEsWUFBWSxTQUFTO0FBQ3pCLGNBQU0sUUFBUSxLQUFLO0FBQ25CLFlBQUksVUFBVSxLQUFLO0FBQ25CLGVBQU8sU0FBUztBQUNaLGNBQUksU0FBUztBQUNULHVCQUFXLEtBQUssT0FBTyxFQUFFLFFBQVEsT0FBTyxRQUFRLEtBQUssSUFBSTtBQUFBLFVBQzdELE9BQ0s7QUFDRCx1QkFBVyxRQUFRLE9BQU8sUUFBUSxLQUFLLElBQUk7QUFBQSxVQUMvQztBQUNBLGNBQUksS0FBSyxXQUFXLE9BQU87QUFDdkIsa0JBQU0sSUFBSSxNQUFNLDBDQUEwQztBQUFBLFVBQzlEO0FBQ0Esb0JBQVUsUUFBUTtBQUFBLFFBQ3RCO0FBQUEsTUFDSjtBQUFBLE1BQ0EsT0FBTztBQUNILGNBQU0sUUFBUSxLQUFLO0FBQ25CLFlBQUksVUFBVSxLQUFLO0FBQ25CLGNBQU0sV0FBVztBQUFBLFVBQ2IsQ0FBQyxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQ3JCLG1CQUFPO0FBQUEsVUFDWDtBQUFBLFVBQ0EsTUFBTSxNQUFNO0FBQ1IsZ0JBQUksS0FBSyxXQUFXLE9BQU87QUFDdkIsb0JBQU0sSUFBSSxNQUFNLDBDQUEwQztBQUFBLFlBQzlEO0FBQ0EsZ0JBQUksU0FBUztBQUNULG9CQUFNLFNBQVMsRUFBRSxPQUFPLFFBQVEsS0FBSyxNQUFNLE1BQU07QUFDakQsd0JBQVUsUUFBUTtBQUNsQixxQkFBTztBQUFBLFlBQ1gsT0FDSztBQUNELHFCQUFPLEVBQUUsT0FBTyxRQUFXLE1BQU0sS0FBSztBQUFBLFlBQzFDO0FBQUEsVUFDSjtBQUFBLFFBQ0o7QUFDQSxlQUFPO0FBQUEsTUFDWDtBQUFBLE1BQ0EsU0FBUztBQUNMLGNBQU0sUUFBUSxLQUFLO0FBQ25CLFlBQUksVUFBVSxLQUFLO0FBQ25CLGNBQU0sV0FBVztBQUFBLFVBQ2IsQ0FBQyxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQ3JCLG1CQUFPO0FBQUEsVUFDWDtBQUFBLFVBQ0EsTUFBTSxNQUFNO0FBQ1IsZ0JBQUksS0FBSyxXQUFXLE9BQU87QUFDdkIsb0JBQU0sSUFBSSxNQUFNLDBDQUEwQztBQUFBLFlBQzlEO0FBQ0EsZ0JBQUksU0FBUztBQUNULG9CQUFNLFNBQVMsRUFBRSxPQUFPLFFBQVEsT0FBTyxNQUFNLE1BQU07QUFDbkQsd0JBQVUsUUFBUTtBQUNsQixxQkFBTztBQUFBLFlBQ1gsT0FDSztBQUNELHFCQUFPLEVBQUUsT0FBTyxRQUFXLE1BQU0sS0FBSztBQUFBLFlBQzFDO0FBQUEsVUFDSjtBQUFBLFFBQ0o7QUFDQSxlQUFPO0FBQUEsTUFDWDtBQUFBLE1BQ0EsVUFBVTtBQUNOLGNBQU0sUUFBUSxLQUFLO0FBQ25CLFlBQUksVUFBVSxLQUFLO0FBQ25CLGNBQU0sV0FBVztBQUFBLFVBQ2IsQ0FBQyxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQ3JCLG1CQUFPO0FBQUEsVUFDWDtBQUFBLFVBQ0EsTUFBTSxNQUFNO0FBQ1IsZ0JBQUksS0FBSyxXQUFXLE9BQU87QUFDdkIsb0JBQU0sSUFBSSxNQUFNLDBDQUEwQztBQUFBLFlBQzlEO0FBQ0EsZ0JBQUksU0FBUztBQUNULG9CQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsUUFBUSxLQUFLLFFBQVEsS0FBSyxHQUFHLE1BQU0sTUFBTTtBQUNsRSx3QkFBVSxRQUFRO0FBQ2xCLHFCQUFPO0FBQUEsWUFDWCxPQUNLO0FBQ0QscUJBQU8sRUFBRSxPQUFPLFFBQVcsTUFBTSxLQUFLO0FBQUEsWUFDMUM7QUFBQSxVQUNKO0FBQUEsUUFDSjtBQUNBLGVBQU87QUFBQSxNQUNYO0FBQUEsTUFDQSxDQUFDLE9BQU8sUUFBUSxJQUFJO0FBQ2hCLGVBQU8sS0FBSyxRQUFRO0FBQUEsTUFDeEI7QUFBQSxNQUNBLFFBQVEsU0FBUztBQUNiLFlBQUksV0FBVyxLQUFLLE1BQU07QUFDdEI7QUFBQSxRQUNKO0FBQ0EsWUFBSSxZQUFZLEdBQUc7QUFDZixlQUFLLE1BQU07QUFDWDtBQUFBLFFBQ0o7QUFDQSxZQUFJLFVBQVUsS0FBSztBQUNuQixZQUFJLGNBQWMsS0FBSztBQUN2QixlQUFPLFdBQVcsY0FBYyxTQUFTO0FBQ3JDLGVBQUssS0FBSyxPQUFPLFFBQVEsR0FBRztBQUM1QixvQkFBVSxRQUFRO0FBQ2xCO0FBQUEsUUFDSjtBQUNBLGFBQUssUUFBUTtBQUNiLGFBQUssUUFBUTtBQUNiLFlBQUksU0FBUztBQUNULGtCQUFRLFdBQVc7QUFBQSxRQUN2QjtBQUNBLGFBQUs7QUFBQSxNQUNUO0FBQUEsTUFDQSxhQUFhLE1BQU07QUFFZixZQUFJLENBQUMsS0FBSyxTQUFTLENBQUMsS0FBSyxPQUFPO0FBQzVCLGVBQUssUUFBUTtBQUFBLFFBQ2pCLFdBQ1MsQ0FBQyxLQUFLLE9BQU87QUFDbEIsZ0JBQU0sSUFBSSxNQUFNLGNBQWM7QUFBQSxRQUNsQyxPQUNLO0FBQ0QsZUFBSyxPQUFPLEtBQUs7QUFDakIsZUFBSyxNQUFNLFdBQVc7QUFBQSxRQUMxQjtBQUNBLGFBQUssUUFBUTtBQUNiLGFBQUs7QUFBQSxNQUNUO0FBQUEsTUFDQSxZQUFZLE1BQU07QUFFZCxZQUFJLENBQUMsS0FBSyxTQUFTLENBQUMsS0FBSyxPQUFPO0FBQzVCLGVBQUssUUFBUTtBQUFBLFFBQ2pCLFdBQ1MsQ0FBQyxLQUFLLE9BQU87QUFDbEIsZ0JBQU0sSUFBSSxNQUFNLGNBQWM7QUFBQSxRQUNsQyxPQUNLO0FBQ0QsZUFBSyxXQUFXLEtBQUs7QUFDckIsZUFBSyxNQUFNLE9BQU87QUFBQSxRQUN0QjtBQUNBLGFBQUssUUFBUTtBQUNiLGFBQUs7QUFBQSxNQUNUO0FBQUEsTUFDQSxXQUFXLE1BQU07QUFDYixZQUFJLFNBQVMsS0FBSyxTQUFTLFNBQVMsS0FBSyxPQUFPO0FBQzVDLGVBQUssUUFBUTtBQUNiLGVBQUssUUFBUTtBQUFBLFFBQ2pCLFdBQ1MsU0FBUyxLQUFLLE9BQU87QUFHMUIsY0FBSSxDQUFDLEtBQUssTUFBTTtBQUNaLGtCQUFNLElBQUksTUFBTSxjQUFjO0FBQUEsVUFDbEM7QUFDQSxlQUFLLEtBQUssV0FBVztBQUNyQixlQUFLLFFBQVEsS0FBSztBQUFBLFFBQ3RCLFdBQ1MsU0FBUyxLQUFLLE9BQU87QUFHMUIsY0FBSSxDQUFDLEtBQUssVUFBVTtBQUNoQixrQkFBTSxJQUFJLE1BQU0sY0FBYztBQUFBLFVBQ2xDO0FBQ0EsZUFBSyxTQUFTLE9BQU87QUFDckIsZUFBSyxRQUFRLEtBQUs7QUFBQSxRQUN0QixPQUNLO0FBQ0QsZ0JBQU0sT0FBTyxLQUFLO0FBQ2xCLGdCQUFNLFdBQVcsS0FBSztBQUN0QixjQUFJLENBQUMsUUFBUSxDQUFDLFVBQVU7QUFDcEIsa0JBQU0sSUFBSSxNQUFNLGNBQWM7QUFBQSxVQUNsQztBQUNBLGVBQUssV0FBVztBQUNoQixtQkFBUyxPQUFPO0FBQUEsUUFDcEI7QUFDQSxhQUFLLE9BQU87QUFDWixhQUFLLFdBQVc7QUFDaEIsYUFBSztBQUFBLE1BQ1Q7QUFBQSxNQUNBLE1BQU0sTUFBTSxPQUFPO0FBQ2YsWUFBSSxDQUFDLEtBQUssU0FBUyxDQUFDLEtBQUssT0FBTztBQUM1QixnQkFBTSxJQUFJLE1BQU0sY0FBYztBQUFBLFFBQ2xDO0FBQ0EsWUFBSyxVQUFVLE1BQU0sU0FBUyxVQUFVLE1BQU0sTUFBTztBQUNqRDtBQUFBLFFBQ0o7QUFDQSxZQUFJLFVBQVUsTUFBTSxPQUFPO0FBQ3ZCLGNBQUksU0FBUyxLQUFLLE9BQU87QUFDckI7QUFBQSxVQUNKO0FBQ0EsZ0JBQU0sT0FBTyxLQUFLO0FBQ2xCLGdCQUFNLFdBQVcsS0FBSztBQUV0QixjQUFJLFNBQVMsS0FBSyxPQUFPO0FBR3JCLHFCQUFTLE9BQU87QUFDaEIsaUJBQUssUUFBUTtBQUFBLFVBQ2pCLE9BQ0s7QUFFRCxpQkFBSyxXQUFXO0FBQ2hCLHFCQUFTLE9BQU87QUFBQSxVQUNwQjtBQUVBLGVBQUssV0FBVztBQUNoQixlQUFLLE9BQU8sS0FBSztBQUNqQixlQUFLLE1BQU0sV0FBVztBQUN0QixlQUFLLFFBQVE7QUFDYixlQUFLO0FBQUEsUUFDVCxXQUNTLFVBQVUsTUFBTSxNQUFNO0FBQzNCLGNBQUksU0FBUyxLQUFLLE9BQU87QUFDckI7QUFBQSxVQUNKO0FBQ0EsZ0JBQU0sT0FBTyxLQUFLO0FBQ2xCLGdCQUFNLFdBQVcsS0FBSztBQUV0QixjQUFJLFNBQVMsS0FBSyxPQUFPO0FBR3JCLGlCQUFLLFdBQVc7QUFDaEIsaUJBQUssUUFBUTtBQUFBLFVBQ2pCLE9BQ0s7QUFFRCxpQkFBSyxXQUFXO0FBQ2hCLHFCQUFTLE9BQU87QUFBQSxVQUNwQjtBQUNBLGVBQUssT0FBTztBQUNaLGVBQUssV0FBVyxLQUFLO0FBQ3JCLGVBQUssTUFBTSxPQUFPO0FBQ2xCLGVBQUssUUFBUTtBQUNiLGVBQUs7QUFBQSxRQUNUO0FBQUEsTUFDSjtBQUFBLE1BQ0EsU0FBUztBQUNMLGNBQU0sT0FBTyxDQUFDO0FBQ2QsYUFBSyxRQUFRLENBQUMsT0FBTyxRQUFRO0FBQ3pCLGVBQUssS0FBSyxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsUUFDMUIsQ0FBQztBQUNELGVBQU87QUFBQSxNQUNYO0FBQUEsTUFDQSxTQUFTLE1BQU07QUFDWCxhQUFLLE1BQU07QUFDWCxtQkFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE1BQU07QUFDN0IsZUFBSyxJQUFJLEtBQUssS0FBSztBQUFBLFFBQ3ZCO0FBQUEsTUFDSjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLFlBQVk7QUFDcEIsUUFBTSxXQUFOLGNBQXVCLFVBQVU7QUFBQSxNQUM3QjtBQUFBLE1BQ0E7QUFBQSxNQUNBLFlBQVksT0FBTyxRQUFRLEdBQUc7QUFDMUIsY0FBTTtBQUNOLGFBQUssU0FBUztBQUNkLGFBQUssU0FBUyxLQUFLLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxHQUFHLENBQUM7QUFBQSxNQUNoRDtBQUFBLE1BQ0EsSUFBSSxRQUFRO0FBQ1IsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxNQUNBLElBQUksTUFBTSxPQUFPO0FBQ2IsYUFBSyxTQUFTO0FBQ2QsYUFBSyxVQUFVO0FBQUEsTUFDbkI7QUFBQSxNQUNBLElBQUksUUFBUTtBQUNSLGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUEsTUFDQSxJQUFJLE1BQU0sT0FBTztBQUNiLGFBQUssU0FBUyxLQUFLLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxHQUFHLENBQUM7QUFDNUMsYUFBSyxVQUFVO0FBQUEsTUFDbkI7QUFBQSxNQUNBLElBQUksS0FBSyxRQUFRLE1BQU0sT0FBTztBQUMxQixlQUFPLE1BQU0sSUFBSSxLQUFLLEtBQUs7QUFBQSxNQUMvQjtBQUFBLE1BQ0EsS0FBSyxLQUFLO0FBQ04sZUFBTyxNQUFNLElBQUksS0FBSyxNQUFNLElBQUk7QUFBQSxNQUNwQztBQUFBLE1BQ0EsSUFBSSxLQUFLLE9BQU87QUFDWixjQUFNLElBQUksS0FBSyxPQUFPLE1BQU0sSUFBSTtBQUNoQyxhQUFLLFVBQVU7QUFDZixlQUFPO0FBQUEsTUFDWDtBQUFBLE1BQ0EsWUFBWTtBQUNSLFlBQUksS0FBSyxPQUFPLEtBQUssUUFBUTtBQUN6QixlQUFLLFFBQVEsS0FBSyxNQUFNLEtBQUssU0FBUyxLQUFLLE1BQU0sQ0FBQztBQUFBLFFBQ3REO0FBQUEsTUFDSjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLFdBQVc7QUFBQTtBQUFBOzs7QUMzWm5CO0FBQUEseURBQUFFLFVBQUE7QUFBQTtBQUtBLFdBQU8sZUFBZUEsVUFBUyxjQUFjLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDNUQsSUFBQUEsU0FBUSxhQUFhO0FBQ3JCLFFBQUk7QUFDSixLQUFDLFNBQVVDLGFBQVk7QUFDbkIsZUFBUyxPQUFPLE1BQU07QUFDbEIsZUFBTztBQUFBLFVBQ0gsU0FBUztBQUFBLFFBQ2I7QUFBQSxNQUNKO0FBQ0EsTUFBQUEsWUFBVyxTQUFTO0FBQUEsSUFDeEIsR0FBRyxlQUFlRCxTQUFRLGFBQWEsYUFBYSxDQUFDLEVBQUU7QUFBQTtBQUFBOzs7QUNmdkQ7QUFBQSxrREFBQUUsVUFBQTtBQUFBO0FBS0EsV0FBTyxlQUFlQSxVQUFTLGNBQWMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM1RCxRQUFJO0FBQ0osYUFBUyxNQUFNO0FBQ1gsVUFBSSxTQUFTLFFBQVc7QUFDcEIsY0FBTSxJQUFJLE1BQU0sd0NBQXdDO0FBQUEsTUFDNUQ7QUFDQSxhQUFPO0FBQUEsSUFDWDtBQUNBLEtBQUMsU0FBVUMsTUFBSztBQUNaLGVBQVMsUUFBUSxLQUFLO0FBQ2xCLFlBQUksUUFBUSxRQUFXO0FBQ25CLGdCQUFNLElBQUksTUFBTSx1Q0FBdUM7QUFBQSxRQUMzRDtBQUNBLGVBQU87QUFBQSxNQUNYO0FBQ0EsTUFBQUEsS0FBSSxVQUFVO0FBQUEsSUFDbEIsR0FBRyxRQUFRLE1BQU0sQ0FBQyxFQUFFO0FBQ3BCLElBQUFELFNBQVEsVUFBVTtBQUFBO0FBQUE7OztBQ3RCbEI7QUFBQSxxREFBQUUsVUFBQTtBQUFBO0FBS0EsUUFBSSxrQkFBbUJBLFlBQVFBLFNBQUssbUJBQW9CLFNBQVUsS0FBSztBQUNuRSxhQUFRLE9BQU8sSUFBSSxhQUFjLE1BQU0sRUFBRSxXQUFXLElBQUk7QUFBQSxJQUM1RDtBQUNBLFdBQU8sZUFBZUEsVUFBUyxjQUFjLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDNUQsSUFBQUEsU0FBUSxVQUFVQSxTQUFRLFFBQVE7QUFDbEMsUUFBTSxRQUFRLGdCQUFnQixhQUFnQjtBQUM5QyxRQUFJO0FBQ0osS0FBQyxTQUFVQyxRQUFPO0FBQ2QsWUFBTSxjQUFjLEVBQUUsVUFBVTtBQUFBLE1BQUUsRUFBRTtBQUNwQyxNQUFBQSxPQUFNLE9BQU8sV0FBWTtBQUFFLGVBQU87QUFBQSxNQUFhO0FBQUEsSUFDbkQsR0FBRyxVQUFVRCxTQUFRLFFBQVEsUUFBUSxDQUFDLEVBQUU7QUFDeEMsUUFBTSxlQUFOLE1BQW1CO0FBQUEsTUFDZjtBQUFBLE1BQ0E7QUFBQSxNQUNBLElBQUksVUFBVSxVQUFVLE1BQU0sUUFBUTtBQUNsQyxZQUFJLENBQUMsS0FBSyxZQUFZO0FBQ2xCLGVBQUssYUFBYSxDQUFDO0FBQ25CLGVBQUssWUFBWSxDQUFDO0FBQUEsUUFDdEI7QUFDQSxhQUFLLFdBQVcsS0FBSyxRQUFRO0FBQzdCLGFBQUssVUFBVSxLQUFLLE9BQU87QUFDM0IsWUFBSSxNQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLGlCQUFPLEtBQUssRUFBRSxTQUFTLE1BQU0sS0FBSyxPQUFPLFVBQVUsT0FBTyxFQUFFLENBQUM7QUFBQSxRQUNqRTtBQUFBLE1BQ0o7QUFBQSxNQUNBLE9BQU8sVUFBVSxVQUFVLE1BQU07QUFDN0IsWUFBSSxDQUFDLEtBQUssWUFBWTtBQUNsQjtBQUFBLFFBQ0o7QUFDQSxZQUFJLG9DQUFvQztBQUN4QyxpQkFBUyxJQUFJLEdBQUcsTUFBTSxLQUFLLFdBQVcsUUFBUSxJQUFJLEtBQUssS0FBSztBQUN4RCxjQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sVUFBVTtBQUNqQyxnQkFBSSxLQUFLLFVBQVUsQ0FBQyxNQUFNLFNBQVM7QUFFL0IsbUJBQUssV0FBVyxPQUFPLEdBQUcsQ0FBQztBQUMzQixtQkFBSyxVQUFVLE9BQU8sR0FBRyxDQUFDO0FBQzFCO0FBQUEsWUFDSixPQUNLO0FBQ0Qsa0RBQW9DO0FBQUEsWUFDeEM7QUFBQSxVQUNKO0FBQUEsUUFDSjtBQUNBLFlBQUksbUNBQW1DO0FBQ25DLGdCQUFNLElBQUksTUFBTSxtRkFBbUY7QUFBQSxRQUN2RztBQUFBLE1BQ0o7QUFBQSxNQUNBLFVBQVUsTUFBTTtBQUNaLFlBQUksQ0FBQyxLQUFLLFlBQVk7QUFDbEIsaUJBQU8sQ0FBQztBQUFBLFFBQ1o7QUFDQSxjQUFNLE1BQU0sQ0FBQyxHQUFHLFlBQVksS0FBSyxXQUFXLE1BQU0sQ0FBQyxHQUFHLFdBQVcsS0FBSyxVQUFVLE1BQU0sQ0FBQztBQUN2RixpQkFBUyxJQUFJLEdBQUcsTUFBTSxVQUFVLFFBQVEsSUFBSSxLQUFLLEtBQUs7QUFDbEQsY0FBSTtBQUNBLGdCQUFJLEtBQUssVUFBVSxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUMsR0FBRyxJQUFJLENBQUM7QUFBQSxVQUNsRCxTQUNPLEdBQUc7QUFDTixhQUFDLEdBQUcsTUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLENBQUM7QUFBQSxVQUN4QztBQUFBLFFBQ0o7QUFDQSxlQUFPO0FBQUEsTUFDWDtBQUFBLE1BQ0EsVUFBVTtBQUNOLGVBQU8sQ0FBQyxLQUFLLGNBQWMsS0FBSyxXQUFXLFdBQVc7QUFBQSxNQUMxRDtBQUFBLE1BQ0EsVUFBVTtBQUNOLGFBQUssYUFBYTtBQUNsQixhQUFLLFlBQVk7QUFBQSxNQUNyQjtBQUFBLElBQ0o7QUFDQSxRQUFNLFVBQU4sTUFBTSxTQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0EsT0FBTyxRQUFRLFdBQVk7QUFBQSxNQUFFO0FBQUEsTUFDN0I7QUFBQSxNQUNBO0FBQUEsTUFDQSxZQUFZLFVBQVU7QUFDbEIsYUFBSyxXQUFXO0FBQUEsTUFDcEI7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BS0EsSUFBSSxRQUFRO0FBQ1IsWUFBSSxDQUFDLEtBQUssUUFBUTtBQUNkLGVBQUssU0FBUyxDQUFDLFVBQVUsVUFBVSxnQkFBZ0I7QUFDL0MsZ0JBQUksQ0FBQyxLQUFLLFlBQVk7QUFDbEIsbUJBQUssYUFBYSxJQUFJLGFBQWE7QUFBQSxZQUN2QztBQUNBLGdCQUFJLEtBQUssWUFBWSxLQUFLLFNBQVMsc0JBQXNCLEtBQUssV0FBVyxRQUFRLEdBQUc7QUFDaEYsbUJBQUssU0FBUyxtQkFBbUIsSUFBSTtBQUFBLFlBQ3pDO0FBQ0EsaUJBQUssV0FBVyxJQUFJLFVBQVUsUUFBUTtBQUN0QyxrQkFBTSxTQUFTO0FBQUEsY0FDWCxTQUFTLE1BQU07QUFDWCxvQkFBSSxDQUFDLEtBQUssWUFBWTtBQUVsQjtBQUFBLGdCQUNKO0FBQ0EscUJBQUssV0FBVyxPQUFPLFVBQVUsUUFBUTtBQUN6Qyx1QkFBTyxVQUFVLFNBQVE7QUFDekIsb0JBQUksS0FBSyxZQUFZLEtBQUssU0FBUyx3QkFBd0IsS0FBSyxXQUFXLFFBQVEsR0FBRztBQUNsRix1QkFBSyxTQUFTLHFCQUFxQixJQUFJO0FBQUEsZ0JBQzNDO0FBQUEsY0FDSjtBQUFBLFlBQ0o7QUFDQSxnQkFBSSxNQUFNLFFBQVEsV0FBVyxHQUFHO0FBQzVCLDBCQUFZLEtBQUssTUFBTTtBQUFBLFlBQzNCO0FBQ0EsbUJBQU87QUFBQSxVQUNYO0FBQUEsUUFDSjtBQUNBLGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxNQUtBLEtBQUssT0FBTztBQUNSLFlBQUksS0FBSyxZQUFZO0FBQ2pCLGVBQUssV0FBVyxPQUFPLEtBQUssS0FBSyxZQUFZLEtBQUs7QUFBQSxRQUN0RDtBQUFBLE1BQ0o7QUFBQSxNQUNBLFVBQVU7QUFDTixZQUFJLEtBQUssWUFBWTtBQUNqQixlQUFLLFdBQVcsUUFBUTtBQUN4QixlQUFLLGFBQWE7QUFBQSxRQUN0QjtBQUFBLE1BQ0o7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxVQUFVO0FBQUE7QUFBQTs7O0FDdElsQjtBQUFBLDJEQUFBRSxVQUFBO0FBQUE7QUFLQSxRQUFJLGtCQUFtQkEsWUFBUUEsU0FBSyxvQkFBcUIsT0FBTyxVQUFVLFNBQVMsR0FBRyxHQUFHLEdBQUcsSUFBSTtBQUM1RixVQUFJLE9BQU8sT0FBVyxNQUFLO0FBQzNCLFVBQUksT0FBTyxPQUFPLHlCQUF5QixHQUFHLENBQUM7QUFDL0MsVUFBSSxDQUFDLFNBQVMsU0FBUyxPQUFPLENBQUMsRUFBRSxhQUFhLEtBQUssWUFBWSxLQUFLLGVBQWU7QUFDakYsZUFBTyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVc7QUFBRSxpQkFBTyxFQUFFLENBQUM7QUFBQSxRQUFHLEVBQUU7QUFBQSxNQUM5RDtBQUNBLGFBQU8sZUFBZSxHQUFHLElBQUksSUFBSTtBQUFBLElBQ3JDLE1BQU0sU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJO0FBQ3hCLFVBQUksT0FBTyxPQUFXLE1BQUs7QUFDM0IsUUFBRSxFQUFFLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDZjtBQUNBLFFBQUkscUJBQXNCQSxZQUFRQSxTQUFLLHVCQUF3QixPQUFPLFVBQVUsU0FBUyxHQUFHLEdBQUc7QUFDM0YsYUFBTyxlQUFlLEdBQUcsV0FBVyxFQUFFLFlBQVksTUFBTSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQ3RFLEtBQUssU0FBUyxHQUFHLEdBQUc7QUFDaEIsUUFBRSxTQUFTLElBQUk7QUFBQSxJQUNuQjtBQUNBLFFBQUksZUFBZ0JBLFlBQVFBLFNBQUssZ0JBQWtCLDRCQUFZO0FBQzNELFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDdEIsa0JBQVUsT0FBTyx1QkFBdUIsU0FBVUMsSUFBRztBQUNqRCxjQUFJLEtBQUssQ0FBQztBQUNWLG1CQUFTLEtBQUtBLEdBQUcsS0FBSSxPQUFPLFVBQVUsZUFBZSxLQUFLQSxJQUFHLENBQUMsRUFBRyxJQUFHLEdBQUcsTUFBTSxJQUFJO0FBQ2pGLGlCQUFPO0FBQUEsUUFDWDtBQUNBLGVBQU8sUUFBUSxDQUFDO0FBQUEsTUFDcEI7QUFDQSxhQUFPLFNBQVUsS0FBSztBQUNsQixZQUFJLE9BQU8sSUFBSSxXQUFZLFFBQU87QUFDbEMsWUFBSSxTQUFTLENBQUM7QUFDZCxZQUFJLE9BQU87QUFBTSxtQkFBUyxJQUFJLFFBQVEsR0FBRyxHQUFHLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxJQUFLLEtBQUksRUFBRSxDQUFDLE1BQU0sVUFBVyxpQkFBZ0IsUUFBUSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0FBQUE7QUFDL0gsMkJBQW1CLFFBQVEsR0FBRztBQUM5QixlQUFPO0FBQUEsTUFDWDtBQUFBLElBQ0osR0FBRztBQUNILFFBQUksa0JBQW1CRCxZQUFRQSxTQUFLLG1CQUFvQixTQUFVLEtBQUs7QUFDbkUsYUFBUSxPQUFPLElBQUksYUFBYyxNQUFNLEVBQUUsV0FBVyxJQUFJO0FBQUEsSUFDNUQ7QUFDQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELElBQUFBLFNBQVEsMEJBQTBCQSxTQUFRLG9CQUFvQjtBQUM5RCxRQUFNLFFBQVEsZ0JBQWdCLGFBQWdCO0FBQzlDLFFBQU0sS0FBSyxhQUFhLFlBQWU7QUFDdkMsUUFBTSxXQUFXO0FBQ2pCLFFBQUk7QUFDSixLQUFDLFNBQVVFLG9CQUFtQjtBQUMxQixNQUFBQSxtQkFBa0IsT0FBTyxPQUFPLE9BQU87QUFBQSxRQUNuQyx5QkFBeUI7QUFBQSxRQUN6Qix5QkFBeUIsU0FBUyxNQUFNO0FBQUEsTUFDNUMsQ0FBQztBQUNELE1BQUFBLG1CQUFrQixZQUFZLE9BQU8sT0FBTztBQUFBLFFBQ3hDLHlCQUF5QjtBQUFBLFFBQ3pCLHlCQUF5QixTQUFTLE1BQU07QUFBQSxNQUM1QyxDQUFDO0FBQ0QsZUFBUyxHQUFHLE9BQU87QUFDZixjQUFNLFlBQVk7QUFDbEIsZUFBTyxjQUFjLGNBQWNBLG1CQUFrQixRQUM5QyxjQUFjQSxtQkFBa0IsYUFDL0IsR0FBRyxRQUFRLFVBQVUsdUJBQXVCLEtBQUssQ0FBQyxDQUFDLFVBQVU7QUFBQSxNQUN6RTtBQUNBLE1BQUFBLG1CQUFrQixLQUFLO0FBQUEsSUFDM0IsR0FBRyxzQkFBc0JGLFNBQVEsb0JBQW9CLG9CQUFvQixDQUFDLEVBQUU7QUFDNUUsUUFBTSxnQkFBZ0IsT0FBTyxPQUFPLFNBQVUsVUFBVSxTQUFTO0FBQzdELFlBQU0sVUFBVSxHQUFHLE1BQU0sU0FBUyxFQUFFLE1BQU0sV0FBVyxTQUFTLEtBQUssT0FBTyxHQUFHLENBQUM7QUFDOUUsYUFBTyxFQUFFLFVBQVU7QUFBRSxlQUFPLFFBQVE7QUFBQSxNQUFHLEVBQUU7QUFBQSxJQUM3QyxDQUFDO0FBQ0QsUUFBTSxlQUFOLE1BQW1CO0FBQUEsTUFDZixlQUFlO0FBQUEsTUFDZjtBQUFBLE1BQ0EsU0FBUztBQUNMLFlBQUksQ0FBQyxLQUFLLGNBQWM7QUFDcEIsZUFBSyxlQUFlO0FBQ3BCLGNBQUksS0FBSyxVQUFVO0FBQ2YsaUJBQUssU0FBUyxLQUFLLE1BQVM7QUFDNUIsaUJBQUssUUFBUTtBQUFBLFVBQ2pCO0FBQUEsUUFDSjtBQUFBLE1BQ0o7QUFBQSxNQUNBLElBQUksMEJBQTBCO0FBQzFCLGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUEsTUFDQSxJQUFJLDBCQUEwQjtBQUMxQixZQUFJLEtBQUssY0FBYztBQUNuQixpQkFBTztBQUFBLFFBQ1g7QUFDQSxZQUFJLENBQUMsS0FBSyxVQUFVO0FBQ2hCLGVBQUssV0FBVyxJQUFJLFNBQVMsUUFBUTtBQUFBLFFBQ3pDO0FBQ0EsZUFBTyxLQUFLLFNBQVM7QUFBQSxNQUN6QjtBQUFBLE1BQ0EsVUFBVTtBQUNOLFlBQUksS0FBSyxVQUFVO0FBQ2YsZUFBSyxTQUFTLFFBQVE7QUFDdEIsZUFBSyxXQUFXO0FBQUEsUUFDcEI7QUFBQSxNQUNKO0FBQUEsSUFDSjtBQUNBLFFBQU1HLDJCQUFOLE1BQThCO0FBQUEsTUFDMUI7QUFBQSxNQUNBLElBQUksUUFBUTtBQUNSLFlBQUksQ0FBQyxLQUFLLFFBQVE7QUFHZCxlQUFLLFNBQVMsSUFBSSxhQUFhO0FBQUEsUUFDbkM7QUFDQSxlQUFPLEtBQUs7QUFBQSxNQUNoQjtBQUFBLE1BQ0EsU0FBUztBQUNMLFlBQUksQ0FBQyxLQUFLLFFBQVE7QUFJZCxlQUFLLFNBQVMsa0JBQWtCO0FBQUEsUUFDcEMsT0FDSztBQUNELGVBQUssT0FBTyxPQUFPO0FBQUEsUUFDdkI7QUFBQSxNQUNKO0FBQUEsTUFDQSxVQUFVO0FBQ04sWUFBSSxDQUFDLEtBQUssUUFBUTtBQUVkLGVBQUssU0FBUyxrQkFBa0I7QUFBQSxRQUNwQyxXQUNTLEtBQUssa0JBQWtCLGNBQWM7QUFFMUMsZUFBSyxPQUFPLFFBQVE7QUFBQSxRQUN4QjtBQUFBLE1BQ0o7QUFBQSxJQUNKO0FBQ0EsSUFBQUgsU0FBUSwwQkFBMEJHO0FBQUE7QUFBQTs7O0FDbklsQztBQUFBLHNFQUFBQyxVQUFBO0FBQUE7QUFLQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELElBQUFBLFNBQVEsOEJBQThCQSxTQUFRLDRCQUE0QjtBQUMxRSxRQUFNLGlCQUFpQjtBQUN2QixRQUFJO0FBQ0osS0FBQyxTQUFVQyxvQkFBbUI7QUFDMUIsTUFBQUEsbUJBQWtCLFdBQVc7QUFDN0IsTUFBQUEsbUJBQWtCLFlBQVk7QUFBQSxJQUNsQyxHQUFHLHNCQUFzQixvQkFBb0IsQ0FBQyxFQUFFO0FBQ2hELFFBQU0sNEJBQU4sTUFBZ0M7QUFBQSxNQUM1QjtBQUFBLE1BQ0EsY0FBYztBQUNWLGFBQUssVUFBVSxvQkFBSSxJQUFJO0FBQUEsTUFDM0I7QUFBQSxNQUNBLG1CQUFtQixTQUFTO0FBQ3hCLFlBQUksUUFBUSxPQUFPLE1BQU07QUFDckI7QUFBQSxRQUNKO0FBQ0EsY0FBTSxTQUFTLElBQUksa0JBQWtCLENBQUM7QUFDdEMsY0FBTSxPQUFPLElBQUksV0FBVyxRQUFRLEdBQUcsQ0FBQztBQUN4QyxhQUFLLENBQUMsSUFBSSxrQkFBa0I7QUFDNUIsYUFBSyxRQUFRLElBQUksUUFBUSxJQUFJLE1BQU07QUFDbkMsZ0JBQVEsb0JBQW9CO0FBQUEsTUFDaEM7QUFBQSxNQUNBLE1BQU0saUJBQWlCLE9BQU8sSUFBSTtBQUM5QixjQUFNLFNBQVMsS0FBSyxRQUFRLElBQUksRUFBRTtBQUNsQyxZQUFJLFdBQVcsUUFBVztBQUN0QjtBQUFBLFFBQ0o7QUFDQSxjQUFNLE9BQU8sSUFBSSxXQUFXLFFBQVEsR0FBRyxDQUFDO0FBQ3hDLGdCQUFRLE1BQU0sTUFBTSxHQUFHLGtCQUFrQixTQUFTO0FBQUEsTUFDdEQ7QUFBQSxNQUNBLFFBQVEsSUFBSTtBQUNSLGFBQUssUUFBUSxPQUFPLEVBQUU7QUFBQSxNQUMxQjtBQUFBLE1BQ0EsVUFBVTtBQUNOLGFBQUssUUFBUSxNQUFNO0FBQUEsTUFDdkI7QUFBQSxJQUNKO0FBQ0EsSUFBQUQsU0FBUSw0QkFBNEI7QUFDcEMsUUFBTSxxQ0FBTixNQUF5QztBQUFBLE1BQ3JDO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsYUFBSyxPQUFPLElBQUksV0FBVyxRQUFRLEdBQUcsQ0FBQztBQUFBLE1BQzNDO0FBQUEsTUFDQSxJQUFJLDBCQUEwQjtBQUMxQixlQUFPLFFBQVEsS0FBSyxLQUFLLE1BQU0sQ0FBQyxNQUFNLGtCQUFrQjtBQUFBLE1BQzVEO0FBQUEsTUFDQSxJQUFJLDBCQUEwQjtBQUMxQixjQUFNLElBQUksTUFBTSx5RUFBeUU7QUFBQSxNQUM3RjtBQUFBLElBQ0o7QUFDQSxRQUFNLDJDQUFOLE1BQStDO0FBQUEsTUFDM0M7QUFBQSxNQUNBLFlBQVksUUFBUTtBQUNoQixhQUFLLFFBQVEsSUFBSSxtQ0FBbUMsTUFBTTtBQUFBLE1BQzlEO0FBQUEsTUFDQSxTQUFTO0FBQUEsTUFDVDtBQUFBLE1BQ0EsVUFBVTtBQUFBLE1BQ1Y7QUFBQSxJQUNKO0FBQ0EsUUFBTSw4QkFBTixNQUFrQztBQUFBLE1BQzlCLE9BQU87QUFBQSxNQUNQLDhCQUE4QixTQUFTO0FBQ25DLGNBQU0sU0FBUyxRQUFRO0FBQ3ZCLFlBQUksV0FBVyxRQUFXO0FBQ3RCLGlCQUFPLElBQUksZUFBZSx3QkFBd0I7QUFBQSxRQUN0RDtBQUNBLGVBQU8sSUFBSSx5Q0FBeUMsTUFBTTtBQUFBLE1BQzlEO0FBQUEsSUFDSjtBQUNBLElBQUFBLFNBQVEsOEJBQThCO0FBQUE7QUFBQTs7O0FDNUV0QztBQUFBLHdEQUFBRSxVQUFBO0FBQUE7QUFLQSxRQUFJLGtCQUFtQkEsWUFBUUEsU0FBSyxtQkFBb0IsU0FBVSxLQUFLO0FBQ25FLGFBQVEsT0FBTyxJQUFJLGFBQWMsTUFBTSxFQUFFLFdBQVcsSUFBSTtBQUFBLElBQzVEO0FBQ0EsV0FBTyxlQUFlQSxVQUFTLGNBQWMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM1RCxJQUFBQSxTQUFRLFlBQVk7QUFDcEIsUUFBTSxRQUFRLGdCQUFnQixhQUFnQjtBQUM5QyxRQUFNLFlBQU4sTUFBZ0I7QUFBQSxNQUNaO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBLFlBQVksV0FBVyxHQUFHO0FBQ3RCLFlBQUksWUFBWSxHQUFHO0FBQ2YsZ0JBQU0sSUFBSSxNQUFNLGlDQUFpQztBQUFBLFFBQ3JEO0FBQ0EsYUFBSyxZQUFZO0FBQ2pCLGFBQUssVUFBVTtBQUNmLGFBQUssV0FBVyxDQUFDO0FBQUEsTUFDckI7QUFBQSxNQUNBLEtBQUssT0FBTztBQUNSLGVBQU8sSUFBSSxRQUFRLENBQUNDLFVBQVMsV0FBVztBQUNwQyxlQUFLLFNBQVMsS0FBSyxFQUFFLE9BQU8sU0FBQUEsVUFBUyxPQUFPLENBQUM7QUFDN0MsZUFBSyxRQUFRO0FBQUEsUUFDakIsQ0FBQztBQUFBLE1BQ0w7QUFBQSxNQUNBLElBQUksU0FBUztBQUNULGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUEsTUFDQSxVQUFVO0FBQ04sWUFBSSxLQUFLLFNBQVMsV0FBVyxLQUFLLEtBQUssWUFBWSxLQUFLLFdBQVc7QUFDL0Q7QUFBQSxRQUNKO0FBQ0EsU0FBQyxHQUFHLE1BQU0sU0FBUyxFQUFFLE1BQU0sYUFBYSxNQUFNLEtBQUssVUFBVSxDQUFDO0FBQUEsTUFDbEU7QUFBQSxNQUNBLFlBQVk7QUFDUixZQUFJLEtBQUssU0FBUyxXQUFXLEtBQUssS0FBSyxZQUFZLEtBQUssV0FBVztBQUMvRDtBQUFBLFFBQ0o7QUFDQSxjQUFNLE9BQU8sS0FBSyxTQUFTLE1BQU07QUFDakMsYUFBSztBQUNMLFlBQUksS0FBSyxVQUFVLEtBQUssV0FBVztBQUMvQixnQkFBTSxJQUFJLE1BQU0sd0JBQXdCO0FBQUEsUUFDNUM7QUFDQSxZQUFJO0FBQ0EsZ0JBQU0sU0FBUyxLQUFLLE1BQU07QUFDMUIsY0FBSSxrQkFBa0IsU0FBUztBQUMzQixtQkFBTyxLQUFLLENBQUMsVUFBVTtBQUNuQixtQkFBSztBQUNMLG1CQUFLLFFBQVEsS0FBSztBQUNsQixtQkFBSyxRQUFRO0FBQUEsWUFDakIsR0FBRyxDQUFDLFFBQVE7QUFDUixtQkFBSztBQUNMLG1CQUFLLE9BQU8sR0FBRztBQUNmLG1CQUFLLFFBQVE7QUFBQSxZQUNqQixDQUFDO0FBQUEsVUFDTCxPQUNLO0FBQ0QsaUJBQUs7QUFDTCxpQkFBSyxRQUFRLE1BQU07QUFDbkIsaUJBQUssUUFBUTtBQUFBLFVBQ2pCO0FBQUEsUUFDSixTQUNPLEtBQUs7QUFDUixlQUFLO0FBQ0wsZUFBSyxPQUFPLEdBQUc7QUFDZixlQUFLLFFBQVE7QUFBQSxRQUNqQjtBQUFBLE1BQ0o7QUFBQSxJQUNKO0FBQ0EsSUFBQUQsU0FBUSxZQUFZO0FBQUE7QUFBQTs7O0FDekVwQjtBQUFBLDREQUFBRSxVQUFBO0FBQUE7QUFLQSxRQUFJLGtCQUFtQkEsWUFBUUEsU0FBSyxvQkFBcUIsT0FBTyxVQUFVLFNBQVMsR0FBRyxHQUFHLEdBQUcsSUFBSTtBQUM1RixVQUFJLE9BQU8sT0FBVyxNQUFLO0FBQzNCLFVBQUksT0FBTyxPQUFPLHlCQUF5QixHQUFHLENBQUM7QUFDL0MsVUFBSSxDQUFDLFNBQVMsU0FBUyxPQUFPLENBQUMsRUFBRSxhQUFhLEtBQUssWUFBWSxLQUFLLGVBQWU7QUFDakYsZUFBTyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVc7QUFBRSxpQkFBTyxFQUFFLENBQUM7QUFBQSxRQUFHLEVBQUU7QUFBQSxNQUM5RDtBQUNBLGFBQU8sZUFBZSxHQUFHLElBQUksSUFBSTtBQUFBLElBQ3JDLE1BQU0sU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJO0FBQ3hCLFVBQUksT0FBTyxPQUFXLE1BQUs7QUFDM0IsUUFBRSxFQUFFLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDZjtBQUNBLFFBQUkscUJBQXNCQSxZQUFRQSxTQUFLLHVCQUF3QixPQUFPLFVBQVUsU0FBUyxHQUFHLEdBQUc7QUFDM0YsYUFBTyxlQUFlLEdBQUcsV0FBVyxFQUFFLFlBQVksTUFBTSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQ3RFLEtBQUssU0FBUyxHQUFHLEdBQUc7QUFDaEIsUUFBRSxTQUFTLElBQUk7QUFBQSxJQUNuQjtBQUNBLFFBQUksZUFBZ0JBLFlBQVFBLFNBQUssZ0JBQWtCLDRCQUFZO0FBQzNELFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDdEIsa0JBQVUsT0FBTyx1QkFBdUIsU0FBVUMsSUFBRztBQUNqRCxjQUFJLEtBQUssQ0FBQztBQUNWLG1CQUFTLEtBQUtBLEdBQUcsS0FBSSxPQUFPLFVBQVUsZUFBZSxLQUFLQSxJQUFHLENBQUMsRUFBRyxJQUFHLEdBQUcsTUFBTSxJQUFJO0FBQ2pGLGlCQUFPO0FBQUEsUUFDWDtBQUNBLGVBQU8sUUFBUSxDQUFDO0FBQUEsTUFDcEI7QUFDQSxhQUFPLFNBQVUsS0FBSztBQUNsQixZQUFJLE9BQU8sSUFBSSxXQUFZLFFBQU87QUFDbEMsWUFBSSxTQUFTLENBQUM7QUFDZCxZQUFJLE9BQU87QUFBTSxtQkFBUyxJQUFJLFFBQVEsR0FBRyxHQUFHLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxJQUFLLEtBQUksRUFBRSxDQUFDLE1BQU0sVUFBVyxpQkFBZ0IsUUFBUSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0FBQUE7QUFDL0gsMkJBQW1CLFFBQVEsR0FBRztBQUM5QixlQUFPO0FBQUEsTUFDWDtBQUFBLElBQ0osR0FBRztBQUNILFFBQUksa0JBQW1CRCxZQUFRQSxTQUFLLG1CQUFvQixTQUFVLEtBQUs7QUFDbkUsYUFBUSxPQUFPLElBQUksYUFBYyxNQUFNLEVBQUUsV0FBVyxJQUFJO0FBQUEsSUFDNUQ7QUFDQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELElBQUFBLFNBQVEsOEJBQThCQSxTQUFRLHdCQUF3QkEsU0FBUSxnQkFBZ0I7QUFDOUYsUUFBTSxRQUFRLGdCQUFnQixhQUFnQjtBQUM5QyxRQUFNLEtBQUssYUFBYSxZQUFlO0FBQ3ZDLFFBQU0sV0FBVztBQUNqQixRQUFNLGNBQWM7QUFDcEIsUUFBSTtBQUNKLEtBQUMsU0FBVUUsZ0JBQWU7QUFDdEIsZUFBUyxHQUFHLE9BQU87QUFDZixjQUFNLFlBQVk7QUFDbEIsZUFBTyxhQUFhLEdBQUcsS0FBSyxVQUFVLE1BQU0sS0FBSyxHQUFHLEtBQUssVUFBVSxPQUFPLEtBQ3RFLEdBQUcsS0FBSyxVQUFVLE9BQU8sS0FBSyxHQUFHLEtBQUssVUFBVSxPQUFPLEtBQUssR0FBRyxLQUFLLFVBQVUsZ0JBQWdCO0FBQUEsTUFDdEc7QUFDQSxNQUFBQSxlQUFjLEtBQUs7QUFBQSxJQUN2QixHQUFHLGtCQUFrQkYsU0FBUSxnQkFBZ0IsZ0JBQWdCLENBQUMsRUFBRTtBQUNoRSxRQUFNLHdCQUFOLE1BQTRCO0FBQUEsTUFDeEI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0EsY0FBYztBQUNWLGFBQUssZUFBZSxJQUFJLFNBQVMsUUFBUTtBQUN6QyxhQUFLLGVBQWUsSUFBSSxTQUFTLFFBQVE7QUFDekMsYUFBSyx3QkFBd0IsSUFBSSxTQUFTLFFBQVE7QUFBQSxNQUN0RDtBQUFBLE1BQ0EsVUFBVTtBQUNOLGFBQUssYUFBYSxRQUFRO0FBQzFCLGFBQUssYUFBYSxRQUFRO0FBQzFCLGFBQUssc0JBQXNCLFFBQVE7QUFBQSxNQUN2QztBQUFBLE1BQ0EsSUFBSSxVQUFVO0FBQ1YsZUFBTyxLQUFLLGFBQWE7QUFBQSxNQUM3QjtBQUFBLE1BQ0EsVUFBVSxPQUFPO0FBQ2IsYUFBSyxhQUFhLEtBQUssS0FBSyxRQUFRLEtBQUssQ0FBQztBQUFBLE1BQzlDO0FBQUEsTUFDQSxJQUFJLFVBQVU7QUFDVixlQUFPLEtBQUssYUFBYTtBQUFBLE1BQzdCO0FBQUEsTUFDQSxZQUFZO0FBQ1IsYUFBSyxhQUFhLEtBQUssTUFBUztBQUFBLE1BQ3BDO0FBQUEsTUFDQSxJQUFJLG1CQUFtQjtBQUNuQixlQUFPLEtBQUssc0JBQXNCO0FBQUEsTUFDdEM7QUFBQSxNQUNBLG1CQUFtQixNQUFNO0FBQ3JCLGFBQUssc0JBQXNCLEtBQUssSUFBSTtBQUFBLE1BQ3hDO0FBQUEsTUFDQSxRQUFRLE9BQU87QUFDWCxZQUFJLGlCQUFpQixPQUFPO0FBQ3hCLGlCQUFPO0FBQUEsUUFDWCxPQUNLO0FBQ0QsaUJBQU8sSUFBSSxNQUFNLGtDQUFrQyxHQUFHLE9BQU8sTUFBTSxPQUFPLElBQUksTUFBTSxVQUFVLFNBQVMsRUFBRTtBQUFBLFFBQzdHO0FBQUEsTUFDSjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLHdCQUF3QjtBQUNoQyxRQUFJO0FBQ0osS0FBQyxTQUFVRywrQkFBOEI7QUFDckMsZUFBUyxZQUFZLFNBQVM7QUFDMUIsWUFBSTtBQUNKLFlBQUk7QUFDSixZQUFJO0FBQ0osY0FBTSxrQkFBa0Isb0JBQUksSUFBSTtBQUNoQyxZQUFJO0FBQ0osY0FBTSxzQkFBc0Isb0JBQUksSUFBSTtBQUNwQyxZQUFJLFlBQVksVUFBYSxPQUFPLFlBQVksVUFBVTtBQUN0RCxvQkFBVSxXQUFXO0FBQUEsUUFDekIsT0FDSztBQUNELG9CQUFVLFFBQVEsV0FBVztBQUM3QixjQUFJLFFBQVEsbUJBQW1CLFFBQVc7QUFDdEMsNkJBQWlCLFFBQVE7QUFDekIsNEJBQWdCLElBQUksZUFBZSxNQUFNLGNBQWM7QUFBQSxVQUMzRDtBQUNBLGNBQUksUUFBUSxvQkFBb0IsUUFBVztBQUN2Qyx1QkFBVyxXQUFXLFFBQVEsaUJBQWlCO0FBQzNDLDhCQUFnQixJQUFJLFFBQVEsTUFBTSxPQUFPO0FBQUEsWUFDN0M7QUFBQSxVQUNKO0FBQ0EsY0FBSSxRQUFRLHVCQUF1QixRQUFXO0FBQzFDLGlDQUFxQixRQUFRO0FBQzdCLGdDQUFvQixJQUFJLG1CQUFtQixNQUFNLGtCQUFrQjtBQUFBLFVBQ3ZFO0FBQ0EsY0FBSSxRQUFRLHdCQUF3QixRQUFXO0FBQzNDLHVCQUFXLFdBQVcsUUFBUSxxQkFBcUI7QUFDL0Msa0NBQW9CLElBQUksUUFBUSxNQUFNLE9BQU87QUFBQSxZQUNqRDtBQUFBLFVBQ0o7QUFBQSxRQUNKO0FBQ0EsWUFBSSx1QkFBdUIsUUFBVztBQUNsQyxnQ0FBc0IsR0FBRyxNQUFNLFNBQVMsRUFBRSxnQkFBZ0I7QUFDMUQsOEJBQW9CLElBQUksbUJBQW1CLE1BQU0sa0JBQWtCO0FBQUEsUUFDdkU7QUFDQSxlQUFPLEVBQUUsU0FBUyxnQkFBZ0IsaUJBQWlCLG9CQUFvQixvQkFBb0I7QUFBQSxNQUMvRjtBQUNBLE1BQUFBLDhCQUE2QixjQUFjO0FBQUEsSUFDL0MsR0FBRyxpQ0FBaUMsK0JBQStCLENBQUMsRUFBRTtBQUN0RSxRQUFNLDhCQUFOLGNBQTBDLHNCQUFzQjtBQUFBLE1BQzVEO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBLFlBQVksVUFBVSxTQUFTO0FBQzNCLGNBQU07QUFDTixhQUFLLFdBQVc7QUFDaEIsYUFBSyxVQUFVLDZCQUE2QixZQUFZLE9BQU87QUFDL0QsYUFBSyxVQUFVLEdBQUcsTUFBTSxTQUFTLEVBQUUsY0FBYyxPQUFPLEtBQUssUUFBUSxPQUFPO0FBQzVFLGFBQUsseUJBQXlCO0FBQzlCLGFBQUssb0JBQW9CO0FBQ3pCLGFBQUssZUFBZTtBQUNwQixhQUFLLGdCQUFnQixJQUFJLFlBQVksVUFBVSxDQUFDO0FBQUEsTUFDcEQ7QUFBQSxNQUNBLElBQUksc0JBQXNCLFNBQVM7QUFDL0IsYUFBSyx5QkFBeUI7QUFBQSxNQUNsQztBQUFBLE1BQ0EsSUFBSSx3QkFBd0I7QUFDeEIsZUFBTyxLQUFLO0FBQUEsTUFDaEI7QUFBQSxNQUNBLE9BQU8sVUFBVTtBQUNiLGFBQUssb0JBQW9CO0FBQ3pCLGFBQUssZUFBZTtBQUNwQixhQUFLLHNCQUFzQjtBQUMzQixhQUFLLFdBQVc7QUFDaEIsY0FBTSxTQUFTLEtBQUssU0FBUyxPQUFPLENBQUMsU0FBUztBQUMxQyxlQUFLLE9BQU8sSUFBSTtBQUFBLFFBQ3BCLENBQUM7QUFDRCxhQUFLLFNBQVMsUUFBUSxDQUFDLFVBQVUsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUN0RCxhQUFLLFNBQVMsUUFBUSxNQUFNLEtBQUssVUFBVSxDQUFDO0FBQzVDLGVBQU87QUFBQSxNQUNYO0FBQUEsTUFDQSxPQUFPLE1BQU07QUFDVCxZQUFJO0FBQ0EsZUFBSyxPQUFPLE9BQU8sSUFBSTtBQUN2QixpQkFBTyxNQUFNO0FBQ1QsZ0JBQUksS0FBSyxzQkFBc0IsSUFBSTtBQUMvQixvQkFBTSxVQUFVLEtBQUssT0FBTyxlQUFlLElBQUk7QUFDL0Msa0JBQUksQ0FBQyxTQUFTO0FBQ1Y7QUFBQSxjQUNKO0FBQ0Esb0JBQU0sZ0JBQWdCLFFBQVEsSUFBSSxnQkFBZ0I7QUFDbEQsa0JBQUksQ0FBQyxlQUFlO0FBQ2hCLHFCQUFLLFVBQVUsSUFBSSxNQUFNO0FBQUEsRUFBbUQsS0FBSyxVQUFVLE9BQU8sWUFBWSxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDMUg7QUFBQSxjQUNKO0FBQ0Esb0JBQU0sU0FBUyxTQUFTLGFBQWE7QUFDckMsa0JBQUksTUFBTSxNQUFNLEdBQUc7QUFDZixxQkFBSyxVQUFVLElBQUksTUFBTSw4Q0FBOEMsYUFBYSxFQUFFLENBQUM7QUFDdkY7QUFBQSxjQUNKO0FBQ0EsbUJBQUssb0JBQW9CO0FBQUEsWUFDN0I7QUFDQSxrQkFBTSxPQUFPLEtBQUssT0FBTyxZQUFZLEtBQUssaUJBQWlCO0FBQzNELGdCQUFJLFNBQVMsUUFBVztBQUVwQixtQkFBSyx1QkFBdUI7QUFDNUI7QUFBQSxZQUNKO0FBQ0EsaUJBQUsseUJBQXlCO0FBQzlCLGlCQUFLLG9CQUFvQjtBQUt6QixpQkFBSyxjQUFjLEtBQUssWUFBWTtBQUNoQyxvQkFBTSxRQUFRLEtBQUssUUFBUSxtQkFBbUIsU0FDeEMsTUFBTSxLQUFLLFFBQVEsZUFBZSxPQUFPLElBQUksSUFDN0M7QUFDTixvQkFBTSxVQUFVLE1BQU0sS0FBSyxRQUFRLG1CQUFtQixPQUFPLE9BQU8sS0FBSyxPQUFPO0FBQ2hGLG1CQUFLLFNBQVMsT0FBTztBQUFBLFlBQ3pCLENBQUMsRUFBRSxNQUFNLENBQUMsVUFBVTtBQUNoQixtQkFBSyxVQUFVLEtBQUs7QUFBQSxZQUN4QixDQUFDO0FBQUEsVUFDTDtBQUFBLFFBQ0osU0FDTyxPQUFPO0FBQ1YsZUFBSyxVQUFVLEtBQUs7QUFBQSxRQUN4QjtBQUFBLE1BQ0o7QUFBQSxNQUNBLDJCQUEyQjtBQUN2QixZQUFJLEtBQUsscUJBQXFCO0FBQzFCLGVBQUssb0JBQW9CLFFBQVE7QUFDakMsZUFBSyxzQkFBc0I7QUFBQSxRQUMvQjtBQUFBLE1BQ0o7QUFBQSxNQUNBLHlCQUF5QjtBQUNyQixhQUFLLHlCQUF5QjtBQUM5QixZQUFJLEtBQUssMEJBQTBCLEdBQUc7QUFDbEM7QUFBQSxRQUNKO0FBQ0EsYUFBSyx1QkFBdUIsR0FBRyxNQUFNLFNBQVMsRUFBRSxNQUFNLFdBQVcsQ0FBQyxPQUFPLFlBQVk7QUFDakYsZUFBSyxzQkFBc0I7QUFDM0IsY0FBSSxVQUFVLEtBQUssY0FBYztBQUM3QixpQkFBSyxtQkFBbUIsRUFBRSxjQUFjLE9BQU8sYUFBYSxRQUFRLENBQUM7QUFDckUsaUJBQUssdUJBQXVCO0FBQUEsVUFDaEM7QUFBQSxRQUNKLEdBQUcsS0FBSyx3QkFBd0IsS0FBSyxjQUFjLEtBQUssc0JBQXNCO0FBQUEsTUFDbEY7QUFBQSxJQUNKO0FBQ0EsSUFBQUgsU0FBUSw4QkFBOEI7QUFBQTtBQUFBOzs7QUNyUHRDO0FBQUEsNERBQUFJLFVBQUE7QUFBQTtBQUtBLFFBQUksa0JBQW1CQSxZQUFRQSxTQUFLLG9CQUFxQixPQUFPLFVBQVUsU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJO0FBQzVGLFVBQUksT0FBTyxPQUFXLE1BQUs7QUFDM0IsVUFBSSxPQUFPLE9BQU8seUJBQXlCLEdBQUcsQ0FBQztBQUMvQyxVQUFJLENBQUMsU0FBUyxTQUFTLE9BQU8sQ0FBQyxFQUFFLGFBQWEsS0FBSyxZQUFZLEtBQUssZUFBZTtBQUNqRixlQUFPLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBVztBQUFFLGlCQUFPLEVBQUUsQ0FBQztBQUFBLFFBQUcsRUFBRTtBQUFBLE1BQzlEO0FBQ0EsYUFBTyxlQUFlLEdBQUcsSUFBSSxJQUFJO0FBQUEsSUFDckMsTUFBTSxTQUFTLEdBQUcsR0FBRyxHQUFHLElBQUk7QUFDeEIsVUFBSSxPQUFPLE9BQVcsTUFBSztBQUMzQixRQUFFLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUNmO0FBQ0EsUUFBSSxxQkFBc0JBLFlBQVFBLFNBQUssdUJBQXdCLE9BQU8sVUFBVSxTQUFTLEdBQUcsR0FBRztBQUMzRixhQUFPLGVBQWUsR0FBRyxXQUFXLEVBQUUsWUFBWSxNQUFNLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDdEUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNoQixRQUFFLFNBQVMsSUFBSTtBQUFBLElBQ25CO0FBQ0EsUUFBSSxlQUFnQkEsWUFBUUEsU0FBSyxnQkFBa0IsNEJBQVk7QUFDM0QsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN0QixrQkFBVSxPQUFPLHVCQUF1QixTQUFVQyxJQUFHO0FBQ2pELGNBQUksS0FBSyxDQUFDO0FBQ1YsbUJBQVMsS0FBS0EsR0FBRyxLQUFJLE9BQU8sVUFBVSxlQUFlLEtBQUtBLElBQUcsQ0FBQyxFQUFHLElBQUcsR0FBRyxNQUFNLElBQUk7QUFDakYsaUJBQU87QUFBQSxRQUNYO0FBQ0EsZUFBTyxRQUFRLENBQUM7QUFBQSxNQUNwQjtBQUNBLGFBQU8sU0FBVSxLQUFLO0FBQ2xCLFlBQUksT0FBTyxJQUFJLFdBQVksUUFBTztBQUNsQyxZQUFJLFNBQVMsQ0FBQztBQUNkLFlBQUksT0FBTztBQUFNLG1CQUFTLElBQUksUUFBUSxHQUFHLEdBQUcsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxVQUFXLGlCQUFnQixRQUFRLEtBQUssRUFBRSxDQUFDLENBQUM7QUFBQTtBQUMvSCwyQkFBbUIsUUFBUSxHQUFHO0FBQzlCLGVBQU87QUFBQSxNQUNYO0FBQUEsSUFDSixHQUFHO0FBQ0gsUUFBSSxrQkFBbUJELFlBQVFBLFNBQUssbUJBQW9CLFNBQVUsS0FBSztBQUNuRSxhQUFRLE9BQU8sSUFBSSxhQUFjLE1BQU0sRUFBRSxXQUFXLElBQUk7QUFBQSxJQUM1RDtBQUNBLFdBQU8sZUFBZUEsVUFBUyxjQUFjLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDNUQsSUFBQUEsU0FBUSwrQkFBK0JBLFNBQVEsd0JBQXdCQSxTQUFRLGdCQUFnQjtBQUMvRixRQUFNLFFBQVEsZ0JBQWdCLGFBQWdCO0FBQzlDLFFBQU0sS0FBSyxhQUFhLFlBQWU7QUFDdkMsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sV0FBVztBQUNqQixRQUFNLGdCQUFnQjtBQUN0QixRQUFNLE9BQU87QUFDYixRQUFJO0FBQ0osS0FBQyxTQUFVRSxnQkFBZTtBQUN0QixlQUFTLEdBQUcsT0FBTztBQUNmLGNBQU0sWUFBWTtBQUNsQixlQUFPLGFBQWEsR0FBRyxLQUFLLFVBQVUsT0FBTyxLQUFLLEdBQUcsS0FBSyxVQUFVLE9BQU8sS0FDdkUsR0FBRyxLQUFLLFVBQVUsT0FBTyxLQUFLLEdBQUcsS0FBSyxVQUFVLEtBQUs7QUFBQSxNQUM3RDtBQUNBLE1BQUFBLGVBQWMsS0FBSztBQUFBLElBQ3ZCLEdBQUcsa0JBQWtCRixTQUFRLGdCQUFnQixnQkFBZ0IsQ0FBQyxFQUFFO0FBQ2hFLFFBQU0sd0JBQU4sTUFBNEI7QUFBQSxNQUN4QjtBQUFBLE1BQ0E7QUFBQSxNQUNBLGNBQWM7QUFDVixhQUFLLGVBQWUsSUFBSSxTQUFTLFFBQVE7QUFDekMsYUFBSyxlQUFlLElBQUksU0FBUyxRQUFRO0FBQUEsTUFDN0M7QUFBQSxNQUNBLFVBQVU7QUFDTixhQUFLLGFBQWEsUUFBUTtBQUMxQixhQUFLLGFBQWEsUUFBUTtBQUFBLE1BQzlCO0FBQUEsTUFDQSxJQUFJLFVBQVU7QUFDVixlQUFPLEtBQUssYUFBYTtBQUFBLE1BQzdCO0FBQUEsTUFDQSxVQUFVLE9BQU8sU0FBUyxPQUFPO0FBQzdCLGFBQUssYUFBYSxLQUFLLENBQUMsS0FBSyxRQUFRLEtBQUssR0FBRyxTQUFTLEtBQUssQ0FBQztBQUFBLE1BQ2hFO0FBQUEsTUFDQSxJQUFJLFVBQVU7QUFDVixlQUFPLEtBQUssYUFBYTtBQUFBLE1BQzdCO0FBQUEsTUFDQSxZQUFZO0FBQ1IsYUFBSyxhQUFhLEtBQUssTUFBUztBQUFBLE1BQ3BDO0FBQUEsTUFDQSxRQUFRLE9BQU87QUFDWCxZQUFJLGlCQUFpQixPQUFPO0FBQ3hCLGlCQUFPO0FBQUEsUUFDWCxPQUNLO0FBQ0QsaUJBQU8sSUFBSSxNQUFNLGtDQUFrQyxHQUFHLE9BQU8sTUFBTSxPQUFPLElBQUksTUFBTSxVQUFVLFNBQVMsRUFBRTtBQUFBLFFBQzdHO0FBQUEsTUFDSjtBQUFBLElBQ0o7QUFDQSxJQUFBQSxTQUFRLHdCQUF3QjtBQUNoQyxRQUFJO0FBQ0osS0FBQyxTQUFVRywrQkFBOEI7QUFDckMsZUFBUyxZQUFZLFNBQVM7QUFDMUIsWUFBSSxZQUFZLFVBQWEsT0FBTyxZQUFZLFVBQVU7QUFDdEQsaUJBQU8sRUFBRSxTQUFTLFdBQVcsU0FBUyxxQkFBcUIsR0FBRyxNQUFNLFNBQVMsRUFBRSxnQkFBZ0IsUUFBUTtBQUFBLFFBQzNHLE9BQ0s7QUFDRCxpQkFBTyxFQUFFLFNBQVMsUUFBUSxXQUFXLFNBQVMsZ0JBQWdCLFFBQVEsZ0JBQWdCLG9CQUFvQixRQUFRLHVCQUF1QixHQUFHLE1BQU0sU0FBUyxFQUFFLGdCQUFnQixRQUFRO0FBQUEsUUFDekw7QUFBQSxNQUNKO0FBQ0EsTUFBQUEsOEJBQTZCLGNBQWM7QUFBQSxJQUMvQyxHQUFHLGlDQUFpQywrQkFBK0IsQ0FBQyxFQUFFO0FBQ3RFLFFBQU0sK0JBQU4sY0FBMkMsc0JBQXNCO0FBQUEsTUFDN0Q7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBLFlBQVksVUFBVSxTQUFTO0FBQzNCLGNBQU07QUFDTixhQUFLLFdBQVc7QUFDaEIsYUFBSyxVQUFVLDZCQUE2QixZQUFZLE9BQU87QUFDL0QsYUFBSyxhQUFhO0FBQ2xCLGFBQUssaUJBQWlCLElBQUksWUFBWSxVQUFVLENBQUM7QUFDakQsYUFBSyxTQUFTLFFBQVEsQ0FBQyxVQUFVLEtBQUssVUFBVSxLQUFLLENBQUM7QUFDdEQsYUFBSyxTQUFTLFFBQVEsTUFBTSxLQUFLLFVBQVUsQ0FBQztBQUFBLE1BQ2hEO0FBQUEsTUFDQSxNQUFNLE1BQU0sS0FBSztBQUNiLGVBQU8sS0FBSyxlQUFlLEtBQUssWUFBWTtBQUN4QyxnQkFBTSxVQUFVLEtBQUssUUFBUSxtQkFBbUIsT0FBTyxLQUFLLEtBQUssT0FBTyxFQUFFLEtBQUssQ0FBQyxXQUFXO0FBQ3ZGLGdCQUFJLEtBQUssUUFBUSxtQkFBbUIsUUFBVztBQUMzQyxxQkFBTyxLQUFLLFFBQVEsZUFBZSxPQUFPLE1BQU07QUFBQSxZQUNwRCxPQUNLO0FBQ0QscUJBQU87QUFBQSxZQUNYO0FBQUEsVUFDSixDQUFDO0FBQ0QsaUJBQU8sUUFBUSxLQUFLLENBQUMsV0FBVztBQUM1QixrQkFBTSxVQUFVLENBQUM7QUFDakIsb0JBQVEsS0FBSyxlQUFlLE9BQU8sV0FBVyxTQUFTLEdBQUcsSUFBSTtBQUM5RCxvQkFBUSxLQUFLLElBQUk7QUFDakIsbUJBQU8sS0FBSyxRQUFRLEtBQUssU0FBUyxNQUFNO0FBQUEsVUFDNUMsR0FBRyxDQUFDLFVBQVU7QUFDVixpQkFBSyxVQUFVLEtBQUs7QUFDcEIsa0JBQU07QUFBQSxVQUNWLENBQUM7QUFBQSxRQUNMLENBQUM7QUFBQSxNQUNMO0FBQUEsTUFDQSxNQUFNLFFBQVEsS0FBSyxTQUFTLE1BQU07QUFDOUIsWUFBSTtBQUNBLGdCQUFNLEtBQUssU0FBUyxNQUFNLFFBQVEsS0FBSyxFQUFFLEdBQUcsT0FBTztBQUNuRCxpQkFBTyxLQUFLLFNBQVMsTUFBTSxJQUFJO0FBQUEsUUFDbkMsU0FDTyxPQUFPO0FBQ1YsZUFBSyxZQUFZLE9BQU8sR0FBRztBQUMzQixpQkFBTyxRQUFRLE9BQU8sS0FBSztBQUFBLFFBQy9CO0FBQUEsTUFDSjtBQUFBLE1BQ0EsWUFBWSxPQUFPLEtBQUs7QUFDcEIsYUFBSztBQUNMLGFBQUssVUFBVSxPQUFPLEtBQUssS0FBSyxVQUFVO0FBQUEsTUFDOUM7QUFBQSxNQUNBLE1BQU07QUFDRixhQUFLLFNBQVMsSUFBSTtBQUFBLE1BQ3RCO0FBQUEsSUFDSjtBQUNBLElBQUFILFNBQVEsK0JBQStCO0FBQUE7QUFBQTs7O0FDNUp2QztBQUFBLDREQUFBSSxVQUFBO0FBQUE7QUFLQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELElBQUFBLFNBQVEsd0JBQXdCO0FBQ2hDLFFBQU0sS0FBSztBQUNYLFFBQU0sS0FBSztBQUNYLFFBQU0sT0FBTztBQUNiLFFBQU0sd0JBQU4sTUFBNEI7QUFBQSxNQUN4QjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQSxZQUFZLFdBQVcsU0FBUztBQUM1QixhQUFLLFlBQVk7QUFDakIsYUFBSyxVQUFVLENBQUM7QUFDaEIsYUFBSyxlQUFlO0FBQUEsTUFDeEI7QUFBQSxNQUNBLElBQUksV0FBVztBQUNYLGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUEsTUFDQSxPQUFPLE9BQU87QUFDVixjQUFNLFdBQVcsT0FBTyxVQUFVLFdBQVcsS0FBSyxXQUFXLE9BQU8sS0FBSyxTQUFTLElBQUk7QUFDdEYsYUFBSyxRQUFRLEtBQUssUUFBUTtBQUMxQixhQUFLLGdCQUFnQixTQUFTO0FBQUEsTUFDbEM7QUFBQSxNQUNBLGVBQWUsZ0JBQWdCLE9BQU87QUFDbEMsWUFBSSxLQUFLLFFBQVEsV0FBVyxHQUFHO0FBQzNCLGlCQUFPO0FBQUEsUUFDWDtBQUNBLFlBQUksUUFBUTtBQUNaLFlBQUksYUFBYTtBQUNqQixZQUFJLFNBQVM7QUFDYixZQUFJLGlCQUFpQjtBQUNyQixZQUFLLFFBQU8sYUFBYSxLQUFLLFFBQVEsUUFBUTtBQUMxQyxnQkFBTSxRQUFRLEtBQUssUUFBUSxVQUFVO0FBQ3JDLG1CQUFTO0FBQ1QsaUJBQU8sU0FBUyxNQUFNLFFBQVE7QUFDMUIsa0JBQU0sUUFBUSxNQUFNLE1BQU07QUFDMUIsb0JBQVEsT0FBTztBQUFBLGNBQ1gsS0FBSztBQUNELHdCQUFRLE9BQU87QUFBQSxrQkFDWCxLQUFLO0FBQ0QsNEJBQVE7QUFDUjtBQUFBLGtCQUNKLEtBQUs7QUFDRCw0QkFBUTtBQUNSO0FBQUEsa0JBQ0o7QUFDSSw0QkFBUTtBQUFBLGdCQUNoQjtBQUNBO0FBQUEsY0FDSixLQUFLO0FBQ0Qsd0JBQVEsT0FBTztBQUFBLGtCQUNYLEtBQUs7QUFDRCw0QkFBUTtBQUNSO0FBQUEsa0JBQ0osS0FBSztBQUNELDRCQUFRO0FBQ1I7QUFDQSwwQkFBTTtBQUFBLGtCQUNWO0FBQ0ksNEJBQVE7QUFBQSxnQkFDaEI7QUFDQTtBQUFBLGNBQ0o7QUFDSSx3QkFBUTtBQUFBLFlBQ2hCO0FBQ0E7QUFBQSxVQUNKO0FBQ0EsNEJBQWtCLE1BQU07QUFDeEI7QUFBQSxRQUNKO0FBQ0EsWUFBSSxVQUFVLEdBQUc7QUFDYixpQkFBTztBQUFBLFFBQ1g7QUFHQSxjQUFNLFNBQVMsS0FBSyxNQUFNLGlCQUFpQixNQUFNO0FBQ2pELGNBQU0sU0FBUyxvQkFBSSxJQUFJO0FBQ3ZCLGNBQU0sVUFBVSxLQUFLLFNBQVMsUUFBUSxPQUFPLEVBQUUsTUFBTSxJQUFJO0FBQ3pELFlBQUksUUFBUSxTQUFTLEdBQUc7QUFDcEIsaUJBQU87QUFBQSxRQUNYO0FBQ0EsaUJBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxTQUFTLEdBQUcsS0FBSztBQUN6QyxnQkFBTSxTQUFTLFFBQVEsQ0FBQztBQUN4QixnQkFBTSxRQUFRLE9BQU8sUUFBUSxHQUFHO0FBQ2hDLGNBQUksVUFBVSxJQUFJO0FBQ2Qsa0JBQU0sSUFBSSxNQUFNO0FBQUEsRUFBeUQsTUFBTSxFQUFFO0FBQUEsVUFDckY7QUFDQSxnQkFBTSxNQUFNLE9BQU8sT0FBTyxHQUFHLEtBQUs7QUFDbEMsZ0JBQU0sUUFBUSxPQUFPLE9BQU8sUUFBUSxDQUFDLEVBQUUsS0FBSztBQUM1QyxpQkFBTyxJQUFJLGdCQUFnQixJQUFJLFlBQVksSUFBSSxLQUFLLEtBQUs7QUFBQSxRQUM3RDtBQUNBLGVBQU87QUFBQSxNQUNYO0FBQUEsTUFDQSxZQUFZLFFBQVE7QUFDaEIsWUFBSSxLQUFLLGVBQWUsUUFBUTtBQUM1QixpQkFBTztBQUFBLFFBQ1g7QUFDQSxlQUFPLEtBQUssTUFBTSxNQUFNO0FBQUEsTUFDNUI7QUFBQSxNQUNBLElBQUksZ0JBQWdCO0FBQ2hCLGVBQU8sS0FBSztBQUFBLE1BQ2hCO0FBQUEsTUFDQSxNQUFNLFdBQVc7QUFDYixZQUFJLGNBQWMsR0FBRztBQUNqQixpQkFBTyxLQUFLLFlBQVk7QUFBQSxRQUM1QjtBQUNBLFlBQUksWUFBWSxLQUFLLGNBQWM7QUFDL0IsZ0JBQU0sSUFBSSxNQUFNLDRCQUE0QjtBQUFBLFFBQ2hEO0FBQ0EsWUFBSSxLQUFLLFFBQVEsQ0FBQyxFQUFFLGVBQWUsV0FBVztBQUUxQyxnQkFBTSxRQUFRLEtBQUssUUFBUSxDQUFDO0FBQzVCLGVBQUssUUFBUSxNQUFNO0FBQ25CLGVBQUssZ0JBQWdCO0FBQ3JCLGlCQUFPLEtBQUssU0FBUyxLQUFLO0FBQUEsUUFDOUI7QUFDQSxZQUFJLEtBQUssUUFBUSxDQUFDLEVBQUUsYUFBYSxXQUFXO0FBRXhDLGdCQUFNLFFBQVEsS0FBSyxRQUFRLENBQUM7QUFDNUIsZ0JBQU1DLFVBQVMsS0FBSyxTQUFTLE9BQU8sU0FBUztBQUM3QyxlQUFLLFFBQVEsQ0FBQyxJQUFJLE1BQU0sTUFBTSxTQUFTO0FBQ3ZDLGVBQUssZ0JBQWdCO0FBQ3JCLGlCQUFPQTtBQUFBLFFBQ1g7QUFDQSxjQUFNLFNBQVMsS0FBSyxZQUFZLFNBQVM7QUFDekMsWUFBSSxlQUFlO0FBQ25CLGNBQU0sYUFBYTtBQUNuQixlQUFPLFlBQVksR0FBRztBQUNsQixnQkFBTSxRQUFRLEtBQUssUUFBUSxVQUFVO0FBQ3JDLGNBQUksTUFBTSxhQUFhLFdBQVc7QUFFOUIsa0JBQU0sWUFBWSxNQUFNLE1BQU0sR0FBRyxTQUFTO0FBQzFDLG1CQUFPLElBQUksV0FBVyxZQUFZO0FBQ2xDLDRCQUFnQjtBQUNoQixpQkFBSyxRQUFRLFVBQVUsSUFBSSxNQUFNLE1BQU0sU0FBUztBQUNoRCxpQkFBSyxnQkFBZ0I7QUFDckIseUJBQWE7QUFBQSxVQUNqQixPQUNLO0FBRUQsbUJBQU8sSUFBSSxPQUFPLFlBQVk7QUFDOUIsNEJBQWdCLE1BQU07QUFDdEIsaUJBQUssUUFBUSxNQUFNO0FBQ25CLGlCQUFLLGdCQUFnQixNQUFNO0FBQzNCLHlCQUFhLE1BQU07QUFBQSxVQUN2QjtBQUFBLFFBQ0o7QUFDQSxlQUFPO0FBQUEsTUFDWDtBQUFBLElBQ0o7QUFDQSxJQUFBRCxTQUFRLHdCQUF3QjtBQUFBO0FBQUE7OztBQzFKaEM7QUFBQSx5REFBQUUsVUFBQTtBQUFBO0FBTUEsUUFBSSxrQkFBbUJBLFlBQVFBLFNBQUssb0JBQXFCLE9BQU8sVUFBVSxTQUFTLEdBQUcsR0FBRyxHQUFHLElBQUk7QUFDNUYsVUFBSSxPQUFPLE9BQVcsTUFBSztBQUMzQixVQUFJLE9BQU8sT0FBTyx5QkFBeUIsR0FBRyxDQUFDO0FBQy9DLFVBQUksQ0FBQyxTQUFTLFNBQVMsT0FBTyxDQUFDLEVBQUUsYUFBYSxLQUFLLFlBQVksS0FBSyxlQUFlO0FBQ2pGLGVBQU8sRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFXO0FBQUUsaUJBQU8sRUFBRSxDQUFDO0FBQUEsUUFBRyxFQUFFO0FBQUEsTUFDOUQ7QUFDQSxhQUFPLGVBQWUsR0FBRyxJQUFJLElBQUk7QUFBQSxJQUNyQyxNQUFNLFNBQVMsR0FBRyxHQUFHLEdBQUcsSUFBSTtBQUN4QixVQUFJLE9BQU8sT0FBVyxNQUFLO0FBQzNCLFFBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQ2Y7QUFDQSxRQUFJLHFCQUFzQkEsWUFBUUEsU0FBSyx1QkFBd0IsT0FBTyxVQUFVLFNBQVMsR0FBRyxHQUFHO0FBQzNGLGFBQU8sZUFBZSxHQUFHLFdBQVcsRUFBRSxZQUFZLE1BQU0sT0FBTyxFQUFFLENBQUM7QUFBQSxJQUN0RSxLQUFLLFNBQVMsR0FBRyxHQUFHO0FBQ2hCLFFBQUUsU0FBUyxJQUFJO0FBQUEsSUFDbkI7QUFDQSxRQUFJLGVBQWdCQSxZQUFRQSxTQUFLLGdCQUFrQiw0QkFBWTtBQUMzRCxVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3RCLGtCQUFVLE9BQU8sdUJBQXVCLFNBQVVDLElBQUc7QUFDakQsY0FBSSxLQUFLLENBQUM7QUFDVixtQkFBUyxLQUFLQSxHQUFHLEtBQUksT0FBTyxVQUFVLGVBQWUsS0FBS0EsSUFBRyxDQUFDLEVBQUcsSUFBRyxHQUFHLE1BQU0sSUFBSTtBQUNqRixpQkFBTztBQUFBLFFBQ1g7QUFDQSxlQUFPLFFBQVEsQ0FBQztBQUFBLE1BQ3BCO0FBQ0EsYUFBTyxTQUFVLEtBQUs7QUFDbEIsWUFBSSxPQUFPLElBQUksV0FBWSxRQUFPO0FBQ2xDLFlBQUksU0FBUyxDQUFDO0FBQ2QsWUFBSSxPQUFPO0FBQU0sbUJBQVMsSUFBSSxRQUFRLEdBQUcsR0FBRyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsSUFBSyxLQUFJLEVBQUUsQ0FBQyxNQUFNLFVBQVcsaUJBQWdCLFFBQVEsS0FBSyxFQUFFLENBQUMsQ0FBQztBQUFBO0FBQy9ILDJCQUFtQixRQUFRLEdBQUc7QUFDOUIsZUFBTztBQUFBLE1BQ1g7QUFBQSxJQUNKLEdBQUc7QUFDSCxRQUFJLGtCQUFtQkQsWUFBUUEsU0FBSyxtQkFBb0IsU0FBVSxLQUFLO0FBQ25FLGFBQVEsT0FBTyxJQUFJLGFBQWMsTUFBTSxFQUFFLFdBQVcsSUFBSTtBQUFBLElBQzVEO0FBQ0EsV0FBTyxlQUFlQSxVQUFTLGNBQWMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM1RCxJQUFBQSxTQUFRLG9CQUFvQkEsU0FBUSxrQkFBa0JBLFNBQVEsdUJBQXVCQSxTQUFRLDZCQUE2QkEsU0FBUSwrQkFBK0JBLFNBQVEsc0NBQXNDQSxTQUFRLGlDQUFpQ0EsU0FBUSxxQkFBcUJBLFNBQVEsa0JBQWtCQSxTQUFRLG1CQUFtQkEsU0FBUSx1QkFBdUJBLFNBQVEsdUJBQXVCQSxTQUFRLGNBQWNBLFNBQVEsY0FBY0EsU0FBUSxhQUFhQSxTQUFRLFFBQVFBLFNBQVEsYUFBYUEsU0FBUSxlQUFlQSxTQUFRLGdCQUFnQjtBQUM3aEIsSUFBQUEsU0FBUSwwQkFBMEJFO0FBQ2xDLFFBQU0sUUFBUSxnQkFBZ0IsYUFBZ0I7QUFDOUMsUUFBTSxLQUFLLGFBQWEsWUFBZTtBQUN2QyxRQUFNLGFBQWE7QUFDbkIsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sV0FBVztBQUNqQixRQUFNLGlCQUFpQjtBQUN2QixRQUFJO0FBQ0osS0FBQyxTQUFVQyxxQkFBb0I7QUFDM0IsTUFBQUEsb0JBQW1CLE9BQU8sSUFBSSxXQUFXLGlCQUFpQixpQkFBaUI7QUFBQSxJQUMvRSxHQUFHLHVCQUF1QixxQkFBcUIsQ0FBQyxFQUFFO0FBQ2xELFFBQUk7QUFDSixLQUFDLFNBQVVDLGdCQUFlO0FBQ3RCLGVBQVMsR0FBRyxPQUFPO0FBQ2YsZUFBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVU7QUFBQSxNQUN6RDtBQUNBLE1BQUFBLGVBQWMsS0FBSztBQUFBLElBQ3ZCLEdBQUcsa0JBQWtCSixTQUFRLGdCQUFnQixnQkFBZ0IsQ0FBQyxFQUFFO0FBQ2hFLFFBQUk7QUFDSixLQUFDLFNBQVVLLHVCQUFzQjtBQUM3QixNQUFBQSxzQkFBcUIsT0FBTyxJQUFJLFdBQVcsaUJBQWlCLFlBQVk7QUFBQSxJQUM1RSxHQUFHLHlCQUF5Qix1QkFBdUIsQ0FBQyxFQUFFO0FBQ3RELFFBQU0sZUFBTixNQUFtQjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsTUFLZjtBQUFBLE1BQ0E7QUFBQSxNQUNBLGNBQWM7QUFBQSxNQUNkO0FBQUEsSUFDSjtBQUNBLElBQUFMLFNBQVEsZUFBZTtBQUN2QixRQUFJO0FBQ0osS0FBQyxTQUFVTSxxQkFBb0I7QUFDM0IsZUFBUyxHQUFHLE9BQU87QUFDZixlQUFPLEdBQUcsS0FBSyxLQUFLO0FBQUEsTUFDeEI7QUFDQSxNQUFBQSxvQkFBbUIsS0FBSztBQUFBLElBQzVCLEdBQUcsdUJBQXVCLHFCQUFxQixDQUFDLEVBQUU7QUFDbEQsSUFBQU4sU0FBUSxhQUFhLE9BQU8sT0FBTztBQUFBLE1BQy9CLE9BQU8sTUFBTTtBQUFBLE1BQUU7QUFBQSxNQUNmLE1BQU0sTUFBTTtBQUFBLE1BQUU7QUFBQSxNQUNkLE1BQU0sTUFBTTtBQUFBLE1BQUU7QUFBQSxNQUNkLEtBQUssTUFBTTtBQUFBLE1BQUU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsUUFBSTtBQUNKLEtBQUMsU0FBVU8sUUFBTztBQUNkLE1BQUFBLE9BQU1BLE9BQU0sS0FBSyxJQUFJLENBQUMsSUFBSTtBQUMxQixNQUFBQSxPQUFNQSxPQUFNLFVBQVUsSUFBSSxDQUFDLElBQUk7QUFDL0IsTUFBQUEsT0FBTUEsT0FBTSxTQUFTLElBQUksQ0FBQyxJQUFJO0FBQzlCLE1BQUFBLE9BQU1BLE9BQU0sU0FBUyxJQUFJLENBQUMsSUFBSTtBQUFBLElBQ2xDLEdBQUcsVUFBVVAsU0FBUSxRQUFRLFFBQVEsQ0FBQyxFQUFFO0FBQ3hDLFFBQUk7QUFDSixLQUFDLFNBQVVRLGFBQVk7QUFJbkIsTUFBQUEsWUFBVyxNQUFNO0FBSWpCLE1BQUFBLFlBQVcsV0FBVztBQUl0QixNQUFBQSxZQUFXLFVBQVU7QUFJckIsTUFBQUEsWUFBVyxVQUFVO0FBQUEsSUFDekIsR0FBRyxlQUFlUixTQUFRLGFBQWEsYUFBYSxDQUFDLEVBQUU7QUFJdkQsSUFBQUEsU0FBUSxjQUFjO0FBQ3RCLEtBQUMsU0FBVU8sUUFBTztBQUNkLGVBQVMsV0FBVyxPQUFPO0FBQ3ZCLFlBQUksQ0FBQyxHQUFHLE9BQU8sS0FBSyxHQUFHO0FBQ25CLGlCQUFPQSxPQUFNO0FBQUEsUUFDakI7QUFDQSxnQkFBUSxNQUFNLFlBQVk7QUFDMUIsZ0JBQVEsT0FBTztBQUFBLFVBQ1gsS0FBSztBQUNELG1CQUFPQSxPQUFNO0FBQUEsVUFDakIsS0FBSztBQUNELG1CQUFPQSxPQUFNO0FBQUEsVUFDakIsS0FBSztBQUNELG1CQUFPQSxPQUFNO0FBQUEsVUFDakIsS0FBSztBQUNELG1CQUFPQSxPQUFNO0FBQUEsVUFDakI7QUFDSSxtQkFBT0EsT0FBTTtBQUFBLFFBQ3JCO0FBQUEsTUFDSjtBQUNBLE1BQUFBLE9BQU0sYUFBYTtBQUNuQixlQUFTLFNBQVMsT0FBTztBQUNyQixnQkFBUSxPQUFPO0FBQUEsVUFDWCxLQUFLQSxPQUFNO0FBQ1AsbUJBQU87QUFBQSxVQUNYLEtBQUtBLE9BQU07QUFDUCxtQkFBTztBQUFBLFVBQ1gsS0FBS0EsT0FBTTtBQUNQLG1CQUFPO0FBQUEsVUFDWCxLQUFLQSxPQUFNO0FBQ1AsbUJBQU87QUFBQSxVQUNYO0FBQ0ksbUJBQU87QUFBQSxRQUNmO0FBQUEsTUFDSjtBQUNBLE1BQUFBLE9BQU0sV0FBVztBQUFBLElBQ3JCLEdBQUcsVUFBVVAsU0FBUSxRQUFRLFFBQVEsQ0FBQyxFQUFFO0FBQ3hDLFFBQUk7QUFDSixLQUFDLFNBQVVTLGNBQWE7QUFDcEIsTUFBQUEsYUFBWSxNQUFNLElBQUk7QUFDdEIsTUFBQUEsYUFBWSxNQUFNLElBQUk7QUFBQSxJQUMxQixHQUFHLGdCQUFnQlQsU0FBUSxjQUFjLGNBQWMsQ0FBQyxFQUFFO0FBQzFELEtBQUMsU0FBVVMsY0FBYTtBQUNwQixlQUFTLFdBQVcsT0FBTztBQUN2QixZQUFJLENBQUMsR0FBRyxPQUFPLEtBQUssR0FBRztBQUNuQixpQkFBT0EsYUFBWTtBQUFBLFFBQ3ZCO0FBQ0EsZ0JBQVEsTUFBTSxZQUFZO0FBQzFCLFlBQUksVUFBVSxRQUFRO0FBQ2xCLGlCQUFPQSxhQUFZO0FBQUEsUUFDdkIsT0FDSztBQUNELGlCQUFPQSxhQUFZO0FBQUEsUUFDdkI7QUFBQSxNQUNKO0FBQ0EsTUFBQUEsYUFBWSxhQUFhO0FBQUEsSUFDN0IsR0FBRyxnQkFBZ0JULFNBQVEsY0FBYyxjQUFjLENBQUMsRUFBRTtBQUMxRCxRQUFJO0FBQ0osS0FBQyxTQUFVVSx1QkFBc0I7QUFDN0IsTUFBQUEsc0JBQXFCLE9BQU8sSUFBSSxXQUFXLGlCQUFpQixZQUFZO0FBQUEsSUFDNUUsR0FBRyx5QkFBeUJWLFNBQVEsdUJBQXVCLHVCQUF1QixDQUFDLEVBQUU7QUFDckYsUUFBSTtBQUNKLEtBQUMsU0FBVVcsdUJBQXNCO0FBQzdCLE1BQUFBLHNCQUFxQixPQUFPLElBQUksV0FBVyxpQkFBaUIsWUFBWTtBQUFBLElBQzVFLEdBQUcseUJBQXlCWCxTQUFRLHVCQUF1Qix1QkFBdUIsQ0FBQyxFQUFFO0FBQ3JGLFFBQUk7QUFDSixLQUFDLFNBQVVZLG1CQUFrQjtBQUl6QixNQUFBQSxrQkFBaUJBLGtCQUFpQixRQUFRLElBQUksQ0FBQyxJQUFJO0FBSW5ELE1BQUFBLGtCQUFpQkEsa0JBQWlCLFVBQVUsSUFBSSxDQUFDLElBQUk7QUFJckQsTUFBQUEsa0JBQWlCQSxrQkFBaUIsa0JBQWtCLElBQUksQ0FBQyxJQUFJO0FBQUEsSUFDakUsR0FBRyxxQkFBcUJaLFNBQVEsbUJBQW1CLG1CQUFtQixDQUFDLEVBQUU7QUFDekUsUUFBTSxrQkFBTixNQUFNLHlCQUF3QixNQUFNO0FBQUEsTUFDaEM7QUFBQSxNQUNBLFlBQVksTUFBTSxTQUFTO0FBQ3ZCLGNBQU0sT0FBTztBQUNiLGFBQUssT0FBTztBQUNaLGVBQU8sZUFBZSxNQUFNLGlCQUFnQixTQUFTO0FBQUEsTUFDekQ7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxrQkFBa0I7QUFDMUIsUUFBSTtBQUNKLEtBQUMsU0FBVWEscUJBQW9CO0FBQzNCLGVBQVMsR0FBRyxPQUFPO0FBQ2YsY0FBTSxZQUFZO0FBQ2xCLGVBQU8sYUFBYSxHQUFHLEtBQUssVUFBVSxrQkFBa0I7QUFBQSxNQUM1RDtBQUNBLE1BQUFBLG9CQUFtQixLQUFLO0FBQUEsSUFDNUIsR0FBRyx1QkFBdUJiLFNBQVEscUJBQXFCLHFCQUFxQixDQUFDLEVBQUU7QUFDL0UsUUFBSTtBQUNKLEtBQUMsU0FBVWMsaUNBQWdDO0FBQ3ZDLGVBQVMsR0FBRyxPQUFPO0FBQ2YsY0FBTSxZQUFZO0FBQ2xCLGVBQU8sY0FBYyxVQUFVLFNBQVMsVUFBYSxVQUFVLFNBQVMsU0FBUyxHQUFHLEtBQUssVUFBVSw2QkFBNkIsTUFBTSxVQUFVLFlBQVksVUFBYSxHQUFHLEtBQUssVUFBVSxPQUFPO0FBQUEsTUFDdE07QUFDQSxNQUFBQSxnQ0FBK0IsS0FBSztBQUFBLElBQ3hDLEdBQUcsbUNBQW1DZCxTQUFRLGlDQUFpQyxpQ0FBaUMsQ0FBQyxFQUFFO0FBQ25ILFFBQUk7QUFDSixLQUFDLFNBQVVlLHNDQUFxQztBQUM1QyxlQUFTLEdBQUcsT0FBTztBQUNmLGNBQU0sWUFBWTtBQUNsQixlQUFPLGFBQWEsVUFBVSxTQUFTLGFBQWEsR0FBRyxLQUFLLFVBQVUsNkJBQTZCLE1BQU0sVUFBVSxZQUFZLFVBQWEsR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLE1BQ3pLO0FBQ0EsTUFBQUEscUNBQW9DLEtBQUs7QUFBQSxJQUM3QyxHQUFHLHdDQUF3Q2YsU0FBUSxzQ0FBc0Msc0NBQXNDLENBQUMsRUFBRTtBQUNsSSxRQUFJO0FBQ0osS0FBQyxTQUFVZ0IsK0JBQThCO0FBQ3JDLE1BQUFBLDhCQUE2QixVQUFVLE9BQU8sT0FBTztBQUFBLFFBQ2pELDhCQUE4QixHQUFHO0FBQzdCLGlCQUFPLElBQUksZUFBZSx3QkFBd0I7QUFBQSxRQUN0RDtBQUFBLE1BQ0osQ0FBQztBQUNELGVBQVMsR0FBRyxPQUFPO0FBQ2YsZUFBTywrQkFBK0IsR0FBRyxLQUFLLEtBQUssb0NBQW9DLEdBQUcsS0FBSztBQUFBLE1BQ25HO0FBQ0EsTUFBQUEsOEJBQTZCLEtBQUs7QUFBQSxJQUN0QyxHQUFHLGlDQUFpQ2hCLFNBQVEsK0JBQStCLCtCQUErQixDQUFDLEVBQUU7QUFDN0csUUFBSTtBQUNKLEtBQUMsU0FBVWlCLDZCQUE0QjtBQUNuQyxNQUFBQSw0QkFBMkIsVUFBVSxPQUFPLE9BQU87QUFBQSxRQUMvQyxpQkFBaUIsTUFBTSxJQUFJO0FBQ3ZCLGlCQUFPLEtBQUssaUJBQWlCLG1CQUFtQixNQUFNLEVBQUUsR0FBRyxDQUFDO0FBQUEsUUFDaEU7QUFBQSxRQUNBLFFBQVEsR0FBRztBQUFBLFFBQUU7QUFBQSxNQUNqQixDQUFDO0FBQ0QsZUFBUyxHQUFHLE9BQU87QUFDZixjQUFNLFlBQVk7QUFDbEIsZUFBTyxhQUFhLEdBQUcsS0FBSyxVQUFVLGdCQUFnQixLQUFLLEdBQUcsS0FBSyxVQUFVLE9BQU87QUFBQSxNQUN4RjtBQUNBLE1BQUFBLDRCQUEyQixLQUFLO0FBQUEsSUFDcEMsR0FBRywrQkFBK0JqQixTQUFRLDZCQUE2Qiw2QkFBNkIsQ0FBQyxFQUFFO0FBQ3ZHLFFBQUk7QUFDSixLQUFDLFNBQVVrQix1QkFBc0I7QUFDN0IsTUFBQUEsc0JBQXFCLFVBQVUsT0FBTyxPQUFPO0FBQUEsUUFDekMsVUFBVSw2QkFBNkI7QUFBQSxRQUN2QyxRQUFRLDJCQUEyQjtBQUFBLE1BQ3ZDLENBQUM7QUFDRCxlQUFTLEdBQUcsT0FBTztBQUNmLGNBQU0sWUFBWTtBQUNsQixlQUFPLGFBQWEsNkJBQTZCLEdBQUcsVUFBVSxRQUFRLEtBQUssMkJBQTJCLEdBQUcsVUFBVSxNQUFNO0FBQUEsTUFDN0g7QUFDQSxNQUFBQSxzQkFBcUIsS0FBSztBQUFBLElBQzlCLEdBQUcseUJBQXlCbEIsU0FBUSx1QkFBdUIsdUJBQXVCLENBQUMsRUFBRTtBQUNyRixRQUFJO0FBQ0osS0FBQyxTQUFVbUIsa0JBQWlCO0FBQ3hCLGVBQVMsR0FBRyxPQUFPO0FBQ2YsY0FBTSxZQUFZO0FBQ2xCLGVBQU8sYUFBYSxHQUFHLEtBQUssVUFBVSxhQUFhO0FBQUEsTUFDdkQ7QUFDQSxNQUFBQSxpQkFBZ0IsS0FBSztBQUFBLElBQ3pCLEdBQUcsb0JBQW9CbkIsU0FBUSxrQkFBa0Isa0JBQWtCLENBQUMsRUFBRTtBQUN0RSxRQUFJO0FBQ0osS0FBQyxTQUFVb0Isb0JBQW1CO0FBQzFCLGVBQVMsR0FBRyxPQUFPO0FBQ2YsY0FBTSxZQUFZO0FBQ2xCLGVBQU8sY0FDQyxxQkFBcUIsR0FBRyxVQUFVLG9CQUFvQixLQUFLLG1CQUFtQixHQUFHLFVBQVUsa0JBQWtCLEtBQUssZ0JBQWdCLEdBQUcsVUFBVSxlQUFlLEtBQUssR0FBRyxPQUFPLFVBQVUsY0FBYztBQUFBLE1BQ2pOO0FBQ0EsTUFBQUEsbUJBQWtCLEtBQUs7QUFBQSxJQUMzQixHQUFHLHNCQUFzQnBCLFNBQVEsb0JBQW9CLG9CQUFvQixDQUFDLEVBQUU7QUFDNUUsUUFBSTtBQUNKLEtBQUMsU0FBVXFCLGtCQUFpQjtBQUN4QixNQUFBQSxpQkFBZ0JBLGlCQUFnQixLQUFLLElBQUksQ0FBQyxJQUFJO0FBQzlDLE1BQUFBLGlCQUFnQkEsaUJBQWdCLFdBQVcsSUFBSSxDQUFDLElBQUk7QUFDcEQsTUFBQUEsaUJBQWdCQSxpQkFBZ0IsUUFBUSxJQUFJLENBQUMsSUFBSTtBQUNqRCxNQUFBQSxpQkFBZ0JBLGlCQUFnQixVQUFVLElBQUksQ0FBQyxJQUFJO0FBQUEsSUFDdkQsR0FBRyxvQkFBb0Isa0JBQWtCLENBQUMsRUFBRTtBQUM1QyxhQUFTbkIseUJBQXdCLGVBQWUsZUFBZSxTQUFTLFNBQVM7QUFDN0UsWUFBTSxTQUFTLFlBQVksU0FBWSxVQUFVRixTQUFRO0FBQ3pELFVBQUksaUJBQWlCO0FBQ3JCLFVBQUksNkJBQTZCO0FBQ2pDLFVBQUksZ0NBQWdDO0FBQ3BDLFlBQU0sVUFBVTtBQUNoQixZQUFNLGlCQUFpQixTQUFTLGtCQUFrQjtBQUNsRCxVQUFJLFdBQVc7QUFDZixVQUFJLHFCQUFxQjtBQUN6QixZQUFNLGtCQUFrQixvQkFBSSxJQUFJO0FBQ2hDLFVBQUksMEJBQTBCO0FBQzlCLFlBQU0sdUJBQXVCLG9CQUFJLElBQUk7QUFDckMsWUFBTSxtQkFBbUIsb0JBQUksSUFBSTtBQUNqQyxVQUFJO0FBQ0osVUFBSSxlQUFlLElBQUksWUFBWSxVQUFVO0FBQzdDLFVBQUksbUJBQW1CLG9CQUFJLElBQUk7QUFDL0IsVUFBSSx3QkFBd0Isb0JBQUksSUFBSTtBQUNwQyxVQUFJLGdCQUFnQixvQkFBSSxJQUFJO0FBQzVCLFVBQUksUUFBUSxNQUFNO0FBQ2xCLFVBQUksY0FBYyxZQUFZO0FBQzlCLFVBQUk7QUFDSixVQUFJLFFBQVEsZ0JBQWdCO0FBQzVCLFlBQU0sZUFBZSxJQUFJLFNBQVMsUUFBUTtBQUMxQyxZQUFNLGVBQWUsSUFBSSxTQUFTLFFBQVE7QUFDMUMsWUFBTSwrQkFBK0IsSUFBSSxTQUFTLFFBQVE7QUFDMUQsWUFBTSwyQkFBMkIsSUFBSSxTQUFTLFFBQVE7QUFDdEQsWUFBTSxpQkFBaUIsSUFBSSxTQUFTLFFBQVE7QUFDNUMsWUFBTSx1QkFBd0IsV0FBVyxRQUFRLHVCQUF3QixRQUFRLHVCQUF1QixxQkFBcUI7QUFDN0gsZUFBUyxtQkFBbUIsVUFBVTtBQUNsQyxlQUFPO0FBQUEsTUFDWDtBQUNBLGVBQVMsY0FBYztBQUNuQixlQUFPLFVBQVUsZ0JBQWdCO0FBQUEsTUFDckM7QUFDQSxlQUFTLFdBQVc7QUFDaEIsZUFBTyxVQUFVLGdCQUFnQjtBQUFBLE1BQ3JDO0FBQ0EsZUFBUyxhQUFhO0FBQ2xCLGVBQU8sVUFBVSxnQkFBZ0I7QUFBQSxNQUNyQztBQUNBLGVBQVMsZUFBZTtBQUNwQixZQUFJLFVBQVUsZ0JBQWdCLE9BQU8sVUFBVSxnQkFBZ0IsV0FBVztBQUN0RSxrQkFBUSxnQkFBZ0I7QUFDeEIsdUJBQWEsS0FBSyxNQUFTO0FBQUEsUUFDL0I7QUFBQSxNQUVKO0FBQ0EsZUFBUyxpQkFBaUIsT0FBTztBQUM3QixxQkFBYSxLQUFLLENBQUMsT0FBTyxRQUFXLE1BQVMsQ0FBQztBQUFBLE1BQ25EO0FBQ0EsZUFBUyxrQkFBa0IsTUFBTTtBQUM3QixxQkFBYSxLQUFLLElBQUk7QUFBQSxNQUMxQjtBQUNBLG9CQUFjLFFBQVEsWUFBWTtBQUNsQyxvQkFBYyxRQUFRLGdCQUFnQjtBQUN0QyxvQkFBYyxRQUFRLFlBQVk7QUFDbEMsb0JBQWMsUUFBUSxpQkFBaUI7QUFDdkMsZUFBUyxzQkFBc0IsSUFBSTtBQUMvQixZQUFJLE9BQU8sTUFBTTtBQUNiLGdCQUFNLElBQUksTUFBTSwwRUFBMEU7QUFBQSxRQUM5RjtBQUNBLGVBQU8sU0FBUyxHQUFHLFNBQVM7QUFBQSxNQUNoQztBQUNBLGVBQVMsdUJBQXVCLElBQUk7QUFDaEMsWUFBSSxPQUFPLE1BQU07QUFDYixpQkFBTyxrQkFBa0IsRUFBRSwrQkFBK0IsU0FBUztBQUFBLFFBQ3ZFLE9BQ0s7QUFDRCxpQkFBTyxTQUFTLEdBQUcsU0FBUztBQUFBLFFBQ2hDO0FBQUEsTUFDSjtBQUNBLGVBQVMsNkJBQTZCO0FBQ2xDLGVBQU8sVUFBVSxFQUFFLDRCQUE0QixTQUFTO0FBQUEsTUFDNUQ7QUFDQSxlQUFTLGtCQUFrQixPQUFPLFNBQVM7QUFDdkMsWUFBSSxXQUFXLFFBQVEsVUFBVSxPQUFPLEdBQUc7QUFDdkMsZ0JBQU0sSUFBSSxzQkFBc0IsUUFBUSxFQUFFLEdBQUcsT0FBTztBQUFBLFFBQ3hELFdBQ1MsV0FBVyxRQUFRLFdBQVcsT0FBTyxHQUFHO0FBRzdDLGNBQUksbUJBQW1CLElBQUk7QUFDdkIsa0JBQU0sSUFBSSx1QkFBdUIsUUFBUSxFQUFFLEdBQUcsT0FBTztBQUFBLFVBQ3pELE9BQ0s7QUFHRCwyQkFBZSxPQUFPO0FBQUEsVUFDMUI7QUFBQSxRQUNKLE9BQ0s7QUFDRCxnQkFBTSxJQUFJLDJCQUEyQixHQUFHLE9BQU87QUFBQSxRQUNuRDtBQUFBLE1BQ0o7QUFDQSxlQUFTLHNCQUFzQjtBQUMzQixZQUFJLFNBQVMsYUFBYSxTQUFTLEdBQUc7QUFDbEM7QUFBQSxRQUNKO0FBQ0EsWUFBSSxtQkFBbUIsTUFBTSxZQUFZLGdCQUFnQjtBQUNyRDtBQUFBLFFBQ0o7QUFDQSxpQkFBUyxHQUFHLE1BQU0sU0FBUyxFQUFFLE1BQU0sYUFBYSxZQUFZO0FBQ3hELGtCQUFRO0FBQ1IsY0FBSSxhQUFhLFNBQVMsR0FBRztBQUN6QjtBQUFBLFVBQ0o7QUFDQSxjQUFJLG1CQUFtQixNQUFNLFlBQVksZ0JBQWdCO0FBQ3JEO0FBQUEsVUFDSjtBQUNBLGdCQUFNLFVBQVUsYUFBYSxNQUFNO0FBQ25DLGNBQUk7QUFDSixjQUFJO0FBQ0E7QUFDQSxrQkFBTSxrQkFBa0IsU0FBUztBQUNqQyxnQkFBSSxnQkFBZ0IsR0FBRyxlQUFlLEdBQUc7QUFDckMsdUJBQVMsZ0JBQWdCLGNBQWMsU0FBUyxhQUFhO0FBQUEsWUFDakUsT0FDSztBQUNELHVCQUFTLGNBQWMsT0FBTztBQUFBLFlBQ2xDO0FBQUEsVUFDSixTQUNPLE9BQU87QUFDVixtQkFBTyxNQUFNLG9DQUFvQyxNQUFNLFNBQVMsQ0FBQyxFQUFFO0FBQUEsVUFDdkUsVUFDQTtBQUNJLGdCQUFJLGtCQUFrQixTQUFTO0FBSzNCLHFCQUFPLEtBQUssTUFBTTtBQUFBLGNBQ2xCLENBQUMsRUFBRSxNQUFNLENBQUMsVUFBVTtBQUNoQix1QkFBTyxNQUFNLG9DQUFvQyxNQUFNLFNBQVMsQ0FBQyxFQUFFO0FBQUEsY0FDdkUsQ0FBQyxFQUFFLFFBQVEsTUFBTTtBQUNiO0FBQ0Esb0NBQW9CO0FBQUEsY0FDeEIsQ0FBQztBQUFBLFlBQ0wsT0FDSztBQUNEO0FBQUEsWUFDSjtBQUNBLGdDQUFvQjtBQUFBLFVBQ3hCO0FBQUEsUUFDSixDQUFDO0FBQUEsTUFDTDtBQUNBLHFCQUFlLGNBQWMsU0FBUztBQUNsQyxZQUFJLFdBQVcsUUFBUSxVQUFVLE9BQU8sR0FBRztBQUN2QyxpQkFBTyxjQUFjLE9BQU87QUFBQSxRQUNoQyxXQUNTLFdBQVcsUUFBUSxlQUFlLE9BQU8sR0FBRztBQUNqRCxpQkFBTyxtQkFBbUIsT0FBTztBQUFBLFFBQ3JDLFdBQ1MsV0FBVyxRQUFRLFdBQVcsT0FBTyxHQUFHO0FBQzdDLGlCQUFPLGVBQWUsT0FBTztBQUFBLFFBQ2pDLE9BQ0s7QUFDRCxpQkFBTyxxQkFBcUIsT0FBTztBQUFBLFFBQ3ZDO0FBQUEsTUFDSjtBQUNBLFlBQU0sV0FBVyxDQUFDLFlBQVk7QUFDMUIsWUFBSTtBQUdBLGNBQUksV0FBVyxRQUFRLGVBQWUsT0FBTyxLQUFLLFFBQVEsV0FBVyxtQkFBbUIsS0FBSyxRQUFRO0FBQ2pHLGtCQUFNLFdBQVcsUUFBUSxPQUFPO0FBQ2hDLGtCQUFNLE1BQU0sc0JBQXNCLFFBQVE7QUFDMUMsa0JBQU0sV0FBVyxhQUFhLElBQUksR0FBRztBQUNyQyxnQkFBSSxXQUFXLFFBQVEsVUFBVSxRQUFRLEdBQUc7QUFDeEMsb0JBQU0sV0FBVyxTQUFTO0FBQzFCLG9CQUFNLFdBQVksWUFBWSxTQUFTLHFCQUFzQixTQUFTLG1CQUFtQixVQUFVLGtCQUFrQixJQUFJLG1CQUFtQixRQUFRO0FBQ3BKLGtCQUFJLGFBQWEsU0FBUyxVQUFVLFVBQWEsU0FBUyxXQUFXLFNBQVk7QUFDN0UsNkJBQWEsT0FBTyxHQUFHO0FBQ3ZCLDhCQUFjLE9BQU8sUUFBUTtBQUM3Qix5QkFBUyxLQUFLLFNBQVM7QUFDdkIscUNBQXFCLFVBQVUsUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDO0FBQ3pELDhCQUFjLE1BQU0sUUFBUSxFQUFFLE1BQU0sTUFBTSxPQUFPLE1BQU0sK0NBQStDLENBQUM7QUFDdkc7QUFBQSxjQUNKO0FBQUEsWUFDSjtBQUNBLGtCQUFNLG9CQUFvQixjQUFjLElBQUksUUFBUTtBQUVwRCxnQkFBSSxzQkFBc0IsUUFBVztBQUNqQyxnQ0FBa0IsT0FBTztBQUN6Qix3Q0FBMEIsT0FBTztBQUNqQztBQUFBLFlBQ0osT0FDSztBQUdELG9DQUFzQixJQUFJLFFBQVE7QUFBQSxZQUN0QztBQUFBLFVBQ0o7QUFDQSw0QkFBa0IsY0FBYyxPQUFPO0FBQUEsUUFDM0MsVUFDQTtBQUNJLDhCQUFvQjtBQUFBLFFBQ3hCO0FBQUEsTUFDSjtBQUNBLHFCQUFlLGNBQWMsZ0JBQWdCO0FBQ3pDLFlBQUksV0FBVyxHQUFHO0FBR2QsaUJBQU8sUUFBUSxRQUFRO0FBQUEsUUFDM0I7QUFDQSxpQkFBUyxNQUFNLGVBQWUsUUFBUXNCLFlBQVc7QUFDN0MsZ0JBQU0sVUFBVTtBQUFBLFlBQ1osU0FBUztBQUFBLFlBQ1QsSUFBSSxlQUFlO0FBQUEsVUFDdkI7QUFDQSxjQUFJLHlCQUF5QixXQUFXLGVBQWU7QUFDbkQsb0JBQVEsUUFBUSxjQUFjLE9BQU87QUFBQSxVQUN6QyxPQUNLO0FBQ0Qsb0JBQVEsU0FBUyxrQkFBa0IsU0FBWSxPQUFPO0FBQUEsVUFDMUQ7QUFDQSwrQkFBcUIsU0FBUyxRQUFRQSxVQUFTO0FBQy9DLGlCQUFPLGNBQWMsTUFBTSxPQUFPO0FBQUEsUUFDdEM7QUFDQSxpQkFBUyxXQUFXLE9BQU8sUUFBUUEsWUFBVztBQUMxQyxnQkFBTSxVQUFVO0FBQUEsWUFDWixTQUFTO0FBQUEsWUFDVCxJQUFJLGVBQWU7QUFBQSxZQUNuQixPQUFPLE1BQU0sT0FBTztBQUFBLFVBQ3hCO0FBQ0EsK0JBQXFCLFNBQVMsUUFBUUEsVUFBUztBQUMvQyxpQkFBTyxjQUFjLE1BQU0sT0FBTztBQUFBLFFBQ3RDO0FBQ0EsNkJBQXFCLGNBQWM7QUFDbkMsY0FBTSxVQUFVLGdCQUFnQixJQUFJLGVBQWUsTUFBTTtBQUN6RCxZQUFJO0FBQ0osWUFBSTtBQUNKLFlBQUksU0FBUztBQUNULGlCQUFPLFFBQVE7QUFDZiwyQkFBaUIsUUFBUTtBQUFBLFFBQzdCO0FBQ0EsY0FBTSxZQUFZLEtBQUssSUFBSTtBQUMzQixZQUFJLGtCQUFrQixvQkFBb0I7QUFDdEMsZ0JBQU0sV0FBVyxlQUFlLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQztBQUN2RCxnQkFBTSxxQkFBcUIsK0JBQStCLEdBQUcscUJBQXFCLFFBQVEsSUFDcEYscUJBQXFCLFNBQVMsOEJBQThCLFFBQVEsSUFDcEUscUJBQXFCLFNBQVMsOEJBQThCLGNBQWM7QUFDaEYsY0FBSSxlQUFlLE9BQU8sUUFBUSxzQkFBc0IsSUFBSSxlQUFlLEVBQUUsR0FBRztBQUM1RSwrQkFBbUIsT0FBTztBQUFBLFVBQzlCO0FBQ0EsY0FBSSxlQUFlLE9BQU8sTUFBTTtBQUM1QiwwQkFBYyxJQUFJLFVBQVUsa0JBQWtCO0FBQUEsVUFDbEQ7QUFDQSxjQUFJO0FBQ0EsZ0JBQUk7QUFDSixnQkFBSSxnQkFBZ0I7QUFDaEIsa0JBQUksZUFBZSxXQUFXLFFBQVc7QUFDckMsb0JBQUksU0FBUyxVQUFhLEtBQUssbUJBQW1CLEdBQUc7QUFDakQseUJBQU8sV0FBVyxJQUFJLFdBQVcsY0FBYyxXQUFXLFdBQVcsZUFBZSxXQUFXLGVBQWUsTUFBTSxZQUFZLEtBQUssY0FBYyw0QkFBNEIsR0FBRyxlQUFlLFFBQVEsU0FBUztBQUFBLGdCQUN0TjtBQUNBLGdDQUFnQixlQUFlLG1CQUFtQixLQUFLO0FBQUEsY0FDM0QsV0FDUyxNQUFNLFFBQVEsZUFBZSxNQUFNLEdBQUc7QUFDM0Msb0JBQUksU0FBUyxVQUFhLEtBQUssd0JBQXdCLFdBQVcsb0JBQW9CLFFBQVE7QUFDMUYseUJBQU8sV0FBVyxJQUFJLFdBQVcsY0FBYyxXQUFXLFdBQVcsZUFBZSxXQUFXLGVBQWUsTUFBTSxpRUFBaUUsR0FBRyxlQUFlLFFBQVEsU0FBUztBQUFBLGdCQUM1TjtBQUNBLGdDQUFnQixlQUFlLEdBQUcsZUFBZSxRQUFRLG1CQUFtQixLQUFLO0FBQUEsY0FDckYsT0FDSztBQUNELG9CQUFJLFNBQVMsVUFBYSxLQUFLLHdCQUF3QixXQUFXLG9CQUFvQixZQUFZO0FBQzlGLHlCQUFPLFdBQVcsSUFBSSxXQUFXLGNBQWMsV0FBVyxXQUFXLGVBQWUsV0FBVyxlQUFlLE1BQU0saUVBQWlFLEdBQUcsZUFBZSxRQUFRLFNBQVM7QUFBQSxnQkFDNU47QUFDQSxnQ0FBZ0IsZUFBZSxlQUFlLFFBQVEsbUJBQW1CLEtBQUs7QUFBQSxjQUNsRjtBQUFBLFlBQ0osV0FDUyxvQkFBb0I7QUFDekIsOEJBQWdCLG1CQUFtQixlQUFlLFFBQVEsZUFBZSxRQUFRLG1CQUFtQixLQUFLO0FBQUEsWUFDN0c7QUFDQSxrQkFBTSxnQkFBZ0IsTUFBTTtBQUM1QixrQkFBTSxNQUFNLGVBQWUsZUFBZSxRQUFRLFNBQVM7QUFBQSxVQUMvRCxTQUNPLE9BQU87QUFDVixnQkFBSSxpQkFBaUIsV0FBVyxlQUFlO0FBQzNDLG9CQUFNLE1BQU0sT0FBTyxlQUFlLFFBQVEsU0FBUztBQUFBLFlBQ3ZELFdBQ1MsU0FBUyxHQUFHLE9BQU8sTUFBTSxPQUFPLEdBQUc7QUFDeEMsb0JBQU0sV0FBVyxJQUFJLFdBQVcsY0FBYyxXQUFXLFdBQVcsZUFBZSxXQUFXLGVBQWUsTUFBTSx5QkFBeUIsTUFBTSxPQUFPLEVBQUUsR0FBRyxlQUFlLFFBQVEsU0FBUztBQUFBLFlBQ2xNLE9BQ0s7QUFDRCxvQkFBTSxXQUFXLElBQUksV0FBVyxjQUFjLFdBQVcsV0FBVyxlQUFlLFdBQVcsZUFBZSxNQUFNLHFEQUFxRCxHQUFHLGVBQWUsUUFBUSxTQUFTO0FBQUEsWUFDL007QUFBQSxVQUNKLFVBQ0E7QUFDSSwwQkFBYyxPQUFPLFFBQVE7QUFBQSxVQUNqQztBQUFBLFFBQ0osT0FDSztBQUNELGdCQUFNLFdBQVcsSUFBSSxXQUFXLGNBQWMsV0FBVyxXQUFXLGdCQUFnQixvQkFBb0IsZUFBZSxNQUFNLEVBQUUsR0FBRyxlQUFlLFFBQVEsU0FBUztBQUFBLFFBQ3RLO0FBQUEsTUFDSjtBQUNBLGVBQVMsZUFBZSxpQkFBaUI7QUFDckMsWUFBSSxXQUFXLEdBQUc7QUFFZDtBQUFBLFFBQ0o7QUFDQSxZQUFJLGdCQUFnQixPQUFPLE1BQU07QUFDN0IsY0FBSSxnQkFBZ0IsT0FBTztBQUN2QixtQkFBTyxNQUFNO0FBQUEsRUFBcUQsS0FBSyxVQUFVLGdCQUFnQixPQUFPLFFBQVcsQ0FBQyxDQUFDLEVBQUU7QUFBQSxVQUMzSCxPQUNLO0FBQ0QsbUJBQU8sTUFBTSw4RUFBOEU7QUFBQSxVQUMvRjtBQUFBLFFBQ0osT0FDSztBQUNELGdCQUFNLE1BQU0sZ0JBQWdCO0FBQzVCLGdCQUFNLGtCQUFrQixpQkFBaUIsSUFBSSxHQUFHO0FBQ2hELGdDQUFzQixpQkFBaUIsZUFBZTtBQUN0RCxjQUFJLG9CQUFvQixRQUFXO0FBQy9CLDZCQUFpQixPQUFPLEdBQUc7QUFDM0IsZ0JBQUk7QUFDQSxrQkFBSSxnQkFBZ0IsT0FBTztBQUN2QixzQkFBTSxRQUFRLGdCQUFnQjtBQUM5QixnQ0FBZ0IsT0FBTyxJQUFJLFdBQVcsY0FBYyxNQUFNLE1BQU0sTUFBTSxTQUFTLE1BQU0sSUFBSSxDQUFDO0FBQUEsY0FDOUYsV0FDUyxnQkFBZ0IsV0FBVyxRQUFXO0FBQzNDLGdDQUFnQixRQUFRLGdCQUFnQixNQUFNO0FBQUEsY0FDbEQsT0FDSztBQUNELHNCQUFNLElBQUksTUFBTSxzQkFBc0I7QUFBQSxjQUMxQztBQUFBLFlBQ0osU0FDTyxPQUFPO0FBQ1Ysa0JBQUksTUFBTSxTQUFTO0FBQ2YsdUJBQU8sTUFBTSxxQkFBcUIsZ0JBQWdCLE1BQU0sMEJBQTBCLE1BQU0sT0FBTyxFQUFFO0FBQUEsY0FDckcsT0FDSztBQUNELHVCQUFPLE1BQU0scUJBQXFCLGdCQUFnQixNQUFNLHdCQUF3QjtBQUFBLGNBQ3BGO0FBQUEsWUFDSjtBQUFBLFVBQ0o7QUFBQSxRQUNKO0FBQUEsTUFDSjtBQUNBLHFCQUFlLG1CQUFtQixTQUFTO0FBQ3ZDLFlBQUksV0FBVyxHQUFHO0FBRWQ7QUFBQSxRQUNKO0FBQ0EsWUFBSSxPQUFPO0FBQ1gsWUFBSTtBQUNKLFlBQUksUUFBUSxXQUFXLG1CQUFtQixLQUFLLFFBQVE7QUFDbkQsZ0JBQU0sV0FBVyxRQUFRLE9BQU87QUFDaEMsZ0NBQXNCLE9BQU8sUUFBUTtBQUNyQyxvQ0FBMEIsT0FBTztBQUNqQztBQUFBLFFBQ0osT0FDSztBQUNELGdCQUFNLFVBQVUscUJBQXFCLElBQUksUUFBUSxNQUFNO0FBQ3ZELGNBQUksU0FBUztBQUNULGtDQUFzQixRQUFRO0FBQzlCLG1CQUFPLFFBQVE7QUFBQSxVQUNuQjtBQUFBLFFBQ0o7QUFDQSxZQUFJLHVCQUF1Qix5QkFBeUI7QUFDaEQsY0FBSTtBQUNBLHNDQUEwQixPQUFPO0FBQ2pDLGdCQUFJLHFCQUFxQjtBQUNyQixrQkFBSSxRQUFRLFdBQVcsUUFBVztBQUM5QixvQkFBSSxTQUFTLFFBQVc7QUFDcEIsc0JBQUksS0FBSyxtQkFBbUIsS0FBSyxLQUFLLHdCQUF3QixXQUFXLG9CQUFvQixRQUFRO0FBQ2pHLDJCQUFPLE1BQU0sZ0JBQWdCLFFBQVEsTUFBTSxZQUFZLEtBQUssY0FBYyw0QkFBNEI7QUFBQSxrQkFDMUc7QUFBQSxnQkFDSjtBQUNBLHNCQUFNLG9CQUFvQjtBQUFBLGNBQzlCLFdBQ1MsTUFBTSxRQUFRLFFBQVEsTUFBTSxHQUFHO0FBR3BDLHNCQUFNLFNBQVMsUUFBUTtBQUN2QixvQkFBSSxRQUFRLFdBQVcscUJBQXFCLEtBQUssVUFBVSxPQUFPLFdBQVcsS0FBSyxjQUFjLEdBQUcsT0FBTyxDQUFDLENBQUMsR0FBRztBQUMzRyx3QkFBTSxvQkFBb0IsRUFBRSxPQUFPLE9BQU8sQ0FBQyxHQUFHLE9BQU8sT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLGdCQUNwRSxPQUNLO0FBQ0Qsc0JBQUksU0FBUyxRQUFXO0FBQ3BCLHdCQUFJLEtBQUssd0JBQXdCLFdBQVcsb0JBQW9CLFFBQVE7QUFDcEUsNkJBQU8sTUFBTSxnQkFBZ0IsUUFBUSxNQUFNLGlFQUFpRTtBQUFBLG9CQUNoSDtBQUNBLHdCQUFJLEtBQUssbUJBQW1CLFFBQVEsT0FBTyxRQUFRO0FBQy9DLDZCQUFPLE1BQU0sZ0JBQWdCLFFBQVEsTUFBTSxZQUFZLEtBQUssY0FBYyx3QkFBd0IsT0FBTyxNQUFNLFlBQVk7QUFBQSxvQkFDL0g7QUFBQSxrQkFDSjtBQUNBLHdCQUFNLG9CQUFvQixHQUFHLE1BQU07QUFBQSxnQkFDdkM7QUFBQSxjQUNKLE9BQ0s7QUFDRCxvQkFBSSxTQUFTLFVBQWEsS0FBSyx3QkFBd0IsV0FBVyxvQkFBb0IsWUFBWTtBQUM5Rix5QkFBTyxNQUFNLGdCQUFnQixRQUFRLE1BQU0saUVBQWlFO0FBQUEsZ0JBQ2hIO0FBQ0Esc0JBQU0sb0JBQW9CLFFBQVEsTUFBTTtBQUFBLGNBQzVDO0FBQUEsWUFDSixXQUNTLHlCQUF5QjtBQUM5QixvQkFBTSx3QkFBd0IsUUFBUSxRQUFRLFFBQVEsTUFBTTtBQUFBLFlBQ2hFO0FBQUEsVUFDSixTQUNPLE9BQU87QUFDVixnQkFBSSxNQUFNLFNBQVM7QUFDZixxQkFBTyxNQUFNLHlCQUF5QixRQUFRLE1BQU0sMEJBQTBCLE1BQU0sT0FBTyxFQUFFO0FBQUEsWUFDakcsT0FDSztBQUNELHFCQUFPLE1BQU0seUJBQXlCLFFBQVEsTUFBTSx3QkFBd0I7QUFBQSxZQUNoRjtBQUFBLFVBQ0o7QUFBQSxRQUNKLE9BQ0s7QUFDRCx1Q0FBNkIsS0FBSyxPQUFPO0FBQUEsUUFDN0M7QUFBQSxNQUNKO0FBQ0EsZUFBUyxxQkFBcUIsU0FBUztBQUNuQyxZQUFJLENBQUMsU0FBUztBQUNWLGlCQUFPLE1BQU0seUJBQXlCO0FBQ3RDO0FBQUEsUUFDSjtBQUNBLGVBQU8sTUFBTTtBQUFBLEVBQTZFLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFFNUgsY0FBTSxrQkFBa0I7QUFDeEIsWUFBSSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsS0FBSyxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsR0FBRztBQUNoRSxnQkFBTSxNQUFNLGdCQUFnQjtBQUM1QixnQkFBTSxrQkFBa0IsaUJBQWlCLElBQUksR0FBRztBQUNoRCxjQUFJLGlCQUFpQjtBQUNqQiw0QkFBZ0IsT0FBTyxJQUFJLE1BQU0sbUVBQW1FLENBQUM7QUFBQSxVQUN6RztBQUFBLFFBQ0o7QUFBQSxNQUNKO0FBQ0EsZUFBUyxlQUFlLFFBQVE7QUFDNUIsWUFBSSxXQUFXLFVBQWEsV0FBVyxNQUFNO0FBQ3pDLGlCQUFPO0FBQUEsUUFDWDtBQUNBLGdCQUFRLE9BQU87QUFBQSxVQUNYLEtBQUssTUFBTTtBQUNQLG1CQUFPLEtBQUssVUFBVSxRQUFRLE1BQU0sQ0FBQztBQUFBLFVBQ3pDLEtBQUssTUFBTTtBQUNQLG1CQUFPLEtBQUssVUFBVSxNQUFNO0FBQUEsVUFDaEM7QUFDSSxtQkFBTztBQUFBLFFBQ2Y7QUFBQSxNQUNKO0FBQ0EsZUFBUyxvQkFBb0IsU0FBUztBQUNsQyxZQUFJLFVBQVUsTUFBTSxPQUFPLENBQUMsUUFBUTtBQUNoQztBQUFBLFFBQ0o7QUFDQSxZQUFJLGdCQUFnQixZQUFZLE1BQU07QUFDbEMsY0FBSSxPQUFPO0FBQ1gsZUFBSyxVQUFVLE1BQU0sV0FBVyxVQUFVLE1BQU0sWUFBWSxRQUFRLFFBQVE7QUFDeEUsbUJBQU8sV0FBVyxlQUFlLFFBQVEsTUFBTSxDQUFDO0FBQUEsVUFDcEQ7QUFDQSxpQkFBTyxJQUFJLG9CQUFvQixRQUFRLE1BQU0sT0FBTyxRQUFRLEVBQUUsT0FBTyxJQUFJO0FBQUEsUUFDN0UsT0FDSztBQUNELHdCQUFjLGdCQUFnQixPQUFPO0FBQUEsUUFDekM7QUFBQSxNQUNKO0FBQ0EsZUFBUyx5QkFBeUIsU0FBUztBQUN2QyxZQUFJLFVBQVUsTUFBTSxPQUFPLENBQUMsUUFBUTtBQUNoQztBQUFBLFFBQ0o7QUFDQSxZQUFJLGdCQUFnQixZQUFZLE1BQU07QUFDbEMsY0FBSSxPQUFPO0FBQ1gsY0FBSSxVQUFVLE1BQU0sV0FBVyxVQUFVLE1BQU0sU0FBUztBQUNwRCxnQkFBSSxRQUFRLFFBQVE7QUFDaEIscUJBQU8sV0FBVyxlQUFlLFFBQVEsTUFBTSxDQUFDO0FBQUEsWUFDcEQsT0FDSztBQUNELHFCQUFPO0FBQUEsWUFDWDtBQUFBLFVBQ0o7QUFDQSxpQkFBTyxJQUFJLHlCQUF5QixRQUFRLE1BQU0sTUFBTSxJQUFJO0FBQUEsUUFDaEUsT0FDSztBQUNELHdCQUFjLHFCQUFxQixPQUFPO0FBQUEsUUFDOUM7QUFBQSxNQUNKO0FBQ0EsZUFBUyxxQkFBcUIsU0FBUyxRQUFRLFdBQVc7QUFDdEQsWUFBSSxVQUFVLE1BQU0sT0FBTyxDQUFDLFFBQVE7QUFDaEM7QUFBQSxRQUNKO0FBQ0EsWUFBSSxnQkFBZ0IsWUFBWSxNQUFNO0FBQ2xDLGNBQUksT0FBTztBQUNYLGNBQUksVUFBVSxNQUFNLFdBQVcsVUFBVSxNQUFNLFNBQVM7QUFDcEQsZ0JBQUksUUFBUSxTQUFTLFFBQVEsTUFBTSxNQUFNO0FBQ3JDLHFCQUFPLGVBQWUsZUFBZSxRQUFRLE1BQU0sSUFBSSxDQUFDO0FBQUEsWUFDNUQsT0FDSztBQUNELGtCQUFJLFFBQVEsUUFBUTtBQUNoQix1QkFBTyxXQUFXLGVBQWUsUUFBUSxNQUFNLENBQUM7QUFBQSxjQUNwRCxXQUNTLFFBQVEsVUFBVSxRQUFXO0FBQ2xDLHVCQUFPO0FBQUEsY0FDWDtBQUFBLFlBQ0o7QUFBQSxVQUNKO0FBQ0EsZ0JBQU0sUUFBUSxRQUFRLFFBQVEsb0JBQW9CLFFBQVEsTUFBTSxPQUFPLEtBQUssUUFBUSxNQUFNLElBQUksT0FBTztBQUNyRyxpQkFBTyxJQUFJLHFCQUFxQixNQUFNLE9BQU8sUUFBUSxFQUFFLCtCQUErQixLQUFLLElBQUksSUFBSSxTQUFTLE1BQU0sS0FBSyxJQUFJLElBQUk7QUFBQSxRQUNuSSxPQUNLO0FBQ0Qsd0JBQWMsaUJBQWlCLE9BQU87QUFBQSxRQUMxQztBQUFBLE1BQ0o7QUFDQSxlQUFTLHFCQUFxQixTQUFTO0FBQ25DLFlBQUksVUFBVSxNQUFNLE9BQU8sQ0FBQyxRQUFRO0FBQ2hDO0FBQUEsUUFDSjtBQUNBLFlBQUksZ0JBQWdCLFlBQVksTUFBTTtBQUNsQyxjQUFJLE9BQU87QUFDWCxlQUFLLFVBQVUsTUFBTSxXQUFXLFVBQVUsTUFBTSxZQUFZLFFBQVEsUUFBUTtBQUN4RSxtQkFBTyxXQUFXLGVBQWUsUUFBUSxNQUFNLENBQUM7QUFBQSxVQUNwRDtBQUNBLGlCQUFPLElBQUkscUJBQXFCLFFBQVEsTUFBTSxPQUFPLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxRQUM5RSxPQUNLO0FBQ0Qsd0JBQWMsbUJBQW1CLE9BQU87QUFBQSxRQUM1QztBQUFBLE1BQ0o7QUFDQSxlQUFTLDBCQUEwQixTQUFTO0FBQ3hDLFlBQUksVUFBVSxNQUFNLE9BQU8sQ0FBQyxVQUFVLFFBQVEsV0FBVyxxQkFBcUIsS0FBSyxRQUFRO0FBQ3ZGO0FBQUEsUUFDSjtBQUNBLFlBQUksZ0JBQWdCLFlBQVksTUFBTTtBQUNsQyxjQUFJLE9BQU87QUFDWCxjQUFJLFVBQVUsTUFBTSxXQUFXLFVBQVUsTUFBTSxTQUFTO0FBQ3BELGdCQUFJLFFBQVEsUUFBUTtBQUNoQixxQkFBTyxXQUFXLGVBQWUsUUFBUSxNQUFNLENBQUM7QUFBQSxZQUNwRCxPQUNLO0FBQ0QscUJBQU87QUFBQSxZQUNYO0FBQUEsVUFDSjtBQUNBLGlCQUFPLElBQUksMEJBQTBCLFFBQVEsTUFBTSxNQUFNLElBQUk7QUFBQSxRQUNqRSxPQUNLO0FBQ0Qsd0JBQWMsd0JBQXdCLE9BQU87QUFBQSxRQUNqRDtBQUFBLE1BQ0o7QUFDQSxlQUFTLHNCQUFzQixTQUFTLGlCQUFpQjtBQUNyRCxZQUFJLFVBQVUsTUFBTSxPQUFPLENBQUMsUUFBUTtBQUNoQztBQUFBLFFBQ0o7QUFDQSxZQUFJLGdCQUFnQixZQUFZLE1BQU07QUFDbEMsY0FBSSxPQUFPO0FBQ1gsY0FBSSxVQUFVLE1BQU0sV0FBVyxVQUFVLE1BQU0sU0FBUztBQUNwRCxnQkFBSSxRQUFRLFNBQVMsUUFBUSxNQUFNLE1BQU07QUFDckMscUJBQU8sZUFBZSxlQUFlLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFBQSxZQUM1RCxPQUNLO0FBQ0Qsa0JBQUksUUFBUSxRQUFRO0FBQ2hCLHVCQUFPLFdBQVcsZUFBZSxRQUFRLE1BQU0sQ0FBQztBQUFBLGNBQ3BELFdBQ1MsUUFBUSxVQUFVLFFBQVc7QUFDbEMsdUJBQU87QUFBQSxjQUNYO0FBQUEsWUFDSjtBQUFBLFVBQ0o7QUFDQSxjQUFJLGlCQUFpQjtBQUNqQixrQkFBTSxRQUFRLFFBQVEsUUFBUSxvQkFBb0IsUUFBUSxNQUFNLE9BQU8sS0FBSyxRQUFRLE1BQU0sSUFBSSxPQUFPO0FBQ3JHLG1CQUFPLElBQUksc0JBQXNCLGdCQUFnQixNQUFNLE9BQU8sUUFBUSxFQUFFLFNBQVMsS0FBSyxJQUFJLElBQUksZ0JBQWdCLFVBQVUsTUFBTSxLQUFLLElBQUksSUFBSTtBQUFBLFVBQy9JLE9BQ0s7QUFDRCxtQkFBTyxJQUFJLHFCQUFxQixRQUFRLEVBQUUscUNBQXFDLElBQUk7QUFBQSxVQUN2RjtBQUFBLFFBQ0osT0FDSztBQUNELHdCQUFjLG9CQUFvQixPQUFPO0FBQUEsUUFDN0M7QUFBQSxNQUNKO0FBQ0EsZUFBUyxjQUFjLE1BQU0sU0FBUztBQUNsQyxZQUFJLENBQUMsVUFBVSxVQUFVLE1BQU0sS0FBSztBQUNoQztBQUFBLFFBQ0o7QUFDQSxjQUFNLGFBQWE7QUFBQSxVQUNmLGNBQWM7QUFBQSxVQUNkO0FBQUEsVUFDQTtBQUFBLFVBQ0EsV0FBVyxLQUFLLElBQUk7QUFBQSxRQUN4QjtBQUNBLGVBQU8sSUFBSSxVQUFVO0FBQUEsTUFDekI7QUFDQSxlQUFTLDBCQUEwQjtBQUMvQixZQUFJLFNBQVMsR0FBRztBQUNaLGdCQUFNLElBQUksZ0JBQWdCLGlCQUFpQixRQUFRLHVCQUF1QjtBQUFBLFFBQzlFO0FBQ0EsWUFBSSxXQUFXLEdBQUc7QUFDZCxnQkFBTSxJQUFJLGdCQUFnQixpQkFBaUIsVUFBVSx5QkFBeUI7QUFBQSxRQUNsRjtBQUFBLE1BQ0o7QUFDQSxlQUFTLG1CQUFtQjtBQUN4QixZQUFJLFlBQVksR0FBRztBQUNmLGdCQUFNLElBQUksZ0JBQWdCLGlCQUFpQixrQkFBa0IsaUNBQWlDO0FBQUEsUUFDbEc7QUFBQSxNQUNKO0FBQ0EsZUFBUyxzQkFBc0I7QUFDM0IsWUFBSSxDQUFDLFlBQVksR0FBRztBQUNoQixnQkFBTSxJQUFJLE1BQU0sc0JBQXNCO0FBQUEsUUFDMUM7QUFBQSxNQUNKO0FBQ0EsZUFBUyxnQkFBZ0IsT0FBTztBQUM1QixZQUFJLFVBQVUsUUFBVztBQUNyQixpQkFBTztBQUFBLFFBQ1gsT0FDSztBQUNELGlCQUFPO0FBQUEsUUFDWDtBQUFBLE1BQ0o7QUFDQSxlQUFTLGdCQUFnQixPQUFPO0FBQzVCLFlBQUksVUFBVSxNQUFNO0FBQ2hCLGlCQUFPO0FBQUEsUUFDWCxPQUNLO0FBQ0QsaUJBQU87QUFBQSxRQUNYO0FBQUEsTUFDSjtBQUNBLGVBQVMsYUFBYSxPQUFPO0FBQ3pCLGVBQU8sVUFBVSxVQUFhLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssT0FBTyxVQUFVO0FBQUEsTUFDOUY7QUFDQSxlQUFTLG1CQUFtQixxQkFBcUIsT0FBTztBQUNwRCxnQkFBUSxxQkFBcUI7QUFBQSxVQUN6QixLQUFLLFdBQVcsb0JBQW9CO0FBQ2hDLGdCQUFJLGFBQWEsS0FBSyxHQUFHO0FBQ3JCLHFCQUFPLGdCQUFnQixLQUFLO0FBQUEsWUFDaEMsT0FDSztBQUNELHFCQUFPLENBQUMsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLFlBQ2xDO0FBQUEsVUFDSixLQUFLLFdBQVcsb0JBQW9CO0FBQ2hDLGdCQUFJLENBQUMsYUFBYSxLQUFLLEdBQUc7QUFDdEIsb0JBQU0sSUFBSSxNQUFNLGlFQUFpRTtBQUFBLFlBQ3JGO0FBQ0EsbUJBQU8sZ0JBQWdCLEtBQUs7QUFBQSxVQUNoQyxLQUFLLFdBQVcsb0JBQW9CO0FBQ2hDLG1CQUFPLENBQUMsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLFVBQ2xDO0FBQ0ksa0JBQU0sSUFBSSxNQUFNLCtCQUErQixvQkFBb0IsU0FBUyxDQUFDLEVBQUU7QUFBQSxRQUN2RjtBQUFBLE1BQ0o7QUFDQSxlQUFTLHFCQUFxQixNQUFNLFFBQVE7QUFDeEMsWUFBSTtBQUNKLGNBQU0saUJBQWlCLEtBQUs7QUFDNUIsZ0JBQVEsZ0JBQWdCO0FBQUEsVUFDcEIsS0FBSztBQUNELHFCQUFTO0FBQ1Q7QUFBQSxVQUNKLEtBQUs7QUFDRCxxQkFBUyxtQkFBbUIsS0FBSyxxQkFBcUIsT0FBTyxDQUFDLENBQUM7QUFDL0Q7QUFBQSxVQUNKO0FBQ0kscUJBQVMsQ0FBQztBQUNWLHFCQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sVUFBVSxJQUFJLGdCQUFnQixLQUFLO0FBQzFELHFCQUFPLEtBQUssZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFBQSxZQUMxQztBQUNBLGdCQUFJLE9BQU8sU0FBUyxnQkFBZ0I7QUFDaEMsdUJBQVMsSUFBSSxPQUFPLFFBQVEsSUFBSSxnQkFBZ0IsS0FBSztBQUNqRCx1QkFBTyxLQUFLLElBQUk7QUFBQSxjQUNwQjtBQUFBLFlBQ0o7QUFDQTtBQUFBLFFBQ1I7QUFDQSxlQUFPO0FBQUEsTUFDWDtBQUNBLFlBQU0sYUFBYTtBQUFBLFFBQ2Ysa0JBQWtCLENBQUMsU0FBUyxTQUFTO0FBQ2pDLGtDQUF3QjtBQUN4QixjQUFJO0FBQ0osY0FBSTtBQUNKLGNBQUksR0FBRyxPQUFPLElBQUksR0FBRztBQUNqQixxQkFBUztBQUNULGtCQUFNLFFBQVEsS0FBSyxDQUFDO0FBQ3BCLGdCQUFJLGFBQWE7QUFDakIsZ0JBQUksc0JBQXNCLFdBQVcsb0JBQW9CO0FBQ3pELGdCQUFJLFdBQVcsb0JBQW9CLEdBQUcsS0FBSyxHQUFHO0FBQzFDLDJCQUFhO0FBQ2Isb0NBQXNCO0FBQUEsWUFDMUI7QUFDQSxrQkFBTSxXQUFXLEtBQUs7QUFDdEIsa0JBQU0saUJBQWlCLFdBQVc7QUFDbEMsb0JBQVEsZ0JBQWdCO0FBQUEsY0FDcEIsS0FBSztBQUNELGdDQUFnQjtBQUNoQjtBQUFBLGNBQ0osS0FBSztBQUNELGdDQUFnQixtQkFBbUIscUJBQXFCLEtBQUssVUFBVSxDQUFDO0FBQ3hFO0FBQUEsY0FDSjtBQUNJLG9CQUFJLHdCQUF3QixXQUFXLG9CQUFvQixRQUFRO0FBQy9ELHdCQUFNLElBQUksTUFBTSxZQUFZLGNBQWMsNkRBQTZEO0FBQUEsZ0JBQzNHO0FBQ0EsZ0NBQWdCLEtBQUssTUFBTSxZQUFZLFFBQVEsRUFBRSxJQUFJLFdBQVMsZ0JBQWdCLEtBQUssQ0FBQztBQUNwRjtBQUFBLFlBQ1I7QUFBQSxVQUNKLE9BQ0s7QUFDRCxrQkFBTSxTQUFTO0FBQ2YscUJBQVMsS0FBSztBQUNkLDRCQUFnQixxQkFBcUIsTUFBTSxNQUFNO0FBQUEsVUFDckQ7QUFDQSxnQkFBTSxzQkFBc0I7QUFBQSxZQUN4QixTQUFTO0FBQUEsWUFDVDtBQUFBLFlBQ0EsUUFBUTtBQUFBLFVBQ1o7QUFDQSxtQ0FBeUIsbUJBQW1CO0FBQzVDLGlCQUFPLGNBQWMsTUFBTSxtQkFBbUIsRUFBRSxNQUFNLENBQUMsVUFBVTtBQUM3RCxtQkFBTyxNQUFNLDhCQUE4QjtBQUMzQyxrQkFBTTtBQUFBLFVBQ1YsQ0FBQztBQUFBLFFBQ0w7QUFBQSxRQUNBLGdCQUFnQixDQUFDLE1BQU0sWUFBWTtBQUMvQixrQ0FBd0I7QUFDeEIsY0FBSTtBQUNKLGNBQUksR0FBRyxLQUFLLElBQUksR0FBRztBQUNmLHNDQUEwQjtBQUFBLFVBQzlCLFdBQ1MsU0FBUztBQUNkLGdCQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUc7QUFDakIsdUJBQVM7QUFDVCxtQ0FBcUIsSUFBSSxNQUFNLEVBQUUsTUFBTSxRQUFXLFFBQVEsQ0FBQztBQUFBLFlBQy9ELE9BQ0s7QUFDRCx1QkFBUyxLQUFLO0FBQ2QsbUNBQXFCLElBQUksS0FBSyxRQUFRLEVBQUUsTUFBTSxRQUFRLENBQUM7QUFBQSxZQUMzRDtBQUFBLFVBQ0o7QUFDQSxpQkFBTztBQUFBLFlBQ0gsU0FBUyxNQUFNO0FBQ1gsa0JBQUksV0FBVyxRQUFXO0FBQ3RCLG9CQUFJLHFCQUFxQixJQUFJLE1BQU0sR0FBRyxZQUFZLFNBQVM7QUFDdkQsdUNBQXFCLE9BQU8sTUFBTTtBQUFBLGdCQUN0QztBQUFBLGNBQ0osV0FDUyw0QkFBNEIsTUFBTTtBQUN2QywwQ0FBMEI7QUFBQSxjQUM5QjtBQUFBLFlBQ0o7QUFBQSxVQUNKO0FBQUEsUUFDSjtBQUFBLFFBQ0EsWUFBWSxDQUFDLE9BQU8sT0FBTyxZQUFZO0FBQ25DLGNBQUksaUJBQWlCLElBQUksS0FBSyxHQUFHO0FBQzdCLGtCQUFNLElBQUksTUFBTSw4QkFBOEIsS0FBSyxxQkFBcUI7QUFBQSxVQUM1RTtBQUNBLDJCQUFpQixJQUFJLE9BQU8sT0FBTztBQUNuQyxpQkFBTztBQUFBLFlBQ0gsU0FBUyxNQUFNO0FBQ1gsa0JBQUksaUJBQWlCLElBQUksS0FBSyxNQUFNLFNBQVM7QUFDekMsaUNBQWlCLE9BQU8sS0FBSztBQUFBLGNBQ2pDO0FBQUEsWUFDSjtBQUFBLFVBQ0o7QUFBQSxRQUNKO0FBQUEsUUFDQSxjQUFjLENBQUMsT0FBTyxPQUFPLFVBQVU7QUFHbkMsaUJBQU8sV0FBVyxpQkFBaUIscUJBQXFCLE1BQU0sRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUFBLFFBQ2xGO0FBQUEsUUFDQSxxQkFBcUIseUJBQXlCO0FBQUEsUUFDOUMsYUFBYSxDQUFDLFNBQVMsU0FBUztBQUM1QixrQ0FBd0I7QUFDeEIsOEJBQW9CO0FBQ3BCLG1CQUFTLGlCQUFpQkMsYUFBWUMsS0FBSTtBQUN0QyxrQkFBTSxJQUFJLHFCQUFxQixPQUFPLGlCQUFpQkQsYUFBWUMsR0FBRTtBQUNyRSxnQkFBSSxNQUFNLFFBQVc7QUFDakIscUJBQU8sSUFBSSxxRUFBcUVBLEdBQUUsRUFBRTtBQUFBLFlBQ3hGLE9BQ0s7QUFDRCxnQkFBRSxNQUFNLE1BQU07QUFDVix1QkFBTyxJQUFJLHdDQUF3Q0EsR0FBRSxVQUFVO0FBQUEsY0FDbkUsQ0FBQztBQUFBLFlBQ0w7QUFBQSxVQUNKO0FBQ0EsY0FBSTtBQUNKLGNBQUk7QUFDSixjQUFJLFFBQVE7QUFDWixjQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUc7QUFDakIscUJBQVM7QUFDVCxrQkFBTSxRQUFRLEtBQUssQ0FBQztBQUNwQixrQkFBTSxPQUFPLEtBQUssS0FBSyxTQUFTLENBQUM7QUFDakMsZ0JBQUksYUFBYTtBQUNqQixnQkFBSSxzQkFBc0IsV0FBVyxvQkFBb0I7QUFDekQsZ0JBQUksV0FBVyxvQkFBb0IsR0FBRyxLQUFLLEdBQUc7QUFDMUMsMkJBQWE7QUFDYixvQ0FBc0I7QUFBQSxZQUMxQjtBQUNBLGdCQUFJLFdBQVcsS0FBSztBQUNwQixnQkFBSSxlQUFlLGtCQUFrQixHQUFHLElBQUksR0FBRztBQUMzQyx5QkFBVyxXQUFXO0FBQ3RCLHNCQUFRO0FBQUEsWUFDWjtBQUNBLGtCQUFNLGlCQUFpQixXQUFXO0FBQ2xDLG9CQUFRLGdCQUFnQjtBQUFBLGNBQ3BCLEtBQUs7QUFDRCxnQ0FBZ0I7QUFDaEI7QUFBQSxjQUNKLEtBQUs7QUFDRCxnQ0FBZ0IsbUJBQW1CLHFCQUFxQixLQUFLLFVBQVUsQ0FBQztBQUN4RTtBQUFBLGNBQ0o7QUFDSSxvQkFBSSx3QkFBd0IsV0FBVyxvQkFBb0IsUUFBUTtBQUMvRCx3QkFBTSxJQUFJLE1BQU0sWUFBWSxjQUFjLHdEQUF3RDtBQUFBLGdCQUN0RztBQUNBLGdDQUFnQixLQUFLLE1BQU0sWUFBWSxRQUFRLEVBQUUsSUFBSSxXQUFTLGdCQUFnQixLQUFLLENBQUM7QUFDcEY7QUFBQSxZQUNSO0FBQUEsVUFDSixPQUNLO0FBQ0Qsa0JBQU0sU0FBUztBQUNmLHFCQUFTLEtBQUs7QUFDZCw0QkFBZ0IscUJBQXFCLE1BQU0sTUFBTTtBQUNqRCxrQkFBTSxpQkFBaUIsS0FBSztBQUM1QixvQkFBUSxlQUFlLGtCQUFrQixHQUFHLE9BQU8sY0FBYyxDQUFDLElBQUksT0FBTyxjQUFjLElBQUk7QUFBQSxVQUNuRztBQUNBLGdCQUFNLEtBQUs7QUFDWCxjQUFJO0FBQ0osY0FBSSxvQkFBb0I7QUFDeEIsY0FBSSxVQUFVLFFBQVc7QUFDckIsZ0JBQUksTUFBTSx5QkFBeUI7QUFDL0Isa0NBQW9CO0FBQUEsWUFDeEIsT0FDSztBQUNELDJCQUFhLE1BQU0sd0JBQXdCLE1BQU07QUFDN0MsaUNBQWlCLFlBQVksRUFBRTtBQUFBLGNBQ25DLENBQUM7QUFBQSxZQUNMO0FBQUEsVUFDSjtBQUNBLGdCQUFNLGlCQUFpQjtBQUFBLFlBQ25CLFNBQVM7QUFBQSxZQUNUO0FBQUEsWUFDQTtBQUFBLFlBQ0EsUUFBUTtBQUFBLFVBQ1o7QUFDQSw4QkFBb0IsY0FBYztBQUNsQyxjQUFJLE9BQU8scUJBQXFCLE9BQU8sdUJBQXVCLFlBQVk7QUFDdEUsaUNBQXFCLE9BQU8sbUJBQW1CLGNBQWM7QUFBQSxVQUNqRTtBQUVBLGlCQUFPLElBQUksUUFBUSxPQUFPQyxVQUFTLFdBQVc7QUFDMUMsa0JBQU0scUJBQXFCLENBQUMsTUFBTTtBQUM5QixjQUFBQSxTQUFRLENBQUM7QUFDVCxtQ0FBcUIsT0FBTyxRQUFRLEVBQUU7QUFDdEMsMEJBQVksUUFBUTtBQUFBLFlBQ3hCO0FBQ0Esa0JBQU0sb0JBQW9CLENBQUMsTUFBTTtBQUM3QixxQkFBTyxDQUFDO0FBQ1IsbUNBQXFCLE9BQU8sUUFBUSxFQUFFO0FBQ3RDLDBCQUFZLFFBQVE7QUFBQSxZQUN4QjtBQUNBLGtCQUFNLGtCQUFrQixFQUFFLFFBQWdCLFlBQVksS0FBSyxJQUFJLEdBQUcsU0FBUyxvQkFBb0IsUUFBUSxrQkFBa0I7QUFDekgsZ0JBQUk7QUFDQSwrQkFBaUIsSUFBSSxJQUFJLGVBQWU7QUFDeEMsb0JBQU0sY0FBYyxNQUFNLGNBQWM7QUFDeEMsa0JBQUksbUJBQW1CO0FBQ25CLGlDQUFpQixZQUFZLEVBQUU7QUFBQSxjQUNuQztBQUFBLFlBQ0osU0FDTyxPQUFPO0FBR1YsK0JBQWlCLE9BQU8sRUFBRTtBQUMxQiw4QkFBZ0IsT0FBTyxJQUFJLFdBQVcsY0FBYyxXQUFXLFdBQVcsbUJBQW1CLE1BQU0sVUFBVSxNQUFNLFVBQVUsZ0JBQWdCLENBQUM7QUFDOUkscUJBQU8sTUFBTSx5QkFBeUI7QUFBQSxZQUMxQztBQUFBLFVBQ0osQ0FBQztBQUFBLFFBQ0w7QUFBQSxRQUNBLFdBQVcsQ0FBQyxNQUFNLFlBQVk7QUFDMUIsa0NBQXdCO0FBQ3hCLGNBQUksU0FBUztBQUNiLGNBQUksbUJBQW1CLEdBQUcsSUFBSSxHQUFHO0FBQzdCLHFCQUFTO0FBQ1QsaUNBQXFCO0FBQUEsVUFDekIsV0FDUyxHQUFHLE9BQU8sSUFBSSxHQUFHO0FBQ3RCLHFCQUFTO0FBQ1QsZ0JBQUksWUFBWSxRQUFXO0FBQ3ZCLHVCQUFTO0FBQ1QsOEJBQWdCLElBQUksTUFBTSxFQUFFLFNBQWtCLE1BQU0sT0FBVSxDQUFDO0FBQUEsWUFDbkU7QUFBQSxVQUNKLE9BQ0s7QUFDRCxnQkFBSSxZQUFZLFFBQVc7QUFDdkIsdUJBQVMsS0FBSztBQUNkLDhCQUFnQixJQUFJLEtBQUssUUFBUSxFQUFFLE1BQU0sUUFBUSxDQUFDO0FBQUEsWUFDdEQ7QUFBQSxVQUNKO0FBQ0EsaUJBQU87QUFBQSxZQUNILFNBQVMsTUFBTTtBQUNYLGtCQUFJLFdBQVcsTUFBTTtBQUNqQjtBQUFBLGNBQ0o7QUFDQSxrQkFBSSxXQUFXLFFBQVc7QUFDdEIsb0JBQUksZ0JBQWdCLElBQUksTUFBTSxHQUFHLFlBQVksU0FBUztBQUNsRCxrQ0FBZ0IsT0FBTyxNQUFNO0FBQUEsZ0JBQ2pDO0FBQUEsY0FDSixXQUNTLHVCQUF1QixNQUFNO0FBQ2xDLHFDQUFxQjtBQUFBLGNBQ3pCO0FBQUEsWUFDSjtBQUFBLFVBQ0o7QUFBQSxRQUNKO0FBQUEsUUFDQSxvQkFBb0IsTUFBTTtBQUN0QixpQkFBTyxpQkFBaUIsT0FBTztBQUFBLFFBQ25DO0FBQUEsUUFDQSxPQUFPLE9BQU8sUUFBUSxTQUFTLG1DQUFtQztBQUM5RCxjQUFJLG9CQUFvQjtBQUN4QixjQUFJLGVBQWUsWUFBWTtBQUMvQixjQUFJLG1DQUFtQyxRQUFXO0FBQzlDLGdCQUFJLEdBQUcsUUFBUSw4QkFBOEIsR0FBRztBQUM1QyxrQ0FBb0I7QUFBQSxZQUN4QixPQUNLO0FBQ0Qsa0NBQW9CLCtCQUErQixvQkFBb0I7QUFDdkUsNkJBQWUsK0JBQStCLGVBQWUsWUFBWTtBQUFBLFlBQzdFO0FBQUEsVUFDSjtBQUNBLGtCQUFRO0FBQ1Isd0JBQWM7QUFDZCxjQUFJLFVBQVUsTUFBTSxLQUFLO0FBQ3JCLHFCQUFTO0FBQUEsVUFDYixPQUNLO0FBQ0QscUJBQVM7QUFBQSxVQUNiO0FBQ0EsY0FBSSxxQkFBcUIsQ0FBQyxTQUFTLEtBQUssQ0FBQyxXQUFXLEdBQUc7QUFDbkQsa0JBQU0sV0FBVyxpQkFBaUIscUJBQXFCLE1BQU0sRUFBRSxPQUFPLE1BQU0sU0FBUyxNQUFNLEVBQUUsQ0FBQztBQUFBLFVBQ2xHO0FBQUEsUUFDSjtBQUFBLFFBQ0EsU0FBUyxhQUFhO0FBQUEsUUFDdEIsU0FBUyxhQUFhO0FBQUEsUUFDdEIseUJBQXlCLDZCQUE2QjtBQUFBLFFBQ3RELFdBQVcsZUFBZTtBQUFBLFFBQzFCLEtBQUssTUFBTTtBQUNQLHdCQUFjLElBQUk7QUFBQSxRQUN0QjtBQUFBLFFBQ0EsU0FBUyxNQUFNO0FBQ1gsY0FBSSxXQUFXLEdBQUc7QUFDZDtBQUFBLFVBQ0o7QUFDQSxrQkFBUSxnQkFBZ0I7QUFDeEIseUJBQWUsS0FBSyxNQUFTO0FBQzdCLGdCQUFNLFFBQVEsSUFBSSxXQUFXLGNBQWMsV0FBVyxXQUFXLHlCQUF5Qix5REFBeUQ7QUFDbkoscUJBQVcsV0FBVyxpQkFBaUIsT0FBTyxHQUFHO0FBQzdDLG9CQUFRLE9BQU8sS0FBSztBQUFBLFVBQ3hCO0FBQ0EsNkJBQW1CLG9CQUFJLElBQUk7QUFDM0IsMEJBQWdCLG9CQUFJLElBQUk7QUFDeEIsa0NBQXdCLG9CQUFJLElBQUk7QUFDaEMseUJBQWUsSUFBSSxZQUFZLFVBQVU7QUFFekMsY0FBSSxHQUFHLEtBQUssY0FBYyxPQUFPLEdBQUc7QUFDaEMsMEJBQWMsUUFBUTtBQUFBLFVBQzFCO0FBQ0EsY0FBSSxHQUFHLEtBQUssY0FBYyxPQUFPLEdBQUc7QUFDaEMsMEJBQWMsUUFBUTtBQUFBLFVBQzFCO0FBQUEsUUFDSjtBQUFBLFFBQ0EsUUFBUSxNQUFNO0FBQ1Ysa0NBQXdCO0FBQ3hCLDJCQUFpQjtBQUNqQixrQkFBUSxnQkFBZ0I7QUFDeEIsd0JBQWMsT0FBTyxRQUFRO0FBQUEsUUFDakM7QUFBQSxRQUNBLFNBQVMsTUFBTTtBQUNYLFdBQUMsR0FBRyxNQUFNLFNBQVMsRUFBRSxRQUFRLElBQUksU0FBUztBQUFBLFFBQzlDO0FBQUEsTUFDSjtBQUNBLGlCQUFXLGVBQWUscUJBQXFCLE1BQU0sQ0FBQyxXQUFXO0FBQzdELFlBQUksVUFBVSxNQUFNLE9BQU8sQ0FBQyxRQUFRO0FBQ2hDO0FBQUEsUUFDSjtBQUNBLGNBQU0sVUFBVSxVQUFVLE1BQU0sV0FBVyxVQUFVLE1BQU07QUFDM0QsZUFBTyxJQUFJLE9BQU8sU0FBUyxVQUFVLE9BQU8sVUFBVSxNQUFTO0FBQUEsTUFDbkUsQ0FBQztBQUNELGlCQUFXLGVBQWUscUJBQXFCLE1BQU0sT0FBTyxXQUFXO0FBQ25FLGNBQU0sVUFBVSxpQkFBaUIsSUFBSSxPQUFPLEtBQUs7QUFDakQsWUFBSSxTQUFTO0FBQ1QsZ0JBQU0sUUFBUSxPQUFPLEtBQUs7QUFBQSxRQUM5QixPQUNLO0FBQ0QsbUNBQXlCLEtBQUssTUFBTTtBQUFBLFFBQ3hDO0FBQUEsTUFDSixDQUFDO0FBQ0QsYUFBTztBQUFBLElBQ1g7QUFBQTtBQUFBOzs7QUMzdkNBO0FBQUEsa0RBQUFDLFVBQUE7QUFBQTtBQU1BLFFBQUksa0JBQW1CQSxZQUFRQSxTQUFLLG1CQUFvQixTQUFVLEtBQUs7QUFDbkUsYUFBUSxPQUFPLElBQUksYUFBYyxNQUFNLEVBQUUsV0FBVyxJQUFJO0FBQUEsSUFDNUQ7QUFDQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELElBQUFBLFNBQVEsZUFBZUEsU0FBUSxnQkFBZ0JBLFNBQVEsMEJBQTBCQSxTQUFRLGFBQWFBLFNBQVEsb0JBQW9CQSxTQUFRLHFCQUFxQkEsU0FBUSx3QkFBd0JBLFNBQVEsK0JBQStCQSxTQUFRLHdCQUF3QkEsU0FBUSxnQkFBZ0JBLFNBQVEsOEJBQThCQSxTQUFRLHdCQUF3QkEsU0FBUSxnQkFBZ0JBLFNBQVEsOEJBQThCQSxTQUFRLDRCQUE0QkEsU0FBUSxvQkFBb0JBLFNBQVEsMEJBQTBCQSxTQUFRLFVBQVVBLFNBQVEsUUFBUUEsU0FBUSxhQUFhQSxTQUFRLFdBQVdBLFNBQVEsUUFBUUEsU0FBUSxZQUFZQSxTQUFRLHNCQUFzQkEsU0FBUSxvQkFBb0JBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxvQkFBb0JBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxvQkFBb0JBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxvQkFBb0JBLFNBQVEsbUJBQW1CQSxTQUFRLGFBQWFBLFNBQVEsZ0JBQWdCQSxTQUFRLGVBQWVBLFNBQVEsZUFBZUEsU0FBUSxlQUFlQSxTQUFRLGVBQWVBLFNBQVEsZUFBZUEsU0FBUSxlQUFlQSxTQUFRLGVBQWVBLFNBQVEsZUFBZUEsU0FBUSxlQUFlQSxTQUFRLGVBQWVBLFNBQVEsY0FBY0EsU0FBUSxVQUFVQSxTQUFRLE1BQU07QUFDNXdDLElBQUFBLFNBQVEsa0JBQWtCQSxTQUFRLHVCQUF1QkEsU0FBUSw2QkFBNkJBLFNBQVEsc0NBQXNDQSxTQUFRLGlDQUFpQ0EsU0FBUSwrQkFBK0JBLFNBQVEsa0JBQWtCQSxTQUFRLG1CQUFtQkEsU0FBUSx1QkFBdUJBLFNBQVEsdUJBQXVCQSxTQUFRLGNBQWNBLFNBQVEsY0FBY0EsU0FBUSxhQUFhQSxTQUFRLFFBQVE7QUFDaGEsUUFBTSxhQUFhO0FBQ25CLFdBQU8sZUFBZUEsVUFBUyxXQUFXLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQVMsRUFBRSxDQUFDO0FBQy9HLFdBQU8sZUFBZUEsVUFBUyxlQUFlLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQWEsRUFBRSxDQUFDO0FBQ3ZILFdBQU8sZUFBZUEsVUFBUyxnQkFBZ0IsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxXQUFXO0FBQUEsSUFBYyxFQUFFLENBQUM7QUFDekgsV0FBTyxlQUFlQSxVQUFTLGdCQUFnQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFdBQVc7QUFBQSxJQUFjLEVBQUUsQ0FBQztBQUN6SCxXQUFPLGVBQWVBLFVBQVMsZ0JBQWdCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQWMsRUFBRSxDQUFDO0FBQ3pILFdBQU8sZUFBZUEsVUFBUyxnQkFBZ0IsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxXQUFXO0FBQUEsSUFBYyxFQUFFLENBQUM7QUFDekgsV0FBTyxlQUFlQSxVQUFTLGdCQUFnQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFdBQVc7QUFBQSxJQUFjLEVBQUUsQ0FBQztBQUN6SCxXQUFPLGVBQWVBLFVBQVMsZ0JBQWdCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQWMsRUFBRSxDQUFDO0FBQ3pILFdBQU8sZUFBZUEsVUFBUyxnQkFBZ0IsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxXQUFXO0FBQUEsSUFBYyxFQUFFLENBQUM7QUFDekgsV0FBTyxlQUFlQSxVQUFTLGdCQUFnQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFdBQVc7QUFBQSxJQUFjLEVBQUUsQ0FBQztBQUN6SCxXQUFPLGVBQWVBLFVBQVMsZ0JBQWdCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQWMsRUFBRSxDQUFDO0FBQ3pILFdBQU8sZUFBZUEsVUFBUyxnQkFBZ0IsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxXQUFXO0FBQUEsSUFBYyxFQUFFLENBQUM7QUFDekgsV0FBTyxlQUFlQSxVQUFTLGlCQUFpQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFdBQVc7QUFBQSxJQUFlLEVBQUUsQ0FBQztBQUMzSCxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFdBQVc7QUFBQSxJQUFZLEVBQUUsQ0FBQztBQUNySCxXQUFPLGVBQWVBLFVBQVMsb0JBQW9CLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQWtCLEVBQUUsQ0FBQztBQUNqSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMsdUJBQXVCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sV0FBVztBQUFBLElBQXFCLEVBQUUsQ0FBQztBQUN2SSxRQUFNLGNBQWM7QUFDcEIsV0FBTyxlQUFlQSxVQUFTLGFBQWEsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxZQUFZO0FBQUEsSUFBVyxFQUFFLENBQUM7QUFDcEgsV0FBTyxlQUFlQSxVQUFTLFlBQVksRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxZQUFZO0FBQUEsSUFBVSxFQUFFLENBQUM7QUFDbEgsV0FBTyxlQUFlQSxVQUFTLFNBQVMsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxZQUFZO0FBQUEsSUFBTyxFQUFFLENBQUM7QUFDNUcsUUFBTSxlQUFlO0FBQ3JCLFdBQU8sZUFBZUEsVUFBUyxjQUFjLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQVksRUFBRSxDQUFDO0FBQ3ZILFFBQU0sV0FBVztBQUNqQixXQUFPLGVBQWVBLFVBQVMsU0FBUyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFNBQVM7QUFBQSxJQUFPLEVBQUUsQ0FBQztBQUN6RyxXQUFPLGVBQWVBLFVBQVMsV0FBVyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLFNBQVM7QUFBQSxJQUFTLEVBQUUsQ0FBQztBQUM3RyxRQUFNLGlCQUFpQjtBQUN2QixXQUFPLGVBQWVBLFVBQVMsMkJBQTJCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sZUFBZTtBQUFBLElBQXlCLEVBQUUsQ0FBQztBQUNuSixXQUFPLGVBQWVBLFVBQVMscUJBQXFCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sZUFBZTtBQUFBLElBQW1CLEVBQUUsQ0FBQztBQUN2SSxRQUFNLDRCQUE0QjtBQUNsQyxXQUFPLGVBQWVBLFVBQVMsNkJBQTZCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sMEJBQTBCO0FBQUEsSUFBMkIsRUFBRSxDQUFDO0FBQ2xLLFdBQU8sZUFBZUEsVUFBUywrQkFBK0IsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTywwQkFBMEI7QUFBQSxJQUE2QixFQUFFLENBQUM7QUFDdEssUUFBTSxrQkFBa0I7QUFDeEIsV0FBTyxlQUFlQSxVQUFTLGlCQUFpQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGdCQUFnQjtBQUFBLElBQWUsRUFBRSxDQUFDO0FBQ2hJLFdBQU8sZUFBZUEsVUFBUyx5QkFBeUIsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxnQkFBZ0I7QUFBQSxJQUF1QixFQUFFLENBQUM7QUFDaEosV0FBTyxlQUFlQSxVQUFTLCtCQUErQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGdCQUFnQjtBQUFBLElBQTZCLEVBQUUsQ0FBQztBQUM1SixRQUFNLGtCQUFrQjtBQUN4QixXQUFPLGVBQWVBLFVBQVMsaUJBQWlCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sZ0JBQWdCO0FBQUEsSUFBZSxFQUFFLENBQUM7QUFDaEksV0FBTyxlQUFlQSxVQUFTLHlCQUF5QixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGdCQUFnQjtBQUFBLElBQXVCLEVBQUUsQ0FBQztBQUNoSixXQUFPLGVBQWVBLFVBQVMsZ0NBQWdDLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sZ0JBQWdCO0FBQUEsSUFBOEIsRUFBRSxDQUFDO0FBQzlKLFFBQU0sa0JBQWtCO0FBQ3hCLFdBQU8sZUFBZUEsVUFBUyx5QkFBeUIsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxnQkFBZ0I7QUFBQSxJQUF1QixFQUFFLENBQUM7QUFDaEosUUFBTSxlQUFlO0FBQ3JCLFdBQU8sZUFBZUEsVUFBUyxzQkFBc0IsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxhQUFhO0FBQUEsSUFBb0IsRUFBRSxDQUFDO0FBQ3ZJLFdBQU8sZUFBZUEsVUFBUyxxQkFBcUIsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxhQUFhO0FBQUEsSUFBbUIsRUFBRSxDQUFDO0FBQ3JJLFdBQU8sZUFBZUEsVUFBUyxjQUFjLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQVksRUFBRSxDQUFDO0FBQ3ZILFdBQU8sZUFBZUEsVUFBUywyQkFBMkIsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxhQUFhO0FBQUEsSUFBeUIsRUFBRSxDQUFDO0FBQ2pKLFdBQU8sZUFBZUEsVUFBUyxpQkFBaUIsRUFBRSxZQUFZLE1BQU0sS0FBSyxXQUFZO0FBQUUsYUFBTyxhQUFhO0FBQUEsSUFBZSxFQUFFLENBQUM7QUFDN0gsV0FBTyxlQUFlQSxVQUFTLGdCQUFnQixFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGFBQWE7QUFBQSxJQUFjLEVBQUUsQ0FBQztBQUMzSCxXQUFPLGVBQWVBLFVBQVMsU0FBUyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGFBQWE7QUFBQSxJQUFPLEVBQUUsQ0FBQztBQUM3RyxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGFBQWE7QUFBQSxJQUFZLEVBQUUsQ0FBQztBQUN2SCxXQUFPLGVBQWVBLFVBQVMsZUFBZSxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGFBQWE7QUFBQSxJQUFhLEVBQUUsQ0FBQztBQUN6SCxXQUFPLGVBQWVBLFVBQVMsd0JBQXdCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQXNCLEVBQUUsQ0FBQztBQUMzSSxXQUFPLGVBQWVBLFVBQVMsd0JBQXdCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQXNCLEVBQUUsQ0FBQztBQUMzSSxXQUFPLGVBQWVBLFVBQVMsb0JBQW9CLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQWtCLEVBQUUsQ0FBQztBQUNuSSxXQUFPLGVBQWVBLFVBQVMsbUJBQW1CLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQWlCLEVBQUUsQ0FBQztBQUNqSSxXQUFPLGVBQWVBLFVBQVMsZ0NBQWdDLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQThCLEVBQUUsQ0FBQztBQUMzSixXQUFPLGVBQWVBLFVBQVMsa0NBQWtDLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQWdDLEVBQUUsQ0FBQztBQUMvSixXQUFPLGVBQWVBLFVBQVMsdUNBQXVDLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQXFDLEVBQUUsQ0FBQztBQUN6SyxXQUFPLGVBQWVBLFVBQVMsOEJBQThCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQTRCLEVBQUUsQ0FBQztBQUN2SixXQUFPLGVBQWVBLFVBQVMsd0JBQXdCLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQXNCLEVBQUUsQ0FBQztBQUMzSSxXQUFPLGVBQWVBLFVBQVMsbUJBQW1CLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBWTtBQUFFLGFBQU8sYUFBYTtBQUFBLElBQWlCLEVBQUUsQ0FBQztBQUNqSSxXQUFPLGVBQWVBLFVBQVMsZUFBZSxFQUFFLFlBQVksTUFBTSxLQUFLLFdBQVk7QUFBRSxhQUFPLGFBQWE7QUFBQSxJQUFhLEVBQUUsQ0FBQztBQUN6SCxRQUFNLFFBQVEsZ0JBQWdCLGFBQWdCO0FBQzlDLElBQUFBLFNBQVEsTUFBTSxNQUFNO0FBQUE7QUFBQTs7O0FDdEZwQjtBQUFBLGdEQUFBQyxVQUFBO0FBQUE7QUFLQSxXQUFPLGVBQWVBLFVBQVMsY0FBYyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzVELFFBQU0sU0FBUyxRQUFRLE1BQU07QUFDN0IsUUFBTSxXQUFXLFFBQVEsUUFBUTtBQUNqQyxRQUFNLFFBQVE7QUFDZCxRQUFNLGdCQUFOLE1BQU0sdUJBQXNCLE1BQU0sc0JBQXNCO0FBQUEsTUFDcEQsT0FBTyxjQUFjLE9BQU8sWUFBWSxDQUFDO0FBQUEsTUFDekMsWUFBWSxXQUFXLFNBQVM7QUFDNUIsY0FBTSxRQUFRO0FBQUEsTUFDbEI7QUFBQSxNQUNBLGNBQWM7QUFDVixlQUFPLGVBQWM7QUFBQSxNQUN6QjtBQUFBLE1BQ0EsV0FBVyxPQUFPLFVBQVU7QUFDeEIsZUFBTyxPQUFPLEtBQUssT0FBTyxRQUFRO0FBQUEsTUFDdEM7QUFBQSxNQUNBLFNBQVMsT0FBTyxVQUFVO0FBQ3RCLFlBQUksaUJBQWlCLFFBQVE7QUFDekIsaUJBQU8sTUFBTSxTQUFTLFFBQVE7QUFBQSxRQUNsQyxPQUNLO0FBQ0QsaUJBQU8sSUFBSSxPQUFPLFlBQVksUUFBUSxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ3hEO0FBQUEsTUFDSjtBQUFBLE1BQ0EsU0FBUyxRQUFRLFFBQVE7QUFDckIsWUFBSSxXQUFXLFFBQVc7QUFDdEIsaUJBQU8sa0JBQWtCLFNBQVMsU0FBUyxPQUFPLEtBQUssTUFBTTtBQUFBLFFBQ2pFLE9BQ0s7QUFDRCxpQkFBTyxrQkFBa0IsU0FBUyxPQUFPLE1BQU0sR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLE9BQU8sU0FBUyxHQUFHLE1BQU0sQ0FBQztBQUFBLFFBQ3RHO0FBQUEsTUFDSjtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGVBQU8sT0FBTyxZQUFZLE1BQU07QUFBQSxNQUNwQztBQUFBLElBQ0o7QUFDQSxRQUFNLHdCQUFOLE1BQTRCO0FBQUEsTUFDeEI7QUFBQSxNQUNBLFlBQVksUUFBUTtBQUNoQixhQUFLLFNBQVM7QUFBQSxNQUNsQjtBQUFBLE1BQ0EsUUFBUSxVQUFVO0FBQ2QsYUFBSyxPQUFPLEdBQUcsU0FBUyxRQUFRO0FBQ2hDLGVBQU8sTUFBTSxXQUFXLE9BQU8sTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTLFFBQVEsQ0FBQztBQUFBLE1BQzNFO0FBQUEsTUFDQSxRQUFRLFVBQVU7QUFDZCxhQUFLLE9BQU8sR0FBRyxTQUFTLFFBQVE7QUFDaEMsZUFBTyxNQUFNLFdBQVcsT0FBTyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVMsUUFBUSxDQUFDO0FBQUEsTUFDM0U7QUFBQSxNQUNBLE1BQU0sVUFBVTtBQUNaLGFBQUssT0FBTyxHQUFHLE9BQU8sUUFBUTtBQUM5QixlQUFPLE1BQU0sV0FBVyxPQUFPLE1BQU0sS0FBSyxPQUFPLElBQUksT0FBTyxRQUFRLENBQUM7QUFBQSxNQUN6RTtBQUFBLE1BQ0EsT0FBTyxVQUFVO0FBQ2IsYUFBSyxPQUFPLEdBQUcsUUFBUSxRQUFRO0FBQy9CLGVBQU8sTUFBTSxXQUFXLE9BQU8sTUFBTSxLQUFLLE9BQU8sSUFBSSxRQUFRLFFBQVEsQ0FBQztBQUFBLE1BQzFFO0FBQUEsSUFDSjtBQUNBLFFBQU0sd0JBQU4sTUFBNEI7QUFBQSxNQUN4QjtBQUFBLE1BQ0EsWUFBWSxRQUFRO0FBQ2hCLGFBQUssU0FBUztBQUFBLE1BQ2xCO0FBQUEsTUFDQSxRQUFRLFVBQVU7QUFDZCxhQUFLLE9BQU8sR0FBRyxTQUFTLFFBQVE7QUFDaEMsZUFBTyxNQUFNLFdBQVcsT0FBTyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVMsUUFBUSxDQUFDO0FBQUEsTUFDM0U7QUFBQSxNQUNBLFFBQVEsVUFBVTtBQUNkLGFBQUssT0FBTyxHQUFHLFNBQVMsUUFBUTtBQUNoQyxlQUFPLE1BQU0sV0FBVyxPQUFPLE1BQU0sS0FBSyxPQUFPLElBQUksU0FBUyxRQUFRLENBQUM7QUFBQSxNQUMzRTtBQUFBLE1BQ0EsTUFBTSxVQUFVO0FBQ1osYUFBSyxPQUFPLEdBQUcsT0FBTyxRQUFRO0FBQzlCLGVBQU8sTUFBTSxXQUFXLE9BQU8sTUFBTSxLQUFLLE9BQU8sSUFBSSxPQUFPLFFBQVEsQ0FBQztBQUFBLE1BQ3pFO0FBQUEsTUFDQSxNQUFNLE1BQU0sVUFBVTtBQUNsQixlQUFPLElBQUksUUFBUSxDQUFDQyxVQUFTLFdBQVc7QUFDcEMsZ0JBQU0sV0FBVyxDQUFDLFVBQVU7QUFDeEIsZ0JBQUksVUFBVSxVQUFhLFVBQVUsTUFBTTtBQUN2QyxjQUFBQSxTQUFRO0FBQUEsWUFDWixPQUNLO0FBQ0QscUJBQU8sS0FBSztBQUFBLFlBQ2hCO0FBQUEsVUFDSjtBQUNBLGNBQUksT0FBTyxTQUFTLFVBQVU7QUFDMUIsaUJBQUssT0FBTyxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsVUFDOUMsT0FDSztBQUNELGlCQUFLLE9BQU8sTUFBTSxNQUFNLFFBQVE7QUFBQSxVQUNwQztBQUFBLFFBQ0osQ0FBQztBQUFBLE1BQ0w7QUFBQSxNQUNBLE1BQU07QUFDRixhQUFLLE9BQU8sSUFBSTtBQUFBLE1BQ3BCO0FBQUEsSUFDSjtBQUNBLFFBQU0sT0FBTyxPQUFPLE9BQU87QUFBQSxNQUN2QixRQUFRLE9BQU8sT0FBTztBQUFBLFFBQ2xCLFlBQVksT0FBTyxHQUFHLFNBQVMsWUFBWTtBQUFBLE1BQy9DLENBQUM7QUFBQSxNQUNELGVBQWUsT0FBTyxPQUFPO0FBQUEsUUFDekIsUUFBUSxDQUFDLGFBQWEsSUFBSSxjQUFjLFFBQVE7QUFBQSxNQUNwRCxDQUFDO0FBQUEsTUFDRCxpQkFBaUIsT0FBTyxPQUFPO0FBQUEsUUFDM0IsU0FBUyxPQUFPLE9BQU87QUFBQSxVQUNuQixNQUFNO0FBQUEsVUFDTixRQUFRLENBQUMsS0FBSyxZQUFZO0FBQ3RCLGdCQUFJO0FBQ0EscUJBQU8sUUFBUSxRQUFRLE9BQU8sS0FBSyxLQUFLLFVBQVUsS0FBSyxRQUFXLENBQUMsR0FBRyxRQUFRLE9BQU8sQ0FBQztBQUFBLFlBQzFGLFNBQ08sS0FBSztBQUNSLHFCQUFPLFFBQVEsT0FBTyxHQUFHO0FBQUEsWUFDN0I7QUFBQSxVQUNKO0FBQUEsUUFDSixDQUFDO0FBQUEsUUFDRCxTQUFTLE9BQU8sT0FBTztBQUFBLFVBQ25CLE1BQU07QUFBQSxVQUNOLFFBQVEsQ0FBQyxRQUFRLFlBQVk7QUFDekIsZ0JBQUk7QUFDQSxrQkFBSSxrQkFBa0IsUUFBUTtBQUMxQix1QkFBTyxRQUFRLFFBQVEsS0FBSyxNQUFNLE9BQU8sU0FBUyxRQUFRLE9BQU8sQ0FBQyxDQUFDO0FBQUEsY0FDdkUsT0FDSztBQUNELHVCQUFPLFFBQVEsUUFBUSxLQUFLLE1BQU0sSUFBSSxPQUFPLFlBQVksUUFBUSxPQUFPLEVBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQztBQUFBLGNBQzdGO0FBQUEsWUFDSixTQUNPLEtBQUs7QUFDUixxQkFBTyxRQUFRLE9BQU8sR0FBRztBQUFBLFlBQzdCO0FBQUEsVUFDSjtBQUFBLFFBQ0osQ0FBQztBQUFBLE1BQ0wsQ0FBQztBQUFBLE1BQ0QsUUFBUSxPQUFPLE9BQU87QUFBQSxRQUNsQixrQkFBa0IsQ0FBQyxXQUFXLElBQUksc0JBQXNCLE1BQU07QUFBQSxRQUM5RCxrQkFBa0IsQ0FBQyxXQUFXLElBQUksc0JBQXNCLE1BQU07QUFBQSxNQUNsRSxDQUFDO0FBQUEsTUFDRDtBQUFBLE1BQ0EsT0FBTyxPQUFPLE9BQU87QUFBQSxRQUNqQixXQUFXLFVBQVUsT0FBTyxNQUFNO0FBQzlCLGdCQUFNLFNBQVMsV0FBVyxVQUFVLElBQUksR0FBRyxJQUFJO0FBQy9DLGlCQUFPLEVBQUUsU0FBUyxNQUFNLGFBQWEsTUFBTSxFQUFFO0FBQUEsUUFDakQ7QUFBQSxRQUNBLGFBQWEsYUFBYSxNQUFNO0FBQzVCLGdCQUFNLFNBQVMsYUFBYSxVQUFVLEdBQUcsSUFBSTtBQUM3QyxpQkFBTyxFQUFFLFNBQVMsTUFBTSxlQUFlLE1BQU0sRUFBRTtBQUFBLFFBQ25EO0FBQUEsUUFDQSxZQUFZLFVBQVUsT0FBTyxNQUFNO0FBQy9CLGdCQUFNLFNBQVMsWUFBWSxVQUFVLElBQUksR0FBRyxJQUFJO0FBQ2hELGlCQUFPLEVBQUUsU0FBUyxNQUFNLGNBQWMsTUFBTSxFQUFFO0FBQUEsUUFDbEQ7QUFBQSxNQUNKLENBQUM7QUFBQSxJQUNMLENBQUM7QUFDRCxhQUFTLE1BQU07QUFDWCxhQUFPO0FBQUEsSUFDWDtBQUNBLEtBQUMsU0FBVUMsTUFBSztBQUNaLGVBQVMsVUFBVTtBQUNmLGNBQU0sSUFBSSxRQUFRLElBQUk7QUFBQSxNQUMxQjtBQUNBLE1BQUFBLEtBQUksVUFBVTtBQUFBLElBQ2xCLEdBQUcsUUFBUSxNQUFNLENBQUMsRUFBRTtBQUNwQixJQUFBRixTQUFRLFVBQVU7QUFBQTtBQUFBOzs7QUN0S2xCO0FBQUEsaURBQUFHLFVBQUE7QUFBQTtBQUNBLFFBQUksa0JBQW1CQSxZQUFRQSxTQUFLLG9CQUFxQixPQUFPLFVBQVUsU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJO0FBQzVGLFVBQUksT0FBTyxPQUFXLE1BQUs7QUFDM0IsVUFBSSxPQUFPLE9BQU8seUJBQXlCLEdBQUcsQ0FBQztBQUMvQyxVQUFJLENBQUMsU0FBUyxTQUFTLE9BQU8sQ0FBQyxFQUFFLGFBQWEsS0FBSyxZQUFZLEtBQUssZUFBZTtBQUNqRixlQUFPLEVBQUUsWUFBWSxNQUFNLEtBQUssV0FBVztBQUFFLGlCQUFPLEVBQUUsQ0FBQztBQUFBLFFBQUcsRUFBRTtBQUFBLE1BQzlEO0FBQ0EsYUFBTyxlQUFlLEdBQUcsSUFBSSxJQUFJO0FBQUEsSUFDckMsTUFBTSxTQUFTLEdBQUcsR0FBRyxHQUFHLElBQUk7QUFDeEIsVUFBSSxPQUFPLE9BQVcsTUFBSztBQUMzQixRQUFFLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUNmO0FBQ0EsUUFBSSxxQkFBc0JBLFlBQVFBLFNBQUssdUJBQXdCLE9BQU8sVUFBVSxTQUFTLEdBQUcsR0FBRztBQUMzRixhQUFPLGVBQWUsR0FBRyxXQUFXLEVBQUUsWUFBWSxNQUFNLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDdEUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNoQixRQUFFLFNBQVMsSUFBSTtBQUFBLElBQ25CO0FBQ0EsUUFBSSxlQUFnQkEsWUFBUUEsU0FBSyxnQkFBa0IsNEJBQVk7QUFDM0QsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN0QixrQkFBVSxPQUFPLHVCQUF1QixTQUFVQyxJQUFHO0FBQ2pELGNBQUksS0FBSyxDQUFDO0FBQ1YsbUJBQVMsS0FBS0EsR0FBRyxLQUFJLE9BQU8sVUFBVSxlQUFlLEtBQUtBLElBQUcsQ0FBQyxFQUFHLElBQUcsR0FBRyxNQUFNLElBQUk7QUFDakYsaUJBQU87QUFBQSxRQUNYO0FBQ0EsZUFBTyxRQUFRLENBQUM7QUFBQSxNQUNwQjtBQUNBLGFBQU8sU0FBVSxLQUFLO0FBQ2xCLFlBQUksT0FBTyxJQUFJLFdBQVksUUFBTztBQUNsQyxZQUFJLFNBQVMsQ0FBQztBQUNkLFlBQUksT0FBTztBQUFNLG1CQUFTLElBQUksUUFBUSxHQUFHLEdBQUcsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssS0FBSSxFQUFFLENBQUMsTUFBTSxVQUFXLGlCQUFnQixRQUFRLEtBQUssRUFBRSxDQUFDLENBQUM7QUFBQTtBQUMvSCwyQkFBbUIsUUFBUSxHQUFHO0FBQzlCLGVBQU87QUFBQSxNQUNYO0FBQUEsSUFDSixHQUFHO0FBQ0gsUUFBSSxlQUFnQkQsWUFBUUEsU0FBSyxnQkFBaUIsU0FBUyxHQUFHQSxVQUFTO0FBQ25FLGVBQVMsS0FBSyxFQUFHLEtBQUksTUFBTSxhQUFhLENBQUMsT0FBTyxVQUFVLGVBQWUsS0FBS0EsVUFBUyxDQUFDLEVBQUcsaUJBQWdCQSxVQUFTLEdBQUcsQ0FBQztBQUFBLElBQzVIO0FBQ0EsUUFBSSxrQkFBbUJBLFlBQVFBLFNBQUssbUJBQW9CLFNBQVUsS0FBSztBQUNuRSxhQUFRLE9BQU8sSUFBSSxhQUFjLE1BQU0sRUFBRSxXQUFXLElBQUk7QUFBQSxJQUM1RDtBQUNBLFdBQU8sZUFBZUEsVUFBUyxjQUFjLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDNUQsSUFBQUEsU0FBUSxzQkFBc0JBLFNBQVEsc0JBQXNCQSxTQUFRLHNCQUFzQkEsU0FBUSxzQkFBc0JBLFNBQVEsb0JBQW9CQSxTQUFRLG9CQUFvQkEsU0FBUSxtQkFBbUJBLFNBQVEsbUJBQW1CO0FBQ3RPLElBQUFBLFNBQVEseUJBQXlCO0FBQ2pDLElBQUFBLFNBQVEsNEJBQTRCO0FBQ3BDLElBQUFBLFNBQVEsNEJBQTRCO0FBQ3BDLElBQUFBLFNBQVEsOEJBQThCO0FBQ3RDLElBQUFBLFNBQVEsOEJBQThCO0FBQ3RDLElBQUFBLFNBQVEsMEJBQTBCRTtBQUtsQyxRQUFNLFFBQVEsZ0JBQWdCLGFBQWdCO0FBRTlDLFVBQU0sUUFBUSxRQUFRO0FBQ3RCLFFBQU0sT0FBTyxhQUFhLFFBQVEsTUFBTSxDQUFDO0FBQ3pDLFFBQU0sS0FBSyxhQUFhLFFBQVEsSUFBSSxDQUFDO0FBQ3JDLFFBQU0sS0FBSyxhQUFhLFFBQVEsSUFBSSxDQUFDO0FBQ3JDLFFBQU0sV0FBVyxRQUFRLFFBQVE7QUFDakMsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixRQUFNLFFBQVE7QUFDZCxpQkFBYSxlQUEwQkYsUUFBTztBQUM5QyxRQUFNLG1CQUFOLGNBQStCLE1BQU0sc0JBQXNCO0FBQUEsTUFDdkQ7QUFBQSxNQUNBLFlBQVlHLFVBQVM7QUFDakIsY0FBTTtBQUNOLGFBQUssVUFBVUE7QUFDZixjQUFNLGVBQWUsS0FBSztBQUMxQixxQkFBYSxHQUFHLFNBQVMsQ0FBQyxVQUFVLEtBQUssVUFBVSxLQUFLLENBQUM7QUFDekQscUJBQWEsR0FBRyxTQUFTLE1BQU0sS0FBSyxVQUFVLENBQUM7QUFBQSxNQUNuRDtBQUFBLE1BQ0EsT0FBTyxVQUFVO0FBQ2IsYUFBSyxRQUFRLEdBQUcsV0FBVyxRQUFRO0FBQ25DLGVBQU8sTUFBTSxXQUFXLE9BQU8sTUFBTSxLQUFLLFFBQVEsSUFBSSxXQUFXLFFBQVEsQ0FBQztBQUFBLE1BQzlFO0FBQUEsSUFDSjtBQUNBLElBQUFILFNBQVEsbUJBQW1CO0FBQzNCLFFBQU0sbUJBQU4sY0FBK0IsTUFBTSxzQkFBc0I7QUFBQSxNQUN2RDtBQUFBLE1BQ0E7QUFBQSxNQUNBLFlBQVlHLFVBQVM7QUFDakIsY0FBTTtBQUNOLGFBQUssVUFBVUE7QUFDZixhQUFLLGFBQWE7QUFDbEIsY0FBTSxlQUFlLEtBQUs7QUFDMUIscUJBQWEsR0FBRyxTQUFTLENBQUMsVUFBVSxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQ3pELHFCQUFhLEdBQUcsU0FBUyxNQUFNLEtBQUssVUFBVSxDQUFDO0FBQUEsTUFDbkQ7QUFBQSxNQUNBLE1BQU0sS0FBSztBQUNQLFlBQUk7QUFDQSxjQUFJLE9BQU8sS0FBSyxRQUFRLFNBQVMsWUFBWTtBQUN6QyxpQkFBSyxRQUFRLEtBQUssS0FBSyxRQUFXLFFBQVcsQ0FBQyxVQUFVO0FBQ3BELGtCQUFJLE9BQU87QUFDUCxxQkFBSztBQUNMLHFCQUFLLFlBQVksT0FBTyxHQUFHO0FBQUEsY0FDL0IsT0FDSztBQUNELHFCQUFLLGFBQWE7QUFBQSxjQUN0QjtBQUFBLFlBQ0osQ0FBQztBQUFBLFVBQ0w7QUFDQSxpQkFBTyxRQUFRLFFBQVE7QUFBQSxRQUMzQixTQUNPLE9BQU87QUFDVixlQUFLLFlBQVksT0FBTyxHQUFHO0FBQzNCLGlCQUFPLFFBQVEsT0FBTyxLQUFLO0FBQUEsUUFDL0I7QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sS0FBSztBQUNwQixhQUFLO0FBQ0wsYUFBSyxVQUFVLE9BQU8sS0FBSyxLQUFLLFVBQVU7QUFBQSxNQUM5QztBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQ047QUFBQSxJQUNKO0FBQ0EsSUFBQUgsU0FBUSxtQkFBbUI7QUFDM0IsUUFBTSxvQkFBTixjQUFnQyxNQUFNLHNCQUFzQjtBQUFBLE1BQ3hEO0FBQUEsTUFDQSxZQUFZLE1BQU07QUFDZCxjQUFNO0FBQ04sYUFBSyxTQUFTLElBQUksTUFBTTtBQUN4QixhQUFLLEdBQUcsU0FBUyxNQUFNLEtBQUssVUFBVSxDQUFDO0FBQ3ZDLGFBQUssR0FBRyxTQUFTLENBQUMsVUFBVSxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQ2pELGFBQUssR0FBRyxXQUFXLENBQUMsWUFBWTtBQUM1QixlQUFLLE9BQU8sS0FBSyxPQUFPO0FBQUEsUUFDNUIsQ0FBQztBQUFBLE1BQ0w7QUFBQSxNQUNBLE9BQU8sVUFBVTtBQUNiLGVBQU8sS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLE1BQ3JDO0FBQUEsSUFDSjtBQUNBLElBQUFBLFNBQVEsb0JBQW9CO0FBQzVCLFFBQU0sb0JBQU4sY0FBZ0MsTUFBTSxzQkFBc0I7QUFBQSxNQUN4RDtBQUFBLE1BQ0E7QUFBQSxNQUNBLFlBQVksTUFBTTtBQUNkLGNBQU07QUFDTixhQUFLLE9BQU87QUFDWixhQUFLLGFBQWE7QUFDbEIsYUFBSyxHQUFHLFNBQVMsTUFBTSxLQUFLLFVBQVUsQ0FBQztBQUN2QyxhQUFLLEdBQUcsU0FBUyxDQUFDLFVBQVUsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUFBLE1BQ3JEO0FBQUEsTUFDQSxNQUFNLEtBQUs7QUFDUCxZQUFJO0FBQ0EsZUFBSyxLQUFLLFlBQVksR0FBRztBQUN6QixpQkFBTyxRQUFRLFFBQVE7QUFBQSxRQUMzQixTQUNPLE9BQU87QUFDVixlQUFLLFlBQVksT0FBTyxHQUFHO0FBQzNCLGlCQUFPLFFBQVEsT0FBTyxLQUFLO0FBQUEsUUFDL0I7QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sS0FBSztBQUNwQixhQUFLO0FBQ0wsYUFBSyxVQUFVLE9BQU8sS0FBSyxLQUFLLFVBQVU7QUFBQSxNQUM5QztBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQ047QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxvQkFBb0I7QUFDNUIsUUFBTSxzQkFBTixjQUFrQyxNQUFNLDRCQUE0QjtBQUFBLE1BQ2hFLFlBQVksUUFBUSxXQUFXLFNBQVM7QUFDcEMsZUFBTyxHQUFHLE1BQU0sU0FBUyxFQUFFLE9BQU8saUJBQWlCLE1BQU0sR0FBRyxRQUFRO0FBQUEsTUFDeEU7QUFBQSxJQUNKO0FBQ0EsSUFBQUEsU0FBUSxzQkFBc0I7QUFDOUIsUUFBTSxzQkFBTixjQUFrQyxNQUFNLDZCQUE2QjtBQUFBLE1BQ2pFO0FBQUEsTUFDQSxZQUFZLFFBQVEsU0FBUztBQUN6QixlQUFPLEdBQUcsTUFBTSxTQUFTLEVBQUUsT0FBTyxpQkFBaUIsTUFBTSxHQUFHLE9BQU87QUFDbkUsYUFBSyxTQUFTO0FBQUEsTUFDbEI7QUFBQSxNQUNBLFVBQVU7QUFDTixjQUFNLFFBQVE7QUFDZCxhQUFLLE9BQU8sUUFBUTtBQUFBLE1BQ3hCO0FBQUEsSUFDSjtBQUNBLElBQUFBLFNBQVEsc0JBQXNCO0FBQzlCLFFBQU1JLHVCQUFOLGNBQWtDLE1BQU0sNEJBQTRCO0FBQUEsTUFDaEUsWUFBWSxVQUFVLFVBQVU7QUFDNUIsZUFBTyxHQUFHLE1BQU0sU0FBUyxFQUFFLE9BQU8saUJBQWlCLFFBQVEsR0FBRyxRQUFRO0FBQUEsTUFDMUU7QUFBQSxJQUNKO0FBQ0EsSUFBQUosU0FBUSxzQkFBc0JJO0FBQzlCLFFBQU1DLHVCQUFOLGNBQWtDLE1BQU0sNkJBQTZCO0FBQUEsTUFDakUsWUFBWSxVQUFVLFNBQVM7QUFDM0IsZUFBTyxHQUFHLE1BQU0sU0FBUyxFQUFFLE9BQU8saUJBQWlCLFFBQVEsR0FBRyxPQUFPO0FBQUEsTUFDekU7QUFBQSxJQUNKO0FBQ0EsSUFBQUwsU0FBUSxzQkFBc0JLO0FBQzlCLFFBQU0sa0JBQWtCLFFBQVEsSUFBSSxpQkFBaUI7QUFDckQsUUFBTSxxQkFBcUIsb0JBQUksSUFBSTtBQUFBLE1BQy9CLENBQUMsU0FBUyxHQUFHO0FBQUEsTUFDYixDQUFDLFVBQVUsR0FBRztBQUFBLElBQ2xCLENBQUM7QUFDRCxhQUFTLHlCQUF5QjtBQUM5QixVQUFJLFFBQVEsYUFBYSxTQUFTO0FBQzlCLGVBQU8scUJBQXFCLEdBQUcsU0FBUyxhQUFhLEVBQUUsRUFBRSxTQUFTLEtBQUssQ0FBQztBQUFBLE1BQzVFO0FBQ0EsVUFBSSxlQUFlO0FBQ25CLFlBQU0sY0FBYyxhQUFhO0FBQ2pDLFlBQU0sU0FBUyxHQUFHLGFBQWEsbUJBQW1CLEdBQUcsT0FBTyxDQUFDO0FBQzdELFlBQU0sUUFBUSxtQkFBbUIsSUFBSSxRQUFRLFFBQVE7QUFDckQsVUFBSSxVQUFVLFFBQVc7QUFDckIsdUJBQWUsS0FBSyxJQUFJLFFBQVEsT0FBTyxTQUFTLGFBQWEsWUFBWTtBQUFBLE1BQzdFO0FBQ0EsVUFBSSxlQUFlLElBQUk7QUFDbkIsY0FBTSxJQUFJLE1BQU0sOENBQThDLFlBQVksY0FBYztBQUFBLE1BQzVGO0FBQ0EsWUFBTSxnQkFBZ0IsR0FBRyxTQUFTLGFBQWEsS0FBSyxNQUFNLGVBQWUsQ0FBQyxDQUFDLEVBQUUsU0FBUyxLQUFLO0FBQzNGLGFBQU8sS0FBSyxLQUFLLFFBQVEsT0FBTyxZQUFZLE9BQU87QUFBQSxJQUN2RDtBQUNBLGFBQVMsMEJBQTBCLFVBQVUsV0FBVyxTQUFTO0FBQzdELFVBQUk7QUFDSixZQUFNLFlBQVksSUFBSSxRQUFRLENBQUNDLFVBQVMsWUFBWTtBQUNoRCx5QkFBaUJBO0FBQUEsTUFDckIsQ0FBQztBQUNELGFBQU8sSUFBSSxRQUFRLENBQUNBLFVBQVMsV0FBVztBQUNwQyxjQUFNLFVBQVUsR0FBRyxNQUFNLGNBQWMsQ0FBQyxXQUFXO0FBQy9DLGlCQUFPLE1BQU07QUFDYix5QkFBZTtBQUFBLFlBQ1gsSUFBSSxvQkFBb0IsUUFBUSxRQUFRO0FBQUEsWUFDeEMsSUFBSSxvQkFBb0IsUUFBUSxRQUFRO0FBQUEsVUFDNUMsQ0FBQztBQUFBLFFBQ0wsQ0FBQztBQUNELGVBQU8sR0FBRyxTQUFTLE1BQU07QUFDekIsZUFBTyxPQUFPLFVBQVUsTUFBTTtBQUMxQixpQkFBTyxlQUFlLFNBQVMsTUFBTTtBQUNyQyxVQUFBQSxTQUFRO0FBQUEsWUFDSixhQUFhLE1BQU07QUFBRSxxQkFBTztBQUFBLFlBQVc7QUFBQSxZQUN2QyxPQUFPLE1BQU07QUFBRSxxQkFBTyxNQUFNO0FBQUEsWUFBRztBQUFBLFVBQ25DLENBQUM7QUFBQSxRQUNMLENBQUM7QUFBQSxNQUNMLENBQUM7QUFBQSxJQUNMO0FBQ0EsYUFBUywwQkFBMEIsVUFBVSxXQUFXLFNBQVM7QUFDN0QsWUFBTSxVQUFVLEdBQUcsTUFBTSxrQkFBa0IsUUFBUTtBQUNuRCxhQUFPO0FBQUEsUUFDSCxJQUFJLG9CQUFvQixRQUFRLFFBQVE7QUFBQSxRQUN4QyxJQUFJLG9CQUFvQixRQUFRLFFBQVE7QUFBQSxNQUM1QztBQUFBLElBQ0o7QUFDQSxhQUFTLDRCQUE0QixNQUFNLFdBQVcsU0FBUztBQUMzRCxVQUFJO0FBQ0osWUFBTSxZQUFZLElBQUksUUFBUSxDQUFDQSxVQUFTLFlBQVk7QUFDaEQseUJBQWlCQTtBQUFBLE1BQ3JCLENBQUM7QUFDRCxhQUFPLElBQUksUUFBUSxDQUFDQSxVQUFTLFdBQVc7QUFDcEMsY0FBTSxVQUFVLEdBQUcsTUFBTSxjQUFjLENBQUMsV0FBVztBQUMvQyxpQkFBTyxNQUFNO0FBQ2IseUJBQWU7QUFBQSxZQUNYLElBQUksb0JBQW9CLFFBQVEsUUFBUTtBQUFBLFlBQ3hDLElBQUksb0JBQW9CLFFBQVEsUUFBUTtBQUFBLFVBQzVDLENBQUM7QUFBQSxRQUNMLENBQUM7QUFDRCxlQUFPLEdBQUcsU0FBUyxNQUFNO0FBQ3pCLGVBQU8sT0FBTyxNQUFNLGFBQWEsTUFBTTtBQUNuQyxpQkFBTyxlQUFlLFNBQVMsTUFBTTtBQUNyQyxnQkFBTSxVQUFVLE9BQU8sUUFBUTtBQUMvQixjQUFJLFlBQVksUUFBUSxPQUFPLFlBQVksVUFBVTtBQUNqRCxtQkFBTyxJQUFJLE1BQU0sOEJBQThCLE9BQU8sRUFBRSxDQUFDO0FBQ3pEO0FBQUEsVUFDSjtBQUNBLGdCQUFNLFlBQVksUUFBUTtBQUMxQixVQUFBQSxTQUFRO0FBQUEsWUFDSixNQUFNLE1BQU07QUFBQSxZQUNaLGFBQWEsTUFBTTtBQUFFLHFCQUFPO0FBQUEsWUFBVztBQUFBLFlBQ3ZDLE9BQU8sTUFBTTtBQUFFLHFCQUFPLE1BQU07QUFBQSxZQUFHO0FBQUEsVUFDbkMsQ0FBQztBQUFBLFFBQ0wsQ0FBQztBQUFBLE1BQ0wsQ0FBQztBQUFBLElBQ0w7QUFDQSxhQUFTLDRCQUE0QixNQUFNLFdBQVcsU0FBUztBQUMzRCxZQUFNLFVBQVUsR0FBRyxNQUFNLGtCQUFrQixNQUFNLFdBQVc7QUFDNUQsYUFBTztBQUFBLFFBQ0gsSUFBSSxvQkFBb0IsUUFBUSxRQUFRO0FBQUEsUUFDeEMsSUFBSSxvQkFBb0IsUUFBUSxRQUFRO0FBQUEsTUFDNUM7QUFBQSxJQUNKO0FBQ0EsYUFBUyxpQkFBaUIsT0FBTztBQUM3QixZQUFNLFlBQVk7QUFDbEIsYUFBTyxVQUFVLFNBQVMsVUFBYSxVQUFVLGdCQUFnQjtBQUFBLElBQ3JFO0FBQ0EsYUFBUyxpQkFBaUIsT0FBTztBQUM3QixZQUFNLFlBQVk7QUFDbEIsYUFBTyxVQUFVLFVBQVUsVUFBYSxVQUFVLGdCQUFnQjtBQUFBLElBQ3RFO0FBQ0EsYUFBU0oseUJBQXdCLE9BQU8sUUFBUSxRQUFRLFNBQVM7QUFDN0QsVUFBSSxDQUFDLFFBQVE7QUFDVCxpQkFBUyxNQUFNO0FBQUEsTUFDbkI7QUFDQSxZQUFNLFNBQVMsaUJBQWlCLEtBQUssSUFBSSxJQUFJRSxxQkFBb0IsS0FBSyxJQUFJO0FBQzFFLFlBQU0sU0FBUyxpQkFBaUIsTUFBTSxJQUFJLElBQUlDLHFCQUFvQixNQUFNLElBQUk7QUFDNUUsVUFBSSxNQUFNLG1CQUFtQixHQUFHLE9BQU8sR0FBRztBQUN0QyxrQkFBVSxFQUFFLG9CQUFvQixRQUFRO0FBQUEsTUFDNUM7QUFDQSxjQUFRLEdBQUcsTUFBTSx5QkFBeUIsUUFBUSxRQUFRLFFBQVEsT0FBTztBQUFBLElBQzdFO0FBQUE7QUFBQTs7O0FDclNBLHVCQUE4QztBQUM5QyxvQkFBbUI7QUFDbkIsZ0NBQW9EO0FBQ3BELHFCQUFxSTtBQUNySSxxQkFBdUI7QUFDdkIsdUJBQXVDO0FBQ3ZDLGtCQUFtSTtBQUduSSxJQUFNLE9BQU8sS0FBQywwQkFBUSxXQUFXLE9BQU8sR0FBRyxRQUFRLElBQUksQ0FBQyxFQUFFLEtBQUssQ0FBQyxVQUFNLCtCQUFXLHVCQUFLLEdBQUcsYUFBYSxDQUFDLENBQUMsS0FBSyxRQUFRLElBQUk7QUFDekgsSUFBTSxhQUFTLHVCQUFLLE1BQU0sZ0JBQWdCO0FBQzFDLElBQU0sS0FBSyxPQUFPO0FBRWxCLElBQU0sZ0JBQWdCO0FBRXRCLElBQU0sUUFBUTtBQUFBLEVBQ1o7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ1gsSUFBTSxTQUFTO0FBWWYsU0FBUyxZQUFZLE1BQXNCO0FBQ3pDLGdCQUFBRSxRQUFPLE9BQUcsMkJBQVcsTUFBTSxHQUFHLG1FQUFtRTtBQUNqRyxRQUFNLFlBQVEsaUNBQU0sUUFBUSxVQUFVLENBQUMsUUFBUSxTQUFTLEdBQUcsRUFBRSxPQUFPLENBQUMsUUFBUSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQzlGLFFBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFNLE9BQVEsR0FBRyxRQUFRLENBQUMsTUFBTTtBQUFFLFFBQUksT0FBTyxTQUFTLElBQUssUUFBTyxLQUFLLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFBRyxDQUFDO0FBQ3BGLFFBQU0sV0FBTyxxQ0FBd0IsSUFBSSxnQ0FBb0IsTUFBTSxNQUFPLEdBQUcsSUFBSSxnQ0FBb0IsTUFBTSxLQUFNLENBQUM7QUFDbEgsUUFBTSxjQUFjLG9CQUFJLElBQXNDO0FBQzlELFFBQU0sT0FBaUIsQ0FBQztBQUN4QixRQUFNLFVBQTZILENBQUM7QUFDcEksT0FBSyxlQUFlLG1DQUFtQyxDQUFDLE1BQWdDO0FBQ3RGLGdCQUFZLElBQUksRUFBRSxLQUFLLENBQUM7QUFDeEIsYUFBUyxJQUFJLFFBQVEsU0FBUyxHQUFHLEtBQUssR0FBRyxJQUFLLEtBQUksUUFBUSxDQUFDLEVBQUUsUUFBUSxFQUFFLE9BQU8sUUFBUSxDQUFDLEVBQUUsS0FBSyxDQUFDLEVBQUcsU0FBUSxPQUFPLEdBQUcsQ0FBQyxFQUFFLENBQUMsRUFBRSxRQUFRLENBQUM7QUFBQSxFQUNySSxDQUFDO0FBQ0QsT0FBSyxlQUFlLHFCQUFxQixDQUFDLE1BQTJCO0FBQUUsU0FBSyxLQUFLLEVBQUUsT0FBTztBQUFBLEVBQUcsQ0FBQztBQUM5RixPQUFLLFVBQVUsMkJBQTJCLENBQUMsTUFBNEIsRUFBRSxNQUFNLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUM5RixPQUFLLFVBQVUsNkJBQTZCLE1BQU0sSUFBSTtBQUN0RCxPQUFLLFVBQVUsa0NBQWtDLE1BQU0sSUFBSTtBQUMzRCxPQUFLLE9BQU87QUFDWixNQUFJLFNBQVM7QUFDYixRQUFNLEdBQUcsUUFBUSxNQUFNO0FBQUUsYUFBUztBQUFBLEVBQU0sQ0FBQztBQUN6QyxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQU87QUFBQSxJQUFNO0FBQUEsSUFBYTtBQUFBLElBQzFCLFFBQVEsS0FBSyxNQUFNLE1BQU0sWUFBWSxLQUFRO0FBQzNDLFlBQU0sTUFBTSxZQUFZLElBQUksR0FBRztBQUMvQixVQUFJLE9BQU8sS0FBSyxHQUFHLEVBQUcsUUFBTyxRQUFRLFFBQVEsR0FBRztBQUNoRCxhQUFPLElBQUksUUFBUSxDQUFDLFVBQVUsV0FBVztBQUN2QyxjQUFNLElBQUksRUFBRSxLQUFLLE1BQU0sU0FBUyxDQUFDLE1BQWdDO0FBQUUsdUJBQWEsS0FBSztBQUFHLG1CQUFTLENBQUM7QUFBQSxRQUFHLEVBQUU7QUFFdkcsY0FBTSxRQUFRLFdBQVcsTUFBTTtBQUM3QixrQkFBUSxPQUFPLFFBQVEsUUFBUSxDQUFDLEdBQUcsQ0FBQztBQUNwQyxpQkFBTyxJQUFJLE1BQU0sR0FBRyxJQUFJLG9CQUFvQixZQUFZLEdBQUksYUFBYSxLQUFLLFVBQVUsWUFBWSxJQUFJLEdBQUcsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLENBQUMsYUFBYSxPQUFPLEtBQUssRUFBRSxFQUFFLE1BQU0sSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLFFBQ3pLLEdBQUcsU0FBUztBQUNaLGdCQUFRLEtBQUssQ0FBQztBQUFBLE1BQ2hCLENBQUM7QUFBQSxJQUNIO0FBQUEsSUFDQSxZQUFZO0FBQ1YsWUFBTSxJQUFJLHNCQUFzQixTQUFLLDZCQUFhLFNBQVMsTUFBTSxHQUFHLFdBQVcsTUFBTSxDQUFDO0FBQ3RGLGFBQU8sSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksT0FBTztBQUFBLElBQ25DO0FBQUEsSUFDQSxNQUFNLE9BQU87QUFDWCxVQUFJLE9BQVE7QUFDWixZQUFNLE9BQU8sSUFBSSxRQUFRLENBQUMsTUFBTSxNQUFNLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDckQsWUFBTSxRQUFRLEtBQUssQ0FBQyxLQUFLLFlBQVksVUFBVSxFQUFFLE1BQU0sTUFBTSxNQUFTLEdBQUcsSUFBSSxRQUFRLENBQUMsTUFBTSxXQUFXLEdBQUcsR0FBSSxDQUFDLENBQUMsQ0FBQztBQUNqSCxXQUFLLGlCQUFpQixNQUFNO0FBQzVCLFlBQU0sT0FBTyxXQUFXLE1BQU0sTUFBTSxLQUFLLFNBQVMsR0FBRyxHQUFJO0FBQ3pELFlBQU07QUFDTixtQkFBYSxJQUFJO0FBQ2pCLFdBQUssUUFBUTtBQUFBLElBQ2Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxJQUFNLFFBQVEsQ0FBQyxNQUFjLFVBQVUsQ0FBQztBQUN4QyxJQUFNLE9BQU8sQ0FBQyxNQUE4QixPQUFPLE1BQU0sV0FBVyxJQUFJLEVBQUU7QUFDMUUsSUFBTSxTQUFTLENBQUMsTUFBb0IsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxPQUFPLENBQUM7QUFHekcsZUFBZSxNQUFTLEdBQWtEO0FBQ3hFLFFBQU0sS0FBSyxZQUFZLElBQUk7QUFDM0IsUUFBTSxRQUFRLE1BQU07QUFDcEIsU0FBTyxFQUFFLElBQUksWUFBWSxJQUFJLElBQUksSUFBSSxNQUFNO0FBQzdDO0FBQUEsSUFFQSwyQkFBUyxvQ0FBb0MsRUFBRSxhQUFhLE1BQU0sR0FBRyxNQUFNO0FBQ3pFLE1BQUksTUFBTTtBQUNWLE1BQUk7QUFDSixNQUFJLFlBQVk7QUFDaEIsUUFBTSxVQUFvQixDQUFDO0FBRTNCLCtCQUFPLFlBQVk7QUFDakIsY0FBTSxnQ0FBWSwyQkFBSyx1QkFBTyxHQUFHLHFCQUFxQixDQUFDO0FBQ3ZELFVBQU0sUUFBUSxDQUFDLEtBQWEsU0FBMEI7QUFDcEQsWUFBTSxRQUFJLHVCQUFLLEtBQUssR0FBRztBQUN2Qix3Q0FBVSwwQkFBUSxDQUFDLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUN6Qyx3Q0FBYyxHQUFHLElBQUk7QUFDckIsYUFBTztBQUFBLElBQ1Q7QUFDQSxnQkFBWSxNQUFNLE1BQU0sc0NBQXNDLEtBQUssQ0FBQztBQUVwRSxVQUFNLE1BQU0sTUFBTSx3Q0FBd0MsRUFBRTtBQUM1RCxVQUFNLFNBQUsseUJBQVMsS0FBSyxHQUFHO0FBQzVCLFVBQU0sUUFBUSxPQUFPLEtBQUssUUFBUSxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQ3BELGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEtBQUssTUFBTSxPQUFRLCtCQUFVLElBQUksS0FBSztBQUNuRSxrQ0FBVSxFQUFFO0FBQ1osVUFBTSxNQUFNLE9BQU8sTUFBTSxLQUFLLElBQUk7QUFDbEMsYUFBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSyxLQUFJLENBQUMsSUFBSyxJQUFJLGVBQWdCO0FBQ25FLFFBQUksRUFBRSxJQUFJO0FBQ1YsVUFBTSx3Q0FBd0MsR0FBRztBQUNqRCxVQUFNLHlCQUF5QixPQUFPLE9BQU8sQ0FBQyxPQUFPLEtBQUssTUFBTSxHQUFHLE9BQU8sS0FBSyxDQUFDLEtBQU0sS0FBTSxFQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDcEcsVUFBTSwwQkFBMEIsR0FBRyxNQUFNLFVBQVUsSUFBSSxPQUFPLEdBQU0sQ0FBQyxHQUFHLElBQUksT0FBTyxHQUFNLENBQUM7QUFBQSxDQUFJO0FBQzlGLHNDQUFVLHVCQUFLLEtBQUssbUJBQW1CLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUM3RCxVQUFNLFdBQU8scUNBQVUsVUFBVSxLQUFDLHVCQUFLLEtBQUssb0JBQW9CLENBQUMsQ0FBQyxFQUFFLFdBQVc7QUFDL0UsVUFBTSwwQkFBMEIsR0FBRyxNQUFNLHNDQUFzQyxPQUFPLGlCQUFpQixFQUFFO0FBQUEsQ0FBSztBQUM5RyxVQUFNLDRCQUE0QixHQUFHLE1BQU07QUFBQTtBQUFBO0FBQUEsQ0FBb0Q7QUFHL0YsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFNLEtBQUs7QUFDN0IsWUFBTSxTQUFTLENBQUMsZ0NBQWdDLE1BQU0sUUFBUSxrQkFBa0Isa0JBQWtCLENBQUMsRUFBRSxDQUFDO0FBQ3RHLFlBQU0sU0FBUyxDQUFDLHNCQUFzQixRQUFRLEtBQUssQ0FBQyxJQUFJLElBQUksR0FBRztBQUFBLENBQVM7QUFBQSxJQUMxRTtBQUNBLG9DQUFZLFVBQU0sdUJBQUssS0FBSyxTQUFTLENBQUM7QUFDdEMsb0NBQVksU0FBSyx1QkFBSyxLQUFLLFFBQVEsQ0FBQztBQUNwQyxvQ0FBWSxTQUFLLHVCQUFLLEtBQUssUUFBUSxDQUFDO0FBQ3BDLFFBQUksWUFBWSxHQUFHO0FBQ25CLFVBQU0sRUFBRSxLQUFLLFlBQVksY0FBYztBQUFBLE1BQ3JDLFdBQVcsUUFBUTtBQUFBLE1BQUssU0FBUyxNQUFNLEdBQUc7QUFBQSxNQUFHLGtCQUFrQixDQUFDLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxNQUFNLEtBQUssQ0FBQztBQUFBLE1BQy9GLGNBQWMsRUFBRSxXQUFXLEVBQUUsZUFBZSxLQUFLLEdBQUcsY0FBYyxFQUFFLG9CQUFvQixFQUFFLG9CQUFvQixNQUFNLGdCQUFnQixLQUFLLEdBQUcsT0FBTyxDQUFDLEdBQUcsWUFBWSxDQUFDLEVBQUUsRUFBRTtBQUFBLElBQzFLLENBQUM7QUFDRCxNQUFFLEtBQUssaUJBQWlCLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDM0MsQ0FBQztBQUVELDhCQUFNLFlBQVk7QUFDaEIsUUFBSSxHQUFHO0FBQ0wsY0FBUSxLQUFLLG1CQUFtQixLQUFLLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxLQUFLO0FBQzlELFlBQU0sRUFBRSxLQUFLO0FBQUEsSUFDZjtBQUNBLCtCQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDNUMsWUFBUSxPQUFPLE1BQU0scUJBQXFCLFFBQVEsS0FBSyxJQUFJLENBQUM7QUFBQSxDQUFJO0FBQUEsRUFDbEUsQ0FBQztBQUVELDZCQUFLLDZGQUE2RixPQUFPLE1BQU07QUFDN0csVUFBTSxLQUFLLFlBQVksSUFBSTtBQUMzQixVQUFNLFNBQTZCO0FBQUEsTUFDakMsQ0FBQyx3Q0FBd0MsMkNBQTJDO0FBQUEsTUFDcEYsQ0FBQyx3Q0FBd0MsaURBQWlEO0FBQUEsTUFDMUYsQ0FBQyx5QkFBeUIseUNBQXlDO0FBQUEsTUFDbkUsQ0FBQywwQkFBMEIscUNBQXFDO0FBQUEsTUFDaEUsQ0FBQyw0QkFBNEIsdUJBQXVCO0FBQUEsSUFDdEQ7QUFDQSxlQUFXLENBQUMsS0FBSyxFQUFFLEtBQUssUUFBUTtBQUM5QixZQUFNLElBQUksTUFBTSxFQUFFLFFBQVEsVUFBTSx1QkFBSyxLQUFLLEdBQUcsQ0FBQyxHQUFHLENBQUMsTUFBTSxPQUFPLEVBQUUsV0FBVyxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQzdGLG9CQUFBQSxRQUFPLE1BQU0sT0FBTyxFQUFFLFdBQVcsRUFBRSxRQUFRLEdBQUcsR0FBRyxHQUFHLEtBQUssS0FBSyxVQUFVLE9BQU8sRUFBRSxXQUFXLENBQUMsQ0FBQyxFQUFFO0FBQ2hHLG9CQUFBQSxRQUFPLE1BQU0sT0FBTyxFQUFFLFdBQVcsRUFBRSxDQUFDLEdBQUcsSUFBSSxHQUFHO0FBQUEsSUFDaEQ7QUFDQSxVQUFNLE9BQU8sTUFBTSxFQUFFLFFBQVEsVUFBTSx1QkFBSyxLQUFLLHdCQUF3QixDQUFDLEdBQUcsQ0FBQyxNQUFNLE9BQU8sRUFBRSxXQUFXLEVBQUUsU0FBUyxHQUFHLDRDQUE0QztBQUM5SixlQUFXLEtBQUssT0FBTyxLQUFLLFdBQVcsRUFBRyxlQUFBQSxRQUFPLE1BQU0sR0FBRyxzREFBc0Q7QUFDaEgsa0JBQUFBLFFBQU8sR0FBRyxPQUFPLEtBQUssV0FBVyxFQUFFLFVBQVUsQ0FBQztBQUM5QyxZQUFRLEtBQUsscUJBQXFCLEtBQUssTUFBTSxZQUFZLElBQUksSUFBSSxFQUFFLENBQUMsS0FBSztBQUN6RSxNQUFFLFdBQVcsUUFBUSxLQUFLLElBQUksQ0FBQztBQUFBLEVBQ2pDLENBQUM7QUFFRCxRQUFNLGNBQW9FO0FBQUEsSUFDeEUsQ0FBQywyQkFBMkIsd0NBQXdDLE1BQU0sUUFBUSxPQUFRLEtBQUssS0FBTSxDQUFDLEdBQUcsMkNBQTJDO0FBQUEsSUFDcEosQ0FBQyxpQkFBaUIsd0NBQXdDLE1BQU0sR0FBRyxVQUFxQixPQUFPLEdBQUksQ0FBQyxJQUFJLGlEQUFpRDtBQUFBLElBQ3pKLENBQUMsb0JBQW9CLDBCQUEwQixNQUFNLEdBQUcsTUFBTSxVQUFVLElBQUksT0FBTyxHQUFNLENBQUMsR0FBRyxJQUFJLE9BQU8sR0FBTSxDQUFDO0FBQUEsR0FBTSxxQ0FBcUM7QUFBQSxJQUMxSixDQUFDLHFCQUFxQiwwQkFBMEIsTUFBTTtBQUNwRCxZQUFNLElBQUk7QUFDVixVQUFJLElBQUk7QUFDUixlQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxJQUFLLE1BQUssS0FBSyxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEtBQUssTUFBTSxFQUFFLEVBQUUsS0FBSyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUE7QUFDeEcsYUFBTyxHQUFHLENBQUMsR0FBRyxNQUFNO0FBQUE7QUFBQSxJQUN0QixHQUFHLE1BQVM7QUFBQSxJQUNaLENBQUMsbUJBQW1CLDZCQUE2QixNQUFNO0FBQ3JELFVBQUksSUFBSTtBQUNSLGVBQVMsSUFBSSxHQUFHLElBQUksS0FBUyxJQUFLLE1BQUssTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUM7QUFBQTtBQUM1RCxhQUFPLEdBQUcsQ0FBQyxHQUFHLE1BQU07QUFBQTtBQUFBO0FBQUEsSUFDdEIsR0FBRyxNQUFTO0FBQUEsSUFDWixDQUFDLHNCQUFzQix5Q0FBeUMsTUFBTSxHQUFHLEtBQUsseUNBQXlDLEtBQUssT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLEdBQU0sTUFBUztBQUFBLElBQ3pKLENBQUMsaUNBQWlDLGtDQUFrQyxNQUFNLEdBQUcsTUFBTTtBQUFBO0FBQUEsR0FBd0QsNkRBQTZEO0FBQUEsRUFDMU07QUFFQSxNQUFJLFVBQVU7QUFDZCxhQUFXLENBQUMsTUFBTSxLQUFLLE1BQU0sT0FBTyxLQUFLLGFBQWE7QUFDcEQsK0JBQUssR0FBRyxJQUFJLDBDQUEwQyxhQUFhLDBCQUEwQixPQUFPLE1BQU07QUFDeEcsWUFBTSxNQUFNLFVBQU0sdUJBQUssS0FBSyxHQUFHLENBQUM7QUFDaEMsd0NBQVUsOEJBQVEsdUJBQUssS0FBSyxHQUFHLENBQUMsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ3RELFlBQU0sVUFBVSxLQUFLO0FBQ3JCLFlBQU0sUUFBUSxFQUFFLGNBQWMsRUFBRSxLQUFLLFVBQVUsR0FBRyxVQUFVLEVBQUUsTUFBTSxHQUFHLFdBQVcsR0FBRyxFQUFFO0FBQ3ZGLFlBQU0sYUFBYSxNQUFNLEVBQUUsS0FBSyxZQUFZLDJCQUEyQixFQUFFLGNBQWMsRUFBRSxLQUFLLFVBQVUsR0FBRyxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sR0FBRyxXQUFXLEdBQUcsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLFdBQVcsR0FBRyxFQUFFLEdBQUcsU0FBUyxFQUFFLGFBQWEsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUN4TixVQUFJLENBQUMsRUFBRSxZQUFZLElBQUksU0FBUyxFQUFHLEdBQUUsS0FBSyxpQkFBaUIsd0JBQXdCLEVBQUUsY0FBYyxFQUFFLEtBQUssV0FBVyxZQUFZLGNBQWMsU0FBUyxXQUFXLE1BQU0sTUFBTSxFQUFFLENBQUM7QUFDbEwsWUFBTSxXQUFXLFlBQVksSUFBSTtBQUNqQyxZQUFNLFFBQVEsRUFBRSxRQUFRLEtBQUssTUFBTSxNQUFNLGtCQUFrQixJQUFJLElBQUksSUFBTztBQUMxRSxRQUFFLEtBQUssaUJBQWlCLHdCQUF3QixFQUFFLGNBQWMsRUFBRSxLQUFLLFlBQVksSUFBSSxTQUFTLE9BQU8sSUFBSSxrQkFBa0IsY0FBYyxTQUFTLEdBQUcsTUFBTSxRQUFRLEVBQUUsQ0FBQztBQUV4SyxZQUFNLENBQUMsSUFBSSxFQUFFLElBQUksTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxZQUFZLHNCQUFzQixLQUFLLENBQUMsR0FBRyxNQUFNLFdBQVcsQ0FBQyxDQUFDLENBQUM7QUFDaEgsWUFBTSxZQUFZLE1BQU07QUFDeEIsWUFBTSxVQUFVLFlBQVksSUFBSSxJQUFJO0FBRXBDLFFBQUUsS0FBSyxpQkFBaUIsMEJBQTBCLEVBQUUsY0FBYyxFQUFFLEtBQUssV0FBVyxTQUFTLFVBQVUsR0FBRyxnQkFBZ0IsQ0FBQyxFQUFFLE1BQU0sR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLEVBQUssQ0FBQyxFQUFFLENBQUM7QUFDckssWUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLE1BQU0sUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssWUFBWSxzQkFBc0IsS0FBSyxDQUFDLEdBQUcsTUFBTSxXQUFXLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFlBQU0sT0FBTyxHQUFHLElBQUksb0JBQW9CLEtBQUssTUFBTSxPQUFPLENBQUMsY0FBYyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsb0JBQW9CLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQywyQkFBMkIsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLG9CQUFvQixLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsaUJBQWlCLEtBQUssTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDO0FBQzFQLGNBQVEsS0FBSyxJQUFJO0FBQ2pCLFFBQUUsV0FBVyxJQUFJO0FBQ2pCLG9CQUFBQSxRQUFPLEdBQUcsR0FBRyxPQUFPLHVCQUF1QjtBQUMzQyxvQkFBQUEsUUFBTyxHQUFHLE1BQU0sUUFBUSxHQUFHLEtBQUssR0FBRywrQkFBK0I7QUFDbEUsb0JBQUFBLFFBQU8sR0FBRyxHQUFHLEtBQUssaUJBQWlCLEdBQUcsS0FBSyxlQUFlLElBQUk7QUFDOUQsVUFBSSxTQUFTO0FBQ1gsc0JBQUFBLFFBQU8sTUFBTSxPQUFPLFVBQVUsV0FBVyxFQUFFLFFBQVEsR0FBRyxLQUFLLFVBQVUsT0FBTyxVQUFVLFdBQVcsQ0FBQyxDQUFDO0FBQ25HLHNCQUFBQSxRQUFPLE1BQU0sT0FBTyxVQUFVLFdBQVcsRUFBRSxDQUFDLEdBQUcsT0FBTztBQUFBLE1BQ3hEO0FBQ0EsUUFBRSxLQUFLLGlCQUFpQix5QkFBeUIsRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUM1RSxDQUFDO0FBQUEsRUFDSDtBQUVBLDZCQUFLLHdCQUF3QixNQUFNO0FBQ2pDLFVBQU0sT0FBTyxFQUFFLFVBQVU7QUFDekIsWUFBUSxLQUFLLHdDQUF3QyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUs7QUFDMUUsa0JBQUFBLFFBQU8sR0FBRyxPQUFPLE1BQU0sWUFBWSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUs7QUFBQSxFQUMxRCxDQUFDO0FBRUQsNkJBQUssb0RBQW9ELE9BQU8sTUFBTTtBQUNwRSxVQUFNLFFBQVEsQ0FBQyxVQUNiLE1BQU0sRUFBRSxLQUFLLFlBQVksNEJBQTRCLEVBQUUsU0FBUyx1Q0FBdUMsV0FBVyxDQUFDLEVBQUUsR0FBRyxHQUFJLFFBQVEsQ0FBQyxLQUFLLElBQUksQ0FBQyxDQUFFLEVBQzlJLEtBQUssQ0FBQyxPQUFPLEVBQUUsUUFBUSxHQUFtQyxNQUFNLE9BQWdDLElBQUksQ0FBQyxPQUEwQixFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFDcEssVUFBTSxPQUFPLE1BQU0sTUFBTTtBQUN6QixrQkFBQUEsUUFBTyxHQUFHLEtBQUssTUFBTSxRQUFRLFNBQVMseUNBQXlDO0FBQy9FLFVBQU0sU0FBUyxJQUFJLG9DQUF3QjtBQUMzQyxVQUFNLFVBQVUsTUFBTSxPQUFPLEtBQUs7QUFDbEMsV0FBTyxPQUFPO0FBQ2QsVUFBTSxZQUFZLE1BQU07QUFDeEIsVUFBTSxPQUFPLG9CQUFvQixLQUFLLE1BQU0sS0FBSyxFQUFFLENBQUMsZ0JBQWdCLEtBQUssTUFBTSxVQUFVLEVBQUUsQ0FBQztBQUM1RixZQUFRLEtBQUssSUFBSTtBQUNqQixNQUFFLFdBQVcsSUFBSTtBQUNqQixrQkFBQUEsUUFBTyxNQUFNLFVBQVUsTUFBTSxNQUFNLFFBQVEsZ0NBQWdDO0FBQzNFLGtCQUFBQSxRQUFPLEdBQUcsVUFBVSxLQUFLLEtBQUssSUFBSSxJQUFJO0FBRXRDLFVBQU0sUUFBUSxNQUFNLE1BQU07QUFDMUIsa0JBQUFBLFFBQU8sR0FBRyxNQUFNLE1BQU0sUUFBUSxTQUFTLHlCQUF5QjtBQUFBLEVBQ2xFLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogWyJleHBvcnRzIiwgImV4cG9ydHMiLCAibyIsICJFcnJvckNvZGVzIiwgIk1lc3NhZ2UiLCAiZXhwb3J0cyIsICJUb3VjaCIsICJleHBvcnRzIiwgIkRpc3Bvc2FibGUiLCAiZXhwb3J0cyIsICJSQUwiLCAiZXhwb3J0cyIsICJFdmVudCIsICJleHBvcnRzIiwgIm8iLCAiQ2FuY2VsbGF0aW9uVG9rZW4iLCAiQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2UiLCAiZXhwb3J0cyIsICJDYW5jZWxsYXRpb25TdGF0ZSIsICJleHBvcnRzIiwgInJlc29sdmUiLCAiZXhwb3J0cyIsICJvIiwgIk1lc3NhZ2VSZWFkZXIiLCAiUmVzb2x2ZWRNZXNzYWdlUmVhZGVyT3B0aW9ucyIsICJleHBvcnRzIiwgIm8iLCAiTWVzc2FnZVdyaXRlciIsICJSZXNvbHZlZE1lc3NhZ2VXcml0ZXJPcHRpb25zIiwgImV4cG9ydHMiLCAicmVzdWx0IiwgImV4cG9ydHMiLCAibyIsICJjcmVhdGVNZXNzYWdlQ29ubmVjdGlvbiIsICJDYW5jZWxOb3RpZmljYXRpb24iLCAiUHJvZ3Jlc3NUb2tlbiIsICJQcm9ncmVzc05vdGlmaWNhdGlvbiIsICJTdGFyUmVxdWVzdEhhbmRsZXIiLCAiVHJhY2UiLCAiVHJhY2VWYWx1ZSIsICJUcmFjZUZvcm1hdCIsICJTZXRUcmFjZU5vdGlmaWNhdGlvbiIsICJMb2dUcmFjZU5vdGlmaWNhdGlvbiIsICJDb25uZWN0aW9uRXJyb3JzIiwgIkNvbm5lY3Rpb25TdHJhdGVneSIsICJJZENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kiLCAiUmVxdWVzdENhbmNlbGxhdGlvblJlY2VpdmVyU3RyYXRlZ3kiLCAiQ2FuY2VsbGF0aW9uUmVjZWl2ZXJTdHJhdGVneSIsICJDYW5jZWxsYXRpb25TZW5kZXJTdHJhdGVneSIsICJDYW5jZWxsYXRpb25TdHJhdGVneSIsICJNZXNzYWdlU3RyYXRlZ3kiLCAiQ29ubmVjdGlvbk9wdGlvbnMiLCAiQ29ubmVjdGlvblN0YXRlIiwgInN0YXJ0VGltZSIsICJjb25uZWN0aW9uIiwgImlkIiwgInJlc29sdmUiLCAiZXhwb3J0cyIsICJleHBvcnRzIiwgInJlc29sdmUiLCAiUklMIiwgImV4cG9ydHMiLCAibyIsICJjcmVhdGVNZXNzYWdlQ29ubmVjdGlvbiIsICJwcm9jZXNzIiwgIlN0cmVhbU1lc3NhZ2VSZWFkZXIiLCAiU3RyZWFtTWVzc2FnZVdyaXRlciIsICJyZXNvbHZlIiwgImFzc2VydCJdCn0K
