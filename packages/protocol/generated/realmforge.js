/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const realmforge = $root.realmforge = (() => {

    /**
     * Namespace realmforge.
     * @exports realmforge
     * @namespace
     */
    const realmforge = {};

    realmforge.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof realmforge
         * @namespace
         */
        const v1 = {};

        v1.Register = (function() {

            /**
             * Properties of a Register.
             * @typedef {Object} realmforge.v1.Register.$Properties
             * @property {string|null} [username] Register username
             * @property {string|null} [password] Register password
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Register.
             * @memberof realmforge.v1
             * @interface IRegister
             * @augments realmforge.v1.Register.$Properties
             * @deprecated Use realmforge.v1.Register.$Properties instead.
             */

            /**
             * Shape of a Register.
             * @typedef {realmforge.v1.Register.$Properties} realmforge.v1.Register.$Shape
             */

            /**
             * Constructs a new Register.
             * @memberof realmforge.v1
             * @classdesc Represents a Register.
             * @constructor
             * @param {realmforge.v1.Register.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Register = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Register username.
             * @member {string} username
             * @memberof realmforge.v1.Register
             * @instance
             */
            Register.prototype.username = "";

            /**
             * Register password.
             * @member {string} password
             * @memberof realmforge.v1.Register
             * @instance
             */
            Register.prototype.password = "";

            /**
             * Creates a new Register instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Register
             * @static
             * @param {realmforge.v1.Register.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Register} Register instance
             * @type {{
             *   (properties: realmforge.v1.Register.$Shape): realmforge.v1.Register & realmforge.v1.Register.$Shape;
             *   (properties?: realmforge.v1.Register.$Properties): realmforge.v1.Register;
             * }}
             */
            Register.create = function(properties) {
                return new Register(properties);
            };

            /**
             * Encodes the specified Register message. Does not implicitly {@link realmforge.v1.Register.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Register
             * @static
             * @param {realmforge.v1.Register.$Properties} message Register message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Register.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Register message, length delimited. Does not implicitly {@link realmforge.v1.Register.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Register
             * @static
             * @param {realmforge.v1.Register.$Properties} message Register message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Register.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Register message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Register
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Register & realmforge.v1.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Register.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Register();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Register message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Register
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Register & realmforge.v1.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Register.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Register message.
             * @function verify
             * @memberof realmforge.v1.Register
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Register.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    if (!$util.isString(message.password))
                        return "password: string expected";
                return null;
            };

            /**
             * Creates a Register message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Register
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Register} Register
             */
            Register.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Register)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Register: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Register();
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                return message;
            };

            /**
             * Creates a plain object from a Register message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Register
             * @static
             * @param {realmforge.v1.Register} message Register
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Register.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.username = "";
                    object.password = "";
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                return object;
            };

            /**
             * Converts this Register to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Register
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Register.prototype.toJSON = function() {
                return Register.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Register;
        })();

        v1.Registered = (function() {

            /**
             * Properties of a Registered.
             * @typedef {Object} realmforge.v1.Registered.$Properties
             * @property {string|null} [accountId] Registered accountId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Registered.
             * @memberof realmforge.v1
             * @interface IRegistered
             * @augments realmforge.v1.Registered.$Properties
             * @deprecated Use realmforge.v1.Registered.$Properties instead.
             */

            /**
             * Shape of a Registered.
             * @typedef {realmforge.v1.Registered.$Properties} realmforge.v1.Registered.$Shape
             */

            /**
             * Constructs a new Registered.
             * @memberof realmforge.v1
             * @classdesc Represents a Registered.
             * @constructor
             * @param {realmforge.v1.Registered.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Registered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Registered accountId.
             * @member {string} accountId
             * @memberof realmforge.v1.Registered
             * @instance
             */
            Registered.prototype.accountId = "";

            /**
             * Creates a new Registered instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Registered
             * @static
             * @param {realmforge.v1.Registered.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Registered} Registered instance
             * @type {{
             *   (properties: realmforge.v1.Registered.$Shape): realmforge.v1.Registered & realmforge.v1.Registered.$Shape;
             *   (properties?: realmforge.v1.Registered.$Properties): realmforge.v1.Registered;
             * }}
             */
            Registered.create = function(properties) {
                return new Registered(properties);
            };

            /**
             * Encodes the specified Registered message. Does not implicitly {@link realmforge.v1.Registered.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Registered
             * @static
             * @param {realmforge.v1.Registered.$Properties} message Registered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Registered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Registered message, length delimited. Does not implicitly {@link realmforge.v1.Registered.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Registered
             * @static
             * @param {realmforge.v1.Registered.$Properties} message Registered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Registered.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Registered message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Registered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Registered & realmforge.v1.Registered.$Shape} Registered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Registered.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Registered();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Registered message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Registered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Registered & realmforge.v1.Registered.$Shape} Registered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Registered.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Registered message.
             * @function verify
             * @memberof realmforge.v1.Registered
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Registered.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                return null;
            };

            /**
             * Creates a Registered message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Registered
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Registered} Registered
             */
            Registered.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Registered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Registered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Registered();
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                return message;
            };

            /**
             * Creates a plain object from a Registered message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Registered
             * @static
             * @param {realmforge.v1.Registered} message Registered
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Registered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.accountId = "";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                return object;
            };

            /**
             * Converts this Registered to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Registered
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Registered.prototype.toJSON = function() {
                return Registered.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Registered;
        })();

        v1.Login = (function() {

            /**
             * Properties of a Login.
             * @typedef {Object} realmforge.v1.Login.$Properties
             * @property {string|null} [username] Login username
             * @property {string|null} [password] Login password
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Login.
             * @memberof realmforge.v1
             * @interface ILogin
             * @augments realmforge.v1.Login.$Properties
             * @deprecated Use realmforge.v1.Login.$Properties instead.
             */

            /**
             * Shape of a Login.
             * @typedef {realmforge.v1.Login.$Properties} realmforge.v1.Login.$Shape
             */

            /**
             * Constructs a new Login.
             * @memberof realmforge.v1
             * @classdesc Represents a Login.
             * @constructor
             * @param {realmforge.v1.Login.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Login = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Login username.
             * @member {string} username
             * @memberof realmforge.v1.Login
             * @instance
             */
            Login.prototype.username = "";

            /**
             * Login password.
             * @member {string} password
             * @memberof realmforge.v1.Login
             * @instance
             */
            Login.prototype.password = "";

            /**
             * Creates a new Login instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Login
             * @static
             * @param {realmforge.v1.Login.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Login} Login instance
             * @type {{
             *   (properties: realmforge.v1.Login.$Shape): realmforge.v1.Login & realmforge.v1.Login.$Shape;
             *   (properties?: realmforge.v1.Login.$Properties): realmforge.v1.Login;
             * }}
             */
            Login.create = function(properties) {
                return new Login(properties);
            };

            /**
             * Encodes the specified Login message. Does not implicitly {@link realmforge.v1.Login.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Login
             * @static
             * @param {realmforge.v1.Login.$Properties} message Login message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Login.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Login message, length delimited. Does not implicitly {@link realmforge.v1.Login.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Login
             * @static
             * @param {realmforge.v1.Login.$Properties} message Login message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Login.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Login message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Login
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Login & realmforge.v1.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Login.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Login();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Login message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Login
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Login & realmforge.v1.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Login.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Login message.
             * @function verify
             * @memberof realmforge.v1.Login
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Login.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    if (!$util.isString(message.password))
                        return "password: string expected";
                return null;
            };

            /**
             * Creates a Login message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Login
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Login} Login
             */
            Login.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Login)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Login: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Login();
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                return message;
            };

            /**
             * Creates a plain object from a Login message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Login
             * @static
             * @param {realmforge.v1.Login} message Login
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Login.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.username = "";
                    object.password = "";
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                return object;
            };

            /**
             * Converts this Login to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Login
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Login.prototype.toJSON = function() {
                return Login.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Login;
        })();

        v1.LoggedIn = (function() {

            /**
             * Properties of a LoggedIn.
             * @typedef {Object} realmforge.v1.LoggedIn.$Properties
             * @property {string|null} [accountId] LoggedIn accountId
             * @property {string|null} [resumeToken] LoggedIn resumeToken
             * @property {realmforge.v1.Character.$Properties|null} [character] LoggedIn character
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoggedIn.
             * @memberof realmforge.v1
             * @interface ILoggedIn
             * @augments realmforge.v1.LoggedIn.$Properties
             * @deprecated Use realmforge.v1.LoggedIn.$Properties instead.
             */

            /**
             * Shape of a LoggedIn.
             * @typedef {realmforge.v1.LoggedIn.$Properties} realmforge.v1.LoggedIn.$Shape
             */

            /**
             * Constructs a new LoggedIn.
             * @memberof realmforge.v1
             * @classdesc Represents a LoggedIn.
             * @constructor
             * @param {realmforge.v1.LoggedIn.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoggedIn = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoggedIn accountId.
             * @member {string} accountId
             * @memberof realmforge.v1.LoggedIn
             * @instance
             */
            LoggedIn.prototype.accountId = "";

            /**
             * LoggedIn resumeToken.
             * @member {string} resumeToken
             * @memberof realmforge.v1.LoggedIn
             * @instance
             */
            LoggedIn.prototype.resumeToken = "";

            /**
             * LoggedIn character.
             * @member {realmforge.v1.Character.$Properties|null|undefined} character
             * @memberof realmforge.v1.LoggedIn
             * @instance
             */
            LoggedIn.prototype.character = null;

            /**
             * Creates a new LoggedIn instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {realmforge.v1.LoggedIn.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.LoggedIn} LoggedIn instance
             * @type {{
             *   (properties: realmforge.v1.LoggedIn.$Shape): realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape;
             *   (properties?: realmforge.v1.LoggedIn.$Properties): realmforge.v1.LoggedIn;
             * }}
             */
            LoggedIn.create = function(properties) {
                return new LoggedIn(properties);
            };

            /**
             * Encodes the specified LoggedIn message. Does not implicitly {@link realmforge.v1.LoggedIn.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {realmforge.v1.LoggedIn.$Properties} message LoggedIn message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoggedIn.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken") && message.resumeToken !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resumeToken);
                if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                    $root.realmforge.v1.Character.encode(message.character, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoggedIn message, length delimited. Does not implicitly {@link realmforge.v1.LoggedIn.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {realmforge.v1.LoggedIn.$Properties} message LoggedIn message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoggedIn.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoggedIn message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape} LoggedIn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoggedIn.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.LoggedIn();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resumeToken = value;
                            else
                                delete message.resumeToken;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.character = $root.realmforge.v1.Character.decode(reader, reader.size(), $undefined, _depth + 1, message.character);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LoggedIn message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape} LoggedIn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoggedIn.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoggedIn message.
             * @function verify
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoggedIn.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken"))
                    if (!$util.isString(message.resumeToken))
                        return "resumeToken: string expected";
                if (message.character != null && $Object.hasOwnProperty.call(message, "character")) {
                    let error = $root.realmforge.v1.Character.verify(message.character, _depth + 1);
                    if (error)
                        return "character." + error;
                }
                return null;
            };

            /**
             * Creates a LoggedIn message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.LoggedIn} LoggedIn
             */
            LoggedIn.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.LoggedIn)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.LoggedIn: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.LoggedIn();
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                if (object.resumeToken != null)
                    if (typeof object.resumeToken !== "string" || object.resumeToken.length)
                        message.resumeToken = $String(object.resumeToken);
                if (object.character != null) {
                    if (!$util.isObject(object.character))
                        throw $TypeError(".realmforge.v1.LoggedIn.character: object expected");
                    message.character = $root.realmforge.v1.Character.fromObject(object.character, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoggedIn message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.LoggedIn
             * @static
             * @param {realmforge.v1.LoggedIn} message LoggedIn
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoggedIn.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.accountId = "";
                    object.resumeToken = "";
                    object.character = null;
                }
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken"))
                    object.resumeToken = message.resumeToken;
                if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                    object.character = $root.realmforge.v1.Character.toObject(message.character, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoggedIn to JSON.
             * @function toJSON
             * @memberof realmforge.v1.LoggedIn
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoggedIn.prototype.toJSON = function() {
                return LoggedIn.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoggedIn;
        })();

        v1.Resume = (function() {

            /**
             * Properties of a Resume.
             * @typedef {Object} realmforge.v1.Resume.$Properties
             * @property {string|null} [resumeToken] Resume resumeToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resume.
             * @memberof realmforge.v1
             * @interface IResume
             * @augments realmforge.v1.Resume.$Properties
             * @deprecated Use realmforge.v1.Resume.$Properties instead.
             */

            /**
             * Shape of a Resume.
             * @typedef {realmforge.v1.Resume.$Properties} realmforge.v1.Resume.$Shape
             */

            /**
             * Constructs a new Resume.
             * @memberof realmforge.v1
             * @classdesc Represents a Resume.
             * @constructor
             * @param {realmforge.v1.Resume.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resume = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Resume resumeToken.
             * @member {string} resumeToken
             * @memberof realmforge.v1.Resume
             * @instance
             */
            Resume.prototype.resumeToken = "";

            /**
             * Creates a new Resume instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Resume
             * @static
             * @param {realmforge.v1.Resume.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Resume} Resume instance
             * @type {{
             *   (properties: realmforge.v1.Resume.$Shape): realmforge.v1.Resume & realmforge.v1.Resume.$Shape;
             *   (properties?: realmforge.v1.Resume.$Properties): realmforge.v1.Resume;
             * }}
             */
            Resume.create = function(properties) {
                return new Resume(properties);
            };

            /**
             * Encodes the specified Resume message. Does not implicitly {@link realmforge.v1.Resume.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Resume
             * @static
             * @param {realmforge.v1.Resume.$Properties} message Resume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resume.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken") && message.resumeToken !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.resumeToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Resume message, length delimited. Does not implicitly {@link realmforge.v1.Resume.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Resume
             * @static
             * @param {realmforge.v1.Resume.$Properties} message Resume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resume.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Resume message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Resume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Resume & realmforge.v1.Resume.$Shape} Resume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resume.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Resume();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resumeToken = value;
                            else
                                delete message.resumeToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Resume message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Resume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Resume & realmforge.v1.Resume.$Shape} Resume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resume.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Resume message.
             * @function verify
             * @memberof realmforge.v1.Resume
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resume.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken"))
                    if (!$util.isString(message.resumeToken))
                        return "resumeToken: string expected";
                return null;
            };

            /**
             * Creates a Resume message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Resume
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Resume} Resume
             */
            Resume.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Resume)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Resume: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Resume();
                if (object.resumeToken != null)
                    if (typeof object.resumeToken !== "string" || object.resumeToken.length)
                        message.resumeToken = $String(object.resumeToken);
                return message;
            };

            /**
             * Creates a plain object from a Resume message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Resume
             * @static
             * @param {realmforge.v1.Resume} message Resume
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resume.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.resumeToken = "";
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken"))
                    object.resumeToken = message.resumeToken;
                return object;
            };

            /**
             * Converts this Resume to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Resume
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resume.prototype.toJSON = function() {
                return Resume.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Resume;
        })();

        /**
         * CharacterClass enum.
         * @name realmforge.v1.CharacterClass
         * @enum {number}
         * @property {number} CHARACTER_CLASS_UNSPECIFIED=0 CHARACTER_CLASS_UNSPECIFIED value
         * @property {number} CHARACTER_CLASS_WARRIOR=1 CHARACTER_CLASS_WARRIOR value
         * @property {number} CHARACTER_CLASS_MAGE=2 CHARACTER_CLASS_MAGE value
         * @property {number} CHARACTER_CLASS_RANGER=3 CHARACTER_CLASS_RANGER value
         */
        v1.CharacterClass = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CHARACTER_CLASS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CHARACTER_CLASS_WARRIOR"] = 1;
            values[valuesById[2] = "CHARACTER_CLASS_MAGE"] = 2;
            values[valuesById[3] = "CHARACTER_CLASS_RANGER"] = 3;
            return values;
        })();

        v1.Position = (function() {

            /**
             * Properties of a Position.
             * @typedef {Object} realmforge.v1.Position.$Properties
             * @property {number|null} [x] Position x
             * @property {number|null} [y] Position y
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Position.
             * @memberof realmforge.v1
             * @interface IPosition
             * @augments realmforge.v1.Position.$Properties
             * @deprecated Use realmforge.v1.Position.$Properties instead.
             */

            /**
             * Shape of a Position.
             * @typedef {realmforge.v1.Position.$Properties} realmforge.v1.Position.$Shape
             */

            /**
             * Constructs a new Position.
             * @memberof realmforge.v1
             * @classdesc Represents a Position.
             * @constructor
             * @param {realmforge.v1.Position.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Position = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Position x.
             * @member {number} x
             * @memberof realmforge.v1.Position
             * @instance
             */
            Position.prototype.x = 0;

            /**
             * Position y.
             * @member {number} y
             * @memberof realmforge.v1.Position
             * @instance
             */
            Position.prototype.y = 0;

            /**
             * Creates a new Position instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Position
             * @static
             * @param {realmforge.v1.Position.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Position} Position instance
             * @type {{
             *   (properties: realmforge.v1.Position.$Shape): realmforge.v1.Position & realmforge.v1.Position.$Shape;
             *   (properties?: realmforge.v1.Position.$Properties): realmforge.v1.Position;
             * }}
             */
            Position.create = function(properties) {
                return new Position(properties);
            };

            /**
             * Encodes the specified Position message. Does not implicitly {@link realmforge.v1.Position.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Position
             * @static
             * @param {realmforge.v1.Position.$Properties} message Position message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Position.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Position message, length delimited. Does not implicitly {@link realmforge.v1.Position.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Position
             * @static
             * @param {realmforge.v1.Position.$Properties} message Position message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Position.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Position message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Position
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Position & realmforge.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Position.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Position();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Position message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Position
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Position & realmforge.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Position.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Position message.
             * @function verify
             * @memberof realmforge.v1.Position
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Position.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                return null;
            };

            /**
             * Creates a Position message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Position
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Position} Position
             */
            Position.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Position)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Position: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Position();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                return message;
            };

            /**
             * Creates a plain object from a Position message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Position
             * @static
             * @param {realmforge.v1.Position} message Position
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Position.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                return object;
            };

            /**
             * Converts this Position to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Position
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Position.prototype.toJSON = function() {
                return Position.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Position;
        })();

        v1.Character = (function() {

            /**
             * Properties of a Character.
             * @typedef {Object} realmforge.v1.Character.$Properties
             * @property {string|null} [id] Character id
             * @property {string|null} [name] Character name
             * @property {realmforge.v1.CharacterClass|null} ["class"] Character class
             * @property {number|null} [level] Character level
             * @property {number|null} [experience] Character experience
             * @property {string|null} [zone] Character zone
             * @property {realmforge.v1.Position.$Properties|null} [position] Character position
             * @property {number|null} [hitPoints] Character hitPoints
             * @property {number|null} [maxHitPoints] Character maxHitPoints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Character.
             * @memberof realmforge.v1
             * @interface ICharacter
             * @augments realmforge.v1.Character.$Properties
             * @deprecated Use realmforge.v1.Character.$Properties instead.
             */

            /**
             * Shape of a Character.
             * @typedef {realmforge.v1.Character.$Properties} realmforge.v1.Character.$Shape
             */

            /**
             * Constructs a new Character.
             * @memberof realmforge.v1
             * @classdesc Represents a Character.
             * @constructor
             * @param {realmforge.v1.Character.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Character = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Character id.
             * @member {string} id
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.id = "";

            /**
             * Character name.
             * @member {string} name
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.name = "";

            /**
             * Character class.
             * @member {realmforge.v1.CharacterClass} class
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype["class"] = 0;

            /**
             * Character level.
             * @member {number} level
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.level = 0;

            /**
             * Character experience.
             * @member {number} experience
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.experience = 0;

            /**
             * Character zone.
             * @member {string} zone
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.zone = "";

            /**
             * Character position.
             * @member {realmforge.v1.Position.$Properties|null|undefined} position
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.position = null;

            /**
             * Character hitPoints.
             * @member {number} hitPoints
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.hitPoints = 0;

            /**
             * Character maxHitPoints.
             * @member {number} maxHitPoints
             * @memberof realmforge.v1.Character
             * @instance
             */
            Character.prototype.maxHitPoints = 0;

            /**
             * Creates a new Character instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Character
             * @static
             * @param {realmforge.v1.Character.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Character} Character instance
             * @type {{
             *   (properties: realmforge.v1.Character.$Shape): realmforge.v1.Character & realmforge.v1.Character.$Shape;
             *   (properties?: realmforge.v1.Character.$Properties): realmforge.v1.Character;
             * }}
             */
            Character.create = function(properties) {
                return new Character(properties);
            };

            /**
             * Encodes the specified Character message. Does not implicitly {@link realmforge.v1.Character.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Character
             * @static
             * @param {realmforge.v1.Character.$Properties} message Character message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Character.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class") && message["class"] !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message["class"]);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.level);
                if (message.experience != null && $Object.hasOwnProperty.call(message, "experience") && message.experience !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.experience);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.zone);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.realmforge.v1.Position.encode(message.position, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints") && message.hitPoints !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.hitPoints);
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints") && message.maxHitPoints !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxHitPoints);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Character message, length delimited. Does not implicitly {@link realmforge.v1.Character.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Character
             * @static
             * @param {realmforge.v1.Character.$Properties} message Character message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Character.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Character message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Character
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Character & realmforge.v1.Character.$Shape} Character
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Character.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Character();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message["class"] = value;
                            else
                                delete message["class"];
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.experience = value;
                            else
                                delete message.experience;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.realmforge.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hitPoints = value;
                            else
                                delete message.hitPoints;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxHitPoints = value;
                            else
                                delete message.maxHitPoints;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Character message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Character
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Character & realmforge.v1.Character.$Shape} Character
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Character.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Character message.
             * @function verify
             * @memberof realmforge.v1.Character
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Character.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class"))
                    if (typeof message["class"] !== "number" || (message["class"] | 0) !== message["class"])
                        return "class: enum value expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (!$util.isInteger(message.level))
                        return "level: integer expected";
                if (message.experience != null && $Object.hasOwnProperty.call(message, "experience"))
                    if (!$util.isInteger(message.experience))
                        return "experience: integer expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isString(message.zone))
                        return "zone: string expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.realmforge.v1.Position.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints"))
                    if (!$util.isInteger(message.hitPoints))
                        return "hitPoints: integer expected";
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints"))
                    if (!$util.isInteger(message.maxHitPoints))
                        return "maxHitPoints: integer expected";
                return null;
            };

            /**
             * Creates a Character message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Character
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Character} Character
             */
            Character.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Character)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Character: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Character();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["class"] !== 0 && (typeof object["class"] !== "string" || $root.realmforge.v1.CharacterClass[object["class"]] !== 0))
                    switch (object["class"]) {
                    case "CHARACTER_CLASS_UNSPECIFIED":
                    case 0:
                        message["class"] = 0;
                        break;
                    case "CHARACTER_CLASS_WARRIOR":
                    case 1:
                        message["class"] = 1;
                        break;
                    case "CHARACTER_CLASS_MAGE":
                    case 2:
                        message["class"] = 2;
                        break;
                    case "CHARACTER_CLASS_RANGER":
                    case 3:
                        message["class"] = 3;
                        break;
                    default:
                        if (typeof object["class"] === "number" && (object["class"] | 0) === object["class"])
                            message["class"] = object["class"];
                    }
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level >>> 0;
                if (object.experience != null)
                    if ($Number(object.experience) !== 0)
                        message.experience = object.experience >>> 0;
                if (object.zone != null)
                    if (typeof object.zone !== "string" || object.zone.length)
                        message.zone = $String(object.zone);
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".realmforge.v1.Character.position: object expected");
                    message.position = $root.realmforge.v1.Position.fromObject(object.position, _depth + 1);
                }
                if (object.hitPoints != null)
                    if ($Number(object.hitPoints) !== 0)
                        message.hitPoints = object.hitPoints >>> 0;
                if (object.maxHitPoints != null)
                    if ($Number(object.maxHitPoints) !== 0)
                        message.maxHitPoints = object.maxHitPoints >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Character message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Character
             * @static
             * @param {realmforge.v1.Character} message Character
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Character.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object["class"] = options.enums === $String ? "CHARACTER_CLASS_UNSPECIFIED" : 0;
                    object.level = 0;
                    object.experience = 0;
                    object.zone = "";
                    object.position = null;
                    object.hitPoints = 0;
                    object.maxHitPoints = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class"))
                    object["class"] = options.enums === $String ? $root.realmforge.v1.CharacterClass[message["class"]] === $undefined ? message["class"] : $root.realmforge.v1.CharacterClass[message["class"]] : message["class"];
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                if (message.experience != null && $Object.hasOwnProperty.call(message, "experience"))
                    object.experience = message.experience;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.realmforge.v1.Position.toObject(message.position, options, _depth + 1);
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints"))
                    object.hitPoints = message.hitPoints;
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints"))
                    object.maxHitPoints = message.maxHitPoints;
                return object;
            };

            /**
             * Converts this Character to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Character
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Character.prototype.toJSON = function() {
                return Character.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Character;
        })();

        v1.ListCharacters = (function() {

            /**
             * Properties of a ListCharacters.
             * @typedef {Object} realmforge.v1.ListCharacters.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListCharacters.
             * @memberof realmforge.v1
             * @interface IListCharacters
             * @augments realmforge.v1.ListCharacters.$Properties
             * @deprecated Use realmforge.v1.ListCharacters.$Properties instead.
             */

            /**
             * Shape of a ListCharacters.
             * @typedef {realmforge.v1.ListCharacters.$Properties} realmforge.v1.ListCharacters.$Shape
             */

            /**
             * Constructs a new ListCharacters.
             * @memberof realmforge.v1
             * @classdesc Represents a ListCharacters.
             * @constructor
             * @param {realmforge.v1.ListCharacters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListCharacters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListCharacters instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {realmforge.v1.ListCharacters.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.ListCharacters} ListCharacters instance
             * @type {{
             *   (properties: realmforge.v1.ListCharacters.$Shape): realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape;
             *   (properties?: realmforge.v1.ListCharacters.$Properties): realmforge.v1.ListCharacters;
             * }}
             */
            ListCharacters.create = function(properties) {
                return new ListCharacters(properties);
            };

            /**
             * Encodes the specified ListCharacters message. Does not implicitly {@link realmforge.v1.ListCharacters.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {realmforge.v1.ListCharacters.$Properties} message ListCharacters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListCharacters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListCharacters message, length delimited. Does not implicitly {@link realmforge.v1.ListCharacters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {realmforge.v1.ListCharacters.$Properties} message ListCharacters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListCharacters.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListCharacters message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape} ListCharacters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListCharacters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.ListCharacters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListCharacters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape} ListCharacters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListCharacters.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListCharacters message.
             * @function verify
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListCharacters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListCharacters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.ListCharacters} ListCharacters
             */
            ListCharacters.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.ListCharacters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.ListCharacters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.realmforge.v1.ListCharacters();
            };

            /**
             * Creates a plain object from a ListCharacters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.ListCharacters
             * @static
             * @param {realmforge.v1.ListCharacters} message ListCharacters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListCharacters.toObject = function () {
                return {};
            };

            /**
             * Converts this ListCharacters to JSON.
             * @function toJSON
             * @memberof realmforge.v1.ListCharacters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListCharacters.prototype.toJSON = function() {
                return ListCharacters.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListCharacters;
        })();

        v1.CharacterList = (function() {

            /**
             * Properties of a CharacterList.
             * @typedef {Object} realmforge.v1.CharacterList.$Properties
             * @property {Array.<realmforge.v1.Character.$Properties>|null} [characters] CharacterList characters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CharacterList.
             * @memberof realmforge.v1
             * @interface ICharacterList
             * @augments realmforge.v1.CharacterList.$Properties
             * @deprecated Use realmforge.v1.CharacterList.$Properties instead.
             */

            /**
             * Shape of a CharacterList.
             * @typedef {realmforge.v1.CharacterList.$Properties} realmforge.v1.CharacterList.$Shape
             */

            /**
             * Constructs a new CharacterList.
             * @memberof realmforge.v1
             * @classdesc Represents a CharacterList.
             * @constructor
             * @param {realmforge.v1.CharacterList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CharacterList = function (properties) {
                this.characters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CharacterList characters.
             * @member {Array.<realmforge.v1.Character.$Properties>} characters
             * @memberof realmforge.v1.CharacterList
             * @instance
             */
            CharacterList.prototype.characters = $util.emptyArray;

            /**
             * Creates a new CharacterList instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {realmforge.v1.CharacterList.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.CharacterList} CharacterList instance
             * @type {{
             *   (properties: realmforge.v1.CharacterList.$Shape): realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape;
             *   (properties?: realmforge.v1.CharacterList.$Properties): realmforge.v1.CharacterList;
             * }}
             */
            CharacterList.create = function(properties) {
                return new CharacterList(properties);
            };

            /**
             * Encodes the specified CharacterList message. Does not implicitly {@link realmforge.v1.CharacterList.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {realmforge.v1.CharacterList.$Properties} message CharacterList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CharacterList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.characters != null && message.characters.length)
                    for (let i = 0; i < message.characters.length; ++i)
                        $root.realmforge.v1.Character.encode(message.characters[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CharacterList message, length delimited. Does not implicitly {@link realmforge.v1.CharacterList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {realmforge.v1.CharacterList.$Properties} message CharacterList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CharacterList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CharacterList message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape} CharacterList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CharacterList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.CharacterList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.characters && message.characters.length))
                                message.characters = [];
                            message.characters.push($root.realmforge.v1.Character.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CharacterList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape} CharacterList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CharacterList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CharacterList message.
             * @function verify
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CharacterList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.characters != null && $Object.hasOwnProperty.call(message, "characters")) {
                    if (!$Array.isArray(message.characters))
                        return "characters: array expected";
                    for (let i = 0; i < message.characters.length; ++i) {
                        let error = $root.realmforge.v1.Character.verify(message.characters[i], _depth + 1);
                        if (error)
                            return "characters." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CharacterList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.CharacterList} CharacterList
             */
            CharacterList.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.CharacterList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.CharacterList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.CharacterList();
                if (object.characters) {
                    if (!$Array.isArray(object.characters))
                        throw $TypeError(".realmforge.v1.CharacterList.characters: array expected");
                    message.characters = $Array(object.characters.length);
                    for (let i = 0; i < object.characters.length; ++i) {
                        if (!$util.isObject(object.characters[i]))
                            throw $TypeError(".realmforge.v1.CharacterList.characters: object expected");
                        message.characters[i] = $root.realmforge.v1.Character.fromObject(object.characters[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CharacterList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.CharacterList
             * @static
             * @param {realmforge.v1.CharacterList} message CharacterList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CharacterList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.characters = [];
                if (message.characters && message.characters.length) {
                    object.characters = $Array(message.characters.length);
                    for (let j = 0; j < message.characters.length; ++j)
                        object.characters[j] = $root.realmforge.v1.Character.toObject(message.characters[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CharacterList to JSON.
             * @function toJSON
             * @memberof realmforge.v1.CharacterList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CharacterList.prototype.toJSON = function() {
                return CharacterList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CharacterList;
        })();

        v1.CreateCharacter = (function() {

            /**
             * Properties of a CreateCharacter.
             * @typedef {Object} realmforge.v1.CreateCharacter.$Properties
             * @property {string|null} [name] CreateCharacter name
             * @property {realmforge.v1.CharacterClass|null} ["class"] CreateCharacter class
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateCharacter.
             * @memberof realmforge.v1
             * @interface ICreateCharacter
             * @augments realmforge.v1.CreateCharacter.$Properties
             * @deprecated Use realmforge.v1.CreateCharacter.$Properties instead.
             */

            /**
             * Shape of a CreateCharacter.
             * @typedef {realmforge.v1.CreateCharacter.$Properties} realmforge.v1.CreateCharacter.$Shape
             */

            /**
             * Constructs a new CreateCharacter.
             * @memberof realmforge.v1
             * @classdesc Represents a CreateCharacter.
             * @constructor
             * @param {realmforge.v1.CreateCharacter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateCharacter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateCharacter name.
             * @member {string} name
             * @memberof realmforge.v1.CreateCharacter
             * @instance
             */
            CreateCharacter.prototype.name = "";

            /**
             * CreateCharacter class.
             * @member {realmforge.v1.CharacterClass} class
             * @memberof realmforge.v1.CreateCharacter
             * @instance
             */
            CreateCharacter.prototype["class"] = 0;

            /**
             * Creates a new CreateCharacter instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {realmforge.v1.CreateCharacter.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.CreateCharacter} CreateCharacter instance
             * @type {{
             *   (properties: realmforge.v1.CreateCharacter.$Shape): realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape;
             *   (properties?: realmforge.v1.CreateCharacter.$Properties): realmforge.v1.CreateCharacter;
             * }}
             */
            CreateCharacter.create = function(properties) {
                return new CreateCharacter(properties);
            };

            /**
             * Encodes the specified CreateCharacter message. Does not implicitly {@link realmforge.v1.CreateCharacter.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {realmforge.v1.CreateCharacter.$Properties} message CreateCharacter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateCharacter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class") && message["class"] !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message["class"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CreateCharacter message, length delimited. Does not implicitly {@link realmforge.v1.CreateCharacter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {realmforge.v1.CreateCharacter.$Properties} message CreateCharacter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateCharacter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CreateCharacter message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape} CreateCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateCharacter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.CreateCharacter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message["class"] = value;
                            else
                                delete message["class"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CreateCharacter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape} CreateCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateCharacter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CreateCharacter message.
             * @function verify
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateCharacter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class"))
                    if (typeof message["class"] !== "number" || (message["class"] | 0) !== message["class"])
                        return "class: enum value expected";
                return null;
            };

            /**
             * Creates a CreateCharacter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.CreateCharacter} CreateCharacter
             */
            CreateCharacter.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.CreateCharacter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.CreateCharacter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.CreateCharacter();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["class"] !== 0 && (typeof object["class"] !== "string" || $root.realmforge.v1.CharacterClass[object["class"]] !== 0))
                    switch (object["class"]) {
                    case "CHARACTER_CLASS_UNSPECIFIED":
                    case 0:
                        message["class"] = 0;
                        break;
                    case "CHARACTER_CLASS_WARRIOR":
                    case 1:
                        message["class"] = 1;
                        break;
                    case "CHARACTER_CLASS_MAGE":
                    case 2:
                        message["class"] = 2;
                        break;
                    case "CHARACTER_CLASS_RANGER":
                    case 3:
                        message["class"] = 3;
                        break;
                    default:
                        if (typeof object["class"] === "number" && (object["class"] | 0) === object["class"])
                            message["class"] = object["class"];
                    }
                return message;
            };

            /**
             * Creates a plain object from a CreateCharacter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.CreateCharacter
             * @static
             * @param {realmforge.v1.CreateCharacter} message CreateCharacter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateCharacter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object["class"] = options.enums === $String ? "CHARACTER_CLASS_UNSPECIFIED" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class"))
                    object["class"] = options.enums === $String ? $root.realmforge.v1.CharacterClass[message["class"]] === $undefined ? message["class"] : $root.realmforge.v1.CharacterClass[message["class"]] : message["class"];
                return object;
            };

            /**
             * Converts this CreateCharacter to JSON.
             * @function toJSON
             * @memberof realmforge.v1.CreateCharacter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateCharacter.prototype.toJSON = function() {
                return CreateCharacter.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CreateCharacter;
        })();

        v1.CharacterCreated = (function() {

            /**
             * Properties of a CharacterCreated.
             * @typedef {Object} realmforge.v1.CharacterCreated.$Properties
             * @property {realmforge.v1.Character.$Properties|null} [character] CharacterCreated character
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CharacterCreated.
             * @memberof realmforge.v1
             * @interface ICharacterCreated
             * @augments realmforge.v1.CharacterCreated.$Properties
             * @deprecated Use realmforge.v1.CharacterCreated.$Properties instead.
             */

            /**
             * Shape of a CharacterCreated.
             * @typedef {realmforge.v1.CharacterCreated.$Properties} realmforge.v1.CharacterCreated.$Shape
             */

            /**
             * Constructs a new CharacterCreated.
             * @memberof realmforge.v1
             * @classdesc Represents a CharacterCreated.
             * @constructor
             * @param {realmforge.v1.CharacterCreated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CharacterCreated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CharacterCreated character.
             * @member {realmforge.v1.Character.$Properties|null|undefined} character
             * @memberof realmforge.v1.CharacterCreated
             * @instance
             */
            CharacterCreated.prototype.character = null;

            /**
             * Creates a new CharacterCreated instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {realmforge.v1.CharacterCreated.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.CharacterCreated} CharacterCreated instance
             * @type {{
             *   (properties: realmforge.v1.CharacterCreated.$Shape): realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape;
             *   (properties?: realmforge.v1.CharacterCreated.$Properties): realmforge.v1.CharacterCreated;
             * }}
             */
            CharacterCreated.create = function(properties) {
                return new CharacterCreated(properties);
            };

            /**
             * Encodes the specified CharacterCreated message. Does not implicitly {@link realmforge.v1.CharacterCreated.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {realmforge.v1.CharacterCreated.$Properties} message CharacterCreated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CharacterCreated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                    $root.realmforge.v1.Character.encode(message.character, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CharacterCreated message, length delimited. Does not implicitly {@link realmforge.v1.CharacterCreated.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {realmforge.v1.CharacterCreated.$Properties} message CharacterCreated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CharacterCreated.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CharacterCreated message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape} CharacterCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CharacterCreated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.CharacterCreated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.character = $root.realmforge.v1.Character.decode(reader, reader.size(), $undefined, _depth + 1, message.character);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CharacterCreated message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape} CharacterCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CharacterCreated.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CharacterCreated message.
             * @function verify
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CharacterCreated.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.character != null && $Object.hasOwnProperty.call(message, "character")) {
                    let error = $root.realmforge.v1.Character.verify(message.character, _depth + 1);
                    if (error)
                        return "character." + error;
                }
                return null;
            };

            /**
             * Creates a CharacterCreated message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.CharacterCreated} CharacterCreated
             */
            CharacterCreated.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.CharacterCreated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.CharacterCreated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.CharacterCreated();
                if (object.character != null) {
                    if (!$util.isObject(object.character))
                        throw $TypeError(".realmforge.v1.CharacterCreated.character: object expected");
                    message.character = $root.realmforge.v1.Character.fromObject(object.character, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CharacterCreated message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.CharacterCreated
             * @static
             * @param {realmforge.v1.CharacterCreated} message CharacterCreated
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CharacterCreated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.character = null;
                if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                    object.character = $root.realmforge.v1.Character.toObject(message.character, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CharacterCreated to JSON.
             * @function toJSON
             * @memberof realmforge.v1.CharacterCreated
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CharacterCreated.prototype.toJSON = function() {
                return CharacterCreated.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CharacterCreated;
        })();

        v1.DeleteCharacter = (function() {

            /**
             * Properties of a DeleteCharacter.
             * @typedef {Object} realmforge.v1.DeleteCharacter.$Properties
             * @property {string|null} [characterId] DeleteCharacter characterId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteCharacter.
             * @memberof realmforge.v1
             * @interface IDeleteCharacter
             * @augments realmforge.v1.DeleteCharacter.$Properties
             * @deprecated Use realmforge.v1.DeleteCharacter.$Properties instead.
             */

            /**
             * Shape of a DeleteCharacter.
             * @typedef {realmforge.v1.DeleteCharacter.$Properties} realmforge.v1.DeleteCharacter.$Shape
             */

            /**
             * Constructs a new DeleteCharacter.
             * @memberof realmforge.v1
             * @classdesc Represents a DeleteCharacter.
             * @constructor
             * @param {realmforge.v1.DeleteCharacter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteCharacter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteCharacter characterId.
             * @member {string} characterId
             * @memberof realmforge.v1.DeleteCharacter
             * @instance
             */
            DeleteCharacter.prototype.characterId = "";

            /**
             * Creates a new DeleteCharacter instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {realmforge.v1.DeleteCharacter.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.DeleteCharacter} DeleteCharacter instance
             * @type {{
             *   (properties: realmforge.v1.DeleteCharacter.$Shape): realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape;
             *   (properties?: realmforge.v1.DeleteCharacter.$Properties): realmforge.v1.DeleteCharacter;
             * }}
             */
            DeleteCharacter.create = function(properties) {
                return new DeleteCharacter(properties);
            };

            /**
             * Encodes the specified DeleteCharacter message. Does not implicitly {@link realmforge.v1.DeleteCharacter.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {realmforge.v1.DeleteCharacter.$Properties} message DeleteCharacter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteCharacter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId") && message.characterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.characterId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeleteCharacter message, length delimited. Does not implicitly {@link realmforge.v1.DeleteCharacter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {realmforge.v1.DeleteCharacter.$Properties} message DeleteCharacter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteCharacter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeleteCharacter message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape} DeleteCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteCharacter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.DeleteCharacter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.characterId = value;
                            else
                                delete message.characterId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeleteCharacter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape} DeleteCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteCharacter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeleteCharacter message.
             * @function verify
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteCharacter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId"))
                    if (!$util.isString(message.characterId))
                        return "characterId: string expected";
                return null;
            };

            /**
             * Creates a DeleteCharacter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.DeleteCharacter} DeleteCharacter
             */
            DeleteCharacter.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.DeleteCharacter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.DeleteCharacter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.DeleteCharacter();
                if (object.characterId != null)
                    if (typeof object.characterId !== "string" || object.characterId.length)
                        message.characterId = $String(object.characterId);
                return message;
            };

            /**
             * Creates a plain object from a DeleteCharacter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.DeleteCharacter
             * @static
             * @param {realmforge.v1.DeleteCharacter} message DeleteCharacter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteCharacter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.characterId = "";
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId"))
                    object.characterId = message.characterId;
                return object;
            };

            /**
             * Converts this DeleteCharacter to JSON.
             * @function toJSON
             * @memberof realmforge.v1.DeleteCharacter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteCharacter.prototype.toJSON = function() {
                return DeleteCharacter.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeleteCharacter;
        })();

        v1.CharacterDeleted = (function() {

            /**
             * Properties of a CharacterDeleted.
             * @typedef {Object} realmforge.v1.CharacterDeleted.$Properties
             * @property {string|null} [characterId] CharacterDeleted characterId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CharacterDeleted.
             * @memberof realmforge.v1
             * @interface ICharacterDeleted
             * @augments realmforge.v1.CharacterDeleted.$Properties
             * @deprecated Use realmforge.v1.CharacterDeleted.$Properties instead.
             */

            /**
             * Shape of a CharacterDeleted.
             * @typedef {realmforge.v1.CharacterDeleted.$Properties} realmforge.v1.CharacterDeleted.$Shape
             */

            /**
             * Constructs a new CharacterDeleted.
             * @memberof realmforge.v1
             * @classdesc Represents a CharacterDeleted.
             * @constructor
             * @param {realmforge.v1.CharacterDeleted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CharacterDeleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CharacterDeleted characterId.
             * @member {string} characterId
             * @memberof realmforge.v1.CharacterDeleted
             * @instance
             */
            CharacterDeleted.prototype.characterId = "";

            /**
             * Creates a new CharacterDeleted instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {realmforge.v1.CharacterDeleted.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.CharacterDeleted} CharacterDeleted instance
             * @type {{
             *   (properties: realmforge.v1.CharacterDeleted.$Shape): realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape;
             *   (properties?: realmforge.v1.CharacterDeleted.$Properties): realmforge.v1.CharacterDeleted;
             * }}
             */
            CharacterDeleted.create = function(properties) {
                return new CharacterDeleted(properties);
            };

            /**
             * Encodes the specified CharacterDeleted message. Does not implicitly {@link realmforge.v1.CharacterDeleted.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {realmforge.v1.CharacterDeleted.$Properties} message CharacterDeleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CharacterDeleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId") && message.characterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.characterId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CharacterDeleted message, length delimited. Does not implicitly {@link realmforge.v1.CharacterDeleted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {realmforge.v1.CharacterDeleted.$Properties} message CharacterDeleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CharacterDeleted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CharacterDeleted message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape} CharacterDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CharacterDeleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.CharacterDeleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.characterId = value;
                            else
                                delete message.characterId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CharacterDeleted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape} CharacterDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CharacterDeleted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CharacterDeleted message.
             * @function verify
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CharacterDeleted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId"))
                    if (!$util.isString(message.characterId))
                        return "characterId: string expected";
                return null;
            };

            /**
             * Creates a CharacterDeleted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.CharacterDeleted} CharacterDeleted
             */
            CharacterDeleted.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.CharacterDeleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.CharacterDeleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.CharacterDeleted();
                if (object.characterId != null)
                    if (typeof object.characterId !== "string" || object.characterId.length)
                        message.characterId = $String(object.characterId);
                return message;
            };

            /**
             * Creates a plain object from a CharacterDeleted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.CharacterDeleted
             * @static
             * @param {realmforge.v1.CharacterDeleted} message CharacterDeleted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CharacterDeleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.characterId = "";
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId"))
                    object.characterId = message.characterId;
                return object;
            };

            /**
             * Converts this CharacterDeleted to JSON.
             * @function toJSON
             * @memberof realmforge.v1.CharacterDeleted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CharacterDeleted.prototype.toJSON = function() {
                return CharacterDeleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CharacterDeleted;
        })();

        v1.EnterWorld = (function() {

            /**
             * Properties of an EnterWorld.
             * @typedef {Object} realmforge.v1.EnterWorld.$Properties
             * @property {string|null} [characterId] EnterWorld characterId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnterWorld.
             * @memberof realmforge.v1
             * @interface IEnterWorld
             * @augments realmforge.v1.EnterWorld.$Properties
             * @deprecated Use realmforge.v1.EnterWorld.$Properties instead.
             */

            /**
             * Shape of an EnterWorld.
             * @typedef {realmforge.v1.EnterWorld.$Properties} realmforge.v1.EnterWorld.$Shape
             */

            /**
             * Constructs a new EnterWorld.
             * @memberof realmforge.v1
             * @classdesc Represents an EnterWorld.
             * @constructor
             * @param {realmforge.v1.EnterWorld.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnterWorld = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnterWorld characterId.
             * @member {string} characterId
             * @memberof realmforge.v1.EnterWorld
             * @instance
             */
            EnterWorld.prototype.characterId = "";

            /**
             * Creates a new EnterWorld instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {realmforge.v1.EnterWorld.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.EnterWorld} EnterWorld instance
             * @type {{
             *   (properties: realmforge.v1.EnterWorld.$Shape): realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape;
             *   (properties?: realmforge.v1.EnterWorld.$Properties): realmforge.v1.EnterWorld;
             * }}
             */
            EnterWorld.create = function(properties) {
                return new EnterWorld(properties);
            };

            /**
             * Encodes the specified EnterWorld message. Does not implicitly {@link realmforge.v1.EnterWorld.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {realmforge.v1.EnterWorld.$Properties} message EnterWorld message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnterWorld.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId") && message.characterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.characterId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EnterWorld message, length delimited. Does not implicitly {@link realmforge.v1.EnterWorld.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {realmforge.v1.EnterWorld.$Properties} message EnterWorld message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnterWorld.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EnterWorld message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape} EnterWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnterWorld.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.EnterWorld();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.characterId = value;
                            else
                                delete message.characterId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EnterWorld message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape} EnterWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnterWorld.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EnterWorld message.
             * @function verify
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnterWorld.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId"))
                    if (!$util.isString(message.characterId))
                        return "characterId: string expected";
                return null;
            };

            /**
             * Creates an EnterWorld message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.EnterWorld} EnterWorld
             */
            EnterWorld.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.EnterWorld)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.EnterWorld: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.EnterWorld();
                if (object.characterId != null)
                    if (typeof object.characterId !== "string" || object.characterId.length)
                        message.characterId = $String(object.characterId);
                return message;
            };

            /**
             * Creates a plain object from an EnterWorld message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.EnterWorld
             * @static
             * @param {realmforge.v1.EnterWorld} message EnterWorld
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnterWorld.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.characterId = "";
                if (message.characterId != null && $Object.hasOwnProperty.call(message, "characterId"))
                    object.characterId = message.characterId;
                return object;
            };

            /**
             * Converts this EnterWorld to JSON.
             * @function toJSON
             * @memberof realmforge.v1.EnterWorld
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnterWorld.prototype.toJSON = function() {
                return EnterWorld.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EnterWorld;
        })();

        v1.EnteredWorld = (function() {

            /**
             * Properties of an EnteredWorld.
             * @typedef {Object} realmforge.v1.EnteredWorld.$Properties
             * @property {realmforge.v1.Character.$Properties|null} [character] EnteredWorld character
             * @property {number|null} [tick] EnteredWorld tick
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnteredWorld.
             * @memberof realmforge.v1
             * @interface IEnteredWorld
             * @augments realmforge.v1.EnteredWorld.$Properties
             * @deprecated Use realmforge.v1.EnteredWorld.$Properties instead.
             */

            /**
             * Shape of an EnteredWorld.
             * @typedef {realmforge.v1.EnteredWorld.$Properties} realmforge.v1.EnteredWorld.$Shape
             */

            /**
             * Constructs a new EnteredWorld.
             * @memberof realmforge.v1
             * @classdesc Represents an EnteredWorld.
             * @constructor
             * @param {realmforge.v1.EnteredWorld.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnteredWorld = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnteredWorld character.
             * @member {realmforge.v1.Character.$Properties|null|undefined} character
             * @memberof realmforge.v1.EnteredWorld
             * @instance
             */
            EnteredWorld.prototype.character = null;

            /**
             * EnteredWorld tick.
             * @member {number} tick
             * @memberof realmforge.v1.EnteredWorld
             * @instance
             */
            EnteredWorld.prototype.tick = 0;

            /**
             * Creates a new EnteredWorld instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {realmforge.v1.EnteredWorld.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.EnteredWorld} EnteredWorld instance
             * @type {{
             *   (properties: realmforge.v1.EnteredWorld.$Shape): realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape;
             *   (properties?: realmforge.v1.EnteredWorld.$Properties): realmforge.v1.EnteredWorld;
             * }}
             */
            EnteredWorld.create = function(properties) {
                return new EnteredWorld(properties);
            };

            /**
             * Encodes the specified EnteredWorld message. Does not implicitly {@link realmforge.v1.EnteredWorld.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {realmforge.v1.EnteredWorld.$Properties} message EnteredWorld message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnteredWorld.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                    $root.realmforge.v1.Character.encode(message.character, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tick);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EnteredWorld message, length delimited. Does not implicitly {@link realmforge.v1.EnteredWorld.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {realmforge.v1.EnteredWorld.$Properties} message EnteredWorld message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnteredWorld.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EnteredWorld message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape} EnteredWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnteredWorld.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.EnteredWorld();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.character = $root.realmforge.v1.Character.decode(reader, reader.size(), $undefined, _depth + 1, message.character);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EnteredWorld message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape} EnteredWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnteredWorld.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EnteredWorld message.
             * @function verify
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnteredWorld.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.character != null && $Object.hasOwnProperty.call(message, "character")) {
                    let error = $root.realmforge.v1.Character.verify(message.character, _depth + 1);
                    if (error)
                        return "character." + error;
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick))
                        return "tick: integer expected";
                return null;
            };

            /**
             * Creates an EnteredWorld message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.EnteredWorld} EnteredWorld
             */
            EnteredWorld.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.EnteredWorld)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.EnteredWorld: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.EnteredWorld();
                if (object.character != null) {
                    if (!$util.isObject(object.character))
                        throw $TypeError(".realmforge.v1.EnteredWorld.character: object expected");
                    message.character = $root.realmforge.v1.Character.fromObject(object.character, _depth + 1);
                }
                if (object.tick != null)
                    if ($Number(object.tick) !== 0)
                        message.tick = object.tick >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EnteredWorld message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.EnteredWorld
             * @static
             * @param {realmforge.v1.EnteredWorld} message EnteredWorld
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnteredWorld.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.character = null;
                    object.tick = 0;
                }
                if (message.character != null && $Object.hasOwnProperty.call(message, "character"))
                    object.character = $root.realmforge.v1.Character.toObject(message.character, options, _depth + 1);
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    object.tick = message.tick;
                return object;
            };

            /**
             * Converts this EnteredWorld to JSON.
             * @function toJSON
             * @memberof realmforge.v1.EnteredWorld
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnteredWorld.prototype.toJSON = function() {
                return EnteredWorld.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EnteredWorld;
        })();

        /**
         * ChatChannel enum.
         * @name realmforge.v1.ChatChannel
         * @enum {number}
         * @property {number} CHAT_CHANNEL_UNSPECIFIED=0 CHAT_CHANNEL_UNSPECIFIED value
         * @property {number} CHAT_CHANNEL_SAY=1 CHAT_CHANNEL_SAY value
         * @property {number} CHAT_CHANNEL_ZONE=2 CHAT_CHANNEL_ZONE value
         * @property {number} CHAT_CHANNEL_GLOBAL=3 CHAT_CHANNEL_GLOBAL value
         * @property {number} CHAT_CHANNEL_WHISPER=4 CHAT_CHANNEL_WHISPER value
         * @property {number} CHAT_CHANNEL_PARTY=5 CHAT_CHANNEL_PARTY value
         * @property {number} CHAT_CHANNEL_GUILD=6 CHAT_CHANNEL_GUILD value
         */
        v1.ChatChannel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CHAT_CHANNEL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CHAT_CHANNEL_SAY"] = 1;
            values[valuesById[2] = "CHAT_CHANNEL_ZONE"] = 2;
            values[valuesById[3] = "CHAT_CHANNEL_GLOBAL"] = 3;
            values[valuesById[4] = "CHAT_CHANNEL_WHISPER"] = 4;
            values[valuesById[5] = "CHAT_CHANNEL_PARTY"] = 5;
            values[valuesById[6] = "CHAT_CHANNEL_GUILD"] = 6;
            return values;
        })();

        v1.SendChat = (function() {

            /**
             * Properties of a SendChat.
             * @typedef {Object} realmforge.v1.SendChat.$Properties
             * @property {realmforge.v1.ChatChannel|null} [channel] SendChat channel
             * @property {string|null} [text] SendChat text
             * @property {string|null} [recipient] SendChat recipient
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendChat.
             * @memberof realmforge.v1
             * @interface ISendChat
             * @augments realmforge.v1.SendChat.$Properties
             * @deprecated Use realmforge.v1.SendChat.$Properties instead.
             */

            /**
             * Shape of a SendChat.
             * @typedef {realmforge.v1.SendChat.$Properties} realmforge.v1.SendChat.$Shape
             */

            /**
             * Constructs a new SendChat.
             * @memberof realmforge.v1
             * @classdesc Represents a SendChat.
             * @constructor
             * @param {realmforge.v1.SendChat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendChat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendChat channel.
             * @member {realmforge.v1.ChatChannel} channel
             * @memberof realmforge.v1.SendChat
             * @instance
             */
            SendChat.prototype.channel = 0;

            /**
             * SendChat text.
             * @member {string} text
             * @memberof realmforge.v1.SendChat
             * @instance
             */
            SendChat.prototype.text = "";

            /**
             * SendChat recipient.
             * @member {string} recipient
             * @memberof realmforge.v1.SendChat
             * @instance
             */
            SendChat.prototype.recipient = "";

            /**
             * Creates a new SendChat instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {realmforge.v1.SendChat.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.SendChat} SendChat instance
             * @type {{
             *   (properties: realmforge.v1.SendChat.$Shape): realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape;
             *   (properties?: realmforge.v1.SendChat.$Properties): realmforge.v1.SendChat;
             * }}
             */
            SendChat.create = function(properties) {
                return new SendChat(properties);
            };

            /**
             * Encodes the specified SendChat message. Does not implicitly {@link realmforge.v1.SendChat.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {realmforge.v1.SendChat.$Properties} message SendChat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendChat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.recipient);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendChat message, length delimited. Does not implicitly {@link realmforge.v1.SendChat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {realmforge.v1.SendChat.$Properties} message SendChat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendChat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendChat message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape} SendChat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendChat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.SendChat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recipient = value;
                            else
                                delete message.recipient;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendChat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape} SendChat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendChat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendChat message.
             * @function verify
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendChat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (typeof message.channel !== "number" || (message.channel | 0) !== message.channel)
                        return "channel: enum value expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    if (!$util.isString(message.recipient))
                        return "recipient: string expected";
                return null;
            };

            /**
             * Creates a SendChat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.SendChat} SendChat
             */
            SendChat.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.SendChat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.SendChat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.SendChat();
                if (object.channel !== 0 && (typeof object.channel !== "string" || $root.realmforge.v1.ChatChannel[object.channel] !== 0))
                    switch (object.channel) {
                    case "CHAT_CHANNEL_UNSPECIFIED":
                    case 0:
                        message.channel = 0;
                        break;
                    case "CHAT_CHANNEL_SAY":
                    case 1:
                        message.channel = 1;
                        break;
                    case "CHAT_CHANNEL_ZONE":
                    case 2:
                        message.channel = 2;
                        break;
                    case "CHAT_CHANNEL_GLOBAL":
                    case 3:
                        message.channel = 3;
                        break;
                    case "CHAT_CHANNEL_WHISPER":
                    case 4:
                        message.channel = 4;
                        break;
                    case "CHAT_CHANNEL_PARTY":
                    case 5:
                        message.channel = 5;
                        break;
                    case "CHAT_CHANNEL_GUILD":
                    case 6:
                        message.channel = 6;
                        break;
                    default:
                        if (typeof object.channel === "number" && (object.channel | 0) === object.channel)
                            message.channel = object.channel;
                    }
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.recipient != null)
                    if (typeof object.recipient !== "string" || object.recipient.length)
                        message.recipient = $String(object.recipient);
                return message;
            };

            /**
             * Creates a plain object from a SendChat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.SendChat
             * @static
             * @param {realmforge.v1.SendChat} message SendChat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendChat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel = options.enums === $String ? "CHAT_CHANNEL_UNSPECIFIED" : 0;
                    object.text = "";
                    object.recipient = "";
                }
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = options.enums === $String ? $root.realmforge.v1.ChatChannel[message.channel] === $undefined ? message.channel : $root.realmforge.v1.ChatChannel[message.channel] : message.channel;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    object.recipient = message.recipient;
                return object;
            };

            /**
             * Converts this SendChat to JSON.
             * @function toJSON
             * @memberof realmforge.v1.SendChat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendChat.prototype.toJSON = function() {
                return SendChat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SendChat;
        })();

        v1.ChatSent = (function() {

            /**
             * Properties of a ChatSent.
             * @typedef {Object} realmforge.v1.ChatSent.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatSent.
             * @memberof realmforge.v1
             * @interface IChatSent
             * @augments realmforge.v1.ChatSent.$Properties
             * @deprecated Use realmforge.v1.ChatSent.$Properties instead.
             */

            /**
             * Shape of a ChatSent.
             * @typedef {realmforge.v1.ChatSent.$Properties} realmforge.v1.ChatSent.$Shape
             */

            /**
             * Constructs a new ChatSent.
             * @memberof realmforge.v1
             * @classdesc Represents a ChatSent.
             * @constructor
             * @param {realmforge.v1.ChatSent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatSent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ChatSent instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {realmforge.v1.ChatSent.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.ChatSent} ChatSent instance
             * @type {{
             *   (properties: realmforge.v1.ChatSent.$Shape): realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape;
             *   (properties?: realmforge.v1.ChatSent.$Properties): realmforge.v1.ChatSent;
             * }}
             */
            ChatSent.create = function(properties) {
                return new ChatSent(properties);
            };

            /**
             * Encodes the specified ChatSent message. Does not implicitly {@link realmforge.v1.ChatSent.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {realmforge.v1.ChatSent.$Properties} message ChatSent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatSent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ChatSent message, length delimited. Does not implicitly {@link realmforge.v1.ChatSent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {realmforge.v1.ChatSent.$Properties} message ChatSent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatSent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChatSent message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape} ChatSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatSent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.ChatSent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ChatSent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape} ChatSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatSent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChatSent message.
             * @function verify
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChatSent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ChatSent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.ChatSent} ChatSent
             */
            ChatSent.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.ChatSent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.ChatSent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.realmforge.v1.ChatSent();
            };

            /**
             * Creates a plain object from a ChatSent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.ChatSent
             * @static
             * @param {realmforge.v1.ChatSent} message ChatSent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChatSent.toObject = function () {
                return {};
            };

            /**
             * Converts this ChatSent to JSON.
             * @function toJSON
             * @memberof realmforge.v1.ChatSent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChatSent.prototype.toJSON = function() {
                return ChatSent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChatSent;
        })();

        v1.ChatMessage = (function() {

            /**
             * Properties of a ChatMessage.
             * @typedef {Object} realmforge.v1.ChatMessage.$Properties
             * @property {realmforge.v1.ChatChannel|null} [channel] ChatMessage channel
             * @property {string|null} [senderName] ChatMessage senderName
             * @property {string|null} [senderCharacterId] ChatMessage senderCharacterId
             * @property {string|null} [text] ChatMessage text
             * @property {number|null} [sentAtMs] ChatMessage sentAtMs
             * @property {string|null} [recipientName] ChatMessage recipientName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatMessage.
             * @memberof realmforge.v1
             * @interface IChatMessage
             * @augments realmforge.v1.ChatMessage.$Properties
             * @deprecated Use realmforge.v1.ChatMessage.$Properties instead.
             */

            /**
             * Shape of a ChatMessage.
             * @typedef {realmforge.v1.ChatMessage.$Properties} realmforge.v1.ChatMessage.$Shape
             */

            /**
             * Constructs a new ChatMessage.
             * @memberof realmforge.v1
             * @classdesc Represents a ChatMessage.
             * @constructor
             * @param {realmforge.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatMessage channel.
             * @member {realmforge.v1.ChatChannel} channel
             * @memberof realmforge.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.channel = 0;

            /**
             * ChatMessage senderName.
             * @member {string} senderName
             * @memberof realmforge.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.senderName = "";

            /**
             * ChatMessage senderCharacterId.
             * @member {string} senderCharacterId
             * @memberof realmforge.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.senderCharacterId = "";

            /**
             * ChatMessage text.
             * @member {string} text
             * @memberof realmforge.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.text = "";

            /**
             * ChatMessage sentAtMs.
             * @member {number} sentAtMs
             * @memberof realmforge.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.sentAtMs = 0;

            /**
             * ChatMessage recipientName.
             * @member {string} recipientName
             * @memberof realmforge.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.recipientName = "";

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {realmforge.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.ChatMessage} ChatMessage instance
             * @type {{
             *   (properties: realmforge.v1.ChatMessage.$Shape): realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape;
             *   (properties?: realmforge.v1.ChatMessage.$Properties): realmforge.v1.ChatMessage;
             * }}
             */
            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link realmforge.v1.ChatMessage.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {realmforge.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.senderName != null && $Object.hasOwnProperty.call(message, "senderName") && message.senderName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderName);
                if (message.senderCharacterId != null && $Object.hasOwnProperty.call(message, "senderCharacterId") && message.senderCharacterId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderCharacterId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && !$Object.is(message.sentAtMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.sentAtMs);
                if (message.recipientName != null && $Object.hasOwnProperty.call(message, "recipientName") && message.recipientName !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.recipientName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ChatMessage message, length delimited. Does not implicitly {@link realmforge.v1.ChatMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {realmforge.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.ChatMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderName = value;
                            else
                                delete message.senderName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderCharacterId = value;
                            else
                                delete message.senderCharacterId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recipientName = value;
                            else
                                delete message.recipientName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChatMessage message.
             * @function verify
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChatMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (typeof message.channel !== "number" || (message.channel | 0) !== message.channel)
                        return "channel: enum value expected";
                if (message.senderName != null && $Object.hasOwnProperty.call(message, "senderName"))
                    if (!$util.isString(message.senderName))
                        return "senderName: string expected";
                if (message.senderCharacterId != null && $Object.hasOwnProperty.call(message, "senderCharacterId"))
                    if (!$util.isString(message.senderCharacterId))
                        return "senderCharacterId: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof message.sentAtMs !== "number")
                        return "sentAtMs: number expected";
                if (message.recipientName != null && $Object.hasOwnProperty.call(message, "recipientName"))
                    if (!$util.isString(message.recipientName))
                        return "recipientName: string expected";
                return null;
            };

            /**
             * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.ChatMessage} ChatMessage
             */
            ChatMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.ChatMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.ChatMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.ChatMessage();
                if (object.channel !== 0 && (typeof object.channel !== "string" || $root.realmforge.v1.ChatChannel[object.channel] !== 0))
                    switch (object.channel) {
                    case "CHAT_CHANNEL_UNSPECIFIED":
                    case 0:
                        message.channel = 0;
                        break;
                    case "CHAT_CHANNEL_SAY":
                    case 1:
                        message.channel = 1;
                        break;
                    case "CHAT_CHANNEL_ZONE":
                    case 2:
                        message.channel = 2;
                        break;
                    case "CHAT_CHANNEL_GLOBAL":
                    case 3:
                        message.channel = 3;
                        break;
                    case "CHAT_CHANNEL_WHISPER":
                    case 4:
                        message.channel = 4;
                        break;
                    case "CHAT_CHANNEL_PARTY":
                    case 5:
                        message.channel = 5;
                        break;
                    case "CHAT_CHANNEL_GUILD":
                    case 6:
                        message.channel = 6;
                        break;
                    default:
                        if (typeof object.channel === "number" && (object.channel | 0) === object.channel)
                            message.channel = object.channel;
                    }
                if (object.senderName != null)
                    if (typeof object.senderName !== "string" || object.senderName.length)
                        message.senderName = $String(object.senderName);
                if (object.senderCharacterId != null)
                    if (typeof object.senderCharacterId !== "string" || object.senderCharacterId.length)
                        message.senderCharacterId = $String(object.senderCharacterId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.sentAtMs != null)
                    if (!$Object.is($Number(object.sentAtMs), 0))
                        message.sentAtMs = $Number(object.sentAtMs);
                if (object.recipientName != null)
                    if (typeof object.recipientName !== "string" || object.recipientName.length)
                        message.recipientName = $String(object.recipientName);
                return message;
            };

            /**
             * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.ChatMessage
             * @static
             * @param {realmforge.v1.ChatMessage} message ChatMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChatMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel = options.enums === $String ? "CHAT_CHANNEL_UNSPECIFIED" : 0;
                    object.senderName = "";
                    object.senderCharacterId = "";
                    object.text = "";
                    object.sentAtMs = 0;
                    object.recipientName = "";
                }
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = options.enums === $String ? $root.realmforge.v1.ChatChannel[message.channel] === $undefined ? message.channel : $root.realmforge.v1.ChatChannel[message.channel] : message.channel;
                if (message.senderName != null && $Object.hasOwnProperty.call(message, "senderName"))
                    object.senderName = message.senderName;
                if (message.senderCharacterId != null && $Object.hasOwnProperty.call(message, "senderCharacterId"))
                    object.senderCharacterId = message.senderCharacterId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    object.sentAtMs = options.json && !$isFinite(message.sentAtMs) ? $String(message.sentAtMs) : message.sentAtMs;
                if (message.recipientName != null && $Object.hasOwnProperty.call(message, "recipientName"))
                    object.recipientName = message.recipientName;
                return object;
            };

            /**
             * Converts this ChatMessage to JSON.
             * @function toJSON
             * @memberof realmforge.v1.ChatMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChatMessage.prototype.toJSON = function() {
                return ChatMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChatMessage;
        })();

        /**
         * ErrorCode enum.
         * @name realmforge.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED=100 ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED value
         * @property {number} ERROR_CODE_FRAME_TOO_LARGE=101 ERROR_CODE_FRAME_TOO_LARGE value
         * @property {number} ERROR_CODE_MALFORMED_FRAME=102 ERROR_CODE_MALFORMED_FRAME value
         * @property {number} ERROR_CODE_MALFORMED_MESSAGE=103 ERROR_CODE_MALFORMED_MESSAGE value
         * @property {number} ERROR_CODE_UNKNOWN_MESSAGE=104 ERROR_CODE_UNKNOWN_MESSAGE value
         * @property {number} ERROR_CODE_HANDSHAKE_REQUIRED=105 ERROR_CODE_HANDSHAKE_REQUIRED value
         * @property {number} ERROR_CODE_IDLE_TIMEOUT=106 ERROR_CODE_IDLE_TIMEOUT value
         * @property {number} ERROR_CODE_SLOW_CONSUMER=107 ERROR_CODE_SLOW_CONSUMER value
         * @property {number} ERROR_CODE_SERVER_SHUTTING_DOWN=108 ERROR_CODE_SERVER_SHUTTING_DOWN value
         * @property {number} ERROR_CODE_SESSION_REPLACED=109 ERROR_CODE_SESSION_REPLACED value
         * @property {number} ERROR_CODE_RATE_LIMITED=110 ERROR_CODE_RATE_LIMITED value
         * @property {number} ERROR_CODE_INVALID_ARGUMENT=200 ERROR_CODE_INVALID_ARGUMENT value
         * @property {number} ERROR_CODE_UNEXPECTED_MESSAGE=201 ERROR_CODE_UNEXPECTED_MESSAGE value
         * @property {number} ERROR_CODE_NOT_AUTHENTICATED=202 ERROR_CODE_NOT_AUTHENTICATED value
         * @property {number} ERROR_CODE_ALREADY_AUTHENTICATED=203 ERROR_CODE_ALREADY_AUTHENTICATED value
         * @property {number} ERROR_CODE_AUTH_FAILED=300 ERROR_CODE_AUTH_FAILED value
         * @property {number} ERROR_CODE_USERNAME_INVALID=301 ERROR_CODE_USERNAME_INVALID value
         * @property {number} ERROR_CODE_USERNAME_TAKEN=302 ERROR_CODE_USERNAME_TAKEN value
         * @property {number} ERROR_CODE_PASSWORD_INVALID=303 ERROR_CODE_PASSWORD_INVALID value
         * @property {number} ERROR_CODE_RESUME_FAILED=304 ERROR_CODE_RESUME_FAILED value
         * @property {number} ERROR_CODE_CHARACTER_NAME_INVALID=400 ERROR_CODE_CHARACTER_NAME_INVALID value
         * @property {number} ERROR_CODE_CHARACTER_NAME_TAKEN=401 ERROR_CODE_CHARACTER_NAME_TAKEN value
         * @property {number} ERROR_CODE_CHARACTER_NOT_FOUND=402 ERROR_CODE_CHARACTER_NOT_FOUND value
         * @property {number} ERROR_CODE_CHARACTER_LIMIT_REACHED=403 ERROR_CODE_CHARACTER_LIMIT_REACHED value
         * @property {number} ERROR_CODE_CHARACTER_CLASS_INVALID=404 ERROR_CODE_CHARACTER_CLASS_INVALID value
         * @property {number} ERROR_CODE_ALREADY_IN_WORLD=405 ERROR_CODE_ALREADY_IN_WORLD value
         * @property {number} ERROR_CODE_NOT_IN_WORLD=406 ERROR_CODE_NOT_IN_WORLD value
         * @property {number} ERROR_CODE_INTERNAL=500 ERROR_CODE_INTERNAL value
         * @property {number} ERROR_CODE_STORAGE_UNAVAILABLE=501 ERROR_CODE_STORAGE_UNAVAILABLE value
         * @property {number} ERROR_CODE_CHAT_TEXT_INVALID=600 ERROR_CODE_CHAT_TEXT_INVALID value
         * @property {number} ERROR_CODE_CHAT_RECIPIENT_OFFLINE=601 ERROR_CODE_CHAT_RECIPIENT_OFFLINE value
         * @property {number} ERROR_CODE_CHAT_MUTED=602 ERROR_CODE_CHAT_MUTED value
         * @property {number} ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE=603 ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[100] = "ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED"] = 100;
            values[valuesById[101] = "ERROR_CODE_FRAME_TOO_LARGE"] = 101;
            values[valuesById[102] = "ERROR_CODE_MALFORMED_FRAME"] = 102;
            values[valuesById[103] = "ERROR_CODE_MALFORMED_MESSAGE"] = 103;
            values[valuesById[104] = "ERROR_CODE_UNKNOWN_MESSAGE"] = 104;
            values[valuesById[105] = "ERROR_CODE_HANDSHAKE_REQUIRED"] = 105;
            values[valuesById[106] = "ERROR_CODE_IDLE_TIMEOUT"] = 106;
            values[valuesById[107] = "ERROR_CODE_SLOW_CONSUMER"] = 107;
            values[valuesById[108] = "ERROR_CODE_SERVER_SHUTTING_DOWN"] = 108;
            values[valuesById[109] = "ERROR_CODE_SESSION_REPLACED"] = 109;
            values[valuesById[110] = "ERROR_CODE_RATE_LIMITED"] = 110;
            values[valuesById[200] = "ERROR_CODE_INVALID_ARGUMENT"] = 200;
            values[valuesById[201] = "ERROR_CODE_UNEXPECTED_MESSAGE"] = 201;
            values[valuesById[202] = "ERROR_CODE_NOT_AUTHENTICATED"] = 202;
            values[valuesById[203] = "ERROR_CODE_ALREADY_AUTHENTICATED"] = 203;
            values[valuesById[300] = "ERROR_CODE_AUTH_FAILED"] = 300;
            values[valuesById[301] = "ERROR_CODE_USERNAME_INVALID"] = 301;
            values[valuesById[302] = "ERROR_CODE_USERNAME_TAKEN"] = 302;
            values[valuesById[303] = "ERROR_CODE_PASSWORD_INVALID"] = 303;
            values[valuesById[304] = "ERROR_CODE_RESUME_FAILED"] = 304;
            values[valuesById[400] = "ERROR_CODE_CHARACTER_NAME_INVALID"] = 400;
            values[valuesById[401] = "ERROR_CODE_CHARACTER_NAME_TAKEN"] = 401;
            values[valuesById[402] = "ERROR_CODE_CHARACTER_NOT_FOUND"] = 402;
            values[valuesById[403] = "ERROR_CODE_CHARACTER_LIMIT_REACHED"] = 403;
            values[valuesById[404] = "ERROR_CODE_CHARACTER_CLASS_INVALID"] = 404;
            values[valuesById[405] = "ERROR_CODE_ALREADY_IN_WORLD"] = 405;
            values[valuesById[406] = "ERROR_CODE_NOT_IN_WORLD"] = 406;
            values[valuesById[500] = "ERROR_CODE_INTERNAL"] = 500;
            values[valuesById[501] = "ERROR_CODE_STORAGE_UNAVAILABLE"] = 501;
            values[valuesById[600] = "ERROR_CODE_CHAT_TEXT_INVALID"] = 600;
            values[valuesById[601] = "ERROR_CODE_CHAT_RECIPIENT_OFFLINE"] = 601;
            values[valuesById[602] = "ERROR_CODE_CHAT_MUTED"] = 602;
            values[valuesById[603] = "ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE"] = 603;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} realmforge.v1.Error.$Properties
             * @property {realmforge.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {boolean|null} [fatal] Error fatal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof realmforge.v1
             * @interface IError
             * @augments realmforge.v1.Error.$Properties
             * @deprecated Use realmforge.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {realmforge.v1.Error.$Properties} realmforge.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof realmforge.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {realmforge.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {realmforge.v1.ErrorCode} code
             * @memberof realmforge.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof realmforge.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error fatal.
             * @member {boolean} fatal
             * @memberof realmforge.v1.Error
             * @instance
             */
            Error.prototype.fatal = false;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Error
             * @static
             * @param {realmforge.v1.Error.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Error} Error instance
             * @type {{
             *   (properties: realmforge.v1.Error.$Shape): realmforge.v1.Error & realmforge.v1.Error.$Shape;
             *   (properties?: realmforge.v1.Error.$Properties): realmforge.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link realmforge.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Error
             * @static
             * @param {realmforge.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal") && message.fatal !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.fatal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link realmforge.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Error
             * @static
             * @param {realmforge.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Error & realmforge.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fatal = value;
                            else
                                delete message.fatal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Error & realmforge.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof realmforge.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal"))
                    if (typeof message.fatal !== "boolean")
                        return "fatal: boolean expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.realmforge.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED":
                    case 100:
                        message.code = 100;
                        break;
                    case "ERROR_CODE_FRAME_TOO_LARGE":
                    case 101:
                        message.code = 101;
                        break;
                    case "ERROR_CODE_MALFORMED_FRAME":
                    case 102:
                        message.code = 102;
                        break;
                    case "ERROR_CODE_MALFORMED_MESSAGE":
                    case 103:
                        message.code = 103;
                        break;
                    case "ERROR_CODE_UNKNOWN_MESSAGE":
                    case 104:
                        message.code = 104;
                        break;
                    case "ERROR_CODE_HANDSHAKE_REQUIRED":
                    case 105:
                        message.code = 105;
                        break;
                    case "ERROR_CODE_IDLE_TIMEOUT":
                    case 106:
                        message.code = 106;
                        break;
                    case "ERROR_CODE_SLOW_CONSUMER":
                    case 107:
                        message.code = 107;
                        break;
                    case "ERROR_CODE_SERVER_SHUTTING_DOWN":
                    case 108:
                        message.code = 108;
                        break;
                    case "ERROR_CODE_SESSION_REPLACED":
                    case 109:
                        message.code = 109;
                        break;
                    case "ERROR_CODE_RATE_LIMITED":
                    case 110:
                        message.code = 110;
                        break;
                    case "ERROR_CODE_INVALID_ARGUMENT":
                    case 200:
                        message.code = 200;
                        break;
                    case "ERROR_CODE_UNEXPECTED_MESSAGE":
                    case 201:
                        message.code = 201;
                        break;
                    case "ERROR_CODE_NOT_AUTHENTICATED":
                    case 202:
                        message.code = 202;
                        break;
                    case "ERROR_CODE_ALREADY_AUTHENTICATED":
                    case 203:
                        message.code = 203;
                        break;
                    case "ERROR_CODE_AUTH_FAILED":
                    case 300:
                        message.code = 300;
                        break;
                    case "ERROR_CODE_USERNAME_INVALID":
                    case 301:
                        message.code = 301;
                        break;
                    case "ERROR_CODE_USERNAME_TAKEN":
                    case 302:
                        message.code = 302;
                        break;
                    case "ERROR_CODE_PASSWORD_INVALID":
                    case 303:
                        message.code = 303;
                        break;
                    case "ERROR_CODE_RESUME_FAILED":
                    case 304:
                        message.code = 304;
                        break;
                    case "ERROR_CODE_CHARACTER_NAME_INVALID":
                    case 400:
                        message.code = 400;
                        break;
                    case "ERROR_CODE_CHARACTER_NAME_TAKEN":
                    case 401:
                        message.code = 401;
                        break;
                    case "ERROR_CODE_CHARACTER_NOT_FOUND":
                    case 402:
                        message.code = 402;
                        break;
                    case "ERROR_CODE_CHARACTER_LIMIT_REACHED":
                    case 403:
                        message.code = 403;
                        break;
                    case "ERROR_CODE_CHARACTER_CLASS_INVALID":
                    case 404:
                        message.code = 404;
                        break;
                    case "ERROR_CODE_ALREADY_IN_WORLD":
                    case 405:
                        message.code = 405;
                        break;
                    case "ERROR_CODE_NOT_IN_WORLD":
                    case 406:
                        message.code = 406;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 500:
                        message.code = 500;
                        break;
                    case "ERROR_CODE_STORAGE_UNAVAILABLE":
                    case 501:
                        message.code = 501;
                        break;
                    case "ERROR_CODE_CHAT_TEXT_INVALID":
                    case 600:
                        message.code = 600;
                        break;
                    case "ERROR_CODE_CHAT_RECIPIENT_OFFLINE":
                    case 601:
                        message.code = 601;
                        break;
                    case "ERROR_CODE_CHAT_MUTED":
                    case 602:
                        message.code = 602;
                        break;
                    case "ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE":
                    case 603:
                        message.code = 603;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.fatal != null)
                    if (object.fatal)
                        message.fatal = $Boolean(object.fatal);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Error
             * @static
             * @param {realmforge.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.fatal = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.realmforge.v1.ErrorCode[message.code] === $undefined ? message.code : $root.realmforge.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal"))
                    object.fatal = message.fatal;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.ClientMessage = (function() {

            /**
             * Properties of a ClientMessage.
             * @typedef {Object} realmforge.v1.ClientMessage.$Properties
             * @property {number|null} [requestId] ClientMessage requestId
             * @property {realmforge.v1.Hello.$Properties|null} [hello] ClientMessage hello
             * @property {realmforge.v1.Ping.$Properties|null} [ping] ClientMessage ping
             * @property {realmforge.v1.Pong.$Properties|null} [pong] ClientMessage pong
             * @property {realmforge.v1.Register.$Properties|null} [register] ClientMessage register
             * @property {realmforge.v1.Login.$Properties|null} [login] ClientMessage login
             * @property {realmforge.v1.Resume.$Properties|null} [resume] ClientMessage resume
             * @property {realmforge.v1.Logout.$Properties|null} [logout] ClientMessage logout
             * @property {realmforge.v1.ListCharacters.$Properties|null} [listCharacters] ClientMessage listCharacters
             * @property {realmforge.v1.CreateCharacter.$Properties|null} [createCharacter] ClientMessage createCharacter
             * @property {realmforge.v1.DeleteCharacter.$Properties|null} [deleteCharacter] ClientMessage deleteCharacter
             * @property {realmforge.v1.EnterWorld.$Properties|null} [enterWorld] ClientMessage enterWorld
             * @property {realmforge.v1.MoveInput.$Properties|null} [moveInput] ClientMessage moveInput
             * @property {realmforge.v1.SendChat.$Properties|null} [sendChat] ClientMessage sendChat
             * @property {"hello"|"ping"|"pong"|"register"|"login"|"resume"|"logout"|"listCharacters"|"createCharacter"|"deleteCharacter"|"enterWorld"|"moveInput"|"sendChat"} [payload] ClientMessage payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientMessage.
             * @memberof realmforge.v1
             * @interface IClientMessage
             * @augments realmforge.v1.ClientMessage.$Properties
             * @deprecated Use realmforge.v1.ClientMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientMessage.
             * @typedef {{
             *   requestId?: number|null;
             *   hello?: realmforge.v1.Hello.$Shape|null;
             *   ping?: realmforge.v1.Ping.$Shape|null;
             *   pong?: realmforge.v1.Pong.$Shape|null;
             *   register?: realmforge.v1.Register.$Shape|null;
             *   login?: realmforge.v1.Login.$Shape|null;
             *   resume?: realmforge.v1.Resume.$Shape|null;
             *   logout?: realmforge.v1.Logout.$Shape|null;
             *   listCharacters?: realmforge.v1.ListCharacters.$Shape|null;
             *   createCharacter?: realmforge.v1.CreateCharacter.$Shape|null;
             *   deleteCharacter?: realmforge.v1.DeleteCharacter.$Shape|null;
             *   enterWorld?: realmforge.v1.EnterWorld.$Shape|null;
             *   moveInput?: realmforge.v1.MoveInput.$Shape|null;
             *   sendChat?: realmforge.v1.SendChat.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "hello"; hello: realmforge.v1.Hello.$Shape; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "ping"; hello?: null; ping: realmforge.v1.Ping.$Shape; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "pong"; hello?: null; ping?: null; pong: realmforge.v1.Pong.$Shape; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "register"; hello?: null; ping?: null; pong?: null; register: realmforge.v1.Register.$Shape; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "login"; hello?: null; ping?: null; pong?: null; register?: null; login: realmforge.v1.Login.$Shape; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "resume"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume: realmforge.v1.Resume.$Shape; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "logout"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout: realmforge.v1.Logout.$Shape; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "listCharacters"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters: realmforge.v1.ListCharacters.$Shape; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "createCharacter"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter: realmforge.v1.CreateCharacter.$Shape; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "deleteCharacter"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter: realmforge.v1.DeleteCharacter.$Shape; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "enterWorld"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld: realmforge.v1.EnterWorld.$Shape; moveInput?: null; sendChat?: null }|{ payload?: "moveInput"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput: realmforge.v1.MoveInput.$Shape; sendChat?: null }|{ payload?: "sendChat"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat: realmforge.v1.SendChat.$Shape })
             * )} realmforge.v1.ClientMessage.$Shape
             */

            /**
             * Constructs a new ClientMessage.
             * @memberof realmforge.v1
             * @classdesc Represents a ClientMessage.
             * @constructor
             * @param {realmforge.v1.ClientMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientMessage requestId.
             * @member {number} requestId
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.requestId = 0;

            /**
             * ClientMessage hello.
             * @member {realmforge.v1.Hello.$Properties|null|undefined} hello
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.hello = null;

            /**
             * ClientMessage ping.
             * @member {realmforge.v1.Ping.$Properties|null|undefined} ping
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.ping = null;

            /**
             * ClientMessage pong.
             * @member {realmforge.v1.Pong.$Properties|null|undefined} pong
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.pong = null;

            /**
             * ClientMessage register.
             * @member {realmforge.v1.Register.$Properties|null|undefined} register
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.register = null;

            /**
             * ClientMessage login.
             * @member {realmforge.v1.Login.$Properties|null|undefined} login
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.login = null;

            /**
             * ClientMessage resume.
             * @member {realmforge.v1.Resume.$Properties|null|undefined} resume
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.resume = null;

            /**
             * ClientMessage logout.
             * @member {realmforge.v1.Logout.$Properties|null|undefined} logout
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.logout = null;

            /**
             * ClientMessage listCharacters.
             * @member {realmforge.v1.ListCharacters.$Properties|null|undefined} listCharacters
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.listCharacters = null;

            /**
             * ClientMessage createCharacter.
             * @member {realmforge.v1.CreateCharacter.$Properties|null|undefined} createCharacter
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.createCharacter = null;

            /**
             * ClientMessage deleteCharacter.
             * @member {realmforge.v1.DeleteCharacter.$Properties|null|undefined} deleteCharacter
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.deleteCharacter = null;

            /**
             * ClientMessage enterWorld.
             * @member {realmforge.v1.EnterWorld.$Properties|null|undefined} enterWorld
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.enterWorld = null;

            /**
             * ClientMessage moveInput.
             * @member {realmforge.v1.MoveInput.$Properties|null|undefined} moveInput
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.moveInput = null;

            /**
             * ClientMessage sendChat.
             * @member {realmforge.v1.SendChat.$Properties|null|undefined} sendChat
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.sendChat = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientMessage payload.
             * @member {"hello"|"ping"|"pong"|"register"|"login"|"resume"|"logout"|"listCharacters"|"createCharacter"|"deleteCharacter"|"enterWorld"|"moveInput"|"sendChat"|undefined} payload
             * @memberof realmforge.v1.ClientMessage
             * @instance
             */
            $Object.defineProperty(ClientMessage.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "ping", "pong", "register", "login", "resume", "logout", "listCharacters", "createCharacter", "deleteCharacter", "enterWorld", "moveInput", "sendChat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {realmforge.v1.ClientMessage.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.ClientMessage} ClientMessage instance
             * @type {{
             *   (properties: realmforge.v1.ClientMessage.$Shape): realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape;
             *   (properties?: realmforge.v1.ClientMessage.$Properties): realmforge.v1.ClientMessage;
             * }}
             */
            ClientMessage.create = function(properties) {
                return new ClientMessage(properties);
            };

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link realmforge.v1.ClientMessage.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {realmforge.v1.ClientMessage.$Properties} message ClientMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.realmforge.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.realmforge.v1.Ping.encode(message.ping, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.realmforge.v1.Pong.encode(message.pong, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    $root.realmforge.v1.Register.encode(message.register, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                    $root.realmforge.v1.Login.encode(message.login, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    $root.realmforge.v1.Resume.encode(message.resume, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout"))
                    $root.realmforge.v1.Logout.encode(message.logout, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.listCharacters != null && $Object.hasOwnProperty.call(message, "listCharacters"))
                    $root.realmforge.v1.ListCharacters.encode(message.listCharacters, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.createCharacter != null && $Object.hasOwnProperty.call(message, "createCharacter"))
                    $root.realmforge.v1.CreateCharacter.encode(message.createCharacter, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.deleteCharacter != null && $Object.hasOwnProperty.call(message, "deleteCharacter"))
                    $root.realmforge.v1.DeleteCharacter.encode(message.deleteCharacter, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.enterWorld != null && $Object.hasOwnProperty.call(message, "enterWorld"))
                    $root.realmforge.v1.EnterWorld.encode(message.enterWorld, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.moveInput != null && $Object.hasOwnProperty.call(message, "moveInput"))
                    $root.realmforge.v1.MoveInput.encode(message.moveInput, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.sendChat != null && $Object.hasOwnProperty.call(message, "sendChat"))
                    $root.realmforge.v1.SendChat.encode(message.sendChat, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link realmforge.v1.ClientMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {realmforge.v1.ClientMessage.$Properties} message ClientMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.ClientMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.realmforge.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.payload = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.realmforge.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.payload = "ping";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.realmforge.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.payload = "pong";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.register = $root.realmforge.v1.Register.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                            message.payload = "register";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.login = $root.realmforge.v1.Login.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                            message.payload = "login";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.resume = $root.realmforge.v1.Resume.decode(reader, reader.size(), $undefined, _depth + 1, message.resume);
                            message.payload = "resume";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.logout = $root.realmforge.v1.Logout.decode(reader, reader.size(), $undefined, _depth + 1, message.logout);
                            message.payload = "logout";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.listCharacters = $root.realmforge.v1.ListCharacters.decode(reader, reader.size(), $undefined, _depth + 1, message.listCharacters);
                            message.payload = "listCharacters";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.createCharacter = $root.realmforge.v1.CreateCharacter.decode(reader, reader.size(), $undefined, _depth + 1, message.createCharacter);
                            message.payload = "createCharacter";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.deleteCharacter = $root.realmforge.v1.DeleteCharacter.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteCharacter);
                            message.payload = "deleteCharacter";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.enterWorld = $root.realmforge.v1.EnterWorld.decode(reader, reader.size(), $undefined, _depth + 1, message.enterWorld);
                            message.payload = "enterWorld";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.moveInput = $root.realmforge.v1.MoveInput.decode(reader, reader.size(), $undefined, _depth + 1, message.moveInput);
                            message.payload = "moveInput";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.sendChat = $root.realmforge.v1.SendChat.decode(reader, reader.size(), $undefined, _depth + 1, message.sendChat);
                            message.payload = "sendChat";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientMessage message.
             * @function verify
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Pong.verify(message.pong, _depth + 1);
                        if (error)
                            return "pong." + error;
                    }
                }
                if (message.register != null && $Object.hasOwnProperty.call(message, "register")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Register.verify(message.register, _depth + 1);
                        if (error)
                            return "register." + error;
                    }
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Login.verify(message.login, _depth + 1);
                        if (error)
                            return "login." + error;
                    }
                }
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Resume.verify(message.resume, _depth + 1);
                        if (error)
                            return "resume." + error;
                    }
                }
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Logout.verify(message.logout, _depth + 1);
                        if (error)
                            return "logout." + error;
                    }
                }
                if (message.listCharacters != null && $Object.hasOwnProperty.call(message, "listCharacters")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.ListCharacters.verify(message.listCharacters, _depth + 1);
                        if (error)
                            return "listCharacters." + error;
                    }
                }
                if (message.createCharacter != null && $Object.hasOwnProperty.call(message, "createCharacter")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.CreateCharacter.verify(message.createCharacter, _depth + 1);
                        if (error)
                            return "createCharacter." + error;
                    }
                }
                if (message.deleteCharacter != null && $Object.hasOwnProperty.call(message, "deleteCharacter")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.DeleteCharacter.verify(message.deleteCharacter, _depth + 1);
                        if (error)
                            return "deleteCharacter." + error;
                    }
                }
                if (message.enterWorld != null && $Object.hasOwnProperty.call(message, "enterWorld")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.EnterWorld.verify(message.enterWorld, _depth + 1);
                        if (error)
                            return "enterWorld." + error;
                    }
                }
                if (message.moveInput != null && $Object.hasOwnProperty.call(message, "moveInput")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.MoveInput.verify(message.moveInput, _depth + 1);
                        if (error)
                            return "moveInput." + error;
                    }
                }
                if (message.sendChat != null && $Object.hasOwnProperty.call(message, "sendChat")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.SendChat.verify(message.sendChat, _depth + 1);
                        if (error)
                            return "sendChat." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.ClientMessage} ClientMessage
             */
            ClientMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.ClientMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.ClientMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.ClientMessage();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".realmforge.v1.ClientMessage.hello: object expected");
                    message.hello = $root.realmforge.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".realmforge.v1.ClientMessage.ping: object expected");
                    message.ping = $root.realmforge.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".realmforge.v1.ClientMessage.pong: object expected");
                    message.pong = $root.realmforge.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.register != null) {
                    if (!$util.isObject(object.register))
                        throw $TypeError(".realmforge.v1.ClientMessage.register: object expected");
                    message.register = $root.realmforge.v1.Register.fromObject(object.register, _depth + 1);
                }
                if (object.login != null) {
                    if (!$util.isObject(object.login))
                        throw $TypeError(".realmforge.v1.ClientMessage.login: object expected");
                    message.login = $root.realmforge.v1.Login.fromObject(object.login, _depth + 1);
                }
                if (object.resume != null) {
                    if (!$util.isObject(object.resume))
                        throw $TypeError(".realmforge.v1.ClientMessage.resume: object expected");
                    message.resume = $root.realmforge.v1.Resume.fromObject(object.resume, _depth + 1);
                }
                if (object.logout != null) {
                    if (!$util.isObject(object.logout))
                        throw $TypeError(".realmforge.v1.ClientMessage.logout: object expected");
                    message.logout = $root.realmforge.v1.Logout.fromObject(object.logout, _depth + 1);
                }
                if (object.listCharacters != null) {
                    if (!$util.isObject(object.listCharacters))
                        throw $TypeError(".realmforge.v1.ClientMessage.listCharacters: object expected");
                    message.listCharacters = $root.realmforge.v1.ListCharacters.fromObject(object.listCharacters, _depth + 1);
                }
                if (object.createCharacter != null) {
                    if (!$util.isObject(object.createCharacter))
                        throw $TypeError(".realmforge.v1.ClientMessage.createCharacter: object expected");
                    message.createCharacter = $root.realmforge.v1.CreateCharacter.fromObject(object.createCharacter, _depth + 1);
                }
                if (object.deleteCharacter != null) {
                    if (!$util.isObject(object.deleteCharacter))
                        throw $TypeError(".realmforge.v1.ClientMessage.deleteCharacter: object expected");
                    message.deleteCharacter = $root.realmforge.v1.DeleteCharacter.fromObject(object.deleteCharacter, _depth + 1);
                }
                if (object.enterWorld != null) {
                    if (!$util.isObject(object.enterWorld))
                        throw $TypeError(".realmforge.v1.ClientMessage.enterWorld: object expected");
                    message.enterWorld = $root.realmforge.v1.EnterWorld.fromObject(object.enterWorld, _depth + 1);
                }
                if (object.moveInput != null) {
                    if (!$util.isObject(object.moveInput))
                        throw $TypeError(".realmforge.v1.ClientMessage.moveInput: object expected");
                    message.moveInput = $root.realmforge.v1.MoveInput.fromObject(object.moveInput, _depth + 1);
                }
                if (object.sendChat != null) {
                    if (!$util.isObject(object.sendChat))
                        throw $TypeError(".realmforge.v1.ClientMessage.sendChat: object expected");
                    message.sendChat = $root.realmforge.v1.SendChat.fromObject(object.sendChat, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.ClientMessage
             * @static
             * @param {realmforge.v1.ClientMessage} message ClientMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = 0;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.realmforge.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "hello";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.realmforge.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "ping";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.realmforge.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "pong";
                }
                if (message.register != null && $Object.hasOwnProperty.call(message, "register")) {
                    object.register = $root.realmforge.v1.Register.toObject(message.register, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "register";
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    object.login = $root.realmforge.v1.Login.toObject(message.login, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "login";
                }
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume")) {
                    object.resume = $root.realmforge.v1.Resume.toObject(message.resume, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "resume";
                }
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                    object.logout = $root.realmforge.v1.Logout.toObject(message.logout, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "logout";
                }
                if (message.listCharacters != null && $Object.hasOwnProperty.call(message, "listCharacters")) {
                    object.listCharacters = $root.realmforge.v1.ListCharacters.toObject(message.listCharacters, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "listCharacters";
                }
                if (message.createCharacter != null && $Object.hasOwnProperty.call(message, "createCharacter")) {
                    object.createCharacter = $root.realmforge.v1.CreateCharacter.toObject(message.createCharacter, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "createCharacter";
                }
                if (message.deleteCharacter != null && $Object.hasOwnProperty.call(message, "deleteCharacter")) {
                    object.deleteCharacter = $root.realmforge.v1.DeleteCharacter.toObject(message.deleteCharacter, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "deleteCharacter";
                }
                if (message.enterWorld != null && $Object.hasOwnProperty.call(message, "enterWorld")) {
                    object.enterWorld = $root.realmforge.v1.EnterWorld.toObject(message.enterWorld, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "enterWorld";
                }
                if (message.moveInput != null && $Object.hasOwnProperty.call(message, "moveInput")) {
                    object.moveInput = $root.realmforge.v1.MoveInput.toObject(message.moveInput, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "moveInput";
                }
                if (message.sendChat != null && $Object.hasOwnProperty.call(message, "sendChat")) {
                    object.sendChat = $root.realmforge.v1.SendChat.toObject(message.sendChat, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "sendChat";
                }
                return object;
            };

            /**
             * Converts this ClientMessage to JSON.
             * @function toJSON
             * @memberof realmforge.v1.ClientMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientMessage.prototype.toJSON = function() {
                return ClientMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClientMessage;
        })();

        v1.ServerMessage = (function() {

            /**
             * Properties of a ServerMessage.
             * @typedef {Object} realmforge.v1.ServerMessage.$Properties
             * @property {number|null} [requestId] ServerMessage requestId
             * @property {realmforge.v1.Error.$Properties|null} [error] ServerMessage error
             * @property {realmforge.v1.Welcome.$Properties|null} [welcome] ServerMessage welcome
             * @property {realmforge.v1.Ping.$Properties|null} [ping] ServerMessage ping
             * @property {realmforge.v1.Pong.$Properties|null} [pong] ServerMessage pong
             * @property {realmforge.v1.Disconnect.$Properties|null} [disconnect] ServerMessage disconnect
             * @property {realmforge.v1.Registered.$Properties|null} [registered] ServerMessage registered
             * @property {realmforge.v1.LoggedIn.$Properties|null} [loggedIn] ServerMessage loggedIn
             * @property {realmforge.v1.LoggedOut.$Properties|null} [loggedOut] ServerMessage loggedOut
             * @property {realmforge.v1.CharacterList.$Properties|null} [characterList] ServerMessage characterList
             * @property {realmforge.v1.CharacterCreated.$Properties|null} [characterCreated] ServerMessage characterCreated
             * @property {realmforge.v1.CharacterDeleted.$Properties|null} [characterDeleted] ServerMessage characterDeleted
             * @property {realmforge.v1.EnteredWorld.$Properties|null} [enteredWorld] ServerMessage enteredWorld
             * @property {realmforge.v1.WorldFrame.$Properties|null} [worldFrame] ServerMessage worldFrame
             * @property {realmforge.v1.ChatSent.$Properties|null} [chatSent] ServerMessage chatSent
             * @property {realmforge.v1.ChatMessage.$Properties|null} [chatMessage] ServerMessage chatMessage
             * @property {"error"|"welcome"|"ping"|"pong"|"disconnect"|"registered"|"loggedIn"|"loggedOut"|"characterList"|"characterCreated"|"characterDeleted"|"enteredWorld"|"worldFrame"|"chatSent"|"chatMessage"} [payload] ServerMessage payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerMessage.
             * @memberof realmforge.v1
             * @interface IServerMessage
             * @augments realmforge.v1.ServerMessage.$Properties
             * @deprecated Use realmforge.v1.ServerMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerMessage.
             * @typedef {{
             *   requestId?: number|null;
             *   error?: realmforge.v1.Error.$Shape|null;
             *   welcome?: realmforge.v1.Welcome.$Shape|null;
             *   ping?: realmforge.v1.Ping.$Shape|null;
             *   pong?: realmforge.v1.Pong.$Shape|null;
             *   disconnect?: realmforge.v1.Disconnect.$Shape|null;
             *   registered?: realmforge.v1.Registered.$Shape|null;
             *   loggedIn?: realmforge.v1.LoggedIn.$Shape|null;
             *   loggedOut?: realmforge.v1.LoggedOut.$Shape|null;
             *   characterList?: realmforge.v1.CharacterList.$Shape|null;
             *   characterCreated?: realmforge.v1.CharacterCreated.$Shape|null;
             *   characterDeleted?: realmforge.v1.CharacterDeleted.$Shape|null;
             *   enteredWorld?: realmforge.v1.EnteredWorld.$Shape|null;
             *   worldFrame?: realmforge.v1.WorldFrame.$Shape|null;
             *   chatSent?: realmforge.v1.ChatSent.$Shape|null;
             *   chatMessage?: realmforge.v1.ChatMessage.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "error"; error: realmforge.v1.Error.$Shape; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "welcome"; error?: null; welcome: realmforge.v1.Welcome.$Shape; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "ping"; error?: null; welcome?: null; ping: realmforge.v1.Ping.$Shape; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "pong"; error?: null; welcome?: null; ping?: null; pong: realmforge.v1.Pong.$Shape; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "disconnect"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect: realmforge.v1.Disconnect.$Shape; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "registered"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered: realmforge.v1.Registered.$Shape; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "loggedIn"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn: realmforge.v1.LoggedIn.$Shape; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "loggedOut"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut: realmforge.v1.LoggedOut.$Shape; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "characterList"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList: realmforge.v1.CharacterList.$Shape; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "characterCreated"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated: realmforge.v1.CharacterCreated.$Shape; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "characterDeleted"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted: realmforge.v1.CharacterDeleted.$Shape; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "enteredWorld"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld: realmforge.v1.EnteredWorld.$Shape; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "worldFrame"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame: realmforge.v1.WorldFrame.$Shape; chatSent?: null; chatMessage?: null }|{ payload?: "chatSent"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent: realmforge.v1.ChatSent.$Shape; chatMessage?: null }|{ payload?: "chatMessage"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage: realmforge.v1.ChatMessage.$Shape })
             * )} realmforge.v1.ServerMessage.$Shape
             */

            /**
             * Constructs a new ServerMessage.
             * @memberof realmforge.v1
             * @classdesc Represents a ServerMessage.
             * @constructor
             * @param {realmforge.v1.ServerMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerMessage requestId.
             * @member {number} requestId
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.requestId = 0;

            /**
             * ServerMessage error.
             * @member {realmforge.v1.Error.$Properties|null|undefined} error
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.error = null;

            /**
             * ServerMessage welcome.
             * @member {realmforge.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.welcome = null;

            /**
             * ServerMessage ping.
             * @member {realmforge.v1.Ping.$Properties|null|undefined} ping
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.ping = null;

            /**
             * ServerMessage pong.
             * @member {realmforge.v1.Pong.$Properties|null|undefined} pong
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.pong = null;

            /**
             * ServerMessage disconnect.
             * @member {realmforge.v1.Disconnect.$Properties|null|undefined} disconnect
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.disconnect = null;

            /**
             * ServerMessage registered.
             * @member {realmforge.v1.Registered.$Properties|null|undefined} registered
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.registered = null;

            /**
             * ServerMessage loggedIn.
             * @member {realmforge.v1.LoggedIn.$Properties|null|undefined} loggedIn
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.loggedIn = null;

            /**
             * ServerMessage loggedOut.
             * @member {realmforge.v1.LoggedOut.$Properties|null|undefined} loggedOut
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.loggedOut = null;

            /**
             * ServerMessage characterList.
             * @member {realmforge.v1.CharacterList.$Properties|null|undefined} characterList
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.characterList = null;

            /**
             * ServerMessage characterCreated.
             * @member {realmforge.v1.CharacterCreated.$Properties|null|undefined} characterCreated
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.characterCreated = null;

            /**
             * ServerMessage characterDeleted.
             * @member {realmforge.v1.CharacterDeleted.$Properties|null|undefined} characterDeleted
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.characterDeleted = null;

            /**
             * ServerMessage enteredWorld.
             * @member {realmforge.v1.EnteredWorld.$Properties|null|undefined} enteredWorld
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.enteredWorld = null;

            /**
             * ServerMessage worldFrame.
             * @member {realmforge.v1.WorldFrame.$Properties|null|undefined} worldFrame
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.worldFrame = null;

            /**
             * ServerMessage chatSent.
             * @member {realmforge.v1.ChatSent.$Properties|null|undefined} chatSent
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.chatSent = null;

            /**
             * ServerMessage chatMessage.
             * @member {realmforge.v1.ChatMessage.$Properties|null|undefined} chatMessage
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.chatMessage = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerMessage payload.
             * @member {"error"|"welcome"|"ping"|"pong"|"disconnect"|"registered"|"loggedIn"|"loggedOut"|"characterList"|"characterCreated"|"characterDeleted"|"enteredWorld"|"worldFrame"|"chatSent"|"chatMessage"|undefined} payload
             * @memberof realmforge.v1.ServerMessage
             * @instance
             */
            $Object.defineProperty(ServerMessage.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["error", "welcome", "ping", "pong", "disconnect", "registered", "loggedIn", "loggedOut", "characterList", "characterCreated", "characterDeleted", "enteredWorld", "worldFrame", "chatSent", "chatMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {realmforge.v1.ServerMessage.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.ServerMessage} ServerMessage instance
             * @type {{
             *   (properties: realmforge.v1.ServerMessage.$Shape): realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape;
             *   (properties?: realmforge.v1.ServerMessage.$Properties): realmforge.v1.ServerMessage;
             * }}
             */
            ServerMessage.create = function(properties) {
                return new ServerMessage(properties);
            };

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link realmforge.v1.ServerMessage.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {realmforge.v1.ServerMessage.$Properties} message ServerMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.realmforge.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.realmforge.v1.Welcome.encode(message.welcome, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.realmforge.v1.Ping.encode(message.ping, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.realmforge.v1.Pong.encode(message.pong, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect"))
                    $root.realmforge.v1.Disconnect.encode(message.disconnect, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered"))
                    $root.realmforge.v1.Registered.encode(message.registered, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.loggedIn != null && $Object.hasOwnProperty.call(message, "loggedIn"))
                    $root.realmforge.v1.LoggedIn.encode(message.loggedIn, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.loggedOut != null && $Object.hasOwnProperty.call(message, "loggedOut"))
                    $root.realmforge.v1.LoggedOut.encode(message.loggedOut, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.characterList != null && $Object.hasOwnProperty.call(message, "characterList"))
                    $root.realmforge.v1.CharacterList.encode(message.characterList, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.characterCreated != null && $Object.hasOwnProperty.call(message, "characterCreated"))
                    $root.realmforge.v1.CharacterCreated.encode(message.characterCreated, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.characterDeleted != null && $Object.hasOwnProperty.call(message, "characterDeleted"))
                    $root.realmforge.v1.CharacterDeleted.encode(message.characterDeleted, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.enteredWorld != null && $Object.hasOwnProperty.call(message, "enteredWorld"))
                    $root.realmforge.v1.EnteredWorld.encode(message.enteredWorld, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.worldFrame != null && $Object.hasOwnProperty.call(message, "worldFrame"))
                    $root.realmforge.v1.WorldFrame.encode(message.worldFrame, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.chatSent != null && $Object.hasOwnProperty.call(message, "chatSent"))
                    $root.realmforge.v1.ChatSent.encode(message.chatSent, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.chatMessage != null && $Object.hasOwnProperty.call(message, "chatMessage"))
                    $root.realmforge.v1.ChatMessage.encode(message.chatMessage, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link realmforge.v1.ServerMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {realmforge.v1.ServerMessage.$Properties} message ServerMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.ServerMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.realmforge.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.payload = "error";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.realmforge.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.payload = "welcome";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.realmforge.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.payload = "ping";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.realmforge.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.payload = "pong";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.disconnect = $root.realmforge.v1.Disconnect.decode(reader, reader.size(), $undefined, _depth + 1, message.disconnect);
                            message.payload = "disconnect";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.registered = $root.realmforge.v1.Registered.decode(reader, reader.size(), $undefined, _depth + 1, message.registered);
                            message.payload = "registered";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.loggedIn = $root.realmforge.v1.LoggedIn.decode(reader, reader.size(), $undefined, _depth + 1, message.loggedIn);
                            message.payload = "loggedIn";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.loggedOut = $root.realmforge.v1.LoggedOut.decode(reader, reader.size(), $undefined, _depth + 1, message.loggedOut);
                            message.payload = "loggedOut";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.characterList = $root.realmforge.v1.CharacterList.decode(reader, reader.size(), $undefined, _depth + 1, message.characterList);
                            message.payload = "characterList";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.characterCreated = $root.realmforge.v1.CharacterCreated.decode(reader, reader.size(), $undefined, _depth + 1, message.characterCreated);
                            message.payload = "characterCreated";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.characterDeleted = $root.realmforge.v1.CharacterDeleted.decode(reader, reader.size(), $undefined, _depth + 1, message.characterDeleted);
                            message.payload = "characterDeleted";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.enteredWorld = $root.realmforge.v1.EnteredWorld.decode(reader, reader.size(), $undefined, _depth + 1, message.enteredWorld);
                            message.payload = "enteredWorld";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.worldFrame = $root.realmforge.v1.WorldFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.worldFrame);
                            message.payload = "worldFrame";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.chatSent = $root.realmforge.v1.ChatSent.decode(reader, reader.size(), $undefined, _depth + 1, message.chatSent);
                            message.payload = "chatSent";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.chatMessage = $root.realmforge.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.chatMessage);
                            message.payload = "chatMessage";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerMessage message.
             * @function verify
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Welcome.verify(message.welcome, _depth + 1);
                        if (error)
                            return "welcome." + error;
                    }
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Pong.verify(message.pong, _depth + 1);
                        if (error)
                            return "pong." + error;
                    }
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Disconnect.verify(message.disconnect, _depth + 1);
                        if (error)
                            return "disconnect." + error;
                    }
                }
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.Registered.verify(message.registered, _depth + 1);
                        if (error)
                            return "registered." + error;
                    }
                }
                if (message.loggedIn != null && $Object.hasOwnProperty.call(message, "loggedIn")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.LoggedIn.verify(message.loggedIn, _depth + 1);
                        if (error)
                            return "loggedIn." + error;
                    }
                }
                if (message.loggedOut != null && $Object.hasOwnProperty.call(message, "loggedOut")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.LoggedOut.verify(message.loggedOut, _depth + 1);
                        if (error)
                            return "loggedOut." + error;
                    }
                }
                if (message.characterList != null && $Object.hasOwnProperty.call(message, "characterList")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.CharacterList.verify(message.characterList, _depth + 1);
                        if (error)
                            return "characterList." + error;
                    }
                }
                if (message.characterCreated != null && $Object.hasOwnProperty.call(message, "characterCreated")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.CharacterCreated.verify(message.characterCreated, _depth + 1);
                        if (error)
                            return "characterCreated." + error;
                    }
                }
                if (message.characterDeleted != null && $Object.hasOwnProperty.call(message, "characterDeleted")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.CharacterDeleted.verify(message.characterDeleted, _depth + 1);
                        if (error)
                            return "characterDeleted." + error;
                    }
                }
                if (message.enteredWorld != null && $Object.hasOwnProperty.call(message, "enteredWorld")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.EnteredWorld.verify(message.enteredWorld, _depth + 1);
                        if (error)
                            return "enteredWorld." + error;
                    }
                }
                if (message.worldFrame != null && $Object.hasOwnProperty.call(message, "worldFrame")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.WorldFrame.verify(message.worldFrame, _depth + 1);
                        if (error)
                            return "worldFrame." + error;
                    }
                }
                if (message.chatSent != null && $Object.hasOwnProperty.call(message, "chatSent")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.ChatSent.verify(message.chatSent, _depth + 1);
                        if (error)
                            return "chatSent." + error;
                    }
                }
                if (message.chatMessage != null && $Object.hasOwnProperty.call(message, "chatMessage")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.realmforge.v1.ChatMessage.verify(message.chatMessage, _depth + 1);
                        if (error)
                            return "chatMessage." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.ServerMessage} ServerMessage
             */
            ServerMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.ServerMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.ServerMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.ServerMessage();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".realmforge.v1.ServerMessage.error: object expected");
                    message.error = $root.realmforge.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".realmforge.v1.ServerMessage.welcome: object expected");
                    message.welcome = $root.realmforge.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".realmforge.v1.ServerMessage.ping: object expected");
                    message.ping = $root.realmforge.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".realmforge.v1.ServerMessage.pong: object expected");
                    message.pong = $root.realmforge.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.disconnect != null) {
                    if (!$util.isObject(object.disconnect))
                        throw $TypeError(".realmforge.v1.ServerMessage.disconnect: object expected");
                    message.disconnect = $root.realmforge.v1.Disconnect.fromObject(object.disconnect, _depth + 1);
                }
                if (object.registered != null) {
                    if (!$util.isObject(object.registered))
                        throw $TypeError(".realmforge.v1.ServerMessage.registered: object expected");
                    message.registered = $root.realmforge.v1.Registered.fromObject(object.registered, _depth + 1);
                }
                if (object.loggedIn != null) {
                    if (!$util.isObject(object.loggedIn))
                        throw $TypeError(".realmforge.v1.ServerMessage.loggedIn: object expected");
                    message.loggedIn = $root.realmforge.v1.LoggedIn.fromObject(object.loggedIn, _depth + 1);
                }
                if (object.loggedOut != null) {
                    if (!$util.isObject(object.loggedOut))
                        throw $TypeError(".realmforge.v1.ServerMessage.loggedOut: object expected");
                    message.loggedOut = $root.realmforge.v1.LoggedOut.fromObject(object.loggedOut, _depth + 1);
                }
                if (object.characterList != null) {
                    if (!$util.isObject(object.characterList))
                        throw $TypeError(".realmforge.v1.ServerMessage.characterList: object expected");
                    message.characterList = $root.realmforge.v1.CharacterList.fromObject(object.characterList, _depth + 1);
                }
                if (object.characterCreated != null) {
                    if (!$util.isObject(object.characterCreated))
                        throw $TypeError(".realmforge.v1.ServerMessage.characterCreated: object expected");
                    message.characterCreated = $root.realmforge.v1.CharacterCreated.fromObject(object.characterCreated, _depth + 1);
                }
                if (object.characterDeleted != null) {
                    if (!$util.isObject(object.characterDeleted))
                        throw $TypeError(".realmforge.v1.ServerMessage.characterDeleted: object expected");
                    message.characterDeleted = $root.realmforge.v1.CharacterDeleted.fromObject(object.characterDeleted, _depth + 1);
                }
                if (object.enteredWorld != null) {
                    if (!$util.isObject(object.enteredWorld))
                        throw $TypeError(".realmforge.v1.ServerMessage.enteredWorld: object expected");
                    message.enteredWorld = $root.realmforge.v1.EnteredWorld.fromObject(object.enteredWorld, _depth + 1);
                }
                if (object.worldFrame != null) {
                    if (!$util.isObject(object.worldFrame))
                        throw $TypeError(".realmforge.v1.ServerMessage.worldFrame: object expected");
                    message.worldFrame = $root.realmforge.v1.WorldFrame.fromObject(object.worldFrame, _depth + 1);
                }
                if (object.chatSent != null) {
                    if (!$util.isObject(object.chatSent))
                        throw $TypeError(".realmforge.v1.ServerMessage.chatSent: object expected");
                    message.chatSent = $root.realmforge.v1.ChatSent.fromObject(object.chatSent, _depth + 1);
                }
                if (object.chatMessage != null) {
                    if (!$util.isObject(object.chatMessage))
                        throw $TypeError(".realmforge.v1.ServerMessage.chatMessage: object expected");
                    message.chatMessage = $root.realmforge.v1.ChatMessage.fromObject(object.chatMessage, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.ServerMessage
             * @static
             * @param {realmforge.v1.ServerMessage} message ServerMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = 0;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.realmforge.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "error";
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.realmforge.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "welcome";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.realmforge.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "ping";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.realmforge.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "pong";
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    object.disconnect = $root.realmforge.v1.Disconnect.toObject(message.disconnect, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "disconnect";
                }
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered")) {
                    object.registered = $root.realmforge.v1.Registered.toObject(message.registered, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "registered";
                }
                if (message.loggedIn != null && $Object.hasOwnProperty.call(message, "loggedIn")) {
                    object.loggedIn = $root.realmforge.v1.LoggedIn.toObject(message.loggedIn, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "loggedIn";
                }
                if (message.loggedOut != null && $Object.hasOwnProperty.call(message, "loggedOut")) {
                    object.loggedOut = $root.realmforge.v1.LoggedOut.toObject(message.loggedOut, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "loggedOut";
                }
                if (message.characterList != null && $Object.hasOwnProperty.call(message, "characterList")) {
                    object.characterList = $root.realmforge.v1.CharacterList.toObject(message.characterList, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "characterList";
                }
                if (message.characterCreated != null && $Object.hasOwnProperty.call(message, "characterCreated")) {
                    object.characterCreated = $root.realmforge.v1.CharacterCreated.toObject(message.characterCreated, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "characterCreated";
                }
                if (message.characterDeleted != null && $Object.hasOwnProperty.call(message, "characterDeleted")) {
                    object.characterDeleted = $root.realmforge.v1.CharacterDeleted.toObject(message.characterDeleted, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "characterDeleted";
                }
                if (message.enteredWorld != null && $Object.hasOwnProperty.call(message, "enteredWorld")) {
                    object.enteredWorld = $root.realmforge.v1.EnteredWorld.toObject(message.enteredWorld, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "enteredWorld";
                }
                if (message.worldFrame != null && $Object.hasOwnProperty.call(message, "worldFrame")) {
                    object.worldFrame = $root.realmforge.v1.WorldFrame.toObject(message.worldFrame, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "worldFrame";
                }
                if (message.chatSent != null && $Object.hasOwnProperty.call(message, "chatSent")) {
                    object.chatSent = $root.realmforge.v1.ChatSent.toObject(message.chatSent, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "chatSent";
                }
                if (message.chatMessage != null && $Object.hasOwnProperty.call(message, "chatMessage")) {
                    object.chatMessage = $root.realmforge.v1.ChatMessage.toObject(message.chatMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "chatMessage";
                }
                return object;
            };

            /**
             * Converts this ServerMessage to JSON.
             * @function toJSON
             * @memberof realmforge.v1.ServerMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerMessage.prototype.toJSON = function() {
                return ServerMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ServerMessage;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} realmforge.v1.Hello.$Properties
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [clientName] Hello clientName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof realmforge.v1
             * @interface IHello
             * @augments realmforge.v1.Hello.$Properties
             * @deprecated Use realmforge.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {realmforge.v1.Hello.$Properties} realmforge.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof realmforge.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {realmforge.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof realmforge.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello clientName.
             * @member {string} clientName
             * @memberof realmforge.v1.Hello
             * @instance
             */
            Hello.prototype.clientName = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Hello
             * @static
             * @param {realmforge.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Hello} Hello instance
             * @type {{
             *   (properties: realmforge.v1.Hello.$Shape): realmforge.v1.Hello & realmforge.v1.Hello.$Shape;
             *   (properties?: realmforge.v1.Hello.$Properties): realmforge.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link realmforge.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Hello
             * @static
             * @param {realmforge.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link realmforge.v1.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Hello
             * @static
             * @param {realmforge.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Hello & realmforge.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Hello & realmforge.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof realmforge.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    if (!$util.isString(message.clientName))
                        return "clientName: string expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Hello();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.clientName != null)
                    if (typeof object.clientName !== "string" || object.clientName.length)
                        message.clientName = $String(object.clientName);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Hello
             * @static
             * @param {realmforge.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.clientName = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hello;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} realmforge.v1.Welcome.$Properties
             * @property {number|null} [protocolVersion] Welcome protocolVersion
             * @property {number|null} [tickRateHz] Welcome tickRateHz
             * @property {string|null} [serverName] Welcome serverName
             * @property {number|null} [heartbeatIntervalMs] Welcome heartbeatIntervalMs
             * @property {number|null} [idleTimeoutMs] Welcome idleTimeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof realmforge.v1
             * @interface IWelcome
             * @augments realmforge.v1.Welcome.$Properties
             * @deprecated Use realmforge.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {realmforge.v1.Welcome.$Properties} realmforge.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof realmforge.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {realmforge.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof realmforge.v1.Welcome
             * @instance
             */
            Welcome.prototype.protocolVersion = 0;

            /**
             * Welcome tickRateHz.
             * @member {number} tickRateHz
             * @memberof realmforge.v1.Welcome
             * @instance
             */
            Welcome.prototype.tickRateHz = 0;

            /**
             * Welcome serverName.
             * @member {string} serverName
             * @memberof realmforge.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverName = "";

            /**
             * Welcome heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof realmforge.v1.Welcome
             * @instance
             */
            Welcome.prototype.heartbeatIntervalMs = 0;

            /**
             * Welcome idleTimeoutMs.
             * @member {number} idleTimeoutMs
             * @memberof realmforge.v1.Welcome
             * @instance
             */
            Welcome.prototype.idleTimeoutMs = 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {realmforge.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: realmforge.v1.Welcome.$Shape): realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape;
             *   (properties?: realmforge.v1.Welcome.$Properties): realmforge.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link realmforge.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {realmforge.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.tickRateHz != null && $Object.hasOwnProperty.call(message, "tickRateHz") && message.tickRateHz !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tickRateHz);
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName") && message.serverName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.serverName);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.heartbeatIntervalMs);
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs") && message.idleTimeoutMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.idleTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link realmforge.v1.Welcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {realmforge.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tickRateHz = value;
                            else
                                delete message.tickRateHz;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverName = value;
                            else
                                delete message.serverName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.idleTimeoutMs = value;
                            else
                                delete message.idleTimeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Welcome message.
             * @function verify
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Welcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.tickRateHz != null && $Object.hasOwnProperty.call(message, "tickRateHz"))
                    if (!$util.isInteger(message.tickRateHz))
                        return "tickRateHz: integer expected";
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName"))
                    if (!$util.isString(message.serverName))
                        return "serverName: string expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs"))
                    if (!$util.isInteger(message.idleTimeoutMs))
                        return "idleTimeoutMs: integer expected";
                return null;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Welcome();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.tickRateHz != null)
                    if ($Number(object.tickRateHz) !== 0)
                        message.tickRateHz = object.tickRateHz >>> 0;
                if (object.serverName != null)
                    if (typeof object.serverName !== "string" || object.serverName.length)
                        message.serverName = $String(object.serverName);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.idleTimeoutMs != null)
                    if ($Number(object.idleTimeoutMs) !== 0)
                        message.idleTimeoutMs = object.idleTimeoutMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Welcome
             * @static
             * @param {realmforge.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.tickRateHz = 0;
                    object.serverName = "";
                    object.heartbeatIntervalMs = 0;
                    object.idleTimeoutMs = 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.tickRateHz != null && $Object.hasOwnProperty.call(message, "tickRateHz"))
                    object.tickRateHz = message.tickRateHz;
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName"))
                    object.serverName = message.serverName;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs"))
                    object.idleTimeoutMs = message.idleTimeoutMs;
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Welcome;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} realmforge.v1.Ping.$Properties
             * @property {number|null} [nonce] Ping nonce
             * @property {number|null} [sentAtMs] Ping sentAtMs
             * @property {Uint8Array|null} [payload] Ping payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof realmforge.v1
             * @interface IPing
             * @augments realmforge.v1.Ping.$Properties
             * @deprecated Use realmforge.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {realmforge.v1.Ping.$Properties} realmforge.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof realmforge.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {realmforge.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping nonce.
             * @member {number} nonce
             * @memberof realmforge.v1.Ping
             * @instance
             */
            Ping.prototype.nonce = 0;

            /**
             * Ping sentAtMs.
             * @member {number} sentAtMs
             * @memberof realmforge.v1.Ping
             * @instance
             */
            Ping.prototype.sentAtMs = 0;

            /**
             * Ping payload.
             * @member {Uint8Array} payload
             * @memberof realmforge.v1.Ping
             * @instance
             */
            Ping.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Ping
             * @static
             * @param {realmforge.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Ping} Ping instance
             * @type {{
             *   (properties: realmforge.v1.Ping.$Shape): realmforge.v1.Ping & realmforge.v1.Ping.$Shape;
             *   (properties?: realmforge.v1.Ping.$Properties): realmforge.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link realmforge.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Ping
             * @static
             * @param {realmforge.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nonce);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && !$Object.is(message.sentAtMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.sentAtMs);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link realmforge.v1.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Ping
             * @static
             * @param {realmforge.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Ping & realmforge.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Ping & realmforge.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof realmforge.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isInteger(message.nonce))
                        return "nonce: integer expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof message.sentAtMs !== "number")
                        return "sentAtMs: number expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Ping();
                if (object.nonce != null)
                    if ($Number(object.nonce) !== 0)
                        message.nonce = object.nonce >>> 0;
                if (object.sentAtMs != null)
                    if (!$Object.is($Number(object.sentAtMs), 0))
                        message.sentAtMs = $Number(object.sentAtMs);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Ping
             * @static
             * @param {realmforge.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nonce = 0;
                    object.sentAtMs = 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    object.sentAtMs = options.json && !$isFinite(message.sentAtMs) ? $String(message.sentAtMs) : message.sentAtMs;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ping;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} realmforge.v1.Pong.$Properties
             * @property {number|null} [nonce] Pong nonce
             * @property {number|null} [sentAtMs] Pong sentAtMs
             * @property {Uint8Array|null} [payload] Pong payload
             * @property {number|null} [repliedAtMs] Pong repliedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof realmforge.v1
             * @interface IPong
             * @augments realmforge.v1.Pong.$Properties
             * @deprecated Use realmforge.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {realmforge.v1.Pong.$Properties} realmforge.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof realmforge.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {realmforge.v1.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong nonce.
             * @member {number} nonce
             * @memberof realmforge.v1.Pong
             * @instance
             */
            Pong.prototype.nonce = 0;

            /**
             * Pong sentAtMs.
             * @member {number} sentAtMs
             * @memberof realmforge.v1.Pong
             * @instance
             */
            Pong.prototype.sentAtMs = 0;

            /**
             * Pong payload.
             * @member {Uint8Array} payload
             * @memberof realmforge.v1.Pong
             * @instance
             */
            Pong.prototype.payload = $util.newBuffer([]);

            /**
             * Pong repliedAtMs.
             * @member {number} repliedAtMs
             * @memberof realmforge.v1.Pong
             * @instance
             */
            Pong.prototype.repliedAtMs = 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Pong
             * @static
             * @param {realmforge.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Pong} Pong instance
             * @type {{
             *   (properties: realmforge.v1.Pong.$Shape): realmforge.v1.Pong & realmforge.v1.Pong.$Shape;
             *   (properties?: realmforge.v1.Pong.$Properties): realmforge.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link realmforge.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Pong
             * @static
             * @param {realmforge.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nonce);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && !$Object.is(message.sentAtMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.sentAtMs);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                if (message.repliedAtMs != null && $Object.hasOwnProperty.call(message, "repliedAtMs") && !$Object.is(message.repliedAtMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.repliedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link realmforge.v1.Pong.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Pong
             * @static
             * @param {realmforge.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Pong & realmforge.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.repliedAtMs = value;
                            else
                                delete message.repliedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Pong & realmforge.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Pong message.
             * @function verify
             * @memberof realmforge.v1.Pong
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Pong.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isInteger(message.nonce))
                        return "nonce: integer expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof message.sentAtMs !== "number")
                        return "sentAtMs: number expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.repliedAtMs != null && $Object.hasOwnProperty.call(message, "repliedAtMs"))
                    if (typeof message.repliedAtMs !== "number")
                        return "repliedAtMs: number expected";
                return null;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Pong} Pong
             */
            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Pong();
                if (object.nonce != null)
                    if ($Number(object.nonce) !== 0)
                        message.nonce = object.nonce >>> 0;
                if (object.sentAtMs != null)
                    if (!$Object.is($Number(object.sentAtMs), 0))
                        message.sentAtMs = $Number(object.sentAtMs);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.repliedAtMs != null)
                    if (!$Object.is($Number(object.repliedAtMs), 0))
                        message.repliedAtMs = $Number(object.repliedAtMs);
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Pong
             * @static
             * @param {realmforge.v1.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nonce = 0;
                    object.sentAtMs = 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.repliedAtMs = 0;
                }
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    object.sentAtMs = options.json && !$isFinite(message.sentAtMs) ? $String(message.sentAtMs) : message.sentAtMs;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.repliedAtMs != null && $Object.hasOwnProperty.call(message, "repliedAtMs"))
                    object.repliedAtMs = options.json && !$isFinite(message.repliedAtMs) ? $String(message.repliedAtMs) : message.repliedAtMs;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pong;
        })();

        v1.Disconnect = (function() {

            /**
             * Properties of a Disconnect.
             * @typedef {Object} realmforge.v1.Disconnect.$Properties
             * @property {realmforge.v1.ErrorCode|null} [reason] Disconnect reason
             * @property {string|null} [message] Disconnect message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Disconnect.
             * @memberof realmforge.v1
             * @interface IDisconnect
             * @augments realmforge.v1.Disconnect.$Properties
             * @deprecated Use realmforge.v1.Disconnect.$Properties instead.
             */

            /**
             * Shape of a Disconnect.
             * @typedef {realmforge.v1.Disconnect.$Properties} realmforge.v1.Disconnect.$Shape
             */

            /**
             * Constructs a new Disconnect.
             * @memberof realmforge.v1
             * @classdesc Represents a Disconnect.
             * @constructor
             * @param {realmforge.v1.Disconnect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Disconnect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Disconnect reason.
             * @member {realmforge.v1.ErrorCode} reason
             * @memberof realmforge.v1.Disconnect
             * @instance
             */
            Disconnect.prototype.reason = 0;

            /**
             * Disconnect message.
             * @member {string} message
             * @memberof realmforge.v1.Disconnect
             * @instance
             */
            Disconnect.prototype.message = "";

            /**
             * Creates a new Disconnect instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {realmforge.v1.Disconnect.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Disconnect} Disconnect instance
             * @type {{
             *   (properties: realmforge.v1.Disconnect.$Shape): realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape;
             *   (properties?: realmforge.v1.Disconnect.$Properties): realmforge.v1.Disconnect;
             * }}
             */
            Disconnect.create = function(properties) {
                return new Disconnect(properties);
            };

            /**
             * Encodes the specified Disconnect message. Does not implicitly {@link realmforge.v1.Disconnect.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {realmforge.v1.Disconnect.$Properties} message Disconnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Disconnect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Disconnect message, length delimited. Does not implicitly {@link realmforge.v1.Disconnect.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {realmforge.v1.Disconnect.$Properties} message Disconnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Disconnect.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Disconnect message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Disconnect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Disconnect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Disconnect message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Disconnect.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Disconnect message.
             * @function verify
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Disconnect.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a Disconnect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Disconnect} Disconnect
             */
            Disconnect.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Disconnect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Disconnect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.Disconnect();
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.realmforge.v1.ErrorCode[object.reason] !== 0))
                    switch (object.reason) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED":
                    case 100:
                        message.reason = 100;
                        break;
                    case "ERROR_CODE_FRAME_TOO_LARGE":
                    case 101:
                        message.reason = 101;
                        break;
                    case "ERROR_CODE_MALFORMED_FRAME":
                    case 102:
                        message.reason = 102;
                        break;
                    case "ERROR_CODE_MALFORMED_MESSAGE":
                    case 103:
                        message.reason = 103;
                        break;
                    case "ERROR_CODE_UNKNOWN_MESSAGE":
                    case 104:
                        message.reason = 104;
                        break;
                    case "ERROR_CODE_HANDSHAKE_REQUIRED":
                    case 105:
                        message.reason = 105;
                        break;
                    case "ERROR_CODE_IDLE_TIMEOUT":
                    case 106:
                        message.reason = 106;
                        break;
                    case "ERROR_CODE_SLOW_CONSUMER":
                    case 107:
                        message.reason = 107;
                        break;
                    case "ERROR_CODE_SERVER_SHUTTING_DOWN":
                    case 108:
                        message.reason = 108;
                        break;
                    case "ERROR_CODE_SESSION_REPLACED":
                    case 109:
                        message.reason = 109;
                        break;
                    case "ERROR_CODE_RATE_LIMITED":
                    case 110:
                        message.reason = 110;
                        break;
                    case "ERROR_CODE_INVALID_ARGUMENT":
                    case 200:
                        message.reason = 200;
                        break;
                    case "ERROR_CODE_UNEXPECTED_MESSAGE":
                    case 201:
                        message.reason = 201;
                        break;
                    case "ERROR_CODE_NOT_AUTHENTICATED":
                    case 202:
                        message.reason = 202;
                        break;
                    case "ERROR_CODE_ALREADY_AUTHENTICATED":
                    case 203:
                        message.reason = 203;
                        break;
                    case "ERROR_CODE_AUTH_FAILED":
                    case 300:
                        message.reason = 300;
                        break;
                    case "ERROR_CODE_USERNAME_INVALID":
                    case 301:
                        message.reason = 301;
                        break;
                    case "ERROR_CODE_USERNAME_TAKEN":
                    case 302:
                        message.reason = 302;
                        break;
                    case "ERROR_CODE_PASSWORD_INVALID":
                    case 303:
                        message.reason = 303;
                        break;
                    case "ERROR_CODE_RESUME_FAILED":
                    case 304:
                        message.reason = 304;
                        break;
                    case "ERROR_CODE_CHARACTER_NAME_INVALID":
                    case 400:
                        message.reason = 400;
                        break;
                    case "ERROR_CODE_CHARACTER_NAME_TAKEN":
                    case 401:
                        message.reason = 401;
                        break;
                    case "ERROR_CODE_CHARACTER_NOT_FOUND":
                    case 402:
                        message.reason = 402;
                        break;
                    case "ERROR_CODE_CHARACTER_LIMIT_REACHED":
                    case 403:
                        message.reason = 403;
                        break;
                    case "ERROR_CODE_CHARACTER_CLASS_INVALID":
                    case 404:
                        message.reason = 404;
                        break;
                    case "ERROR_CODE_ALREADY_IN_WORLD":
                    case 405:
                        message.reason = 405;
                        break;
                    case "ERROR_CODE_NOT_IN_WORLD":
                    case 406:
                        message.reason = 406;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 500:
                        message.reason = 500;
                        break;
                    case "ERROR_CODE_STORAGE_UNAVAILABLE":
                    case 501:
                        message.reason = 501;
                        break;
                    case "ERROR_CODE_CHAT_TEXT_INVALID":
                    case 600:
                        message.reason = 600;
                        break;
                    case "ERROR_CODE_CHAT_RECIPIENT_OFFLINE":
                    case 601:
                        message.reason = 601;
                        break;
                    case "ERROR_CODE_CHAT_MUTED":
                    case 602:
                        message.reason = 602;
                        break;
                    case "ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE":
                    case 603:
                        message.reason = 603;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Disconnect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Disconnect
             * @static
             * @param {realmforge.v1.Disconnect} message Disconnect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Disconnect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.realmforge.v1.ErrorCode[message.reason] === $undefined ? message.reason : $root.realmforge.v1.ErrorCode[message.reason] : message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Disconnect to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Disconnect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Disconnect.prototype.toJSON = function() {
                return Disconnect.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Disconnect;
        })();

        v1.Logout = (function() {

            /**
             * Properties of a Logout.
             * @typedef {Object} realmforge.v1.Logout.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Logout.
             * @memberof realmforge.v1
             * @interface ILogout
             * @augments realmforge.v1.Logout.$Properties
             * @deprecated Use realmforge.v1.Logout.$Properties instead.
             */

            /**
             * Shape of a Logout.
             * @typedef {realmforge.v1.Logout.$Properties} realmforge.v1.Logout.$Shape
             */

            /**
             * Constructs a new Logout.
             * @memberof realmforge.v1
             * @classdesc Represents a Logout.
             * @constructor
             * @param {realmforge.v1.Logout.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Logout = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Logout instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.Logout
             * @static
             * @param {realmforge.v1.Logout.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.Logout} Logout instance
             * @type {{
             *   (properties: realmforge.v1.Logout.$Shape): realmforge.v1.Logout & realmforge.v1.Logout.$Shape;
             *   (properties?: realmforge.v1.Logout.$Properties): realmforge.v1.Logout;
             * }}
             */
            Logout.create = function(properties) {
                return new Logout(properties);
            };

            /**
             * Encodes the specified Logout message. Does not implicitly {@link realmforge.v1.Logout.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.Logout
             * @static
             * @param {realmforge.v1.Logout.$Properties} message Logout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Logout.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Logout message, length delimited. Does not implicitly {@link realmforge.v1.Logout.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.Logout
             * @static
             * @param {realmforge.v1.Logout.$Properties} message Logout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Logout.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Logout message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.Logout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.Logout & realmforge.v1.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Logout.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.Logout();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Logout message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.Logout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.Logout & realmforge.v1.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Logout.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Logout message.
             * @function verify
             * @memberof realmforge.v1.Logout
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Logout.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Logout message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.Logout
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.Logout} Logout
             */
            Logout.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.Logout)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.Logout: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.realmforge.v1.Logout();
            };

            /**
             * Creates a plain object from a Logout message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.Logout
             * @static
             * @param {realmforge.v1.Logout} message Logout
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Logout.toObject = function () {
                return {};
            };

            /**
             * Converts this Logout to JSON.
             * @function toJSON
             * @memberof realmforge.v1.Logout
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Logout.prototype.toJSON = function() {
                return Logout.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Logout;
        })();

        v1.LoggedOut = (function() {

            /**
             * Properties of a LoggedOut.
             * @typedef {Object} realmforge.v1.LoggedOut.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoggedOut.
             * @memberof realmforge.v1
             * @interface ILoggedOut
             * @augments realmforge.v1.LoggedOut.$Properties
             * @deprecated Use realmforge.v1.LoggedOut.$Properties instead.
             */

            /**
             * Shape of a LoggedOut.
             * @typedef {realmforge.v1.LoggedOut.$Properties} realmforge.v1.LoggedOut.$Shape
             */

            /**
             * Constructs a new LoggedOut.
             * @memberof realmforge.v1
             * @classdesc Represents a LoggedOut.
             * @constructor
             * @param {realmforge.v1.LoggedOut.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoggedOut = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new LoggedOut instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {realmforge.v1.LoggedOut.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.LoggedOut} LoggedOut instance
             * @type {{
             *   (properties: realmforge.v1.LoggedOut.$Shape): realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape;
             *   (properties?: realmforge.v1.LoggedOut.$Properties): realmforge.v1.LoggedOut;
             * }}
             */
            LoggedOut.create = function(properties) {
                return new LoggedOut(properties);
            };

            /**
             * Encodes the specified LoggedOut message. Does not implicitly {@link realmforge.v1.LoggedOut.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {realmforge.v1.LoggedOut.$Properties} message LoggedOut message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoggedOut.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoggedOut message, length delimited. Does not implicitly {@link realmforge.v1.LoggedOut.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {realmforge.v1.LoggedOut.$Properties} message LoggedOut message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoggedOut.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoggedOut message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape} LoggedOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoggedOut.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.LoggedOut();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LoggedOut message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape} LoggedOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoggedOut.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoggedOut message.
             * @function verify
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoggedOut.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a LoggedOut message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.LoggedOut} LoggedOut
             */
            LoggedOut.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.LoggedOut)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.LoggedOut: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.realmforge.v1.LoggedOut();
            };

            /**
             * Creates a plain object from a LoggedOut message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.LoggedOut
             * @static
             * @param {realmforge.v1.LoggedOut} message LoggedOut
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoggedOut.toObject = function () {
                return {};
            };

            /**
             * Converts this LoggedOut to JSON.
             * @function toJSON
             * @memberof realmforge.v1.LoggedOut
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoggedOut.prototype.toJSON = function() {
                return LoggedOut.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoggedOut;
        })();

        v1.MoveInput = (function() {

            /**
             * Properties of a MoveInput.
             * @typedef {Object} realmforge.v1.MoveInput.$Properties
             * @property {number|null} [sequence] MoveInput sequence
             * @property {number|null} [directionX] MoveInput directionX
             * @property {number|null} [directionY] MoveInput directionY
             * @property {realmforge.v1.Position.$Properties|null} [target] MoveInput target
             * @property {number|null} [clientTimeMs] MoveInput clientTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MoveInput.
             * @memberof realmforge.v1
             * @interface IMoveInput
             * @augments realmforge.v1.MoveInput.$Properties
             * @deprecated Use realmforge.v1.MoveInput.$Properties instead.
             */

            /**
             * Shape of a MoveInput.
             * @typedef {realmforge.v1.MoveInput.$Properties} realmforge.v1.MoveInput.$Shape
             */

            /**
             * Constructs a new MoveInput.
             * @memberof realmforge.v1
             * @classdesc Represents a MoveInput.
             * @constructor
             * @param {realmforge.v1.MoveInput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MoveInput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MoveInput sequence.
             * @member {number} sequence
             * @memberof realmforge.v1.MoveInput
             * @instance
             */
            MoveInput.prototype.sequence = 0;

            /**
             * MoveInput directionX.
             * @member {number} directionX
             * @memberof realmforge.v1.MoveInput
             * @instance
             */
            MoveInput.prototype.directionX = 0;

            /**
             * MoveInput directionY.
             * @member {number} directionY
             * @memberof realmforge.v1.MoveInput
             * @instance
             */
            MoveInput.prototype.directionY = 0;

            /**
             * MoveInput target.
             * @member {realmforge.v1.Position.$Properties|null|undefined} target
             * @memberof realmforge.v1.MoveInput
             * @instance
             */
            MoveInput.prototype.target = null;

            /**
             * MoveInput clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof realmforge.v1.MoveInput
             * @instance
             */
            MoveInput.prototype.clientTimeMs = 0;

            /**
             * Creates a new MoveInput instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {realmforge.v1.MoveInput.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.MoveInput} MoveInput instance
             * @type {{
             *   (properties: realmforge.v1.MoveInput.$Shape): realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape;
             *   (properties?: realmforge.v1.MoveInput.$Properties): realmforge.v1.MoveInput;
             * }}
             */
            MoveInput.create = function(properties) {
                return new MoveInput(properties);
            };

            /**
             * Encodes the specified MoveInput message. Does not implicitly {@link realmforge.v1.MoveInput.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {realmforge.v1.MoveInput.$Properties} message MoveInput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveInput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && message.sequence !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sequence);
                if (message.directionX != null && $Object.hasOwnProperty.call(message, "directionX") && !$Object.is(message.directionX, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.directionX);
                if (message.directionY != null && $Object.hasOwnProperty.call(message, "directionY") && !$Object.is(message.directionY, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.directionY);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    $root.realmforge.v1.Position.encode(message.target, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs") && !$Object.is(message.clientTimeMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.clientTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MoveInput message, length delimited. Does not implicitly {@link realmforge.v1.MoveInput.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {realmforge.v1.MoveInput.$Properties} message MoveInput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveInput.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MoveInput message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape} MoveInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveInput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.MoveInput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.directionX = value;
                            else
                                delete message.directionX;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.directionY = value;
                            else
                                delete message.directionY;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.target = $root.realmforge.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.target);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.clientTimeMs = value;
                            else
                                delete message.clientTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MoveInput message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape} MoveInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveInput.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MoveInput message.
             * @function verify
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MoveInput.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence))
                        return "sequence: integer expected";
                if (message.directionX != null && $Object.hasOwnProperty.call(message, "directionX"))
                    if (typeof message.directionX !== "number")
                        return "directionX: number expected";
                if (message.directionY != null && $Object.hasOwnProperty.call(message, "directionY"))
                    if (typeof message.directionY !== "number")
                        return "directionY: number expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target")) {
                    let error = $root.realmforge.v1.Position.verify(message.target, _depth + 1);
                    if (error)
                        return "target." + error;
                }
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (typeof message.clientTimeMs !== "number")
                        return "clientTimeMs: number expected";
                return null;
            };

            /**
             * Creates a MoveInput message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.MoveInput} MoveInput
             */
            MoveInput.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.MoveInput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.MoveInput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.MoveInput();
                if (object.sequence != null)
                    if ($Number(object.sequence) !== 0)
                        message.sequence = object.sequence >>> 0;
                if (object.directionX != null)
                    if (!$Object.is($Number(object.directionX), 0))
                        message.directionX = $Number(object.directionX);
                if (object.directionY != null)
                    if (!$Object.is($Number(object.directionY), 0))
                        message.directionY = $Number(object.directionY);
                if (object.target != null) {
                    if (!$util.isObject(object.target))
                        throw $TypeError(".realmforge.v1.MoveInput.target: object expected");
                    message.target = $root.realmforge.v1.Position.fromObject(object.target, _depth + 1);
                }
                if (object.clientTimeMs != null)
                    if (!$Object.is($Number(object.clientTimeMs), 0))
                        message.clientTimeMs = $Number(object.clientTimeMs);
                return message;
            };

            /**
             * Creates a plain object from a MoveInput message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.MoveInput
             * @static
             * @param {realmforge.v1.MoveInput} message MoveInput
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MoveInput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sequence = 0;
                    object.directionX = 0;
                    object.directionY = 0;
                    object.target = null;
                    object.clientTimeMs = 0;
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    object.sequence = message.sequence;
                if (message.directionX != null && $Object.hasOwnProperty.call(message, "directionX"))
                    object.directionX = options.json && !$isFinite(message.directionX) ? $String(message.directionX) : message.directionX;
                if (message.directionY != null && $Object.hasOwnProperty.call(message, "directionY"))
                    object.directionY = options.json && !$isFinite(message.directionY) ? $String(message.directionY) : message.directionY;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = $root.realmforge.v1.Position.toObject(message.target, options, _depth + 1);
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    object.clientTimeMs = options.json && !$isFinite(message.clientTimeMs) ? $String(message.clientTimeMs) : message.clientTimeMs;
                return object;
            };

            /**
             * Converts this MoveInput to JSON.
             * @function toJSON
             * @memberof realmforge.v1.MoveInput
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MoveInput.prototype.toJSON = function() {
                return MoveInput.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MoveInput;
        })();

        /**
         * EntityKind enum.
         * @name realmforge.v1.EntityKind
         * @enum {number}
         * @property {number} ENTITY_KIND_UNSPECIFIED=0 ENTITY_KIND_UNSPECIFIED value
         * @property {number} ENTITY_KIND_PLAYER=1 ENTITY_KIND_PLAYER value
         * @property {number} ENTITY_KIND_NPC=2 ENTITY_KIND_NPC value
         */
        v1.EntityKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTITY_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENTITY_KIND_PLAYER"] = 1;
            values[valuesById[2] = "ENTITY_KIND_NPC"] = 2;
            return values;
        })();

        v1.EntityEnter = (function() {

            /**
             * Properties of an EntityEnter.
             * @typedef {Object} realmforge.v1.EntityEnter.$Properties
             * @property {number|null} [entityId] EntityEnter entityId
             * @property {realmforge.v1.EntityKind|null} [kind] EntityEnter kind
             * @property {string|null} [name] EntityEnter name
             * @property {number|null} [x] EntityEnter x
             * @property {number|null} [y] EntityEnter y
             * @property {number|null} [hitPoints] EntityEnter hitPoints
             * @property {number|null} [maxHitPoints] EntityEnter maxHitPoints
             * @property {realmforge.v1.CharacterClass|null} ["class"] EntityEnter class
             * @property {number|null} [level] EntityEnter level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityEnter.
             * @memberof realmforge.v1
             * @interface IEntityEnter
             * @augments realmforge.v1.EntityEnter.$Properties
             * @deprecated Use realmforge.v1.EntityEnter.$Properties instead.
             */

            /**
             * Shape of an EntityEnter.
             * @typedef {realmforge.v1.EntityEnter.$Properties} realmforge.v1.EntityEnter.$Shape
             */

            /**
             * Constructs a new EntityEnter.
             * @memberof realmforge.v1
             * @classdesc Represents an EntityEnter.
             * @constructor
             * @param {realmforge.v1.EntityEnter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityEnter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityEnter entityId.
             * @member {number} entityId
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.entityId = 0;

            /**
             * EntityEnter kind.
             * @member {realmforge.v1.EntityKind} kind
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.kind = 0;

            /**
             * EntityEnter name.
             * @member {string} name
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.name = "";

            /**
             * EntityEnter x.
             * @member {number} x
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.x = 0;

            /**
             * EntityEnter y.
             * @member {number} y
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.y = 0;

            /**
             * EntityEnter hitPoints.
             * @member {number} hitPoints
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.hitPoints = 0;

            /**
             * EntityEnter maxHitPoints.
             * @member {number} maxHitPoints
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.maxHitPoints = 0;

            /**
             * EntityEnter class.
             * @member {realmforge.v1.CharacterClass} class
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype["class"] = 0;

            /**
             * EntityEnter level.
             * @member {number} level
             * @memberof realmforge.v1.EntityEnter
             * @instance
             */
            EntityEnter.prototype.level = 0;

            /**
             * Creates a new EntityEnter instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {realmforge.v1.EntityEnter.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.EntityEnter} EntityEnter instance
             * @type {{
             *   (properties: realmforge.v1.EntityEnter.$Shape): realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape;
             *   (properties?: realmforge.v1.EntityEnter.$Properties): realmforge.v1.EntityEnter;
             * }}
             */
            EntityEnter.create = function(properties) {
                return new EntityEnter(properties);
            };

            /**
             * Encodes the specified EntityEnter message. Does not implicitly {@link realmforge.v1.EntityEnter.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {realmforge.v1.EntityEnter.$Properties} message EntityEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityEnter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId") && message.entityId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.entityId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.y);
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints") && message.hitPoints !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.hitPoints);
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints") && message.maxHitPoints !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxHitPoints);
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class") && message["class"] !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message["class"]);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.level);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityEnter message, length delimited. Does not implicitly {@link realmforge.v1.EntityEnter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {realmforge.v1.EntityEnter.$Properties} message EntityEnter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityEnter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityEnter message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape} EntityEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityEnter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.EntityEnter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.entityId = value;
                            else
                                delete message.entityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hitPoints = value;
                            else
                                delete message.hitPoints;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxHitPoints = value;
                            else
                                delete message.maxHitPoints;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message["class"] = value;
                            else
                                delete message["class"];
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EntityEnter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape} EntityEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityEnter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityEnter message.
             * @function verify
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityEnter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId"))
                    if (!$util.isInteger(message.entityId))
                        return "entityId: integer expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (!$util.isInteger(message.x))
                        return "x: integer expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (!$util.isInteger(message.y))
                        return "y: integer expected";
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints"))
                    if (!$util.isInteger(message.hitPoints))
                        return "hitPoints: integer expected";
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints"))
                    if (!$util.isInteger(message.maxHitPoints))
                        return "maxHitPoints: integer expected";
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class"))
                    if (typeof message["class"] !== "number" || (message["class"] | 0) !== message["class"])
                        return "class: enum value expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (!$util.isInteger(message.level))
                        return "level: integer expected";
                return null;
            };

            /**
             * Creates an EntityEnter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.EntityEnter} EntityEnter
             */
            EntityEnter.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.EntityEnter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.EntityEnter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.EntityEnter();
                if (object.entityId != null)
                    if ($Number(object.entityId) !== 0)
                        message.entityId = object.entityId >>> 0;
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.realmforge.v1.EntityKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ENTITY_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ENTITY_KIND_PLAYER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ENTITY_KIND_NPC":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.x != null)
                    if ($Number(object.x) !== 0)
                        message.x = object.x >>> 0;
                if (object.y != null)
                    if ($Number(object.y) !== 0)
                        message.y = object.y >>> 0;
                if (object.hitPoints != null)
                    if ($Number(object.hitPoints) !== 0)
                        message.hitPoints = object.hitPoints >>> 0;
                if (object.maxHitPoints != null)
                    if ($Number(object.maxHitPoints) !== 0)
                        message.maxHitPoints = object.maxHitPoints >>> 0;
                if (object["class"] !== 0 && (typeof object["class"] !== "string" || $root.realmforge.v1.CharacterClass[object["class"]] !== 0))
                    switch (object["class"]) {
                    case "CHARACTER_CLASS_UNSPECIFIED":
                    case 0:
                        message["class"] = 0;
                        break;
                    case "CHARACTER_CLASS_WARRIOR":
                    case 1:
                        message["class"] = 1;
                        break;
                    case "CHARACTER_CLASS_MAGE":
                    case 2:
                        message["class"] = 2;
                        break;
                    case "CHARACTER_CLASS_RANGER":
                    case 3:
                        message["class"] = 3;
                        break;
                    default:
                        if (typeof object["class"] === "number" && (object["class"] | 0) === object["class"])
                            message["class"] = object["class"];
                    }
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EntityEnter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.EntityEnter
             * @static
             * @param {realmforge.v1.EntityEnter} message EntityEnter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityEnter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.entityId = 0;
                    object.kind = options.enums === $String ? "ENTITY_KIND_UNSPECIFIED" : 0;
                    object.name = "";
                    object.x = 0;
                    object.y = 0;
                    object.hitPoints = 0;
                    object.maxHitPoints = 0;
                    object["class"] = options.enums === $String ? "CHARACTER_CLASS_UNSPECIFIED" : 0;
                    object.level = 0;
                }
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId"))
                    object.entityId = message.entityId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.realmforge.v1.EntityKind[message.kind] === $undefined ? message.kind : $root.realmforge.v1.EntityKind[message.kind] : message.kind;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = message.y;
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints"))
                    object.hitPoints = message.hitPoints;
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints"))
                    object.maxHitPoints = message.maxHitPoints;
                if (message["class"] != null && $Object.hasOwnProperty.call(message, "class"))
                    object["class"] = options.enums === $String ? $root.realmforge.v1.CharacterClass[message["class"]] === $undefined ? message["class"] : $root.realmforge.v1.CharacterClass[message["class"]] : message["class"];
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                return object;
            };

            /**
             * Converts this EntityEnter to JSON.
             * @function toJSON
             * @memberof realmforge.v1.EntityEnter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityEnter.prototype.toJSON = function() {
                return EntityEnter.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EntityEnter;
        })();

        v1.EntityUpdate = (function() {

            /**
             * Properties of an EntityUpdate.
             * @typedef {Object} realmforge.v1.EntityUpdate.$Properties
             * @property {number|null} [entityId] EntityUpdate entityId
             * @property {number|null} [x] EntityUpdate x
             * @property {number|null} [y] EntityUpdate y
             * @property {number|null} [hitPoints] EntityUpdate hitPoints
             * @property {number|null} [maxHitPoints] EntityUpdate maxHitPoints
             * @property {number|null} [level] EntityUpdate level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntityUpdate.
             * @memberof realmforge.v1
             * @interface IEntityUpdate
             * @augments realmforge.v1.EntityUpdate.$Properties
             * @deprecated Use realmforge.v1.EntityUpdate.$Properties instead.
             */

            /**
             * Shape of an EntityUpdate.
             * @typedef {realmforge.v1.EntityUpdate.$Properties} realmforge.v1.EntityUpdate.$Shape
             */

            /**
             * Constructs a new EntityUpdate.
             * @memberof realmforge.v1
             * @classdesc Represents an EntityUpdate.
             * @constructor
             * @param {realmforge.v1.EntityUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntityUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EntityUpdate entityId.
             * @member {number} entityId
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             */
            EntityUpdate.prototype.entityId = 0;

            /**
             * EntityUpdate x.
             * @member {number|null|undefined} x
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             */
            EntityUpdate.prototype.x = null;

            /**
             * EntityUpdate y.
             * @member {number|null|undefined} y
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             */
            EntityUpdate.prototype.y = null;

            /**
             * EntityUpdate hitPoints.
             * @member {number|null|undefined} hitPoints
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             */
            EntityUpdate.prototype.hitPoints = null;

            /**
             * EntityUpdate maxHitPoints.
             * @member {number|null|undefined} maxHitPoints
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             */
            EntityUpdate.prototype.maxHitPoints = null;

            /**
             * EntityUpdate level.
             * @member {number|null|undefined} level
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             */
            EntityUpdate.prototype.level = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntityUpdate.prototype, "_x", {
                get: $util.oneOfGetter($oneOfFields = ["x"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntityUpdate.prototype, "_y", {
                get: $util.oneOfGetter($oneOfFields = ["y"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntityUpdate.prototype, "_hitPoints", {
                get: $util.oneOfGetter($oneOfFields = ["hitPoints"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntityUpdate.prototype, "_maxHitPoints", {
                get: $util.oneOfGetter($oneOfFields = ["maxHitPoints"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntityUpdate.prototype, "_level", {
                get: $util.oneOfGetter($oneOfFields = ["level"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new EntityUpdate instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {realmforge.v1.EntityUpdate.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.EntityUpdate} EntityUpdate instance
             * @type {{
             *   (properties: realmforge.v1.EntityUpdate.$Shape): realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape;
             *   (properties?: realmforge.v1.EntityUpdate.$Properties): realmforge.v1.EntityUpdate;
             * }}
             */
            EntityUpdate.create = function(properties) {
                return new EntityUpdate(properties);
            };

            /**
             * Encodes the specified EntityUpdate message. Does not implicitly {@link realmforge.v1.EntityUpdate.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {realmforge.v1.EntityUpdate.$Properties} message EntityUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId") && message.entityId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.entityId);
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.y);
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.hitPoints);
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxHitPoints);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.level);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EntityUpdate message, length delimited. Does not implicitly {@link realmforge.v1.EntityUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {realmforge.v1.EntityUpdate.$Properties} message EntityUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntityUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntityUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape} EntityUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.EntityUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.entityId = value;
                            else
                                delete message.entityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.x = reader.uint32();
                            message._x = "x";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.y = reader.uint32();
                            message._y = "y";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.hitPoints = reader.uint32();
                            message._hitPoints = "hitPoints";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.maxHitPoints = reader.uint32();
                            message._maxHitPoints = "maxHitPoints";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.level = reader.uint32();
                            message._level = "level";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EntityUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape} EntityUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntityUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntityUpdate message.
             * @function verify
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntityUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId"))
                    if (!$util.isInteger(message.entityId))
                        return "entityId: integer expected";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x")) {
                    properties._x = 1;
                    if (!$util.isInteger(message.x))
                        return "x: integer expected";
                }
                if (message.y != null && $Object.hasOwnProperty.call(message, "y")) {
                    properties._y = 1;
                    if (!$util.isInteger(message.y))
                        return "y: integer expected";
                }
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints")) {
                    properties._hitPoints = 1;
                    if (!$util.isInteger(message.hitPoints))
                        return "hitPoints: integer expected";
                }
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints")) {
                    properties._maxHitPoints = 1;
                    if (!$util.isInteger(message.maxHitPoints))
                        return "maxHitPoints: integer expected";
                }
                if (message.level != null && $Object.hasOwnProperty.call(message, "level")) {
                    properties._level = 1;
                    if (!$util.isInteger(message.level))
                        return "level: integer expected";
                }
                return null;
            };

            /**
             * Creates an EntityUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.EntityUpdate} EntityUpdate
             */
            EntityUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.EntityUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.EntityUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.EntityUpdate();
                if (object.entityId != null)
                    if ($Number(object.entityId) !== 0)
                        message.entityId = object.entityId >>> 0;
                if (object.x != null)
                    message.x = object.x >>> 0;
                if (object.y != null)
                    message.y = object.y >>> 0;
                if (object.hitPoints != null)
                    message.hitPoints = object.hitPoints >>> 0;
                if (object.maxHitPoints != null)
                    message.maxHitPoints = object.maxHitPoints >>> 0;
                if (object.level != null)
                    message.level = object.level >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EntityUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.EntityUpdate
             * @static
             * @param {realmforge.v1.EntityUpdate} message EntityUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntityUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.entityId = 0;
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId"))
                    object.entityId = message.entityId;
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = message.y;
                if (message.hitPoints != null && $Object.hasOwnProperty.call(message, "hitPoints"))
                    object.hitPoints = message.hitPoints;
                if (message.maxHitPoints != null && $Object.hasOwnProperty.call(message, "maxHitPoints"))
                    object.maxHitPoints = message.maxHitPoints;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                return object;
            };

            /**
             * Converts this EntityUpdate to JSON.
             * @function toJSON
             * @memberof realmforge.v1.EntityUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntityUpdate.prototype.toJSON = function() {
                return EntityUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EntityUpdate;
        })();

        v1.WorldFrame = (function() {

            /**
             * Properties of a WorldFrame.
             * @typedef {Object} realmforge.v1.WorldFrame.$Properties
             * @property {number|null} [tick] WorldFrame tick
             * @property {number|null} [ackSequence] WorldFrame ackSequence
             * @property {boolean|null} [reset] WorldFrame reset
             * @property {string|null} [zone] WorldFrame zone
             * @property {number|null} [selfEntityId] WorldFrame selfEntityId
             * @property {Array.<realmforge.v1.EntityEnter.$Properties>|null} [enters] WorldFrame enters
             * @property {Array.<realmforge.v1.EntityUpdate.$Properties>|null} [updates] WorldFrame updates
             * @property {Array.<number>|null} [leaves] WorldFrame leaves
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorldFrame.
             * @memberof realmforge.v1
             * @interface IWorldFrame
             * @augments realmforge.v1.WorldFrame.$Properties
             * @deprecated Use realmforge.v1.WorldFrame.$Properties instead.
             */

            /**
             * Shape of a WorldFrame.
             * @typedef {realmforge.v1.WorldFrame.$Properties} realmforge.v1.WorldFrame.$Shape
             */

            /**
             * Constructs a new WorldFrame.
             * @memberof realmforge.v1
             * @classdesc Represents a WorldFrame.
             * @constructor
             * @param {realmforge.v1.WorldFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorldFrame = function (properties) {
                this.enters = [];
                this.updates = [];
                this.leaves = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorldFrame tick.
             * @member {number} tick
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.tick = 0;

            /**
             * WorldFrame ackSequence.
             * @member {number} ackSequence
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.ackSequence = 0;

            /**
             * WorldFrame reset.
             * @member {boolean} reset
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.reset = false;

            /**
             * WorldFrame zone.
             * @member {string} zone
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.zone = "";

            /**
             * WorldFrame selfEntityId.
             * @member {number} selfEntityId
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.selfEntityId = 0;

            /**
             * WorldFrame enters.
             * @member {Array.<realmforge.v1.EntityEnter.$Properties>} enters
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.enters = $util.emptyArray;

            /**
             * WorldFrame updates.
             * @member {Array.<realmforge.v1.EntityUpdate.$Properties>} updates
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.updates = $util.emptyArray;

            /**
             * WorldFrame leaves.
             * @member {Array.<number>} leaves
             * @memberof realmforge.v1.WorldFrame
             * @instance
             */
            WorldFrame.prototype.leaves = $util.emptyArray;

            /**
             * Creates a new WorldFrame instance using the specified properties.
             * @function create
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {realmforge.v1.WorldFrame.$Properties=} [properties] Properties to set
             * @returns {realmforge.v1.WorldFrame} WorldFrame instance
             * @type {{
             *   (properties: realmforge.v1.WorldFrame.$Shape): realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape;
             *   (properties?: realmforge.v1.WorldFrame.$Properties): realmforge.v1.WorldFrame;
             * }}
             */
            WorldFrame.create = function(properties) {
                return new WorldFrame(properties);
            };

            /**
             * Encodes the specified WorldFrame message. Does not implicitly {@link realmforge.v1.WorldFrame.verify|verify} messages.
             * @function encode
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {realmforge.v1.WorldFrame.$Properties} message WorldFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorldFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tick);
                if (message.ackSequence != null && $Object.hasOwnProperty.call(message, "ackSequence") && message.ackSequence !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ackSequence);
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset") && message.reset !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.reset);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.zone);
                if (message.selfEntityId != null && $Object.hasOwnProperty.call(message, "selfEntityId") && message.selfEntityId !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.selfEntityId);
                if (message.enters != null && message.enters.length)
                    for (let i = 0; i < message.enters.length; ++i)
                        $root.realmforge.v1.EntityEnter.encode(message.enters[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.updates != null && message.updates.length)
                    for (let i = 0; i < message.updates.length; ++i)
                        $root.realmforge.v1.EntityUpdate.encode(message.updates[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.leaves != null && message.leaves.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.leaves);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorldFrame message, length delimited. Does not implicitly {@link realmforge.v1.WorldFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {realmforge.v1.WorldFrame.$Properties} message WorldFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorldFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorldFrame message from the specified reader or buffer.
             * @function decode
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape} WorldFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorldFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.realmforge.v1.WorldFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tick = value;
                            else
                                delete message.tick;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackSequence = value;
                            else
                                delete message.ackSequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reset = value;
                            else
                                delete message.reset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.selfEntityId = value;
                            else
                                delete message.selfEntityId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.enters && message.enters.length))
                                message.enters = [];
                            message.enters.push($root.realmforge.v1.EntityEnter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.updates && message.updates.length))
                                message.updates = [];
                            message.updates.push($root.realmforge.v1.EntityUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.leaves && message.leaves.length))
                                    message.leaves = [];
                                reader.uint32s(message.leaves);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.leaves && message.leaves.length))
                                message.leaves = [];
                            message.leaves.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorldFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape} WorldFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorldFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorldFrame message.
             * @function verify
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorldFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    if (!$util.isInteger(message.tick))
                        return "tick: integer expected";
                if (message.ackSequence != null && $Object.hasOwnProperty.call(message, "ackSequence"))
                    if (!$util.isInteger(message.ackSequence))
                        return "ackSequence: integer expected";
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    if (typeof message.reset !== "boolean")
                        return "reset: boolean expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isString(message.zone))
                        return "zone: string expected";
                if (message.selfEntityId != null && $Object.hasOwnProperty.call(message, "selfEntityId"))
                    if (!$util.isInteger(message.selfEntityId))
                        return "selfEntityId: integer expected";
                if (message.enters != null && $Object.hasOwnProperty.call(message, "enters")) {
                    if (!$Array.isArray(message.enters))
                        return "enters: array expected";
                    for (let i = 0; i < message.enters.length; ++i) {
                        let error = $root.realmforge.v1.EntityEnter.verify(message.enters[i], _depth + 1);
                        if (error)
                            return "enters." + error;
                    }
                }
                if (message.updates != null && $Object.hasOwnProperty.call(message, "updates")) {
                    if (!$Array.isArray(message.updates))
                        return "updates: array expected";
                    for (let i = 0; i < message.updates.length; ++i) {
                        let error = $root.realmforge.v1.EntityUpdate.verify(message.updates[i], _depth + 1);
                        if (error)
                            return "updates." + error;
                    }
                }
                if (message.leaves != null && $Object.hasOwnProperty.call(message, "leaves")) {
                    if (!$Array.isArray(message.leaves))
                        return "leaves: array expected";
                    for (let i = 0; i < message.leaves.length; ++i)
                        if (!$util.isInteger(message.leaves[i]))
                            return "leaves: integer[] expected";
                }
                return null;
            };

            /**
             * Creates a WorldFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {realmforge.v1.WorldFrame} WorldFrame
             */
            WorldFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.realmforge.v1.WorldFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".realmforge.v1.WorldFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.realmforge.v1.WorldFrame();
                if (object.tick != null)
                    if ($Number(object.tick) !== 0)
                        message.tick = object.tick >>> 0;
                if (object.ackSequence != null)
                    if ($Number(object.ackSequence) !== 0)
                        message.ackSequence = object.ackSequence >>> 0;
                if (object.reset != null)
                    if (object.reset)
                        message.reset = $Boolean(object.reset);
                if (object.zone != null)
                    if (typeof object.zone !== "string" || object.zone.length)
                        message.zone = $String(object.zone);
                if (object.selfEntityId != null)
                    if ($Number(object.selfEntityId) !== 0)
                        message.selfEntityId = object.selfEntityId >>> 0;
                if (object.enters) {
                    if (!$Array.isArray(object.enters))
                        throw $TypeError(".realmforge.v1.WorldFrame.enters: array expected");
                    message.enters = $Array(object.enters.length);
                    for (let i = 0; i < object.enters.length; ++i) {
                        if (!$util.isObject(object.enters[i]))
                            throw $TypeError(".realmforge.v1.WorldFrame.enters: object expected");
                        message.enters[i] = $root.realmforge.v1.EntityEnter.fromObject(object.enters[i], _depth + 1);
                    }
                }
                if (object.updates) {
                    if (!$Array.isArray(object.updates))
                        throw $TypeError(".realmforge.v1.WorldFrame.updates: array expected");
                    message.updates = $Array(object.updates.length);
                    for (let i = 0; i < object.updates.length; ++i) {
                        if (!$util.isObject(object.updates[i]))
                            throw $TypeError(".realmforge.v1.WorldFrame.updates: object expected");
                        message.updates[i] = $root.realmforge.v1.EntityUpdate.fromObject(object.updates[i], _depth + 1);
                    }
                }
                if (object.leaves) {
                    if (!$Array.isArray(object.leaves))
                        throw $TypeError(".realmforge.v1.WorldFrame.leaves: array expected");
                    message.leaves = $Array(object.leaves.length);
                    for (let i = 0; i < object.leaves.length; ++i)
                        message.leaves[i] = object.leaves[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a WorldFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof realmforge.v1.WorldFrame
             * @static
             * @param {realmforge.v1.WorldFrame} message WorldFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorldFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.enters = [];
                    object.updates = [];
                    object.leaves = [];
                }
                if (options.defaults) {
                    object.tick = 0;
                    object.ackSequence = 0;
                    object.reset = false;
                    object.zone = "";
                    object.selfEntityId = 0;
                }
                if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                    object.tick = message.tick;
                if (message.ackSequence != null && $Object.hasOwnProperty.call(message, "ackSequence"))
                    object.ackSequence = message.ackSequence;
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    object.reset = message.reset;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.selfEntityId != null && $Object.hasOwnProperty.call(message, "selfEntityId"))
                    object.selfEntityId = message.selfEntityId;
                if (message.enters && message.enters.length) {
                    object.enters = $Array(message.enters.length);
                    for (let j = 0; j < message.enters.length; ++j)
                        object.enters[j] = $root.realmforge.v1.EntityEnter.toObject(message.enters[j], options, _depth + 1);
                }
                if (message.updates && message.updates.length) {
                    object.updates = $Array(message.updates.length);
                    for (let j = 0; j < message.updates.length; ++j)
                        object.updates[j] = $root.realmforge.v1.EntityUpdate.toObject(message.updates[j], options, _depth + 1);
                }
                if (message.leaves && message.leaves.length) {
                    object.leaves = $Array(message.leaves.length);
                    for (let j = 0; j < message.leaves.length; ++j)
                        object.leaves[j] = message.leaves[j];
                }
                return object;
            };

            /**
             * Converts this WorldFrame to JSON.
             * @function toJSON
             * @memberof realmforge.v1.WorldFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorldFrame.prototype.toJSON = function() {
                return WorldFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorldFrame;
        })();

        return v1;
    })();

    return realmforge;
})();

export {
  $root as default
};
