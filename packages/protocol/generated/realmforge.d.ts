import * as $protobuf from "protobufjs";
import type Long from "long";

/** Namespace realmforge. */
export namespace realmforge {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Register.
         * @deprecated Use realmforge.v1.Register.$Properties instead.
         */
        interface IRegister extends realmforge.v1.Register.$Properties {
        }

        /** Represents a Register. */
        class Register {

            /**
             * Constructs a new Register.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Register.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Register username. */
            username: string;

            /** Register password. */
            password: string;

            /**
             * Creates a new Register instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Register instance
             */
            static create(properties: realmforge.v1.Register.$Shape): realmforge.v1.Register & realmforge.v1.Register.$Shape;
            static create(properties?: realmforge.v1.Register.$Properties): realmforge.v1.Register;

            /**
             * Encodes the specified Register message. Does not implicitly {@link realmforge.v1.Register.verify|verify} messages.
             * @param message Register message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Register message, length delimited. Does not implicitly {@link realmforge.v1.Register.verify|verify} messages.
             * @param message Register message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Register message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Register & realmforge.v1.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Register & realmforge.v1.Register.$Shape;

            /**
             * Decodes a Register message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Register & realmforge.v1.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Register & realmforge.v1.Register.$Shape;

            /**
             * Verifies a Register message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Register message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Register
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Register;

            /**
             * Creates a plain object from a Register message. Also converts values to other types if specified.
             * @param message Register
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Register, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Register to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Register {

            /** Properties of a Register. */
            interface $Properties {

                /** Register username */
                username?: (string|null);

                /** Register password */
                password?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Register. */
            type $Shape = realmforge.v1.Register.$Properties;
        }

        /**
         * Properties of a Registered.
         * @deprecated Use realmforge.v1.Registered.$Properties instead.
         */
        interface IRegistered extends realmforge.v1.Registered.$Properties {
        }

        /** Represents a Registered. */
        class Registered {

            /**
             * Constructs a new Registered.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Registered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Registered accountId. */
            accountId: string;

            /**
             * Creates a new Registered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Registered instance
             */
            static create(properties: realmforge.v1.Registered.$Shape): realmforge.v1.Registered & realmforge.v1.Registered.$Shape;
            static create(properties?: realmforge.v1.Registered.$Properties): realmforge.v1.Registered;

            /**
             * Encodes the specified Registered message. Does not implicitly {@link realmforge.v1.Registered.verify|verify} messages.
             * @param message Registered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Registered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Registered message, length delimited. Does not implicitly {@link realmforge.v1.Registered.verify|verify} messages.
             * @param message Registered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Registered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Registered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Registered & realmforge.v1.Registered.$Shape} Registered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Registered & realmforge.v1.Registered.$Shape;

            /**
             * Decodes a Registered message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Registered & realmforge.v1.Registered.$Shape} Registered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Registered & realmforge.v1.Registered.$Shape;

            /**
             * Verifies a Registered message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Registered message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Registered
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Registered;

            /**
             * Creates a plain object from a Registered message. Also converts values to other types if specified.
             * @param message Registered
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Registered, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Registered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Registered {

            /** Properties of a Registered. */
            interface $Properties {

                /** Registered accountId */
                accountId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Registered. */
            type $Shape = realmforge.v1.Registered.$Properties;
        }

        /**
         * Properties of a Login.
         * @deprecated Use realmforge.v1.Login.$Properties instead.
         */
        interface ILogin extends realmforge.v1.Login.$Properties {
        }

        /** Represents a Login. */
        class Login {

            /**
             * Constructs a new Login.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Login.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Login username. */
            username: string;

            /** Login password. */
            password: string;

            /**
             * Creates a new Login instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Login instance
             */
            static create(properties: realmforge.v1.Login.$Shape): realmforge.v1.Login & realmforge.v1.Login.$Shape;
            static create(properties?: realmforge.v1.Login.$Properties): realmforge.v1.Login;

            /**
             * Encodes the specified Login message. Does not implicitly {@link realmforge.v1.Login.verify|verify} messages.
             * @param message Login message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Login message, length delimited. Does not implicitly {@link realmforge.v1.Login.verify|verify} messages.
             * @param message Login message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Login message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Login & realmforge.v1.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Login & realmforge.v1.Login.$Shape;

            /**
             * Decodes a Login message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Login & realmforge.v1.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Login & realmforge.v1.Login.$Shape;

            /**
             * Verifies a Login message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Login message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Login
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Login;

            /**
             * Creates a plain object from a Login message. Also converts values to other types if specified.
             * @param message Login
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Login to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Login {

            /** Properties of a Login. */
            interface $Properties {

                /** Login username */
                username?: (string|null);

                /** Login password */
                password?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Login. */
            type $Shape = realmforge.v1.Login.$Properties;
        }

        /**
         * Properties of a LoggedIn.
         * @deprecated Use realmforge.v1.LoggedIn.$Properties instead.
         */
        interface ILoggedIn extends realmforge.v1.LoggedIn.$Properties {
        }

        /** Represents a LoggedIn. */
        class LoggedIn {

            /**
             * Constructs a new LoggedIn.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.LoggedIn.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoggedIn accountId. */
            accountId: string;

            /** LoggedIn resumeToken. */
            resumeToken: string;

            /** LoggedIn character. */
            character?: (realmforge.v1.Character.$Properties|null);

            /**
             * Creates a new LoggedIn instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoggedIn instance
             */
            static create(properties: realmforge.v1.LoggedIn.$Shape): realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape;
            static create(properties?: realmforge.v1.LoggedIn.$Properties): realmforge.v1.LoggedIn;

            /**
             * Encodes the specified LoggedIn message. Does not implicitly {@link realmforge.v1.LoggedIn.verify|verify} messages.
             * @param message LoggedIn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.LoggedIn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoggedIn message, length delimited. Does not implicitly {@link realmforge.v1.LoggedIn.verify|verify} messages.
             * @param message LoggedIn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.LoggedIn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoggedIn message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape} LoggedIn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape;

            /**
             * Decodes a LoggedIn message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape} LoggedIn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.LoggedIn & realmforge.v1.LoggedIn.$Shape;

            /**
             * Verifies a LoggedIn message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoggedIn message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoggedIn
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.LoggedIn;

            /**
             * Creates a plain object from a LoggedIn message. Also converts values to other types if specified.
             * @param message LoggedIn
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.LoggedIn, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoggedIn to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoggedIn {

            /** Properties of a LoggedIn. */
            interface $Properties {

                /** LoggedIn accountId */
                accountId?: (string|null);

                /** LoggedIn resumeToken */
                resumeToken?: (string|null);

                /** LoggedIn character */
                character?: (realmforge.v1.Character.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoggedIn. */
            type $Shape = realmforge.v1.LoggedIn.$Properties;
        }

        /**
         * Properties of a Resume.
         * @deprecated Use realmforge.v1.Resume.$Properties instead.
         */
        interface IResume extends realmforge.v1.Resume.$Properties {
        }

        /** Represents a Resume. */
        class Resume {

            /**
             * Constructs a new Resume.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Resume.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Resume resumeToken. */
            resumeToken: string;

            /**
             * Creates a new Resume instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Resume instance
             */
            static create(properties: realmforge.v1.Resume.$Shape): realmforge.v1.Resume & realmforge.v1.Resume.$Shape;
            static create(properties?: realmforge.v1.Resume.$Properties): realmforge.v1.Resume;

            /**
             * Encodes the specified Resume message. Does not implicitly {@link realmforge.v1.Resume.verify|verify} messages.
             * @param message Resume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Resume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Resume message, length delimited. Does not implicitly {@link realmforge.v1.Resume.verify|verify} messages.
             * @param message Resume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Resume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Resume message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Resume & realmforge.v1.Resume.$Shape} Resume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Resume & realmforge.v1.Resume.$Shape;

            /**
             * Decodes a Resume message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Resume & realmforge.v1.Resume.$Shape} Resume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Resume & realmforge.v1.Resume.$Shape;

            /**
             * Verifies a Resume message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Resume message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Resume
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Resume;

            /**
             * Creates a plain object from a Resume message. Also converts values to other types if specified.
             * @param message Resume
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Resume, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Resume to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Resume {

            /** Properties of a Resume. */
            interface $Properties {

                /** Resume resumeToken */
                resumeToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Resume. */
            type $Shape = realmforge.v1.Resume.$Properties;
        }

        /** CharacterClass enum. */
        enum CharacterClass {

            /** CHARACTER_CLASS_UNSPECIFIED value */
            CHARACTER_CLASS_UNSPECIFIED = 0,

            /** CHARACTER_CLASS_WARRIOR value */
            CHARACTER_CLASS_WARRIOR = 1,

            /** CHARACTER_CLASS_MAGE value */
            CHARACTER_CLASS_MAGE = 2,

            /** CHARACTER_CLASS_RANGER value */
            CHARACTER_CLASS_RANGER = 3
        }

        /**
         * Properties of a Position.
         * @deprecated Use realmforge.v1.Position.$Properties instead.
         */
        interface IPosition extends realmforge.v1.Position.$Properties {
        }

        /** Represents a Position. */
        class Position {

            /**
             * Constructs a new Position.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Position.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Position x. */
            x: number;

            /** Position y. */
            y: number;

            /**
             * Creates a new Position instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Position instance
             */
            static create(properties: realmforge.v1.Position.$Shape): realmforge.v1.Position & realmforge.v1.Position.$Shape;
            static create(properties?: realmforge.v1.Position.$Properties): realmforge.v1.Position;

            /**
             * Encodes the specified Position message. Does not implicitly {@link realmforge.v1.Position.verify|verify} messages.
             * @param message Position message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Position message, length delimited. Does not implicitly {@link realmforge.v1.Position.verify|verify} messages.
             * @param message Position message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Position message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Position & realmforge.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Position & realmforge.v1.Position.$Shape;

            /**
             * Decodes a Position message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Position & realmforge.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Position & realmforge.v1.Position.$Shape;

            /**
             * Verifies a Position message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Position message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Position
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Position;

            /**
             * Creates a plain object from a Position message. Also converts values to other types if specified.
             * @param message Position
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Position, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Position to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Position {

            /** Properties of a Position. */
            interface $Properties {

                /** Position x */
                x?: (number|null);

                /** Position y */
                y?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Position. */
            type $Shape = realmforge.v1.Position.$Properties;
        }

        /**
         * Properties of a Character.
         * @deprecated Use realmforge.v1.Character.$Properties instead.
         */
        interface ICharacter extends realmforge.v1.Character.$Properties {
        }

        /** Represents a Character. */
        class Character {

            /**
             * Constructs a new Character.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Character.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Character id. */
            id: string;

            /** Character name. */
            name: string;

            /** Character class. */
            class: realmforge.v1.CharacterClass;

            /** Character level. */
            level: number;

            /** Character experience. */
            experience: number;

            /** Character zone. */
            zone: string;

            /** Character position. */
            position?: (realmforge.v1.Position.$Properties|null);

            /** Character hitPoints. */
            hitPoints: number;

            /** Character maxHitPoints. */
            maxHitPoints: number;

            /**
             * Creates a new Character instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Character instance
             */
            static create(properties: realmforge.v1.Character.$Shape): realmforge.v1.Character & realmforge.v1.Character.$Shape;
            static create(properties?: realmforge.v1.Character.$Properties): realmforge.v1.Character;

            /**
             * Encodes the specified Character message. Does not implicitly {@link realmforge.v1.Character.verify|verify} messages.
             * @param message Character message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Character.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Character message, length delimited. Does not implicitly {@link realmforge.v1.Character.verify|verify} messages.
             * @param message Character message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Character.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Character message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Character & realmforge.v1.Character.$Shape} Character
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Character & realmforge.v1.Character.$Shape;

            /**
             * Decodes a Character message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Character & realmforge.v1.Character.$Shape} Character
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Character & realmforge.v1.Character.$Shape;

            /**
             * Verifies a Character message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Character message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Character
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Character;

            /**
             * Creates a plain object from a Character message. Also converts values to other types if specified.
             * @param message Character
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Character, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Character to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Character {

            /** Properties of a Character. */
            interface $Properties {

                /** Character id */
                id?: (string|null);

                /** Character name */
                name?: (string|null);

                /** Character class */
                "class"?: (realmforge.v1.CharacterClass|null);

                /** Character level */
                level?: (number|null);

                /** Character experience */
                experience?: (number|null);

                /** Character zone */
                zone?: (string|null);

                /** Character position */
                position?: (realmforge.v1.Position.$Properties|null);

                /** Character hitPoints */
                hitPoints?: (number|null);

                /** Character maxHitPoints */
                maxHitPoints?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Character. */
            type $Shape = realmforge.v1.Character.$Properties;
        }

        /**
         * Properties of a ListCharacters.
         * @deprecated Use realmforge.v1.ListCharacters.$Properties instead.
         */
        interface IListCharacters extends realmforge.v1.ListCharacters.$Properties {
        }

        /** Represents a ListCharacters. */
        class ListCharacters {

            /**
             * Constructs a new ListCharacters.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ListCharacters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListCharacters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListCharacters instance
             */
            static create(properties: realmforge.v1.ListCharacters.$Shape): realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape;
            static create(properties?: realmforge.v1.ListCharacters.$Properties): realmforge.v1.ListCharacters;

            /**
             * Encodes the specified ListCharacters message. Does not implicitly {@link realmforge.v1.ListCharacters.verify|verify} messages.
             * @param message ListCharacters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ListCharacters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListCharacters message, length delimited. Does not implicitly {@link realmforge.v1.ListCharacters.verify|verify} messages.
             * @param message ListCharacters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ListCharacters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListCharacters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape} ListCharacters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape;

            /**
             * Decodes a ListCharacters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape} ListCharacters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ListCharacters & realmforge.v1.ListCharacters.$Shape;

            /**
             * Verifies a ListCharacters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListCharacters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListCharacters
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ListCharacters;

            /**
             * Creates a plain object from a ListCharacters message. Also converts values to other types if specified.
             * @param message ListCharacters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ListCharacters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListCharacters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ListCharacters {

            /** Properties of a ListCharacters. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListCharacters. */
            type $Shape = realmforge.v1.ListCharacters.$Properties;
        }

        /**
         * Properties of a CharacterList.
         * @deprecated Use realmforge.v1.CharacterList.$Properties instead.
         */
        interface ICharacterList extends realmforge.v1.CharacterList.$Properties {
        }

        /** Represents a CharacterList. */
        class CharacterList {

            /**
             * Constructs a new CharacterList.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.CharacterList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CharacterList characters. */
            characters: realmforge.v1.Character.$Properties[];

            /**
             * Creates a new CharacterList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CharacterList instance
             */
            static create(properties: realmforge.v1.CharacterList.$Shape): realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape;
            static create(properties?: realmforge.v1.CharacterList.$Properties): realmforge.v1.CharacterList;

            /**
             * Encodes the specified CharacterList message. Does not implicitly {@link realmforge.v1.CharacterList.verify|verify} messages.
             * @param message CharacterList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.CharacterList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CharacterList message, length delimited. Does not implicitly {@link realmforge.v1.CharacterList.verify|verify} messages.
             * @param message CharacterList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.CharacterList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CharacterList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape} CharacterList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape;

            /**
             * Decodes a CharacterList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape} CharacterList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.CharacterList & realmforge.v1.CharacterList.$Shape;

            /**
             * Verifies a CharacterList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CharacterList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CharacterList
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.CharacterList;

            /**
             * Creates a plain object from a CharacterList message. Also converts values to other types if specified.
             * @param message CharacterList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.CharacterList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CharacterList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CharacterList {

            /** Properties of a CharacterList. */
            interface $Properties {

                /** CharacterList characters */
                characters?: (realmforge.v1.Character.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CharacterList. */
            type $Shape = realmforge.v1.CharacterList.$Properties;
        }

        /**
         * Properties of a CreateCharacter.
         * @deprecated Use realmforge.v1.CreateCharacter.$Properties instead.
         */
        interface ICreateCharacter extends realmforge.v1.CreateCharacter.$Properties {
        }

        /** Represents a CreateCharacter. */
        class CreateCharacter {

            /**
             * Constructs a new CreateCharacter.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.CreateCharacter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateCharacter name. */
            name: string;

            /** CreateCharacter class. */
            class: realmforge.v1.CharacterClass;

            /**
             * Creates a new CreateCharacter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateCharacter instance
             */
            static create(properties: realmforge.v1.CreateCharacter.$Shape): realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape;
            static create(properties?: realmforge.v1.CreateCharacter.$Properties): realmforge.v1.CreateCharacter;

            /**
             * Encodes the specified CreateCharacter message. Does not implicitly {@link realmforge.v1.CreateCharacter.verify|verify} messages.
             * @param message CreateCharacter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.CreateCharacter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CreateCharacter message, length delimited. Does not implicitly {@link realmforge.v1.CreateCharacter.verify|verify} messages.
             * @param message CreateCharacter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.CreateCharacter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateCharacter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape} CreateCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape;

            /**
             * Decodes a CreateCharacter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape} CreateCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.CreateCharacter & realmforge.v1.CreateCharacter.$Shape;

            /**
             * Verifies a CreateCharacter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateCharacter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateCharacter
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.CreateCharacter;

            /**
             * Creates a plain object from a CreateCharacter message. Also converts values to other types if specified.
             * @param message CreateCharacter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.CreateCharacter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateCharacter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CreateCharacter {

            /** Properties of a CreateCharacter. */
            interface $Properties {

                /** CreateCharacter name */
                name?: (string|null);

                /** CreateCharacter class */
                "class"?: (realmforge.v1.CharacterClass|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateCharacter. */
            type $Shape = realmforge.v1.CreateCharacter.$Properties;
        }

        /**
         * Properties of a CharacterCreated.
         * @deprecated Use realmforge.v1.CharacterCreated.$Properties instead.
         */
        interface ICharacterCreated extends realmforge.v1.CharacterCreated.$Properties {
        }

        /** Represents a CharacterCreated. */
        class CharacterCreated {

            /**
             * Constructs a new CharacterCreated.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.CharacterCreated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CharacterCreated character. */
            character?: (realmforge.v1.Character.$Properties|null);

            /**
             * Creates a new CharacterCreated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CharacterCreated instance
             */
            static create(properties: realmforge.v1.CharacterCreated.$Shape): realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape;
            static create(properties?: realmforge.v1.CharacterCreated.$Properties): realmforge.v1.CharacterCreated;

            /**
             * Encodes the specified CharacterCreated message. Does not implicitly {@link realmforge.v1.CharacterCreated.verify|verify} messages.
             * @param message CharacterCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.CharacterCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CharacterCreated message, length delimited. Does not implicitly {@link realmforge.v1.CharacterCreated.verify|verify} messages.
             * @param message CharacterCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.CharacterCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CharacterCreated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape} CharacterCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape;

            /**
             * Decodes a CharacterCreated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape} CharacterCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.CharacterCreated & realmforge.v1.CharacterCreated.$Shape;

            /**
             * Verifies a CharacterCreated message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CharacterCreated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CharacterCreated
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.CharacterCreated;

            /**
             * Creates a plain object from a CharacterCreated message. Also converts values to other types if specified.
             * @param message CharacterCreated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.CharacterCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CharacterCreated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CharacterCreated {

            /** Properties of a CharacterCreated. */
            interface $Properties {

                /** CharacterCreated character */
                character?: (realmforge.v1.Character.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CharacterCreated. */
            type $Shape = realmforge.v1.CharacterCreated.$Properties;
        }

        /**
         * Properties of a DeleteCharacter.
         * @deprecated Use realmforge.v1.DeleteCharacter.$Properties instead.
         */
        interface IDeleteCharacter extends realmforge.v1.DeleteCharacter.$Properties {
        }

        /** Represents a DeleteCharacter. */
        class DeleteCharacter {

            /**
             * Constructs a new DeleteCharacter.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.DeleteCharacter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteCharacter characterId. */
            characterId: string;

            /**
             * Creates a new DeleteCharacter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteCharacter instance
             */
            static create(properties: realmforge.v1.DeleteCharacter.$Shape): realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape;
            static create(properties?: realmforge.v1.DeleteCharacter.$Properties): realmforge.v1.DeleteCharacter;

            /**
             * Encodes the specified DeleteCharacter message. Does not implicitly {@link realmforge.v1.DeleteCharacter.verify|verify} messages.
             * @param message DeleteCharacter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.DeleteCharacter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeleteCharacter message, length delimited. Does not implicitly {@link realmforge.v1.DeleteCharacter.verify|verify} messages.
             * @param message DeleteCharacter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.DeleteCharacter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteCharacter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape} DeleteCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape;

            /**
             * Decodes a DeleteCharacter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape} DeleteCharacter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.DeleteCharacter & realmforge.v1.DeleteCharacter.$Shape;

            /**
             * Verifies a DeleteCharacter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteCharacter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteCharacter
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.DeleteCharacter;

            /**
             * Creates a plain object from a DeleteCharacter message. Also converts values to other types if specified.
             * @param message DeleteCharacter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.DeleteCharacter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteCharacter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DeleteCharacter {

            /** Properties of a DeleteCharacter. */
            interface $Properties {

                /** DeleteCharacter characterId */
                characterId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteCharacter. */
            type $Shape = realmforge.v1.DeleteCharacter.$Properties;
        }

        /**
         * Properties of a CharacterDeleted.
         * @deprecated Use realmforge.v1.CharacterDeleted.$Properties instead.
         */
        interface ICharacterDeleted extends realmforge.v1.CharacterDeleted.$Properties {
        }

        /** Represents a CharacterDeleted. */
        class CharacterDeleted {

            /**
             * Constructs a new CharacterDeleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.CharacterDeleted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CharacterDeleted characterId. */
            characterId: string;

            /**
             * Creates a new CharacterDeleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CharacterDeleted instance
             */
            static create(properties: realmforge.v1.CharacterDeleted.$Shape): realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape;
            static create(properties?: realmforge.v1.CharacterDeleted.$Properties): realmforge.v1.CharacterDeleted;

            /**
             * Encodes the specified CharacterDeleted message. Does not implicitly {@link realmforge.v1.CharacterDeleted.verify|verify} messages.
             * @param message CharacterDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.CharacterDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CharacterDeleted message, length delimited. Does not implicitly {@link realmforge.v1.CharacterDeleted.verify|verify} messages.
             * @param message CharacterDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.CharacterDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CharacterDeleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape} CharacterDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape;

            /**
             * Decodes a CharacterDeleted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape} CharacterDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.CharacterDeleted & realmforge.v1.CharacterDeleted.$Shape;

            /**
             * Verifies a CharacterDeleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CharacterDeleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CharacterDeleted
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.CharacterDeleted;

            /**
             * Creates a plain object from a CharacterDeleted message. Also converts values to other types if specified.
             * @param message CharacterDeleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.CharacterDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CharacterDeleted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CharacterDeleted {

            /** Properties of a CharacterDeleted. */
            interface $Properties {

                /** CharacterDeleted characterId */
                characterId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CharacterDeleted. */
            type $Shape = realmforge.v1.CharacterDeleted.$Properties;
        }

        /**
         * Properties of an EnterWorld.
         * @deprecated Use realmforge.v1.EnterWorld.$Properties instead.
         */
        interface IEnterWorld extends realmforge.v1.EnterWorld.$Properties {
        }

        /** Represents an EnterWorld. */
        class EnterWorld {

            /**
             * Constructs a new EnterWorld.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.EnterWorld.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnterWorld characterId. */
            characterId: string;

            /**
             * Creates a new EnterWorld instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnterWorld instance
             */
            static create(properties: realmforge.v1.EnterWorld.$Shape): realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape;
            static create(properties?: realmforge.v1.EnterWorld.$Properties): realmforge.v1.EnterWorld;

            /**
             * Encodes the specified EnterWorld message. Does not implicitly {@link realmforge.v1.EnterWorld.verify|verify} messages.
             * @param message EnterWorld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.EnterWorld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnterWorld message, length delimited. Does not implicitly {@link realmforge.v1.EnterWorld.verify|verify} messages.
             * @param message EnterWorld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.EnterWorld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnterWorld message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape} EnterWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape;

            /**
             * Decodes an EnterWorld message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape} EnterWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.EnterWorld & realmforge.v1.EnterWorld.$Shape;

            /**
             * Verifies an EnterWorld message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EnterWorld message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnterWorld
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.EnterWorld;

            /**
             * Creates a plain object from an EnterWorld message. Also converts values to other types if specified.
             * @param message EnterWorld
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.EnterWorld, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnterWorld to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EnterWorld {

            /** Properties of an EnterWorld. */
            interface $Properties {

                /** EnterWorld characterId */
                characterId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnterWorld. */
            type $Shape = realmforge.v1.EnterWorld.$Properties;
        }

        /**
         * Properties of an EnteredWorld.
         * @deprecated Use realmforge.v1.EnteredWorld.$Properties instead.
         */
        interface IEnteredWorld extends realmforge.v1.EnteredWorld.$Properties {
        }

        /** Represents an EnteredWorld. */
        class EnteredWorld {

            /**
             * Constructs a new EnteredWorld.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.EnteredWorld.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnteredWorld character. */
            character?: (realmforge.v1.Character.$Properties|null);

            /** EnteredWorld tick. */
            tick: number;

            /**
             * Creates a new EnteredWorld instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnteredWorld instance
             */
            static create(properties: realmforge.v1.EnteredWorld.$Shape): realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape;
            static create(properties?: realmforge.v1.EnteredWorld.$Properties): realmforge.v1.EnteredWorld;

            /**
             * Encodes the specified EnteredWorld message. Does not implicitly {@link realmforge.v1.EnteredWorld.verify|verify} messages.
             * @param message EnteredWorld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.EnteredWorld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnteredWorld message, length delimited. Does not implicitly {@link realmforge.v1.EnteredWorld.verify|verify} messages.
             * @param message EnteredWorld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.EnteredWorld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnteredWorld message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape} EnteredWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape;

            /**
             * Decodes an EnteredWorld message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape} EnteredWorld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.EnteredWorld & realmforge.v1.EnteredWorld.$Shape;

            /**
             * Verifies an EnteredWorld message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EnteredWorld message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnteredWorld
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.EnteredWorld;

            /**
             * Creates a plain object from an EnteredWorld message. Also converts values to other types if specified.
             * @param message EnteredWorld
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.EnteredWorld, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnteredWorld to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EnteredWorld {

            /** Properties of an EnteredWorld. */
            interface $Properties {

                /** EnteredWorld character */
                character?: (realmforge.v1.Character.$Properties|null);

                /** EnteredWorld tick */
                tick?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnteredWorld. */
            type $Shape = realmforge.v1.EnteredWorld.$Properties;
        }

        /**
         * Properties of a ServerNotice.
         * @deprecated Use realmforge.v1.ServerNotice.$Properties instead.
         */
        interface IServerNotice extends realmforge.v1.ServerNotice.$Properties {
        }

        /** Represents a ServerNotice. */
        class ServerNotice {

            /**
             * Constructs a new ServerNotice.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ServerNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerNotice text. */
            text: string;

            /** ServerNotice sentAtMs. */
            sentAtMs: number;

            /**
             * Creates a new ServerNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerNotice instance
             */
            static create(properties: realmforge.v1.ServerNotice.$Shape): realmforge.v1.ServerNotice & realmforge.v1.ServerNotice.$Shape;
            static create(properties?: realmforge.v1.ServerNotice.$Properties): realmforge.v1.ServerNotice;

            /**
             * Encodes the specified ServerNotice message. Does not implicitly {@link realmforge.v1.ServerNotice.verify|verify} messages.
             * @param message ServerNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ServerNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerNotice message, length delimited. Does not implicitly {@link realmforge.v1.ServerNotice.verify|verify} messages.
             * @param message ServerNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ServerNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerNotice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ServerNotice & realmforge.v1.ServerNotice.$Shape} ServerNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ServerNotice & realmforge.v1.ServerNotice.$Shape;

            /**
             * Decodes a ServerNotice message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ServerNotice & realmforge.v1.ServerNotice.$Shape} ServerNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ServerNotice & realmforge.v1.ServerNotice.$Shape;

            /**
             * Verifies a ServerNotice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerNotice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerNotice
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ServerNotice;

            /**
             * Creates a plain object from a ServerNotice message. Also converts values to other types if specified.
             * @param message ServerNotice
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ServerNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerNotice to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ServerNotice {

            /** Properties of a ServerNotice. */
            interface $Properties {

                /** ServerNotice text */
                text?: (string|null);

                /** ServerNotice sentAtMs */
                sentAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerNotice. */
            type $Shape = realmforge.v1.ServerNotice.$Properties;
        }

        /** ChatChannel enum. */
        enum ChatChannel {

            /** CHAT_CHANNEL_UNSPECIFIED value */
            CHAT_CHANNEL_UNSPECIFIED = 0,

            /** CHAT_CHANNEL_SAY value */
            CHAT_CHANNEL_SAY = 1,

            /** CHAT_CHANNEL_ZONE value */
            CHAT_CHANNEL_ZONE = 2,

            /** CHAT_CHANNEL_GLOBAL value */
            CHAT_CHANNEL_GLOBAL = 3,

            /** CHAT_CHANNEL_WHISPER value */
            CHAT_CHANNEL_WHISPER = 4,

            /** CHAT_CHANNEL_PARTY value */
            CHAT_CHANNEL_PARTY = 5,

            /** CHAT_CHANNEL_GUILD value */
            CHAT_CHANNEL_GUILD = 6
        }

        /**
         * Properties of a SendChat.
         * @deprecated Use realmforge.v1.SendChat.$Properties instead.
         */
        interface ISendChat extends realmforge.v1.SendChat.$Properties {
        }

        /** Represents a SendChat. */
        class SendChat {

            /**
             * Constructs a new SendChat.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SendChat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendChat channel. */
            channel: realmforge.v1.ChatChannel;

            /** SendChat text. */
            text: string;

            /** SendChat recipient. */
            recipient: string;

            /**
             * Creates a new SendChat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendChat instance
             */
            static create(properties: realmforge.v1.SendChat.$Shape): realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape;
            static create(properties?: realmforge.v1.SendChat.$Properties): realmforge.v1.SendChat;

            /**
             * Encodes the specified SendChat message. Does not implicitly {@link realmforge.v1.SendChat.verify|verify} messages.
             * @param message SendChat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SendChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendChat message, length delimited. Does not implicitly {@link realmforge.v1.SendChat.verify|verify} messages.
             * @param message SendChat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SendChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendChat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape} SendChat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape;

            /**
             * Decodes a SendChat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape} SendChat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SendChat & realmforge.v1.SendChat.$Shape;

            /**
             * Verifies a SendChat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendChat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendChat
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SendChat;

            /**
             * Creates a plain object from a SendChat message. Also converts values to other types if specified.
             * @param message SendChat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SendChat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendChat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SendChat {

            /** Properties of a SendChat. */
            interface $Properties {

                /** SendChat channel */
                channel?: (realmforge.v1.ChatChannel|null);

                /** SendChat text */
                text?: (string|null);

                /** SendChat recipient */
                recipient?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendChat. */
            type $Shape = realmforge.v1.SendChat.$Properties;
        }

        /**
         * Properties of a ChatSent.
         * @deprecated Use realmforge.v1.ChatSent.$Properties instead.
         */
        interface IChatSent extends realmforge.v1.ChatSent.$Properties {
        }

        /** Represents a ChatSent. */
        class ChatSent {

            /**
             * Constructs a new ChatSent.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ChatSent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ChatSent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatSent instance
             */
            static create(properties: realmforge.v1.ChatSent.$Shape): realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape;
            static create(properties?: realmforge.v1.ChatSent.$Properties): realmforge.v1.ChatSent;

            /**
             * Encodes the specified ChatSent message. Does not implicitly {@link realmforge.v1.ChatSent.verify|verify} messages.
             * @param message ChatSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ChatSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChatSent message, length delimited. Does not implicitly {@link realmforge.v1.ChatSent.verify|verify} messages.
             * @param message ChatSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ChatSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatSent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape} ChatSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape;

            /**
             * Decodes a ChatSent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape} ChatSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ChatSent & realmforge.v1.ChatSent.$Shape;

            /**
             * Verifies a ChatSent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChatSent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChatSent
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ChatSent;

            /**
             * Creates a plain object from a ChatSent message. Also converts values to other types if specified.
             * @param message ChatSent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ChatSent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChatSent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ChatSent {

            /** Properties of a ChatSent. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatSent. */
            type $Shape = realmforge.v1.ChatSent.$Properties;
        }

        /**
         * Properties of a ChatMessage.
         * @deprecated Use realmforge.v1.ChatMessage.$Properties instead.
         */
        interface IChatMessage extends realmforge.v1.ChatMessage.$Properties {
        }

        /** Represents a ChatMessage. */
        class ChatMessage {

            /**
             * Constructs a new ChatMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ChatMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChatMessage channel. */
            channel: realmforge.v1.ChatChannel;

            /** ChatMessage senderName. */
            senderName: string;

            /** ChatMessage senderCharacterId. */
            senderCharacterId: string;

            /** ChatMessage text. */
            text: string;

            /** ChatMessage sentAtMs. */
            sentAtMs: number;

            /** ChatMessage recipientName. */
            recipientName: string;

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatMessage instance
             */
            static create(properties: realmforge.v1.ChatMessage.$Shape): realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape;
            static create(properties?: realmforge.v1.ChatMessage.$Properties): realmforge.v1.ChatMessage;

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link realmforge.v1.ChatMessage.verify|verify} messages.
             * @param message ChatMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChatMessage message, length delimited. Does not implicitly {@link realmforge.v1.ChatMessage.verify|verify} messages.
             * @param message ChatMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ChatMessage & realmforge.v1.ChatMessage.$Shape;

            /**
             * Verifies a ChatMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChatMessage
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ChatMessage;

            /**
             * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
             * @param message ChatMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ChatMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChatMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ChatMessage {

            /** Properties of a ChatMessage. */
            interface $Properties {

                /** ChatMessage channel */
                channel?: (realmforge.v1.ChatChannel|null);

                /** ChatMessage senderName */
                senderName?: (string|null);

                /** ChatMessage senderCharacterId */
                senderCharacterId?: (string|null);

                /** ChatMessage text */
                text?: (string|null);

                /** ChatMessage sentAtMs */
                sentAtMs?: (number|null);

                /** ChatMessage recipientName */
                recipientName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatMessage. */
            type $Shape = realmforge.v1.ChatMessage.$Properties;
        }

        /**
         * Properties of a SelectTarget.
         * @deprecated Use realmforge.v1.SelectTarget.$Properties instead.
         */
        interface ISelectTarget extends realmforge.v1.SelectTarget.$Properties {
        }

        /** Represents a SelectTarget. */
        class SelectTarget {

            /**
             * Constructs a new SelectTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SelectTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectTarget entityId. */
            entityId: number;

            /**
             * Creates a new SelectTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectTarget instance
             */
            static create(properties: realmforge.v1.SelectTarget.$Shape): realmforge.v1.SelectTarget & realmforge.v1.SelectTarget.$Shape;
            static create(properties?: realmforge.v1.SelectTarget.$Properties): realmforge.v1.SelectTarget;

            /**
             * Encodes the specified SelectTarget message. Does not implicitly {@link realmforge.v1.SelectTarget.verify|verify} messages.
             * @param message SelectTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SelectTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectTarget message, length delimited. Does not implicitly {@link realmforge.v1.SelectTarget.verify|verify} messages.
             * @param message SelectTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SelectTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SelectTarget & realmforge.v1.SelectTarget.$Shape} SelectTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SelectTarget & realmforge.v1.SelectTarget.$Shape;

            /**
             * Decodes a SelectTarget message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SelectTarget & realmforge.v1.SelectTarget.$Shape} SelectTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SelectTarget & realmforge.v1.SelectTarget.$Shape;

            /**
             * Verifies a SelectTarget message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectTarget message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectTarget
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SelectTarget;

            /**
             * Creates a plain object from a SelectTarget message. Also converts values to other types if specified.
             * @param message SelectTarget
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SelectTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectTarget to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SelectTarget {

            /** Properties of a SelectTarget. */
            interface $Properties {

                /** SelectTarget entityId */
                entityId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectTarget. */
            type $Shape = realmforge.v1.SelectTarget.$Properties;
        }

        /**
         * Properties of a TargetSelected.
         * @deprecated Use realmforge.v1.TargetSelected.$Properties instead.
         */
        interface ITargetSelected extends realmforge.v1.TargetSelected.$Properties {
        }

        /** Represents a TargetSelected. */
        class TargetSelected {

            /**
             * Constructs a new TargetSelected.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TargetSelected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TargetSelected entityId. */
            entityId: number;

            /**
             * Creates a new TargetSelected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TargetSelected instance
             */
            static create(properties: realmforge.v1.TargetSelected.$Shape): realmforge.v1.TargetSelected & realmforge.v1.TargetSelected.$Shape;
            static create(properties?: realmforge.v1.TargetSelected.$Properties): realmforge.v1.TargetSelected;

            /**
             * Encodes the specified TargetSelected message. Does not implicitly {@link realmforge.v1.TargetSelected.verify|verify} messages.
             * @param message TargetSelected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TargetSelected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TargetSelected message, length delimited. Does not implicitly {@link realmforge.v1.TargetSelected.verify|verify} messages.
             * @param message TargetSelected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TargetSelected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TargetSelected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TargetSelected & realmforge.v1.TargetSelected.$Shape} TargetSelected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TargetSelected & realmforge.v1.TargetSelected.$Shape;

            /**
             * Decodes a TargetSelected message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TargetSelected & realmforge.v1.TargetSelected.$Shape} TargetSelected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TargetSelected & realmforge.v1.TargetSelected.$Shape;

            /**
             * Verifies a TargetSelected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TargetSelected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TargetSelected
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TargetSelected;

            /**
             * Creates a plain object from a TargetSelected message. Also converts values to other types if specified.
             * @param message TargetSelected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TargetSelected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TargetSelected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TargetSelected {

            /** Properties of a TargetSelected. */
            interface $Properties {

                /** TargetSelected entityId */
                entityId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TargetSelected. */
            type $Shape = realmforge.v1.TargetSelected.$Properties;
        }

        /**
         * Properties of a CastSkill.
         * @deprecated Use realmforge.v1.CastSkill.$Properties instead.
         */
        interface ICastSkill extends realmforge.v1.CastSkill.$Properties {
        }

        /** Represents a CastSkill. */
        class CastSkill {

            /**
             * Constructs a new CastSkill.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.CastSkill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CastSkill skillId. */
            skillId: number;

            /** CastSkill targetEntityId. */
            targetEntityId: number;

            /**
             * Creates a new CastSkill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CastSkill instance
             */
            static create(properties: realmforge.v1.CastSkill.$Shape): realmforge.v1.CastSkill & realmforge.v1.CastSkill.$Shape;
            static create(properties?: realmforge.v1.CastSkill.$Properties): realmforge.v1.CastSkill;

            /**
             * Encodes the specified CastSkill message. Does not implicitly {@link realmforge.v1.CastSkill.verify|verify} messages.
             * @param message CastSkill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.CastSkill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CastSkill message, length delimited. Does not implicitly {@link realmforge.v1.CastSkill.verify|verify} messages.
             * @param message CastSkill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.CastSkill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CastSkill message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.CastSkill & realmforge.v1.CastSkill.$Shape} CastSkill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.CastSkill & realmforge.v1.CastSkill.$Shape;

            /**
             * Decodes a CastSkill message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.CastSkill & realmforge.v1.CastSkill.$Shape} CastSkill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.CastSkill & realmforge.v1.CastSkill.$Shape;

            /**
             * Verifies a CastSkill message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CastSkill message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CastSkill
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.CastSkill;

            /**
             * Creates a plain object from a CastSkill message. Also converts values to other types if specified.
             * @param message CastSkill
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.CastSkill, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CastSkill to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CastSkill {

            /** Properties of a CastSkill. */
            interface $Properties {

                /** CastSkill skillId */
                skillId?: (number|null);

                /** CastSkill targetEntityId */
                targetEntityId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CastSkill. */
            type $Shape = realmforge.v1.CastSkill.$Properties;
        }

        /**
         * Properties of a SkillCast.
         * @deprecated Use realmforge.v1.SkillCast.$Properties instead.
         */
        interface ISkillCast extends realmforge.v1.SkillCast.$Properties {
        }

        /** Represents a SkillCast. */
        class SkillCast {

            /**
             * Constructs a new SkillCast.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SkillCast.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SkillCast skillId. */
            skillId: number;

            /** SkillCast targetEntityId. */
            targetEntityId: number;

            /** SkillCast castTicks. */
            castTicks: number;

            /**
             * Creates a new SkillCast instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SkillCast instance
             */
            static create(properties: realmforge.v1.SkillCast.$Shape): realmforge.v1.SkillCast & realmforge.v1.SkillCast.$Shape;
            static create(properties?: realmforge.v1.SkillCast.$Properties): realmforge.v1.SkillCast;

            /**
             * Encodes the specified SkillCast message. Does not implicitly {@link realmforge.v1.SkillCast.verify|verify} messages.
             * @param message SkillCast message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SkillCast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SkillCast message, length delimited. Does not implicitly {@link realmforge.v1.SkillCast.verify|verify} messages.
             * @param message SkillCast message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SkillCast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SkillCast message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SkillCast & realmforge.v1.SkillCast.$Shape} SkillCast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SkillCast & realmforge.v1.SkillCast.$Shape;

            /**
             * Decodes a SkillCast message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SkillCast & realmforge.v1.SkillCast.$Shape} SkillCast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SkillCast & realmforge.v1.SkillCast.$Shape;

            /**
             * Verifies a SkillCast message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SkillCast message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SkillCast
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SkillCast;

            /**
             * Creates a plain object from a SkillCast message. Also converts values to other types if specified.
             * @param message SkillCast
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SkillCast, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SkillCast to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SkillCast {

            /** Properties of a SkillCast. */
            interface $Properties {

                /** SkillCast skillId */
                skillId?: (number|null);

                /** SkillCast targetEntityId */
                targetEntityId?: (number|null);

                /** SkillCast castTicks */
                castTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SkillCast. */
            type $Shape = realmforge.v1.SkillCast.$Properties;
        }

        /**
         * Properties of a SetAutoAttack.
         * @deprecated Use realmforge.v1.SetAutoAttack.$Properties instead.
         */
        interface ISetAutoAttack extends realmforge.v1.SetAutoAttack.$Properties {
        }

        /** Represents a SetAutoAttack. */
        class SetAutoAttack {

            /**
             * Constructs a new SetAutoAttack.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SetAutoAttack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetAutoAttack enabled. */
            enabled: boolean;

            /**
             * Creates a new SetAutoAttack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetAutoAttack instance
             */
            static create(properties: realmforge.v1.SetAutoAttack.$Shape): realmforge.v1.SetAutoAttack & realmforge.v1.SetAutoAttack.$Shape;
            static create(properties?: realmforge.v1.SetAutoAttack.$Properties): realmforge.v1.SetAutoAttack;

            /**
             * Encodes the specified SetAutoAttack message. Does not implicitly {@link realmforge.v1.SetAutoAttack.verify|verify} messages.
             * @param message SetAutoAttack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SetAutoAttack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetAutoAttack message, length delimited. Does not implicitly {@link realmforge.v1.SetAutoAttack.verify|verify} messages.
             * @param message SetAutoAttack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SetAutoAttack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetAutoAttack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SetAutoAttack & realmforge.v1.SetAutoAttack.$Shape} SetAutoAttack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SetAutoAttack & realmforge.v1.SetAutoAttack.$Shape;

            /**
             * Decodes a SetAutoAttack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SetAutoAttack & realmforge.v1.SetAutoAttack.$Shape} SetAutoAttack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SetAutoAttack & realmforge.v1.SetAutoAttack.$Shape;

            /**
             * Verifies a SetAutoAttack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetAutoAttack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetAutoAttack
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SetAutoAttack;

            /**
             * Creates a plain object from a SetAutoAttack message. Also converts values to other types if specified.
             * @param message SetAutoAttack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SetAutoAttack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetAutoAttack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SetAutoAttack {

            /** Properties of a SetAutoAttack. */
            interface $Properties {

                /** SetAutoAttack enabled */
                enabled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetAutoAttack. */
            type $Shape = realmforge.v1.SetAutoAttack.$Properties;
        }

        /**
         * Properties of an AutoAttackSet.
         * @deprecated Use realmforge.v1.AutoAttackSet.$Properties instead.
         */
        interface IAutoAttackSet extends realmforge.v1.AutoAttackSet.$Properties {
        }

        /** Represents an AutoAttackSet. */
        class AutoAttackSet {

            /**
             * Constructs a new AutoAttackSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.AutoAttackSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AutoAttackSet enabled. */
            enabled: boolean;

            /**
             * Creates a new AutoAttackSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AutoAttackSet instance
             */
            static create(properties: realmforge.v1.AutoAttackSet.$Shape): realmforge.v1.AutoAttackSet & realmforge.v1.AutoAttackSet.$Shape;
            static create(properties?: realmforge.v1.AutoAttackSet.$Properties): realmforge.v1.AutoAttackSet;

            /**
             * Encodes the specified AutoAttackSet message. Does not implicitly {@link realmforge.v1.AutoAttackSet.verify|verify} messages.
             * @param message AutoAttackSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.AutoAttackSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AutoAttackSet message, length delimited. Does not implicitly {@link realmforge.v1.AutoAttackSet.verify|verify} messages.
             * @param message AutoAttackSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.AutoAttackSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AutoAttackSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.AutoAttackSet & realmforge.v1.AutoAttackSet.$Shape} AutoAttackSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.AutoAttackSet & realmforge.v1.AutoAttackSet.$Shape;

            /**
             * Decodes an AutoAttackSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.AutoAttackSet & realmforge.v1.AutoAttackSet.$Shape} AutoAttackSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.AutoAttackSet & realmforge.v1.AutoAttackSet.$Shape;

            /**
             * Verifies an AutoAttackSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AutoAttackSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AutoAttackSet
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.AutoAttackSet;

            /**
             * Creates a plain object from an AutoAttackSet message. Also converts values to other types if specified.
             * @param message AutoAttackSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.AutoAttackSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AutoAttackSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AutoAttackSet {

            /** Properties of an AutoAttackSet. */
            interface $Properties {

                /** AutoAttackSet enabled */
                enabled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AutoAttackSet. */
            type $Shape = realmforge.v1.AutoAttackSet.$Properties;
        }

        /**
         * Properties of a ReleaseSpirit.
         * @deprecated Use realmforge.v1.ReleaseSpirit.$Properties instead.
         */
        interface IReleaseSpirit extends realmforge.v1.ReleaseSpirit.$Properties {
        }

        /** Represents a ReleaseSpirit. */
        class ReleaseSpirit {

            /**
             * Constructs a new ReleaseSpirit.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ReleaseSpirit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReleaseSpirit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseSpirit instance
             */
            static create(properties: realmforge.v1.ReleaseSpirit.$Shape): realmforge.v1.ReleaseSpirit & realmforge.v1.ReleaseSpirit.$Shape;
            static create(properties?: realmforge.v1.ReleaseSpirit.$Properties): realmforge.v1.ReleaseSpirit;

            /**
             * Encodes the specified ReleaseSpirit message. Does not implicitly {@link realmforge.v1.ReleaseSpirit.verify|verify} messages.
             * @param message ReleaseSpirit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ReleaseSpirit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReleaseSpirit message, length delimited. Does not implicitly {@link realmforge.v1.ReleaseSpirit.verify|verify} messages.
             * @param message ReleaseSpirit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ReleaseSpirit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseSpirit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ReleaseSpirit & realmforge.v1.ReleaseSpirit.$Shape} ReleaseSpirit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ReleaseSpirit & realmforge.v1.ReleaseSpirit.$Shape;

            /**
             * Decodes a ReleaseSpirit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ReleaseSpirit & realmforge.v1.ReleaseSpirit.$Shape} ReleaseSpirit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ReleaseSpirit & realmforge.v1.ReleaseSpirit.$Shape;

            /**
             * Verifies a ReleaseSpirit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseSpirit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseSpirit
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ReleaseSpirit;

            /**
             * Creates a plain object from a ReleaseSpirit message. Also converts values to other types if specified.
             * @param message ReleaseSpirit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ReleaseSpirit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseSpirit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReleaseSpirit {

            /** Properties of a ReleaseSpirit. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseSpirit. */
            type $Shape = realmforge.v1.ReleaseSpirit.$Properties;
        }

        /**
         * Properties of a SpiritReleased.
         * @deprecated Use realmforge.v1.SpiritReleased.$Properties instead.
         */
        interface ISpiritReleased extends realmforge.v1.SpiritReleased.$Properties {
        }

        /** Represents a SpiritReleased. */
        class SpiritReleased {

            /**
             * Constructs a new SpiritReleased.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SpiritReleased.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SpiritReleased graveyard. */
            graveyard: string;

            /**
             * Creates a new SpiritReleased instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpiritReleased instance
             */
            static create(properties: realmforge.v1.SpiritReleased.$Shape): realmforge.v1.SpiritReleased & realmforge.v1.SpiritReleased.$Shape;
            static create(properties?: realmforge.v1.SpiritReleased.$Properties): realmforge.v1.SpiritReleased;

            /**
             * Encodes the specified SpiritReleased message. Does not implicitly {@link realmforge.v1.SpiritReleased.verify|verify} messages.
             * @param message SpiritReleased message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SpiritReleased.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SpiritReleased message, length delimited. Does not implicitly {@link realmforge.v1.SpiritReleased.verify|verify} messages.
             * @param message SpiritReleased message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SpiritReleased.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpiritReleased message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SpiritReleased & realmforge.v1.SpiritReleased.$Shape} SpiritReleased
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SpiritReleased & realmforge.v1.SpiritReleased.$Shape;

            /**
             * Decodes a SpiritReleased message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SpiritReleased & realmforge.v1.SpiritReleased.$Shape} SpiritReleased
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SpiritReleased & realmforge.v1.SpiritReleased.$Shape;

            /**
             * Verifies a SpiritReleased message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SpiritReleased message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SpiritReleased
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SpiritReleased;

            /**
             * Creates a plain object from a SpiritReleased message. Also converts values to other types if specified.
             * @param message SpiritReleased
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SpiritReleased, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SpiritReleased to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SpiritReleased {

            /** Properties of a SpiritReleased. */
            interface $Properties {

                /** SpiritReleased graveyard */
                graveyard?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SpiritReleased. */
            type $Shape = realmforge.v1.SpiritReleased.$Properties;
        }

        /** CombatEventKind enum. */
        enum CombatEventKind {

            /** COMBAT_EVENT_KIND_UNSPECIFIED value */
            COMBAT_EVENT_KIND_UNSPECIFIED = 0,

            /** COMBAT_EVENT_KIND_DAMAGE value */
            COMBAT_EVENT_KIND_DAMAGE = 1,

            /** COMBAT_EVENT_KIND_HEAL value */
            COMBAT_EVENT_KIND_HEAL = 2,

            /** COMBAT_EVENT_KIND_MISS value */
            COMBAT_EVENT_KIND_MISS = 3,

            /** COMBAT_EVENT_KIND_INTERRUPT value */
            COMBAT_EVENT_KIND_INTERRUPT = 4,

            /** COMBAT_EVENT_KIND_DEATH value */
            COMBAT_EVENT_KIND_DEATH = 5,

            /** COMBAT_EVENT_KIND_EXPERIENCE value */
            COMBAT_EVENT_KIND_EXPERIENCE = 6,

            /** COMBAT_EVENT_KIND_LEVEL_UP value */
            COMBAT_EVENT_KIND_LEVEL_UP = 7
        }

        /**
         * Properties of a CombatEvent.
         * @deprecated Use realmforge.v1.CombatEvent.$Properties instead.
         */
        interface ICombatEvent extends realmforge.v1.CombatEvent.$Properties {
        }

        /** Represents a CombatEvent. */
        class CombatEvent {

            /**
             * Constructs a new CombatEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.CombatEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CombatEvent kind. */
            kind: realmforge.v1.CombatEventKind;

            /** CombatEvent sourceEntityId. */
            sourceEntityId: number;

            /** CombatEvent targetEntityId. */
            targetEntityId: number;

            /** CombatEvent amount. */
            amount: number;

            /** CombatEvent skillId. */
            skillId: number;

            /** CombatEvent auraId. */
            auraId: number;

            /**
             * Creates a new CombatEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CombatEvent instance
             */
            static create(properties: realmforge.v1.CombatEvent.$Shape): realmforge.v1.CombatEvent & realmforge.v1.CombatEvent.$Shape;
            static create(properties?: realmforge.v1.CombatEvent.$Properties): realmforge.v1.CombatEvent;

            /**
             * Encodes the specified CombatEvent message. Does not implicitly {@link realmforge.v1.CombatEvent.verify|verify} messages.
             * @param message CombatEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.CombatEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CombatEvent message, length delimited. Does not implicitly {@link realmforge.v1.CombatEvent.verify|verify} messages.
             * @param message CombatEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.CombatEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CombatEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.CombatEvent & realmforge.v1.CombatEvent.$Shape} CombatEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.CombatEvent & realmforge.v1.CombatEvent.$Shape;

            /**
             * Decodes a CombatEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.CombatEvent & realmforge.v1.CombatEvent.$Shape} CombatEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.CombatEvent & realmforge.v1.CombatEvent.$Shape;

            /**
             * Verifies a CombatEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CombatEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CombatEvent
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.CombatEvent;

            /**
             * Creates a plain object from a CombatEvent message. Also converts values to other types if specified.
             * @param message CombatEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.CombatEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CombatEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CombatEvent {

            /** Properties of a CombatEvent. */
            interface $Properties {

                /** CombatEvent kind */
                kind?: (realmforge.v1.CombatEventKind|null);

                /** CombatEvent sourceEntityId */
                sourceEntityId?: (number|null);

                /** CombatEvent targetEntityId */
                targetEntityId?: (number|null);

                /** CombatEvent amount */
                amount?: (number|null);

                /** CombatEvent skillId */
                skillId?: (number|null);

                /** CombatEvent auraId */
                auraId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CombatEvent. */
            type $Shape = realmforge.v1.CombatEvent.$Properties;
        }

        /**
         * Properties of an OpenDatagramChannel.
         * @deprecated Use realmforge.v1.OpenDatagramChannel.$Properties instead.
         */
        interface IOpenDatagramChannel extends realmforge.v1.OpenDatagramChannel.$Properties {
        }

        /** Represents an OpenDatagramChannel. */
        class OpenDatagramChannel {

            /**
             * Constructs a new OpenDatagramChannel.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.OpenDatagramChannel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new OpenDatagramChannel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpenDatagramChannel instance
             */
            static create(properties: realmforge.v1.OpenDatagramChannel.$Shape): realmforge.v1.OpenDatagramChannel & realmforge.v1.OpenDatagramChannel.$Shape;
            static create(properties?: realmforge.v1.OpenDatagramChannel.$Properties): realmforge.v1.OpenDatagramChannel;

            /**
             * Encodes the specified OpenDatagramChannel message. Does not implicitly {@link realmforge.v1.OpenDatagramChannel.verify|verify} messages.
             * @param message OpenDatagramChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.OpenDatagramChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OpenDatagramChannel message, length delimited. Does not implicitly {@link realmforge.v1.OpenDatagramChannel.verify|verify} messages.
             * @param message OpenDatagramChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.OpenDatagramChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpenDatagramChannel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.OpenDatagramChannel & realmforge.v1.OpenDatagramChannel.$Shape} OpenDatagramChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.OpenDatagramChannel & realmforge.v1.OpenDatagramChannel.$Shape;

            /**
             * Decodes an OpenDatagramChannel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.OpenDatagramChannel & realmforge.v1.OpenDatagramChannel.$Shape} OpenDatagramChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.OpenDatagramChannel & realmforge.v1.OpenDatagramChannel.$Shape;

            /**
             * Verifies an OpenDatagramChannel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OpenDatagramChannel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OpenDatagramChannel
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.OpenDatagramChannel;

            /**
             * Creates a plain object from an OpenDatagramChannel message. Also converts values to other types if specified.
             * @param message OpenDatagramChannel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.OpenDatagramChannel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OpenDatagramChannel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OpenDatagramChannel {

            /** Properties of an OpenDatagramChannel. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OpenDatagramChannel. */
            type $Shape = realmforge.v1.OpenDatagramChannel.$Properties;
        }

        /**
         * Properties of a DatagramChannel.
         * @deprecated Use realmforge.v1.DatagramChannel.$Properties instead.
         */
        interface IDatagramChannel extends realmforge.v1.DatagramChannel.$Properties {
        }

        /** Represents a DatagramChannel. */
        class DatagramChannel {

            /**
             * Constructs a new DatagramChannel.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.DatagramChannel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DatagramChannel port. */
            port: number;

            /** DatagramChannel channelId. */
            channelId: number;

            /** DatagramChannel token. */
            token: Uint8Array;

            /** DatagramChannel maxDatagramBytes. */
            maxDatagramBytes: number;

            /** DatagramChannel key. */
            key: Uint8Array;

            /**
             * Creates a new DatagramChannel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DatagramChannel instance
             */
            static create(properties: realmforge.v1.DatagramChannel.$Shape): realmforge.v1.DatagramChannel & realmforge.v1.DatagramChannel.$Shape;
            static create(properties?: realmforge.v1.DatagramChannel.$Properties): realmforge.v1.DatagramChannel;

            /**
             * Encodes the specified DatagramChannel message. Does not implicitly {@link realmforge.v1.DatagramChannel.verify|verify} messages.
             * @param message DatagramChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.DatagramChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DatagramChannel message, length delimited. Does not implicitly {@link realmforge.v1.DatagramChannel.verify|verify} messages.
             * @param message DatagramChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.DatagramChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DatagramChannel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.DatagramChannel & realmforge.v1.DatagramChannel.$Shape} DatagramChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.DatagramChannel & realmforge.v1.DatagramChannel.$Shape;

            /**
             * Decodes a DatagramChannel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.DatagramChannel & realmforge.v1.DatagramChannel.$Shape} DatagramChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.DatagramChannel & realmforge.v1.DatagramChannel.$Shape;

            /**
             * Verifies a DatagramChannel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DatagramChannel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DatagramChannel
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.DatagramChannel;

            /**
             * Creates a plain object from a DatagramChannel message. Also converts values to other types if specified.
             * @param message DatagramChannel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.DatagramChannel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DatagramChannel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DatagramChannel {

            /** Properties of a DatagramChannel. */
            interface $Properties {

                /** DatagramChannel port */
                port?: (number|null);

                /** DatagramChannel channelId */
                channelId?: (number|null);

                /** DatagramChannel token */
                token?: (Uint8Array|null);

                /** DatagramChannel maxDatagramBytes */
                maxDatagramBytes?: (number|null);

                /** DatagramChannel key */
                key?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DatagramChannel. */
            type $Shape = realmforge.v1.DatagramChannel.$Properties;
        }

        /**
         * Properties of a ResyncFrames.
         * @deprecated Use realmforge.v1.ResyncFrames.$Properties instead.
         */
        interface IResyncFrames extends realmforge.v1.ResyncFrames.$Properties {
        }

        /** Represents a ResyncFrames. */
        class ResyncFrames {

            /**
             * Constructs a new ResyncFrames.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ResyncFrames.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ResyncFrames instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResyncFrames instance
             */
            static create(properties: realmforge.v1.ResyncFrames.$Shape): realmforge.v1.ResyncFrames & realmforge.v1.ResyncFrames.$Shape;
            static create(properties?: realmforge.v1.ResyncFrames.$Properties): realmforge.v1.ResyncFrames;

            /**
             * Encodes the specified ResyncFrames message. Does not implicitly {@link realmforge.v1.ResyncFrames.verify|verify} messages.
             * @param message ResyncFrames message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ResyncFrames.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResyncFrames message, length delimited. Does not implicitly {@link realmforge.v1.ResyncFrames.verify|verify} messages.
             * @param message ResyncFrames message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ResyncFrames.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResyncFrames message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ResyncFrames & realmforge.v1.ResyncFrames.$Shape} ResyncFrames
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ResyncFrames & realmforge.v1.ResyncFrames.$Shape;

            /**
             * Decodes a ResyncFrames message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ResyncFrames & realmforge.v1.ResyncFrames.$Shape} ResyncFrames
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ResyncFrames & realmforge.v1.ResyncFrames.$Shape;

            /**
             * Verifies a ResyncFrames message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResyncFrames message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResyncFrames
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ResyncFrames;

            /**
             * Creates a plain object from a ResyncFrames message. Also converts values to other types if specified.
             * @param message ResyncFrames
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ResyncFrames, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResyncFrames to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ResyncFrames {

            /** Properties of a ResyncFrames. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResyncFrames. */
            type $Shape = realmforge.v1.ResyncFrames.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED value */
            ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED = 100,

            /** ERROR_CODE_FRAME_TOO_LARGE value */
            ERROR_CODE_FRAME_TOO_LARGE = 101,

            /** ERROR_CODE_MALFORMED_FRAME value */
            ERROR_CODE_MALFORMED_FRAME = 102,

            /** ERROR_CODE_MALFORMED_MESSAGE value */
            ERROR_CODE_MALFORMED_MESSAGE = 103,

            /** ERROR_CODE_UNKNOWN_MESSAGE value */
            ERROR_CODE_UNKNOWN_MESSAGE = 104,

            /** ERROR_CODE_HANDSHAKE_REQUIRED value */
            ERROR_CODE_HANDSHAKE_REQUIRED = 105,

            /** ERROR_CODE_IDLE_TIMEOUT value */
            ERROR_CODE_IDLE_TIMEOUT = 106,

            /** ERROR_CODE_SLOW_CONSUMER value */
            ERROR_CODE_SLOW_CONSUMER = 107,

            /** ERROR_CODE_SERVER_SHUTTING_DOWN value */
            ERROR_CODE_SERVER_SHUTTING_DOWN = 108,

            /** ERROR_CODE_SESSION_REPLACED value */
            ERROR_CODE_SESSION_REPLACED = 109,

            /** ERROR_CODE_RATE_LIMITED value */
            ERROR_CODE_RATE_LIMITED = 110,

            /** ERROR_CODE_KICKED value */
            ERROR_CODE_KICKED = 111,

            /** ERROR_CODE_INVALID_ARGUMENT value */
            ERROR_CODE_INVALID_ARGUMENT = 200,

            /** ERROR_CODE_UNEXPECTED_MESSAGE value */
            ERROR_CODE_UNEXPECTED_MESSAGE = 201,

            /** ERROR_CODE_NOT_AUTHENTICATED value */
            ERROR_CODE_NOT_AUTHENTICATED = 202,

            /** ERROR_CODE_ALREADY_AUTHENTICATED value */
            ERROR_CODE_ALREADY_AUTHENTICATED = 203,

            /** ERROR_CODE_DATAGRAMS_UNAVAILABLE value */
            ERROR_CODE_DATAGRAMS_UNAVAILABLE = 204,

            /** ERROR_CODE_AUTH_FAILED value */
            ERROR_CODE_AUTH_FAILED = 300,

            /** ERROR_CODE_USERNAME_INVALID value */
            ERROR_CODE_USERNAME_INVALID = 301,

            /** ERROR_CODE_USERNAME_TAKEN value */
            ERROR_CODE_USERNAME_TAKEN = 302,

            /** ERROR_CODE_PASSWORD_INVALID value */
            ERROR_CODE_PASSWORD_INVALID = 303,

            /** ERROR_CODE_RESUME_FAILED value */
            ERROR_CODE_RESUME_FAILED = 304,

            /** ERROR_CODE_ACCOUNT_BANNED value */
            ERROR_CODE_ACCOUNT_BANNED = 305,

            /** ERROR_CODE_CHARACTER_NAME_INVALID value */
            ERROR_CODE_CHARACTER_NAME_INVALID = 400,

            /** ERROR_CODE_CHARACTER_NAME_TAKEN value */
            ERROR_CODE_CHARACTER_NAME_TAKEN = 401,

            /** ERROR_CODE_CHARACTER_NOT_FOUND value */
            ERROR_CODE_CHARACTER_NOT_FOUND = 402,

            /** ERROR_CODE_CHARACTER_LIMIT_REACHED value */
            ERROR_CODE_CHARACTER_LIMIT_REACHED = 403,

            /** ERROR_CODE_CHARACTER_CLASS_INVALID value */
            ERROR_CODE_CHARACTER_CLASS_INVALID = 404,

            /** ERROR_CODE_ALREADY_IN_WORLD value */
            ERROR_CODE_ALREADY_IN_WORLD = 405,

            /** ERROR_CODE_NOT_IN_WORLD value */
            ERROR_CODE_NOT_IN_WORLD = 406,

            /** ERROR_CODE_INTERNAL value */
            ERROR_CODE_INTERNAL = 500,

            /** ERROR_CODE_STORAGE_UNAVAILABLE value */
            ERROR_CODE_STORAGE_UNAVAILABLE = 501,

            /** ERROR_CODE_CHAT_TEXT_INVALID value */
            ERROR_CODE_CHAT_TEXT_INVALID = 600,

            /** ERROR_CODE_CHAT_RECIPIENT_OFFLINE value */
            ERROR_CODE_CHAT_RECIPIENT_OFFLINE = 601,

            /** ERROR_CODE_CHAT_MUTED value */
            ERROR_CODE_CHAT_MUTED = 602,

            /** ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE value */
            ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE = 603,

            /** ERROR_CODE_PARTY_FULL value */
            ERROR_CODE_PARTY_FULL = 700,

            /** ERROR_CODE_PARTY_NOT_LEADER value */
            ERROR_CODE_PARTY_NOT_LEADER = 701,

            /** ERROR_CODE_NOT_IN_PARTY value */
            ERROR_CODE_NOT_IN_PARTY = 702,

            /** ERROR_CODE_ALREADY_IN_PARTY value */
            ERROR_CODE_ALREADY_IN_PARTY = 703,

            /** ERROR_CODE_INVITE_NOT_FOUND value */
            ERROR_CODE_INVITE_NOT_FOUND = 704,

            /** ERROR_CODE_TARGET_OFFLINE value */
            ERROR_CODE_TARGET_OFFLINE = 705,

            /** ERROR_CODE_TOO_MANY_INVITES value */
            ERROR_CODE_TOO_MANY_INVITES = 706,

            /** ERROR_CODE_MEMBER_NOT_FOUND value */
            ERROR_CODE_MEMBER_NOT_FOUND = 707,

            /** ERROR_CODE_GUILD_NAME_INVALID value */
            ERROR_CODE_GUILD_NAME_INVALID = 710,

            /** ERROR_CODE_GUILD_NAME_TAKEN value */
            ERROR_CODE_GUILD_NAME_TAKEN = 711,

            /** ERROR_CODE_GUILD_PERMISSION_DENIED value */
            ERROR_CODE_GUILD_PERMISSION_DENIED = 712,

            /** ERROR_CODE_NOT_IN_GUILD value */
            ERROR_CODE_NOT_IN_GUILD = 713,

            /** ERROR_CODE_ALREADY_IN_GUILD value */
            ERROR_CODE_ALREADY_IN_GUILD = 714,

            /** ERROR_CODE_GUILD_FULL value */
            ERROR_CODE_GUILD_FULL = 715,

            /** ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE value */
            ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE = 716,

            /** ERROR_CODE_ITEM_NOT_FOUND value */
            ERROR_CODE_ITEM_NOT_FOUND = 900,

            /** ERROR_CODE_BAG_SLOT_INVALID value */
            ERROR_CODE_BAG_SLOT_INVALID = 901,

            /** ERROR_CODE_BAG_SLOT_OCCUPIED value */
            ERROR_CODE_BAG_SLOT_OCCUPIED = 902,

            /** ERROR_CODE_BAG_FULL value */
            ERROR_CODE_BAG_FULL = 903,

            /** ERROR_CODE_ITEM_NOT_EQUIPPABLE value */
            ERROR_CODE_ITEM_NOT_EQUIPPABLE = 904,

            /** ERROR_CODE_STACK_COUNT_INVALID value */
            ERROR_CODE_STACK_COUNT_INVALID = 905,

            /** ERROR_CODE_NOT_ENOUGH_GOLD value */
            ERROR_CODE_NOT_ENOUGH_GOLD = 906,

            /** ERROR_CODE_VENDOR_NOT_FOUND value */
            ERROR_CODE_VENDOR_NOT_FOUND = 907,

            /** ERROR_CODE_VENDOR_TOO_FAR value */
            ERROR_CODE_VENDOR_TOO_FAR = 908,

            /** ERROR_CODE_VENDOR_DOES_NOT_SELL value */
            ERROR_CODE_VENDOR_DOES_NOT_SELL = 909,

            /** ERROR_CODE_ITEM_NOT_SELLABLE value */
            ERROR_CODE_ITEM_NOT_SELLABLE = 910,

            /** ERROR_CODE_GOLD_LIMIT value */
            ERROR_CODE_GOLD_LIMIT = 911,

            /** ERROR_CODE_ECONOMY_BUSY value */
            ERROR_CODE_ECONOMY_BUSY = 912,

            /** ERROR_CODE_TRADE_NOT_FOUND value */
            ERROR_CODE_TRADE_NOT_FOUND = 920,

            /** ERROR_CODE_ALREADY_TRADING value */
            ERROR_CODE_ALREADY_TRADING = 921,

            /** ERROR_CODE_TRADE_TOO_FAR value */
            ERROR_CODE_TRADE_TOO_FAR = 922,

            /** ERROR_CODE_TOO_MANY_TRADE_REQUESTS value */
            ERROR_CODE_TOO_MANY_TRADE_REQUESTS = 923,

            /** ERROR_CODE_TRADE_OFFER_INVALID value */
            ERROR_CODE_TRADE_OFFER_INVALID = 924,

            /** ERROR_CODE_TRADE_REVISION_STALE value */
            ERROR_CODE_TRADE_REVISION_STALE = 925,

            /** ERROR_CODE_TRADE_FAILED value */
            ERROR_CODE_TRADE_FAILED = 926,

            /** ERROR_CODE_COMBAT_UNKNOWN_SKILL value */
            ERROR_CODE_COMBAT_UNKNOWN_SKILL = 800,

            /** ERROR_CODE_COMBAT_ON_COOLDOWN value */
            ERROR_CODE_COMBAT_ON_COOLDOWN = 801,

            /** ERROR_CODE_COMBAT_OUT_OF_RANGE value */
            ERROR_CODE_COMBAT_OUT_OF_RANGE = 802,

            /** ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT value */
            ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT = 803,

            /** ERROR_CODE_COMBAT_NOT_ENOUGH_RESOURCE value */
            ERROR_CODE_COMBAT_NOT_ENOUGH_RESOURCE = 804,

            /** ERROR_CODE_COMBAT_INVALID_TARGET value */
            ERROR_CODE_COMBAT_INVALID_TARGET = 805,

            /** ERROR_CODE_COMBAT_TARGET_DEAD value */
            ERROR_CODE_COMBAT_TARGET_DEAD = 806,

            /** ERROR_CODE_COMBAT_CASTER_DEAD value */
            ERROR_CODE_COMBAT_CASTER_DEAD = 807,

            /** ERROR_CODE_COMBAT_CASTER_STUNNED value */
            ERROR_CODE_COMBAT_CASTER_STUNNED = 808,

            /** ERROR_CODE_COMBAT_ALREADY_CASTING value */
            ERROR_CODE_COMBAT_ALREADY_CASTING = 809,

            /** ERROR_CODE_COMBAT_NOT_DEAD value */
            ERROR_CODE_COMBAT_NOT_DEAD = 810,

            /** ERROR_CODE_COMBAT_CASTER_MOVING value */
            ERROR_CODE_COMBAT_CASTER_MOVING = 811,

            /** ERROR_CODE_COMBAT_TARGET_NOT_FOUND value */
            ERROR_CODE_COMBAT_TARGET_NOT_FOUND = 812,

            /** ERROR_CODE_COMBAT_PVP_DISABLED value */
            ERROR_CODE_COMBAT_PVP_DISABLED = 813
        }

        /**
         * Properties of an Error.
         * @deprecated Use realmforge.v1.Error.$Properties instead.
         */
        interface IError extends realmforge.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: realmforge.v1.ErrorCode;

            /** Error message. */
            message: string;

            /** Error fatal. */
            fatal: boolean;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: realmforge.v1.Error.$Shape): realmforge.v1.Error & realmforge.v1.Error.$Shape;
            static create(properties?: realmforge.v1.Error.$Properties): realmforge.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link realmforge.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link realmforge.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Error & realmforge.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Error & realmforge.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Error & realmforge.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Error & realmforge.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (realmforge.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Error fatal */
                fatal?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = realmforge.v1.Error.$Properties;
        }

        /** EquipmentSlot enum. */
        enum EquipmentSlot {

            /** EQUIPMENT_SLOT_UNSPECIFIED value */
            EQUIPMENT_SLOT_UNSPECIFIED = 0,

            /** EQUIPMENT_SLOT_HEAD value */
            EQUIPMENT_SLOT_HEAD = 1,

            /** EQUIPMENT_SLOT_CHEST value */
            EQUIPMENT_SLOT_CHEST = 2,

            /** EQUIPMENT_SLOT_LEGS value */
            EQUIPMENT_SLOT_LEGS = 3,

            /** EQUIPMENT_SLOT_FEET value */
            EQUIPMENT_SLOT_FEET = 4,

            /** EQUIPMENT_SLOT_MAIN_HAND value */
            EQUIPMENT_SLOT_MAIN_HAND = 5,

            /** EQUIPMENT_SLOT_OFF_HAND value */
            EQUIPMENT_SLOT_OFF_HAND = 6
        }

        /**
         * Properties of an ItemStack.
         * @deprecated Use realmforge.v1.ItemStack.$Properties instead.
         */
        interface IItemStack extends realmforge.v1.ItemStack.$Properties {
        }

        /** Represents an ItemStack. */
        class ItemStack {

            /**
             * Constructs a new ItemStack.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ItemStack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemStack itemId. */
            itemId: string;

            /** ItemStack templateId. */
            templateId: string;

            /** ItemStack count. */
            count: number;

            /**
             * Creates a new ItemStack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemStack instance
             */
            static create(properties: realmforge.v1.ItemStack.$Shape): realmforge.v1.ItemStack & realmforge.v1.ItemStack.$Shape;
            static create(properties?: realmforge.v1.ItemStack.$Properties): realmforge.v1.ItemStack;

            /**
             * Encodes the specified ItemStack message. Does not implicitly {@link realmforge.v1.ItemStack.verify|verify} messages.
             * @param message ItemStack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ItemStack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemStack message, length delimited. Does not implicitly {@link realmforge.v1.ItemStack.verify|verify} messages.
             * @param message ItemStack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ItemStack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemStack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ItemStack & realmforge.v1.ItemStack.$Shape} ItemStack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ItemStack & realmforge.v1.ItemStack.$Shape;

            /**
             * Decodes an ItemStack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ItemStack & realmforge.v1.ItemStack.$Shape} ItemStack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ItemStack & realmforge.v1.ItemStack.$Shape;

            /**
             * Verifies an ItemStack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemStack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemStack
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ItemStack;

            /**
             * Creates a plain object from an ItemStack message. Also converts values to other types if specified.
             * @param message ItemStack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ItemStack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemStack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ItemStack {

            /** Properties of an ItemStack. */
            interface $Properties {

                /** ItemStack itemId */
                itemId?: (string|null);

                /** ItemStack templateId */
                templateId?: (string|null);

                /** ItemStack count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemStack. */
            type $Shape = realmforge.v1.ItemStack.$Properties;
        }

        /**
         * Properties of a BagItem.
         * @deprecated Use realmforge.v1.BagItem.$Properties instead.
         */
        interface IBagItem extends realmforge.v1.BagItem.$Properties {
        }

        /** Represents a BagItem. */
        class BagItem {

            /**
             * Constructs a new BagItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.BagItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BagItem slot. */
            slot: number;

            /** BagItem item. */
            item?: (realmforge.v1.ItemStack.$Properties|null);

            /**
             * Creates a new BagItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BagItem instance
             */
            static create(properties: realmforge.v1.BagItem.$Shape): realmforge.v1.BagItem & realmforge.v1.BagItem.$Shape;
            static create(properties?: realmforge.v1.BagItem.$Properties): realmforge.v1.BagItem;

            /**
             * Encodes the specified BagItem message. Does not implicitly {@link realmforge.v1.BagItem.verify|verify} messages.
             * @param message BagItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.BagItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BagItem message, length delimited. Does not implicitly {@link realmforge.v1.BagItem.verify|verify} messages.
             * @param message BagItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.BagItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BagItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.BagItem & realmforge.v1.BagItem.$Shape} BagItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.BagItem & realmforge.v1.BagItem.$Shape;

            /**
             * Decodes a BagItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.BagItem & realmforge.v1.BagItem.$Shape} BagItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.BagItem & realmforge.v1.BagItem.$Shape;

            /**
             * Verifies a BagItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BagItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BagItem
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.BagItem;

            /**
             * Creates a plain object from a BagItem message. Also converts values to other types if specified.
             * @param message BagItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.BagItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BagItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BagItem {

            /** Properties of a BagItem. */
            interface $Properties {

                /** BagItem slot */
                slot?: (number|null);

                /** BagItem item */
                item?: (realmforge.v1.ItemStack.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BagItem. */
            type $Shape = realmforge.v1.BagItem.$Properties;
        }

        /**
         * Properties of an EquippedItem.
         * @deprecated Use realmforge.v1.EquippedItem.$Properties instead.
         */
        interface IEquippedItem extends realmforge.v1.EquippedItem.$Properties {
        }

        /** Represents an EquippedItem. */
        class EquippedItem {

            /**
             * Constructs a new EquippedItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.EquippedItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EquippedItem slot. */
            slot: realmforge.v1.EquipmentSlot;

            /** EquippedItem item. */
            item?: (realmforge.v1.ItemStack.$Properties|null);

            /**
             * Creates a new EquippedItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EquippedItem instance
             */
            static create(properties: realmforge.v1.EquippedItem.$Shape): realmforge.v1.EquippedItem & realmforge.v1.EquippedItem.$Shape;
            static create(properties?: realmforge.v1.EquippedItem.$Properties): realmforge.v1.EquippedItem;

            /**
             * Encodes the specified EquippedItem message. Does not implicitly {@link realmforge.v1.EquippedItem.verify|verify} messages.
             * @param message EquippedItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.EquippedItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EquippedItem message, length delimited. Does not implicitly {@link realmforge.v1.EquippedItem.verify|verify} messages.
             * @param message EquippedItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.EquippedItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EquippedItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.EquippedItem & realmforge.v1.EquippedItem.$Shape} EquippedItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.EquippedItem & realmforge.v1.EquippedItem.$Shape;

            /**
             * Decodes an EquippedItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.EquippedItem & realmforge.v1.EquippedItem.$Shape} EquippedItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.EquippedItem & realmforge.v1.EquippedItem.$Shape;

            /**
             * Verifies an EquippedItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EquippedItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EquippedItem
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.EquippedItem;

            /**
             * Creates a plain object from an EquippedItem message. Also converts values to other types if specified.
             * @param message EquippedItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.EquippedItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EquippedItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EquippedItem {

            /** Properties of an EquippedItem. */
            interface $Properties {

                /** EquippedItem slot */
                slot?: (realmforge.v1.EquipmentSlot|null);

                /** EquippedItem item */
                item?: (realmforge.v1.ItemStack.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EquippedItem. */
            type $Shape = realmforge.v1.EquippedItem.$Properties;
        }

        /**
         * Properties of an Inventory.
         * @deprecated Use realmforge.v1.Inventory.$Properties instead.
         */
        interface IInventory extends realmforge.v1.Inventory.$Properties {
        }

        /** Represents an Inventory. */
        class Inventory {

            /**
             * Constructs a new Inventory.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Inventory.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Inventory bagSize. */
            bagSize: number;

            /** Inventory bag. */
            bag: realmforge.v1.BagItem.$Properties[];

            /** Inventory equipment. */
            equipment: realmforge.v1.EquippedItem.$Properties[];

            /** Inventory gold. */
            gold: number;

            /** Inventory version. */
            version: number;

            /**
             * Creates a new Inventory instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Inventory instance
             */
            static create(properties: realmforge.v1.Inventory.$Shape): realmforge.v1.Inventory & realmforge.v1.Inventory.$Shape;
            static create(properties?: realmforge.v1.Inventory.$Properties): realmforge.v1.Inventory;

            /**
             * Encodes the specified Inventory message. Does not implicitly {@link realmforge.v1.Inventory.verify|verify} messages.
             * @param message Inventory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Inventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Inventory message, length delimited. Does not implicitly {@link realmforge.v1.Inventory.verify|verify} messages.
             * @param message Inventory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Inventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Inventory message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Inventory & realmforge.v1.Inventory.$Shape} Inventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Inventory & realmforge.v1.Inventory.$Shape;

            /**
             * Decodes an Inventory message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Inventory & realmforge.v1.Inventory.$Shape} Inventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Inventory & realmforge.v1.Inventory.$Shape;

            /**
             * Verifies an Inventory message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Inventory message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Inventory
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Inventory;

            /**
             * Creates a plain object from an Inventory message. Also converts values to other types if specified.
             * @param message Inventory
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Inventory, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Inventory to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Inventory {

            /** Properties of an Inventory. */
            interface $Properties {

                /** Inventory bagSize */
                bagSize?: (number|null);

                /** Inventory bag */
                bag?: (realmforge.v1.BagItem.$Properties[]|null);

                /** Inventory equipment */
                equipment?: (realmforge.v1.EquippedItem.$Properties[]|null);

                /** Inventory gold */
                gold?: (number|null);

                /** Inventory version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Inventory. */
            type $Shape = realmforge.v1.Inventory.$Properties;
        }

        /**
         * Properties of an InventoryState.
         * @deprecated Use realmforge.v1.InventoryState.$Properties instead.
         */
        interface IInventoryState extends realmforge.v1.InventoryState.$Properties {
        }

        /** Represents an InventoryState. */
        class InventoryState {

            /**
             * Constructs a new InventoryState.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.InventoryState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InventoryState inventory. */
            inventory?: (realmforge.v1.Inventory.$Properties|null);

            /**
             * Creates a new InventoryState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InventoryState instance
             */
            static create(properties: realmforge.v1.InventoryState.$Shape): realmforge.v1.InventoryState & realmforge.v1.InventoryState.$Shape;
            static create(properties?: realmforge.v1.InventoryState.$Properties): realmforge.v1.InventoryState;

            /**
             * Encodes the specified InventoryState message. Does not implicitly {@link realmforge.v1.InventoryState.verify|verify} messages.
             * @param message InventoryState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.InventoryState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InventoryState message, length delimited. Does not implicitly {@link realmforge.v1.InventoryState.verify|verify} messages.
             * @param message InventoryState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.InventoryState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InventoryState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.InventoryState & realmforge.v1.InventoryState.$Shape} InventoryState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.InventoryState & realmforge.v1.InventoryState.$Shape;

            /**
             * Decodes an InventoryState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.InventoryState & realmforge.v1.InventoryState.$Shape} InventoryState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.InventoryState & realmforge.v1.InventoryState.$Shape;

            /**
             * Verifies an InventoryState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InventoryState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InventoryState
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.InventoryState;

            /**
             * Creates a plain object from an InventoryState message. Also converts values to other types if specified.
             * @param message InventoryState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.InventoryState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InventoryState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace InventoryState {

            /** Properties of an InventoryState. */
            interface $Properties {

                /** InventoryState inventory */
                inventory?: (realmforge.v1.Inventory.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InventoryState. */
            type $Shape = realmforge.v1.InventoryState.$Properties;
        }

        /**
         * Properties of a MoveItem.
         * @deprecated Use realmforge.v1.MoveItem.$Properties instead.
         */
        interface IMoveItem extends realmforge.v1.MoveItem.$Properties {
        }

        /** Represents a MoveItem. */
        class MoveItem {

            /**
             * Constructs a new MoveItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.MoveItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MoveItem itemId. */
            itemId: string;

            /** MoveItem toSlot. */
            toSlot: number;

            /**
             * Creates a new MoveItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MoveItem instance
             */
            static create(properties: realmforge.v1.MoveItem.$Shape): realmforge.v1.MoveItem & realmforge.v1.MoveItem.$Shape;
            static create(properties?: realmforge.v1.MoveItem.$Properties): realmforge.v1.MoveItem;

            /**
             * Encodes the specified MoveItem message. Does not implicitly {@link realmforge.v1.MoveItem.verify|verify} messages.
             * @param message MoveItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.MoveItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MoveItem message, length delimited. Does not implicitly {@link realmforge.v1.MoveItem.verify|verify} messages.
             * @param message MoveItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.MoveItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MoveItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.MoveItem & realmforge.v1.MoveItem.$Shape} MoveItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.MoveItem & realmforge.v1.MoveItem.$Shape;

            /**
             * Decodes a MoveItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.MoveItem & realmforge.v1.MoveItem.$Shape} MoveItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.MoveItem & realmforge.v1.MoveItem.$Shape;

            /**
             * Verifies a MoveItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MoveItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MoveItem
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.MoveItem;

            /**
             * Creates a plain object from a MoveItem message. Also converts values to other types if specified.
             * @param message MoveItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.MoveItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MoveItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MoveItem {

            /** Properties of a MoveItem. */
            interface $Properties {

                /** MoveItem itemId */
                itemId?: (string|null);

                /** MoveItem toSlot */
                toSlot?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MoveItem. */
            type $Shape = realmforge.v1.MoveItem.$Properties;
        }

        /**
         * Properties of an ItemMoved.
         * @deprecated Use realmforge.v1.ItemMoved.$Properties instead.
         */
        interface IItemMoved extends realmforge.v1.ItemMoved.$Properties {
        }

        /** Represents an ItemMoved. */
        class ItemMoved {

            /**
             * Constructs a new ItemMoved.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ItemMoved.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ItemMoved instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemMoved instance
             */
            static create(properties: realmforge.v1.ItemMoved.$Shape): realmforge.v1.ItemMoved & realmforge.v1.ItemMoved.$Shape;
            static create(properties?: realmforge.v1.ItemMoved.$Properties): realmforge.v1.ItemMoved;

            /**
             * Encodes the specified ItemMoved message. Does not implicitly {@link realmforge.v1.ItemMoved.verify|verify} messages.
             * @param message ItemMoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ItemMoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemMoved message, length delimited. Does not implicitly {@link realmforge.v1.ItemMoved.verify|verify} messages.
             * @param message ItemMoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ItemMoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemMoved message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ItemMoved & realmforge.v1.ItemMoved.$Shape} ItemMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ItemMoved & realmforge.v1.ItemMoved.$Shape;

            /**
             * Decodes an ItemMoved message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ItemMoved & realmforge.v1.ItemMoved.$Shape} ItemMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ItemMoved & realmforge.v1.ItemMoved.$Shape;

            /**
             * Verifies an ItemMoved message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemMoved message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemMoved
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ItemMoved;

            /**
             * Creates a plain object from an ItemMoved message. Also converts values to other types if specified.
             * @param message ItemMoved
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ItemMoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemMoved to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ItemMoved {

            /** Properties of an ItemMoved. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemMoved. */
            type $Shape = realmforge.v1.ItemMoved.$Properties;
        }

        /**
         * Properties of a SplitStack.
         * @deprecated Use realmforge.v1.SplitStack.$Properties instead.
         */
        interface ISplitStack extends realmforge.v1.SplitStack.$Properties {
        }

        /** Represents a SplitStack. */
        class SplitStack {

            /**
             * Constructs a new SplitStack.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SplitStack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SplitStack itemId. */
            itemId: string;

            /** SplitStack count. */
            count: number;

            /** SplitStack toSlot. */
            toSlot: number;

            /**
             * Creates a new SplitStack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SplitStack instance
             */
            static create(properties: realmforge.v1.SplitStack.$Shape): realmforge.v1.SplitStack & realmforge.v1.SplitStack.$Shape;
            static create(properties?: realmforge.v1.SplitStack.$Properties): realmforge.v1.SplitStack;

            /**
             * Encodes the specified SplitStack message. Does not implicitly {@link realmforge.v1.SplitStack.verify|verify} messages.
             * @param message SplitStack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SplitStack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SplitStack message, length delimited. Does not implicitly {@link realmforge.v1.SplitStack.verify|verify} messages.
             * @param message SplitStack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SplitStack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SplitStack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SplitStack & realmforge.v1.SplitStack.$Shape} SplitStack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SplitStack & realmforge.v1.SplitStack.$Shape;

            /**
             * Decodes a SplitStack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SplitStack & realmforge.v1.SplitStack.$Shape} SplitStack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SplitStack & realmforge.v1.SplitStack.$Shape;

            /**
             * Verifies a SplitStack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SplitStack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SplitStack
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SplitStack;

            /**
             * Creates a plain object from a SplitStack message. Also converts values to other types if specified.
             * @param message SplitStack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SplitStack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SplitStack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SplitStack {

            /** Properties of a SplitStack. */
            interface $Properties {

                /** SplitStack itemId */
                itemId?: (string|null);

                /** SplitStack count */
                count?: (number|null);

                /** SplitStack toSlot */
                toSlot?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SplitStack. */
            type $Shape = realmforge.v1.SplitStack.$Properties;
        }

        /**
         * Properties of a StackSplit.
         * @deprecated Use realmforge.v1.StackSplit.$Properties instead.
         */
        interface IStackSplit extends realmforge.v1.StackSplit.$Properties {
        }

        /** Represents a StackSplit. */
        class StackSplit {

            /**
             * Constructs a new StackSplit.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.StackSplit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StackSplit newItemId. */
            newItemId: string;

            /**
             * Creates a new StackSplit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StackSplit instance
             */
            static create(properties: realmforge.v1.StackSplit.$Shape): realmforge.v1.StackSplit & realmforge.v1.StackSplit.$Shape;
            static create(properties?: realmforge.v1.StackSplit.$Properties): realmforge.v1.StackSplit;

            /**
             * Encodes the specified StackSplit message. Does not implicitly {@link realmforge.v1.StackSplit.verify|verify} messages.
             * @param message StackSplit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.StackSplit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StackSplit message, length delimited. Does not implicitly {@link realmforge.v1.StackSplit.verify|verify} messages.
             * @param message StackSplit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.StackSplit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StackSplit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.StackSplit & realmforge.v1.StackSplit.$Shape} StackSplit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.StackSplit & realmforge.v1.StackSplit.$Shape;

            /**
             * Decodes a StackSplit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.StackSplit & realmforge.v1.StackSplit.$Shape} StackSplit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.StackSplit & realmforge.v1.StackSplit.$Shape;

            /**
             * Verifies a StackSplit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StackSplit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StackSplit
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.StackSplit;

            /**
             * Creates a plain object from a StackSplit message. Also converts values to other types if specified.
             * @param message StackSplit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.StackSplit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StackSplit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace StackSplit {

            /** Properties of a StackSplit. */
            interface $Properties {

                /** StackSplit newItemId */
                newItemId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StackSplit. */
            type $Shape = realmforge.v1.StackSplit.$Properties;
        }

        /**
         * Properties of an EquipItem.
         * @deprecated Use realmforge.v1.EquipItem.$Properties instead.
         */
        interface IEquipItem extends realmforge.v1.EquipItem.$Properties {
        }

        /** Represents an EquipItem. */
        class EquipItem {

            /**
             * Constructs a new EquipItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.EquipItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EquipItem itemId. */
            itemId: string;

            /**
             * Creates a new EquipItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EquipItem instance
             */
            static create(properties: realmforge.v1.EquipItem.$Shape): realmforge.v1.EquipItem & realmforge.v1.EquipItem.$Shape;
            static create(properties?: realmforge.v1.EquipItem.$Properties): realmforge.v1.EquipItem;

            /**
             * Encodes the specified EquipItem message. Does not implicitly {@link realmforge.v1.EquipItem.verify|verify} messages.
             * @param message EquipItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.EquipItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EquipItem message, length delimited. Does not implicitly {@link realmforge.v1.EquipItem.verify|verify} messages.
             * @param message EquipItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.EquipItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EquipItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.EquipItem & realmforge.v1.EquipItem.$Shape} EquipItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.EquipItem & realmforge.v1.EquipItem.$Shape;

            /**
             * Decodes an EquipItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.EquipItem & realmforge.v1.EquipItem.$Shape} EquipItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.EquipItem & realmforge.v1.EquipItem.$Shape;

            /**
             * Verifies an EquipItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EquipItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EquipItem
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.EquipItem;

            /**
             * Creates a plain object from an EquipItem message. Also converts values to other types if specified.
             * @param message EquipItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.EquipItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EquipItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EquipItem {

            /** Properties of an EquipItem. */
            interface $Properties {

                /** EquipItem itemId */
                itemId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EquipItem. */
            type $Shape = realmforge.v1.EquipItem.$Properties;
        }

        /**
         * Properties of an ItemEquipped.
         * @deprecated Use realmforge.v1.ItemEquipped.$Properties instead.
         */
        interface IItemEquipped extends realmforge.v1.ItemEquipped.$Properties {
        }

        /** Represents an ItemEquipped. */
        class ItemEquipped {

            /**
             * Constructs a new ItemEquipped.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ItemEquipped.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ItemEquipped instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemEquipped instance
             */
            static create(properties: realmforge.v1.ItemEquipped.$Shape): realmforge.v1.ItemEquipped & realmforge.v1.ItemEquipped.$Shape;
            static create(properties?: realmforge.v1.ItemEquipped.$Properties): realmforge.v1.ItemEquipped;

            /**
             * Encodes the specified ItemEquipped message. Does not implicitly {@link realmforge.v1.ItemEquipped.verify|verify} messages.
             * @param message ItemEquipped message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ItemEquipped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemEquipped message, length delimited. Does not implicitly {@link realmforge.v1.ItemEquipped.verify|verify} messages.
             * @param message ItemEquipped message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ItemEquipped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemEquipped message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ItemEquipped & realmforge.v1.ItemEquipped.$Shape} ItemEquipped
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ItemEquipped & realmforge.v1.ItemEquipped.$Shape;

            /**
             * Decodes an ItemEquipped message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ItemEquipped & realmforge.v1.ItemEquipped.$Shape} ItemEquipped
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ItemEquipped & realmforge.v1.ItemEquipped.$Shape;

            /**
             * Verifies an ItemEquipped message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemEquipped message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemEquipped
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ItemEquipped;

            /**
             * Creates a plain object from an ItemEquipped message. Also converts values to other types if specified.
             * @param message ItemEquipped
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ItemEquipped, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemEquipped to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ItemEquipped {

            /** Properties of an ItemEquipped. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemEquipped. */
            type $Shape = realmforge.v1.ItemEquipped.$Properties;
        }

        /**
         * Properties of an UnequipItem.
         * @deprecated Use realmforge.v1.UnequipItem.$Properties instead.
         */
        interface IUnequipItem extends realmforge.v1.UnequipItem.$Properties {
        }

        /** Represents an UnequipItem. */
        class UnequipItem {

            /**
             * Constructs a new UnequipItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.UnequipItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnequipItem slot. */
            slot: realmforge.v1.EquipmentSlot;

            /** UnequipItem toSlot. */
            toSlot: number;

            /**
             * Creates a new UnequipItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnequipItem instance
             */
            static create(properties: realmforge.v1.UnequipItem.$Shape): realmforge.v1.UnequipItem & realmforge.v1.UnequipItem.$Shape;
            static create(properties?: realmforge.v1.UnequipItem.$Properties): realmforge.v1.UnequipItem;

            /**
             * Encodes the specified UnequipItem message. Does not implicitly {@link realmforge.v1.UnequipItem.verify|verify} messages.
             * @param message UnequipItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.UnequipItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UnequipItem message, length delimited. Does not implicitly {@link realmforge.v1.UnequipItem.verify|verify} messages.
             * @param message UnequipItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.UnequipItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnequipItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.UnequipItem & realmforge.v1.UnequipItem.$Shape} UnequipItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.UnequipItem & realmforge.v1.UnequipItem.$Shape;

            /**
             * Decodes an UnequipItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.UnequipItem & realmforge.v1.UnequipItem.$Shape} UnequipItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.UnequipItem & realmforge.v1.UnequipItem.$Shape;

            /**
             * Verifies an UnequipItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UnequipItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnequipItem
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.UnequipItem;

            /**
             * Creates a plain object from an UnequipItem message. Also converts values to other types if specified.
             * @param message UnequipItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.UnequipItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnequipItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UnequipItem {

            /** Properties of an UnequipItem. */
            interface $Properties {

                /** UnequipItem slot */
                slot?: (realmforge.v1.EquipmentSlot|null);

                /** UnequipItem toSlot */
                toSlot?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnequipItem. */
            type $Shape = realmforge.v1.UnequipItem.$Properties;
        }

        /**
         * Properties of an ItemUnequipped.
         * @deprecated Use realmforge.v1.ItemUnequipped.$Properties instead.
         */
        interface IItemUnequipped extends realmforge.v1.ItemUnequipped.$Properties {
        }

        /** Represents an ItemUnequipped. */
        class ItemUnequipped {

            /**
             * Constructs a new ItemUnequipped.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ItemUnequipped.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ItemUnequipped instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemUnequipped instance
             */
            static create(properties: realmforge.v1.ItemUnequipped.$Shape): realmforge.v1.ItemUnequipped & realmforge.v1.ItemUnequipped.$Shape;
            static create(properties?: realmforge.v1.ItemUnequipped.$Properties): realmforge.v1.ItemUnequipped;

            /**
             * Encodes the specified ItemUnequipped message. Does not implicitly {@link realmforge.v1.ItemUnequipped.verify|verify} messages.
             * @param message ItemUnequipped message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ItemUnequipped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemUnequipped message, length delimited. Does not implicitly {@link realmforge.v1.ItemUnequipped.verify|verify} messages.
             * @param message ItemUnequipped message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ItemUnequipped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemUnequipped message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ItemUnequipped & realmforge.v1.ItemUnequipped.$Shape} ItemUnequipped
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ItemUnequipped & realmforge.v1.ItemUnequipped.$Shape;

            /**
             * Decodes an ItemUnequipped message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ItemUnequipped & realmforge.v1.ItemUnequipped.$Shape} ItemUnequipped
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ItemUnequipped & realmforge.v1.ItemUnequipped.$Shape;

            /**
             * Verifies an ItemUnequipped message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemUnequipped message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemUnequipped
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ItemUnequipped;

            /**
             * Creates a plain object from an ItemUnequipped message. Also converts values to other types if specified.
             * @param message ItemUnequipped
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ItemUnequipped, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemUnequipped to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ItemUnequipped {

            /** Properties of an ItemUnequipped. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemUnequipped. */
            type $Shape = realmforge.v1.ItemUnequipped.$Properties;
        }

        /**
         * Properties of a DestroyItem.
         * @deprecated Use realmforge.v1.DestroyItem.$Properties instead.
         */
        interface IDestroyItem extends realmforge.v1.DestroyItem.$Properties {
        }

        /** Represents a DestroyItem. */
        class DestroyItem {

            /**
             * Constructs a new DestroyItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.DestroyItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DestroyItem itemId. */
            itemId: string;

            /**
             * Creates a new DestroyItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DestroyItem instance
             */
            static create(properties: realmforge.v1.DestroyItem.$Shape): realmforge.v1.DestroyItem & realmforge.v1.DestroyItem.$Shape;
            static create(properties?: realmforge.v1.DestroyItem.$Properties): realmforge.v1.DestroyItem;

            /**
             * Encodes the specified DestroyItem message. Does not implicitly {@link realmforge.v1.DestroyItem.verify|verify} messages.
             * @param message DestroyItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.DestroyItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DestroyItem message, length delimited. Does not implicitly {@link realmforge.v1.DestroyItem.verify|verify} messages.
             * @param message DestroyItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.DestroyItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DestroyItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.DestroyItem & realmforge.v1.DestroyItem.$Shape} DestroyItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.DestroyItem & realmforge.v1.DestroyItem.$Shape;

            /**
             * Decodes a DestroyItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.DestroyItem & realmforge.v1.DestroyItem.$Shape} DestroyItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.DestroyItem & realmforge.v1.DestroyItem.$Shape;

            /**
             * Verifies a DestroyItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DestroyItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DestroyItem
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.DestroyItem;

            /**
             * Creates a plain object from a DestroyItem message. Also converts values to other types if specified.
             * @param message DestroyItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.DestroyItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DestroyItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DestroyItem {

            /** Properties of a DestroyItem. */
            interface $Properties {

                /** DestroyItem itemId */
                itemId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DestroyItem. */
            type $Shape = realmforge.v1.DestroyItem.$Properties;
        }

        /**
         * Properties of an ItemDestroyed.
         * @deprecated Use realmforge.v1.ItemDestroyed.$Properties instead.
         */
        interface IItemDestroyed extends realmforge.v1.ItemDestroyed.$Properties {
        }

        /** Represents an ItemDestroyed. */
        class ItemDestroyed {

            /**
             * Constructs a new ItemDestroyed.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ItemDestroyed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ItemDestroyed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemDestroyed instance
             */
            static create(properties: realmforge.v1.ItemDestroyed.$Shape): realmforge.v1.ItemDestroyed & realmforge.v1.ItemDestroyed.$Shape;
            static create(properties?: realmforge.v1.ItemDestroyed.$Properties): realmforge.v1.ItemDestroyed;

            /**
             * Encodes the specified ItemDestroyed message. Does not implicitly {@link realmforge.v1.ItemDestroyed.verify|verify} messages.
             * @param message ItemDestroyed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ItemDestroyed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemDestroyed message, length delimited. Does not implicitly {@link realmforge.v1.ItemDestroyed.verify|verify} messages.
             * @param message ItemDestroyed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ItemDestroyed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemDestroyed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ItemDestroyed & realmforge.v1.ItemDestroyed.$Shape} ItemDestroyed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ItemDestroyed & realmforge.v1.ItemDestroyed.$Shape;

            /**
             * Decodes an ItemDestroyed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ItemDestroyed & realmforge.v1.ItemDestroyed.$Shape} ItemDestroyed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ItemDestroyed & realmforge.v1.ItemDestroyed.$Shape;

            /**
             * Verifies an ItemDestroyed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemDestroyed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemDestroyed
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ItemDestroyed;

            /**
             * Creates a plain object from an ItemDestroyed message. Also converts values to other types if specified.
             * @param message ItemDestroyed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ItemDestroyed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemDestroyed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ItemDestroyed {

            /** Properties of an ItemDestroyed. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemDestroyed. */
            type $Shape = realmforge.v1.ItemDestroyed.$Properties;
        }

        /**
         * Properties of a VendorBrowse.
         * @deprecated Use realmforge.v1.VendorBrowse.$Properties instead.
         */
        interface IVendorBrowse extends realmforge.v1.VendorBrowse.$Properties {
        }

        /** Represents a VendorBrowse. */
        class VendorBrowse {

            /**
             * Constructs a new VendorBrowse.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorBrowse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorBrowse vendorId. */
            vendorId: string;

            /**
             * Creates a new VendorBrowse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorBrowse instance
             */
            static create(properties: realmforge.v1.VendorBrowse.$Shape): realmforge.v1.VendorBrowse & realmforge.v1.VendorBrowse.$Shape;
            static create(properties?: realmforge.v1.VendorBrowse.$Properties): realmforge.v1.VendorBrowse;

            /**
             * Encodes the specified VendorBrowse message. Does not implicitly {@link realmforge.v1.VendorBrowse.verify|verify} messages.
             * @param message VendorBrowse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorBrowse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorBrowse message, length delimited. Does not implicitly {@link realmforge.v1.VendorBrowse.verify|verify} messages.
             * @param message VendorBrowse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorBrowse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorBrowse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorBrowse & realmforge.v1.VendorBrowse.$Shape} VendorBrowse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorBrowse & realmforge.v1.VendorBrowse.$Shape;

            /**
             * Decodes a VendorBrowse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorBrowse & realmforge.v1.VendorBrowse.$Shape} VendorBrowse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorBrowse & realmforge.v1.VendorBrowse.$Shape;

            /**
             * Verifies a VendorBrowse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorBrowse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorBrowse
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorBrowse;

            /**
             * Creates a plain object from a VendorBrowse message. Also converts values to other types if specified.
             * @param message VendorBrowse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorBrowse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorBrowse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorBrowse {

            /** Properties of a VendorBrowse. */
            interface $Properties {

                /** VendorBrowse vendorId */
                vendorId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorBrowse. */
            type $Shape = realmforge.v1.VendorBrowse.$Properties;
        }

        /**
         * Properties of a VendorOffer.
         * @deprecated Use realmforge.v1.VendorOffer.$Properties instead.
         */
        interface IVendorOffer extends realmforge.v1.VendorOffer.$Properties {
        }

        /** Represents a VendorOffer. */
        class VendorOffer {

            /**
             * Constructs a new VendorOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorOffer templateId. */
            templateId: string;

            /** VendorOffer price. */
            price: number;

            /**
             * Creates a new VendorOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorOffer instance
             */
            static create(properties: realmforge.v1.VendorOffer.$Shape): realmforge.v1.VendorOffer & realmforge.v1.VendorOffer.$Shape;
            static create(properties?: realmforge.v1.VendorOffer.$Properties): realmforge.v1.VendorOffer;

            /**
             * Encodes the specified VendorOffer message. Does not implicitly {@link realmforge.v1.VendorOffer.verify|verify} messages.
             * @param message VendorOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorOffer message, length delimited. Does not implicitly {@link realmforge.v1.VendorOffer.verify|verify} messages.
             * @param message VendorOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorOffer & realmforge.v1.VendorOffer.$Shape} VendorOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorOffer & realmforge.v1.VendorOffer.$Shape;

            /**
             * Decodes a VendorOffer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorOffer & realmforge.v1.VendorOffer.$Shape} VendorOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorOffer & realmforge.v1.VendorOffer.$Shape;

            /**
             * Verifies a VendorOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorOffer
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorOffer;

            /**
             * Creates a plain object from a VendorOffer message. Also converts values to other types if specified.
             * @param message VendorOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorOffer {

            /** Properties of a VendorOffer. */
            interface $Properties {

                /** VendorOffer templateId */
                templateId?: (string|null);

                /** VendorOffer price */
                price?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorOffer. */
            type $Shape = realmforge.v1.VendorOffer.$Properties;
        }

        /**
         * Properties of a VendorStock.
         * @deprecated Use realmforge.v1.VendorStock.$Properties instead.
         */
        interface IVendorStock extends realmforge.v1.VendorStock.$Properties {
        }

        /** Represents a VendorStock. */
        class VendorStock {

            /**
             * Constructs a new VendorStock.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorStock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorStock vendorId. */
            vendorId: string;

            /** VendorStock name. */
            name: string;

            /** VendorStock offers. */
            offers: realmforge.v1.VendorOffer.$Properties[];

            /**
             * Creates a new VendorStock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorStock instance
             */
            static create(properties: realmforge.v1.VendorStock.$Shape): realmforge.v1.VendorStock & realmforge.v1.VendorStock.$Shape;
            static create(properties?: realmforge.v1.VendorStock.$Properties): realmforge.v1.VendorStock;

            /**
             * Encodes the specified VendorStock message. Does not implicitly {@link realmforge.v1.VendorStock.verify|verify} messages.
             * @param message VendorStock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorStock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorStock message, length delimited. Does not implicitly {@link realmforge.v1.VendorStock.verify|verify} messages.
             * @param message VendorStock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorStock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorStock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorStock & realmforge.v1.VendorStock.$Shape} VendorStock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorStock & realmforge.v1.VendorStock.$Shape;

            /**
             * Decodes a VendorStock message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorStock & realmforge.v1.VendorStock.$Shape} VendorStock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorStock & realmforge.v1.VendorStock.$Shape;

            /**
             * Verifies a VendorStock message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorStock message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorStock
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorStock;

            /**
             * Creates a plain object from a VendorStock message. Also converts values to other types if specified.
             * @param message VendorStock
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorStock, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorStock to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorStock {

            /** Properties of a VendorStock. */
            interface $Properties {

                /** VendorStock vendorId */
                vendorId?: (string|null);

                /** VendorStock name */
                name?: (string|null);

                /** VendorStock offers */
                offers?: (realmforge.v1.VendorOffer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorStock. */
            type $Shape = realmforge.v1.VendorStock.$Properties;
        }

        /**
         * Properties of a VendorBuy.
         * @deprecated Use realmforge.v1.VendorBuy.$Properties instead.
         */
        interface IVendorBuy extends realmforge.v1.VendorBuy.$Properties {
        }

        /** Represents a VendorBuy. */
        class VendorBuy {

            /**
             * Constructs a new VendorBuy.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorBuy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorBuy vendorId. */
            vendorId: string;

            /** VendorBuy templateId. */
            templateId: string;

            /** VendorBuy count. */
            count: number;

            /**
             * Creates a new VendorBuy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorBuy instance
             */
            static create(properties: realmforge.v1.VendorBuy.$Shape): realmforge.v1.VendorBuy & realmforge.v1.VendorBuy.$Shape;
            static create(properties?: realmforge.v1.VendorBuy.$Properties): realmforge.v1.VendorBuy;

            /**
             * Encodes the specified VendorBuy message. Does not implicitly {@link realmforge.v1.VendorBuy.verify|verify} messages.
             * @param message VendorBuy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorBuy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorBuy message, length delimited. Does not implicitly {@link realmforge.v1.VendorBuy.verify|verify} messages.
             * @param message VendorBuy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorBuy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorBuy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorBuy & realmforge.v1.VendorBuy.$Shape} VendorBuy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorBuy & realmforge.v1.VendorBuy.$Shape;

            /**
             * Decodes a VendorBuy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorBuy & realmforge.v1.VendorBuy.$Shape} VendorBuy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorBuy & realmforge.v1.VendorBuy.$Shape;

            /**
             * Verifies a VendorBuy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorBuy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorBuy
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorBuy;

            /**
             * Creates a plain object from a VendorBuy message. Also converts values to other types if specified.
             * @param message VendorBuy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorBuy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorBuy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorBuy {

            /** Properties of a VendorBuy. */
            interface $Properties {

                /** VendorBuy vendorId */
                vendorId?: (string|null);

                /** VendorBuy templateId */
                templateId?: (string|null);

                /** VendorBuy count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorBuy. */
            type $Shape = realmforge.v1.VendorBuy.$Properties;
        }

        /**
         * Properties of a VendorBought.
         * @deprecated Use realmforge.v1.VendorBought.$Properties instead.
         */
        interface IVendorBought extends realmforge.v1.VendorBought.$Properties {
        }

        /** Represents a VendorBought. */
        class VendorBought {

            /**
             * Constructs a new VendorBought.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorBought.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorBought itemId. */
            itemId: string;

            /** VendorBought price. */
            price: number;

            /**
             * Creates a new VendorBought instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorBought instance
             */
            static create(properties: realmforge.v1.VendorBought.$Shape): realmforge.v1.VendorBought & realmforge.v1.VendorBought.$Shape;
            static create(properties?: realmforge.v1.VendorBought.$Properties): realmforge.v1.VendorBought;

            /**
             * Encodes the specified VendorBought message. Does not implicitly {@link realmforge.v1.VendorBought.verify|verify} messages.
             * @param message VendorBought message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorBought.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorBought message, length delimited. Does not implicitly {@link realmforge.v1.VendorBought.verify|verify} messages.
             * @param message VendorBought message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorBought.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorBought message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorBought & realmforge.v1.VendorBought.$Shape} VendorBought
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorBought & realmforge.v1.VendorBought.$Shape;

            /**
             * Decodes a VendorBought message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorBought & realmforge.v1.VendorBought.$Shape} VendorBought
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorBought & realmforge.v1.VendorBought.$Shape;

            /**
             * Verifies a VendorBought message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorBought message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorBought
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorBought;

            /**
             * Creates a plain object from a VendorBought message. Also converts values to other types if specified.
             * @param message VendorBought
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorBought, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorBought to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorBought {

            /** Properties of a VendorBought. */
            interface $Properties {

                /** VendorBought itemId */
                itemId?: (string|null);

                /** VendorBought price */
                price?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorBought. */
            type $Shape = realmforge.v1.VendorBought.$Properties;
        }

        /**
         * Properties of a VendorSell.
         * @deprecated Use realmforge.v1.VendorSell.$Properties instead.
         */
        interface IVendorSell extends realmforge.v1.VendorSell.$Properties {
        }

        /** Represents a VendorSell. */
        class VendorSell {

            /**
             * Constructs a new VendorSell.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorSell.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorSell vendorId. */
            vendorId: string;

            /** VendorSell itemId. */
            itemId: string;

            /**
             * Creates a new VendorSell instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorSell instance
             */
            static create(properties: realmforge.v1.VendorSell.$Shape): realmforge.v1.VendorSell & realmforge.v1.VendorSell.$Shape;
            static create(properties?: realmforge.v1.VendorSell.$Properties): realmforge.v1.VendorSell;

            /**
             * Encodes the specified VendorSell message. Does not implicitly {@link realmforge.v1.VendorSell.verify|verify} messages.
             * @param message VendorSell message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorSell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorSell message, length delimited. Does not implicitly {@link realmforge.v1.VendorSell.verify|verify} messages.
             * @param message VendorSell message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorSell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorSell message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorSell & realmforge.v1.VendorSell.$Shape} VendorSell
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorSell & realmforge.v1.VendorSell.$Shape;

            /**
             * Decodes a VendorSell message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorSell & realmforge.v1.VendorSell.$Shape} VendorSell
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorSell & realmforge.v1.VendorSell.$Shape;

            /**
             * Verifies a VendorSell message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorSell message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorSell
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorSell;

            /**
             * Creates a plain object from a VendorSell message. Also converts values to other types if specified.
             * @param message VendorSell
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorSell, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorSell to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorSell {

            /** Properties of a VendorSell. */
            interface $Properties {

                /** VendorSell vendorId */
                vendorId?: (string|null);

                /** VendorSell itemId */
                itemId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorSell. */
            type $Shape = realmforge.v1.VendorSell.$Properties;
        }

        /**
         * Properties of a VendorSold.
         * @deprecated Use realmforge.v1.VendorSold.$Properties instead.
         */
        interface IVendorSold extends realmforge.v1.VendorSold.$Properties {
        }

        /** Represents a VendorSold. */
        class VendorSold {

            /**
             * Constructs a new VendorSold.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.VendorSold.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendorSold price. */
            price: number;

            /**
             * Creates a new VendorSold instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendorSold instance
             */
            static create(properties: realmforge.v1.VendorSold.$Shape): realmforge.v1.VendorSold & realmforge.v1.VendorSold.$Shape;
            static create(properties?: realmforge.v1.VendorSold.$Properties): realmforge.v1.VendorSold;

            /**
             * Encodes the specified VendorSold message. Does not implicitly {@link realmforge.v1.VendorSold.verify|verify} messages.
             * @param message VendorSold message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.VendorSold.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendorSold message, length delimited. Does not implicitly {@link realmforge.v1.VendorSold.verify|verify} messages.
             * @param message VendorSold message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.VendorSold.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendorSold message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.VendorSold & realmforge.v1.VendorSold.$Shape} VendorSold
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.VendorSold & realmforge.v1.VendorSold.$Shape;

            /**
             * Decodes a VendorSold message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.VendorSold & realmforge.v1.VendorSold.$Shape} VendorSold
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.VendorSold & realmforge.v1.VendorSold.$Shape;

            /**
             * Verifies a VendorSold message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VendorSold message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VendorSold
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.VendorSold;

            /**
             * Creates a plain object from a VendorSold message. Also converts values to other types if specified.
             * @param message VendorSold
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.VendorSold, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendorSold to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VendorSold {

            /** Properties of a VendorSold. */
            interface $Properties {

                /** VendorSold price */
                price?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendorSold. */
            type $Shape = realmforge.v1.VendorSold.$Properties;
        }

        /**
         * Properties of a LootReceived.
         * @deprecated Use realmforge.v1.LootReceived.$Properties instead.
         */
        interface ILootReceived extends realmforge.v1.LootReceived.$Properties {
        }

        /** Represents a LootReceived. */
        class LootReceived {

            /**
             * Constructs a new LootReceived.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.LootReceived.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LootReceived items. */
            items: realmforge.v1.ItemStack.$Properties[];

            /** LootReceived gold. */
            gold: number;

            /** LootReceived itemsLeftBehind. */
            itemsLeftBehind: number;

            /**
             * Creates a new LootReceived instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LootReceived instance
             */
            static create(properties: realmforge.v1.LootReceived.$Shape): realmforge.v1.LootReceived & realmforge.v1.LootReceived.$Shape;
            static create(properties?: realmforge.v1.LootReceived.$Properties): realmforge.v1.LootReceived;

            /**
             * Encodes the specified LootReceived message. Does not implicitly {@link realmforge.v1.LootReceived.verify|verify} messages.
             * @param message LootReceived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.LootReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LootReceived message, length delimited. Does not implicitly {@link realmforge.v1.LootReceived.verify|verify} messages.
             * @param message LootReceived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.LootReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LootReceived message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.LootReceived & realmforge.v1.LootReceived.$Shape} LootReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.LootReceived & realmforge.v1.LootReceived.$Shape;

            /**
             * Decodes a LootReceived message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.LootReceived & realmforge.v1.LootReceived.$Shape} LootReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.LootReceived & realmforge.v1.LootReceived.$Shape;

            /**
             * Verifies a LootReceived message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LootReceived message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LootReceived
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.LootReceived;

            /**
             * Creates a plain object from a LootReceived message. Also converts values to other types if specified.
             * @param message LootReceived
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.LootReceived, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LootReceived to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LootReceived {

            /** Properties of a LootReceived. */
            interface $Properties {

                /** LootReceived items */
                items?: (realmforge.v1.ItemStack.$Properties[]|null);

                /** LootReceived gold */
                gold?: (number|null);

                /** LootReceived itemsLeftBehind */
                itemsLeftBehind?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LootReceived. */
            type $Shape = realmforge.v1.LootReceived.$Properties;
        }

        /**
         * Properties of a ClientMessage.
         * @deprecated Use realmforge.v1.ClientMessage.$Properties instead.
         */
        interface IClientMessage extends realmforge.v1.ClientMessage.$Properties {
        }

        /** Represents a ClientMessage. */
        class ClientMessage {

            /**
             * Constructs a new ClientMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ClientMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientMessage requestId. */
            requestId: number;

            /** ClientMessage hello. */
            hello?: (realmforge.v1.Hello.$Properties|null);

            /** ClientMessage ping. */
            ping?: (realmforge.v1.Ping.$Properties|null);

            /** ClientMessage pong. */
            pong?: (realmforge.v1.Pong.$Properties|null);

            /** ClientMessage register. */
            register?: (realmforge.v1.Register.$Properties|null);

            /** ClientMessage login. */
            login?: (realmforge.v1.Login.$Properties|null);

            /** ClientMessage resume. */
            resume?: (realmforge.v1.Resume.$Properties|null);

            /** ClientMessage logout. */
            logout?: (realmforge.v1.Logout.$Properties|null);

            /** ClientMessage listCharacters. */
            listCharacters?: (realmforge.v1.ListCharacters.$Properties|null);

            /** ClientMessage createCharacter. */
            createCharacter?: (realmforge.v1.CreateCharacter.$Properties|null);

            /** ClientMessage deleteCharacter. */
            deleteCharacter?: (realmforge.v1.DeleteCharacter.$Properties|null);

            /** ClientMessage enterWorld. */
            enterWorld?: (realmforge.v1.EnterWorld.$Properties|null);

            /** ClientMessage moveInput. */
            moveInput?: (realmforge.v1.MoveInput.$Properties|null);

            /** ClientMessage sendChat. */
            sendChat?: (realmforge.v1.SendChat.$Properties|null);

            /** ClientMessage partyInvite. */
            partyInvite?: (realmforge.v1.PartyInvite.$Properties|null);

            /** ClientMessage partyRespond. */
            partyRespond?: (realmforge.v1.PartyRespond.$Properties|null);

            /** ClientMessage partyLeave. */
            partyLeave?: (realmforge.v1.PartyLeave.$Properties|null);

            /** ClientMessage partyKick. */
            partyKick?: (realmforge.v1.PartyKick.$Properties|null);

            /** ClientMessage partyPromote. */
            partyPromote?: (realmforge.v1.PartyPromote.$Properties|null);

            /** ClientMessage guildCreate. */
            guildCreate?: (realmforge.v1.GuildCreate.$Properties|null);

            /** ClientMessage guildInvite. */
            guildInvite?: (realmforge.v1.GuildInvite.$Properties|null);

            /** ClientMessage guildRespond. */
            guildRespond?: (realmforge.v1.GuildRespond.$Properties|null);

            /** ClientMessage guildLeave. */
            guildLeave?: (realmforge.v1.GuildLeave.$Properties|null);

            /** ClientMessage guildKick. */
            guildKick?: (realmforge.v1.GuildKick.$Properties|null);

            /** ClientMessage guildSetRank. */
            guildSetRank?: (realmforge.v1.GuildSetRank.$Properties|null);

            /** ClientMessage guildDisband. */
            guildDisband?: (realmforge.v1.GuildDisband.$Properties|null);

            /** ClientMessage selectTarget. */
            selectTarget?: (realmforge.v1.SelectTarget.$Properties|null);

            /** ClientMessage castSkill. */
            castSkill?: (realmforge.v1.CastSkill.$Properties|null);

            /** ClientMessage setAutoAttack. */
            setAutoAttack?: (realmforge.v1.SetAutoAttack.$Properties|null);

            /** ClientMessage releaseSpirit. */
            releaseSpirit?: (realmforge.v1.ReleaseSpirit.$Properties|null);

            /** ClientMessage moveItem. */
            moveItem?: (realmforge.v1.MoveItem.$Properties|null);

            /** ClientMessage splitStack. */
            splitStack?: (realmforge.v1.SplitStack.$Properties|null);

            /** ClientMessage equipItem. */
            equipItem?: (realmforge.v1.EquipItem.$Properties|null);

            /** ClientMessage unequipItem. */
            unequipItem?: (realmforge.v1.UnequipItem.$Properties|null);

            /** ClientMessage destroyItem. */
            destroyItem?: (realmforge.v1.DestroyItem.$Properties|null);

            /** ClientMessage vendorBrowse. */
            vendorBrowse?: (realmforge.v1.VendorBrowse.$Properties|null);

            /** ClientMessage vendorBuy. */
            vendorBuy?: (realmforge.v1.VendorBuy.$Properties|null);

            /** ClientMessage vendorSell. */
            vendorSell?: (realmforge.v1.VendorSell.$Properties|null);

            /** ClientMessage tradeRequest. */
            tradeRequest?: (realmforge.v1.TradeRequest.$Properties|null);

            /** ClientMessage tradeRespond. */
            tradeRespond?: (realmforge.v1.TradeRespond.$Properties|null);

            /** ClientMessage tradeSetOffer. */
            tradeSetOffer?: (realmforge.v1.TradeSetOffer.$Properties|null);

            /** ClientMessage tradeConfirm. */
            tradeConfirm?: (realmforge.v1.TradeConfirm.$Properties|null);

            /** ClientMessage tradeCancel. */
            tradeCancel?: (realmforge.v1.TradeCancel.$Properties|null);

            /** ClientMessage openDatagramChannel. */
            openDatagramChannel?: (realmforge.v1.OpenDatagramChannel.$Properties|null);

            /** ClientMessage resyncFrames. */
            resyncFrames?: (realmforge.v1.ResyncFrames.$Properties|null);

            /** ClientMessage payload. */
            payload?: ("hello"|"ping"|"pong"|"register"|"login"|"resume"|"logout"|"listCharacters"|"createCharacter"|"deleteCharacter"|"enterWorld"|"moveInput"|"sendChat"|"partyInvite"|"partyRespond"|"partyLeave"|"partyKick"|"partyPromote"|"guildCreate"|"guildInvite"|"guildRespond"|"guildLeave"|"guildKick"|"guildSetRank"|"guildDisband"|"selectTarget"|"castSkill"|"setAutoAttack"|"releaseSpirit"|"moveItem"|"splitStack"|"equipItem"|"unequipItem"|"destroyItem"|"vendorBrowse"|"vendorBuy"|"vendorSell"|"tradeRequest"|"tradeRespond"|"tradeSetOffer"|"tradeConfirm"|"tradeCancel"|"openDatagramChannel"|"resyncFrames");

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientMessage instance
             */
            static create(properties: realmforge.v1.ClientMessage.$Shape): realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape;
            static create(properties?: realmforge.v1.ClientMessage.$Properties): realmforge.v1.ClientMessage;

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link realmforge.v1.ClientMessage.verify|verify} messages.
             * @param message ClientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link realmforge.v1.ClientMessage.verify|verify} messages.
             * @param message ClientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape;

            /**
             * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ClientMessage & realmforge.v1.ClientMessage.$Shape;

            /**
             * Verifies a ClientMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientMessage
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ClientMessage;

            /**
             * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
             * @param message ClientMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ClientMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ClientMessage {

            /** Properties of a ClientMessage. */
            interface $Properties {

                /** ClientMessage requestId */
                requestId?: (number|null);

                /** ClientMessage hello */
                hello?: (realmforge.v1.Hello.$Properties|null);

                /** ClientMessage ping */
                ping?: (realmforge.v1.Ping.$Properties|null);

                /** ClientMessage pong */
                pong?: (realmforge.v1.Pong.$Properties|null);

                /** ClientMessage register */
                register?: (realmforge.v1.Register.$Properties|null);

                /** ClientMessage login */
                login?: (realmforge.v1.Login.$Properties|null);

                /** ClientMessage resume */
                resume?: (realmforge.v1.Resume.$Properties|null);

                /** ClientMessage logout */
                logout?: (realmforge.v1.Logout.$Properties|null);

                /** ClientMessage listCharacters */
                listCharacters?: (realmforge.v1.ListCharacters.$Properties|null);

                /** ClientMessage createCharacter */
                createCharacter?: (realmforge.v1.CreateCharacter.$Properties|null);

                /** ClientMessage deleteCharacter */
                deleteCharacter?: (realmforge.v1.DeleteCharacter.$Properties|null);

                /** ClientMessage enterWorld */
                enterWorld?: (realmforge.v1.EnterWorld.$Properties|null);

                /** ClientMessage moveInput */
                moveInput?: (realmforge.v1.MoveInput.$Properties|null);

                /** ClientMessage sendChat */
                sendChat?: (realmforge.v1.SendChat.$Properties|null);

                /** ClientMessage partyInvite */
                partyInvite?: (realmforge.v1.PartyInvite.$Properties|null);

                /** ClientMessage partyRespond */
                partyRespond?: (realmforge.v1.PartyRespond.$Properties|null);

                /** ClientMessage partyLeave */
                partyLeave?: (realmforge.v1.PartyLeave.$Properties|null);

                /** ClientMessage partyKick */
                partyKick?: (realmforge.v1.PartyKick.$Properties|null);

                /** ClientMessage partyPromote */
                partyPromote?: (realmforge.v1.PartyPromote.$Properties|null);

                /** ClientMessage guildCreate */
                guildCreate?: (realmforge.v1.GuildCreate.$Properties|null);

                /** ClientMessage guildInvite */
                guildInvite?: (realmforge.v1.GuildInvite.$Properties|null);

                /** ClientMessage guildRespond */
                guildRespond?: (realmforge.v1.GuildRespond.$Properties|null);

                /** ClientMessage guildLeave */
                guildLeave?: (realmforge.v1.GuildLeave.$Properties|null);

                /** ClientMessage guildKick */
                guildKick?: (realmforge.v1.GuildKick.$Properties|null);

                /** ClientMessage guildSetRank */
                guildSetRank?: (realmforge.v1.GuildSetRank.$Properties|null);

                /** ClientMessage guildDisband */
                guildDisband?: (realmforge.v1.GuildDisband.$Properties|null);

                /** ClientMessage selectTarget */
                selectTarget?: (realmforge.v1.SelectTarget.$Properties|null);

                /** ClientMessage castSkill */
                castSkill?: (realmforge.v1.CastSkill.$Properties|null);

                /** ClientMessage setAutoAttack */
                setAutoAttack?: (realmforge.v1.SetAutoAttack.$Properties|null);

                /** ClientMessage releaseSpirit */
                releaseSpirit?: (realmforge.v1.ReleaseSpirit.$Properties|null);

                /** ClientMessage moveItem */
                moveItem?: (realmforge.v1.MoveItem.$Properties|null);

                /** ClientMessage splitStack */
                splitStack?: (realmforge.v1.SplitStack.$Properties|null);

                /** ClientMessage equipItem */
                equipItem?: (realmforge.v1.EquipItem.$Properties|null);

                /** ClientMessage unequipItem */
                unequipItem?: (realmforge.v1.UnequipItem.$Properties|null);

                /** ClientMessage destroyItem */
                destroyItem?: (realmforge.v1.DestroyItem.$Properties|null);

                /** ClientMessage vendorBrowse */
                vendorBrowse?: (realmforge.v1.VendorBrowse.$Properties|null);

                /** ClientMessage vendorBuy */
                vendorBuy?: (realmforge.v1.VendorBuy.$Properties|null);

                /** ClientMessage vendorSell */
                vendorSell?: (realmforge.v1.VendorSell.$Properties|null);

                /** ClientMessage tradeRequest */
                tradeRequest?: (realmforge.v1.TradeRequest.$Properties|null);

                /** ClientMessage tradeRespond */
                tradeRespond?: (realmforge.v1.TradeRespond.$Properties|null);

                /** ClientMessage tradeSetOffer */
                tradeSetOffer?: (realmforge.v1.TradeSetOffer.$Properties|null);

                /** ClientMessage tradeConfirm */
                tradeConfirm?: (realmforge.v1.TradeConfirm.$Properties|null);

                /** ClientMessage tradeCancel */
                tradeCancel?: (realmforge.v1.TradeCancel.$Properties|null);

                /** ClientMessage openDatagramChannel */
                openDatagramChannel?: (realmforge.v1.OpenDatagramChannel.$Properties|null);

                /** ClientMessage resyncFrames */
                resyncFrames?: (realmforge.v1.ResyncFrames.$Properties|null);

                /** ClientMessage payload */
                payload?: ("hello"|"ping"|"pong"|"register"|"login"|"resume"|"logout"|"listCharacters"|"createCharacter"|"deleteCharacter"|"enterWorld"|"moveInput"|"sendChat"|"partyInvite"|"partyRespond"|"partyLeave"|"partyKick"|"partyPromote"|"guildCreate"|"guildInvite"|"guildRespond"|"guildLeave"|"guildKick"|"guildSetRank"|"guildDisband"|"selectTarget"|"castSkill"|"setAutoAttack"|"releaseSpirit"|"moveItem"|"splitStack"|"equipItem"|"unequipItem"|"destroyItem"|"vendorBrowse"|"vendorBuy"|"vendorSell"|"tradeRequest"|"tradeRespond"|"tradeSetOffer"|"tradeConfirm"|"tradeCancel"|"openDatagramChannel"|"resyncFrames");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientMessage. */
            type $Shape = {
              requestId?: number|null;
              hello?: realmforge.v1.Hello.$Shape|null;
              ping?: realmforge.v1.Ping.$Shape|null;
              pong?: realmforge.v1.Pong.$Shape|null;
              register?: realmforge.v1.Register.$Shape|null;
              login?: realmforge.v1.Login.$Shape|null;
              resume?: realmforge.v1.Resume.$Shape|null;
              logout?: realmforge.v1.Logout.$Shape|null;
              listCharacters?: realmforge.v1.ListCharacters.$Shape|null;
              createCharacter?: realmforge.v1.CreateCharacter.$Shape|null;
              deleteCharacter?: realmforge.v1.DeleteCharacter.$Shape|null;
              enterWorld?: realmforge.v1.EnterWorld.$Shape|null;
              moveInput?: realmforge.v1.MoveInput.$Shape|null;
              sendChat?: realmforge.v1.SendChat.$Shape|null;
              partyInvite?: realmforge.v1.PartyInvite.$Shape|null;
              partyRespond?: realmforge.v1.PartyRespond.$Shape|null;
              partyLeave?: realmforge.v1.PartyLeave.$Shape|null;
              partyKick?: realmforge.v1.PartyKick.$Shape|null;
              partyPromote?: realmforge.v1.PartyPromote.$Shape|null;
              guildCreate?: realmforge.v1.GuildCreate.$Shape|null;
              guildInvite?: realmforge.v1.GuildInvite.$Shape|null;
              guildRespond?: realmforge.v1.GuildRespond.$Shape|null;
              guildLeave?: realmforge.v1.GuildLeave.$Shape|null;
              guildKick?: realmforge.v1.GuildKick.$Shape|null;
              guildSetRank?: realmforge.v1.GuildSetRank.$Shape|null;
              guildDisband?: realmforge.v1.GuildDisband.$Shape|null;
              selectTarget?: realmforge.v1.SelectTarget.$Shape|null;
              castSkill?: realmforge.v1.CastSkill.$Shape|null;
              setAutoAttack?: realmforge.v1.SetAutoAttack.$Shape|null;
              releaseSpirit?: realmforge.v1.ReleaseSpirit.$Shape|null;
              moveItem?: realmforge.v1.MoveItem.$Shape|null;
              splitStack?: realmforge.v1.SplitStack.$Shape|null;
              equipItem?: realmforge.v1.EquipItem.$Shape|null;
              unequipItem?: realmforge.v1.UnequipItem.$Shape|null;
              destroyItem?: realmforge.v1.DestroyItem.$Shape|null;
              vendorBrowse?: realmforge.v1.VendorBrowse.$Shape|null;
              vendorBuy?: realmforge.v1.VendorBuy.$Shape|null;
              vendorSell?: realmforge.v1.VendorSell.$Shape|null;
              tradeRequest?: realmforge.v1.TradeRequest.$Shape|null;
              tradeRespond?: realmforge.v1.TradeRespond.$Shape|null;
              tradeSetOffer?: realmforge.v1.TradeSetOffer.$Shape|null;
              tradeConfirm?: realmforge.v1.TradeConfirm.$Shape|null;
              tradeCancel?: realmforge.v1.TradeCancel.$Shape|null;
              openDatagramChannel?: realmforge.v1.OpenDatagramChannel.$Shape|null;
              resyncFrames?: realmforge.v1.ResyncFrames.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "hello"; hello: realmforge.v1.Hello.$Shape; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "ping"; hello?: null; ping: realmforge.v1.Ping.$Shape; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "pong"; hello?: null; ping?: null; pong: realmforge.v1.Pong.$Shape; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "register"; hello?: null; ping?: null; pong?: null; register: realmforge.v1.Register.$Shape; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "login"; hello?: null; ping?: null; pong?: null; register?: null; login: realmforge.v1.Login.$Shape; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "resume"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume: realmforge.v1.Resume.$Shape; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "logout"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout: realmforge.v1.Logout.$Shape; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "listCharacters"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters: realmforge.v1.ListCharacters.$Shape; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "createCharacter"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter: realmforge.v1.CreateCharacter.$Shape; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "deleteCharacter"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter: realmforge.v1.DeleteCharacter.$Shape; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "enterWorld"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld: realmforge.v1.EnterWorld.$Shape; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "moveInput"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput: realmforge.v1.MoveInput.$Shape; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "sendChat"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat: realmforge.v1.SendChat.$Shape; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "partyInvite"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite: realmforge.v1.PartyInvite.$Shape; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "partyRespond"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond: realmforge.v1.PartyRespond.$Shape; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "partyLeave"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave: realmforge.v1.PartyLeave.$Shape; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "partyKick"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick: realmforge.v1.PartyKick.$Shape; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "partyPromote"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote: realmforge.v1.PartyPromote.$Shape; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildCreate"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate: realmforge.v1.GuildCreate.$Shape; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildInvite"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite: realmforge.v1.GuildInvite.$Shape; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildRespond"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond: realmforge.v1.GuildRespond.$Shape; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildLeave"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave: realmforge.v1.GuildLeave.$Shape; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildKick"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick: realmforge.v1.GuildKick.$Shape; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildSetRank"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank: realmforge.v1.GuildSetRank.$Shape; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "guildDisband"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband: realmforge.v1.GuildDisband.$Shape; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "selectTarget"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget: realmforge.v1.SelectTarget.$Shape; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "castSkill"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill: realmforge.v1.CastSkill.$Shape; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "setAutoAttack"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack: realmforge.v1.SetAutoAttack.$Shape; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "releaseSpirit"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit: realmforge.v1.ReleaseSpirit.$Shape; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "moveItem"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem: realmforge.v1.MoveItem.$Shape; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "splitStack"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack: realmforge.v1.SplitStack.$Shape; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "equipItem"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem: realmforge.v1.EquipItem.$Shape; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "unequipItem"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem: realmforge.v1.UnequipItem.$Shape; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "destroyItem"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem: realmforge.v1.DestroyItem.$Shape; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "vendorBrowse"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse: realmforge.v1.VendorBrowse.$Shape; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "vendorBuy"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy: realmforge.v1.VendorBuy.$Shape; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "vendorSell"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell: realmforge.v1.VendorSell.$Shape; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "tradeRequest"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest: realmforge.v1.TradeRequest.$Shape; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "tradeRespond"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond: realmforge.v1.TradeRespond.$Shape; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "tradeSetOffer"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer: realmforge.v1.TradeSetOffer.$Shape; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "tradeConfirm"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm: realmforge.v1.TradeConfirm.$Shape; tradeCancel?: null; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "tradeCancel"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel: realmforge.v1.TradeCancel.$Shape; openDatagramChannel?: null; resyncFrames?: null }|{ payload?: "openDatagramChannel"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel: realmforge.v1.OpenDatagramChannel.$Shape; resyncFrames?: null }|{ payload?: "resyncFrames"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null; partyInvite?: null; partyRespond?: null; partyLeave?: null; partyKick?: null; partyPromote?: null; guildCreate?: null; guildInvite?: null; guildRespond?: null; guildLeave?: null; guildKick?: null; guildSetRank?: null; guildDisband?: null; selectTarget?: null; castSkill?: null; setAutoAttack?: null; releaseSpirit?: null; moveItem?: null; splitStack?: null; equipItem?: null; unequipItem?: null; destroyItem?: null; vendorBrowse?: null; vendorBuy?: null; vendorSell?: null; tradeRequest?: null; tradeRespond?: null; tradeSetOffer?: null; tradeConfirm?: null; tradeCancel?: null; openDatagramChannel?: null; resyncFrames: realmforge.v1.ResyncFrames.$Shape })
            );
        }

        /**
         * Properties of a ServerMessage.
         * @deprecated Use realmforge.v1.ServerMessage.$Properties instead.
         */
        interface IServerMessage extends realmforge.v1.ServerMessage.$Properties {
        }

        /** Represents a ServerMessage. */
        class ServerMessage {

            /**
             * Constructs a new ServerMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.ServerMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerMessage requestId. */
            requestId: number;

            /** ServerMessage error. */
            error?: (realmforge.v1.Error.$Properties|null);

            /** ServerMessage welcome. */
            welcome?: (realmforge.v1.Welcome.$Properties|null);

            /** ServerMessage ping. */
            ping?: (realmforge.v1.Ping.$Properties|null);

            /** ServerMessage pong. */
            pong?: (realmforge.v1.Pong.$Properties|null);

            /** ServerMessage disconnect. */
            disconnect?: (realmforge.v1.Disconnect.$Properties|null);

            /** ServerMessage registered. */
            registered?: (realmforge.v1.Registered.$Properties|null);

            /** ServerMessage loggedIn. */
            loggedIn?: (realmforge.v1.LoggedIn.$Properties|null);

            /** ServerMessage loggedOut. */
            loggedOut?: (realmforge.v1.LoggedOut.$Properties|null);

            /** ServerMessage characterList. */
            characterList?: (realmforge.v1.CharacterList.$Properties|null);

            /** ServerMessage characterCreated. */
            characterCreated?: (realmforge.v1.CharacterCreated.$Properties|null);

            /** ServerMessage characterDeleted. */
            characterDeleted?: (realmforge.v1.CharacterDeleted.$Properties|null);

            /** ServerMessage enteredWorld. */
            enteredWorld?: (realmforge.v1.EnteredWorld.$Properties|null);

            /** ServerMessage worldFrame. */
            worldFrame?: (realmforge.v1.WorldFrame.$Properties|null);

            /** ServerMessage chatSent. */
            chatSent?: (realmforge.v1.ChatSent.$Properties|null);

            /** ServerMessage chatMessage. */
            chatMessage?: (realmforge.v1.ChatMessage.$Properties|null);

            /** ServerMessage partyInviteSent. */
            partyInviteSent?: (realmforge.v1.PartyInviteSent.$Properties|null);

            /** ServerMessage partyResponded. */
            partyResponded?: (realmforge.v1.PartyResponded.$Properties|null);

            /** ServerMessage partyLeft. */
            partyLeft?: (realmforge.v1.PartyLeft.$Properties|null);

            /** ServerMessage partyKicked. */
            partyKicked?: (realmforge.v1.PartyKicked.$Properties|null);

            /** ServerMessage partyPromoted. */
            partyPromoted?: (realmforge.v1.PartyPromoted.$Properties|null);

            /** ServerMessage partyInvitation. */
            partyInvitation?: (realmforge.v1.PartyInvitation.$Properties|null);

            /** ServerMessage partyState. */
            partyState?: (realmforge.v1.PartyState.$Properties|null);

            /** ServerMessage guildCreated. */
            guildCreated?: (realmforge.v1.GuildCreated.$Properties|null);

            /** ServerMessage guildInviteSent. */
            guildInviteSent?: (realmforge.v1.GuildInviteSent.$Properties|null);

            /** ServerMessage guildResponded. */
            guildResponded?: (realmforge.v1.GuildResponded.$Properties|null);

            /** ServerMessage guildLeft. */
            guildLeft?: (realmforge.v1.GuildLeft.$Properties|null);

            /** ServerMessage guildKicked. */
            guildKicked?: (realmforge.v1.GuildKicked.$Properties|null);

            /** ServerMessage guildRankSet. */
            guildRankSet?: (realmforge.v1.GuildRankSet.$Properties|null);

            /** ServerMessage guildDisbanded. */
            guildDisbanded?: (realmforge.v1.GuildDisbanded.$Properties|null);

            /** ServerMessage guildInvitation. */
            guildInvitation?: (realmforge.v1.GuildInvitation.$Properties|null);

            /** ServerMessage guildState. */
            guildState?: (realmforge.v1.GuildState.$Properties|null);

            /** ServerMessage targetSelected. */
            targetSelected?: (realmforge.v1.TargetSelected.$Properties|null);

            /** ServerMessage skillCast. */
            skillCast?: (realmforge.v1.SkillCast.$Properties|null);

            /** ServerMessage autoAttackSet. */
            autoAttackSet?: (realmforge.v1.AutoAttackSet.$Properties|null);

            /** ServerMessage spiritReleased. */
            spiritReleased?: (realmforge.v1.SpiritReleased.$Properties|null);

            /** ServerMessage inventoryState. */
            inventoryState?: (realmforge.v1.InventoryState.$Properties|null);

            /** ServerMessage itemMoved. */
            itemMoved?: (realmforge.v1.ItemMoved.$Properties|null);

            /** ServerMessage stackSplit. */
            stackSplit?: (realmforge.v1.StackSplit.$Properties|null);

            /** ServerMessage itemEquipped. */
            itemEquipped?: (realmforge.v1.ItemEquipped.$Properties|null);

            /** ServerMessage itemUnequipped. */
            itemUnequipped?: (realmforge.v1.ItemUnequipped.$Properties|null);

            /** ServerMessage itemDestroyed. */
            itemDestroyed?: (realmforge.v1.ItemDestroyed.$Properties|null);

            /** ServerMessage vendorStock. */
            vendorStock?: (realmforge.v1.VendorStock.$Properties|null);

            /** ServerMessage vendorBought. */
            vendorBought?: (realmforge.v1.VendorBought.$Properties|null);

            /** ServerMessage vendorSold. */
            vendorSold?: (realmforge.v1.VendorSold.$Properties|null);

            /** ServerMessage lootReceived. */
            lootReceived?: (realmforge.v1.LootReceived.$Properties|null);

            /** ServerMessage tradeRequested. */
            tradeRequested?: (realmforge.v1.TradeRequested.$Properties|null);

            /** ServerMessage tradeInvitation. */
            tradeInvitation?: (realmforge.v1.TradeInvitation.$Properties|null);

            /** ServerMessage tradeResponded. */
            tradeResponded?: (realmforge.v1.TradeResponded.$Properties|null);

            /** ServerMessage tradeOfferSet. */
            tradeOfferSet?: (realmforge.v1.TradeOfferSet.$Properties|null);

            /** ServerMessage tradeConfirmed. */
            tradeConfirmed?: (realmforge.v1.TradeConfirmed.$Properties|null);

            /** ServerMessage tradeCancelled. */
            tradeCancelled?: (realmforge.v1.TradeCancelled.$Properties|null);

            /** ServerMessage tradeState. */
            tradeState?: (realmforge.v1.TradeState.$Properties|null);

            /** ServerMessage tradeEnded. */
            tradeEnded?: (realmforge.v1.TradeEnded.$Properties|null);

            /** ServerMessage sanctionNotice. */
            sanctionNotice?: (realmforge.v1.SanctionNotice.$Properties|null);

            /** ServerMessage serverNotice. */
            serverNotice?: (realmforge.v1.ServerNotice.$Properties|null);

            /** ServerMessage datagramChannel. */
            datagramChannel?: (realmforge.v1.DatagramChannel.$Properties|null);

            /** ServerMessage payload. */
            payload?: ("error"|"welcome"|"ping"|"pong"|"disconnect"|"registered"|"loggedIn"|"loggedOut"|"characterList"|"characterCreated"|"characterDeleted"|"enteredWorld"|"worldFrame"|"chatSent"|"chatMessage"|"partyInviteSent"|"partyResponded"|"partyLeft"|"partyKicked"|"partyPromoted"|"partyInvitation"|"partyState"|"guildCreated"|"guildInviteSent"|"guildResponded"|"guildLeft"|"guildKicked"|"guildRankSet"|"guildDisbanded"|"guildInvitation"|"guildState"|"targetSelected"|"skillCast"|"autoAttackSet"|"spiritReleased"|"inventoryState"|"itemMoved"|"stackSplit"|"itemEquipped"|"itemUnequipped"|"itemDestroyed"|"vendorStock"|"vendorBought"|"vendorSold"|"lootReceived"|"tradeRequested"|"tradeInvitation"|"tradeResponded"|"tradeOfferSet"|"tradeConfirmed"|"tradeCancelled"|"tradeState"|"tradeEnded"|"sanctionNotice"|"serverNotice"|"datagramChannel");

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerMessage instance
             */
            static create(properties: realmforge.v1.ServerMessage.$Shape): realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape;
            static create(properties?: realmforge.v1.ServerMessage.$Properties): realmforge.v1.ServerMessage;

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link realmforge.v1.ServerMessage.verify|verify} messages.
             * @param message ServerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link realmforge.v1.ServerMessage.verify|verify} messages.
             * @param message ServerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape;

            /**
             * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.ServerMessage & realmforge.v1.ServerMessage.$Shape;

            /**
             * Verifies a ServerMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerMessage
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.ServerMessage;

            /**
             * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
             * @param message ServerMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.ServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ServerMessage {

            /** Properties of a ServerMessage. */
            interface $Properties {

                /** ServerMessage requestId */
                requestId?: (number|null);

                /** ServerMessage error */
                error?: (realmforge.v1.Error.$Properties|null);

                /** ServerMessage welcome */
                welcome?: (realmforge.v1.Welcome.$Properties|null);

                /** ServerMessage ping */
                ping?: (realmforge.v1.Ping.$Properties|null);

                /** ServerMessage pong */
                pong?: (realmforge.v1.Pong.$Properties|null);

                /** ServerMessage disconnect */
                disconnect?: (realmforge.v1.Disconnect.$Properties|null);

                /** ServerMessage registered */
                registered?: (realmforge.v1.Registered.$Properties|null);

                /** ServerMessage loggedIn */
                loggedIn?: (realmforge.v1.LoggedIn.$Properties|null);

                /** ServerMessage loggedOut */
                loggedOut?: (realmforge.v1.LoggedOut.$Properties|null);

                /** ServerMessage characterList */
                characterList?: (realmforge.v1.CharacterList.$Properties|null);

                /** ServerMessage characterCreated */
                characterCreated?: (realmforge.v1.CharacterCreated.$Properties|null);

                /** ServerMessage characterDeleted */
                characterDeleted?: (realmforge.v1.CharacterDeleted.$Properties|null);

                /** ServerMessage enteredWorld */
                enteredWorld?: (realmforge.v1.EnteredWorld.$Properties|null);

                /** ServerMessage worldFrame */
                worldFrame?: (realmforge.v1.WorldFrame.$Properties|null);

                /** ServerMessage chatSent */
                chatSent?: (realmforge.v1.ChatSent.$Properties|null);

                /** ServerMessage chatMessage */
                chatMessage?: (realmforge.v1.ChatMessage.$Properties|null);

                /** ServerMessage partyInviteSent */
                partyInviteSent?: (realmforge.v1.PartyInviteSent.$Properties|null);

                /** ServerMessage partyResponded */
                partyResponded?: (realmforge.v1.PartyResponded.$Properties|null);

                /** ServerMessage partyLeft */
                partyLeft?: (realmforge.v1.PartyLeft.$Properties|null);

                /** ServerMessage partyKicked */
                partyKicked?: (realmforge.v1.PartyKicked.$Properties|null);

                /** ServerMessage partyPromoted */
                partyPromoted?: (realmforge.v1.PartyPromoted.$Properties|null);

                /** ServerMessage partyInvitation */
                partyInvitation?: (realmforge.v1.PartyInvitation.$Properties|null);

                /** ServerMessage partyState */
                partyState?: (realmforge.v1.PartyState.$Properties|null);

                /** ServerMessage guildCreated */
                guildCreated?: (realmforge.v1.GuildCreated.$Properties|null);

                /** ServerMessage guildInviteSent */
                guildInviteSent?: (realmforge.v1.GuildInviteSent.$Properties|null);

                /** ServerMessage guildResponded */
                guildResponded?: (realmforge.v1.GuildResponded.$Properties|null);

                /** ServerMessage guildLeft */
                guildLeft?: (realmforge.v1.GuildLeft.$Properties|null);

                /** ServerMessage guildKicked */
                guildKicked?: (realmforge.v1.GuildKicked.$Properties|null);

                /** ServerMessage guildRankSet */
                guildRankSet?: (realmforge.v1.GuildRankSet.$Properties|null);

                /** ServerMessage guildDisbanded */
                guildDisbanded?: (realmforge.v1.GuildDisbanded.$Properties|null);

                /** ServerMessage guildInvitation */
                guildInvitation?: (realmforge.v1.GuildInvitation.$Properties|null);

                /** ServerMessage guildState */
                guildState?: (realmforge.v1.GuildState.$Properties|null);

                /** ServerMessage targetSelected */
                targetSelected?: (realmforge.v1.TargetSelected.$Properties|null);

                /** ServerMessage skillCast */
                skillCast?: (realmforge.v1.SkillCast.$Properties|null);

                /** ServerMessage autoAttackSet */
                autoAttackSet?: (realmforge.v1.AutoAttackSet.$Properties|null);

                /** ServerMessage spiritReleased */
                spiritReleased?: (realmforge.v1.SpiritReleased.$Properties|null);

                /** ServerMessage inventoryState */
                inventoryState?: (realmforge.v1.InventoryState.$Properties|null);

                /** ServerMessage itemMoved */
                itemMoved?: (realmforge.v1.ItemMoved.$Properties|null);

                /** ServerMessage stackSplit */
                stackSplit?: (realmforge.v1.StackSplit.$Properties|null);

                /** ServerMessage itemEquipped */
                itemEquipped?: (realmforge.v1.ItemEquipped.$Properties|null);

                /** ServerMessage itemUnequipped */
                itemUnequipped?: (realmforge.v1.ItemUnequipped.$Properties|null);

                /** ServerMessage itemDestroyed */
                itemDestroyed?: (realmforge.v1.ItemDestroyed.$Properties|null);

                /** ServerMessage vendorStock */
                vendorStock?: (realmforge.v1.VendorStock.$Properties|null);

                /** ServerMessage vendorBought */
                vendorBought?: (realmforge.v1.VendorBought.$Properties|null);

                /** ServerMessage vendorSold */
                vendorSold?: (realmforge.v1.VendorSold.$Properties|null);

                /** ServerMessage lootReceived */
                lootReceived?: (realmforge.v1.LootReceived.$Properties|null);

                /** ServerMessage tradeRequested */
                tradeRequested?: (realmforge.v1.TradeRequested.$Properties|null);

                /** ServerMessage tradeInvitation */
                tradeInvitation?: (realmforge.v1.TradeInvitation.$Properties|null);

                /** ServerMessage tradeResponded */
                tradeResponded?: (realmforge.v1.TradeResponded.$Properties|null);

                /** ServerMessage tradeOfferSet */
                tradeOfferSet?: (realmforge.v1.TradeOfferSet.$Properties|null);

                /** ServerMessage tradeConfirmed */
                tradeConfirmed?: (realmforge.v1.TradeConfirmed.$Properties|null);

                /** ServerMessage tradeCancelled */
                tradeCancelled?: (realmforge.v1.TradeCancelled.$Properties|null);

                /** ServerMessage tradeState */
                tradeState?: (realmforge.v1.TradeState.$Properties|null);

                /** ServerMessage tradeEnded */
                tradeEnded?: (realmforge.v1.TradeEnded.$Properties|null);

                /** ServerMessage sanctionNotice */
                sanctionNotice?: (realmforge.v1.SanctionNotice.$Properties|null);

                /** ServerMessage serverNotice */
                serverNotice?: (realmforge.v1.ServerNotice.$Properties|null);

                /** ServerMessage datagramChannel */
                datagramChannel?: (realmforge.v1.DatagramChannel.$Properties|null);

                /** ServerMessage payload */
                payload?: ("error"|"welcome"|"ping"|"pong"|"disconnect"|"registered"|"loggedIn"|"loggedOut"|"characterList"|"characterCreated"|"characterDeleted"|"enteredWorld"|"worldFrame"|"chatSent"|"chatMessage"|"partyInviteSent"|"partyResponded"|"partyLeft"|"partyKicked"|"partyPromoted"|"partyInvitation"|"partyState"|"guildCreated"|"guildInviteSent"|"guildResponded"|"guildLeft"|"guildKicked"|"guildRankSet"|"guildDisbanded"|"guildInvitation"|"guildState"|"targetSelected"|"skillCast"|"autoAttackSet"|"spiritReleased"|"inventoryState"|"itemMoved"|"stackSplit"|"itemEquipped"|"itemUnequipped"|"itemDestroyed"|"vendorStock"|"vendorBought"|"vendorSold"|"lootReceived"|"tradeRequested"|"tradeInvitation"|"tradeResponded"|"tradeOfferSet"|"tradeConfirmed"|"tradeCancelled"|"tradeState"|"tradeEnded"|"sanctionNotice"|"serverNotice"|"datagramChannel");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerMessage. */
            type $Shape = {
              requestId?: number|null;
              error?: realmforge.v1.Error.$Shape|null;
              welcome?: realmforge.v1.Welcome.$Shape|null;
              ping?: realmforge.v1.Ping.$Shape|null;
              pong?: realmforge.v1.Pong.$Shape|null;
              disconnect?: realmforge.v1.Disconnect.$Shape|null;
              registered?: realmforge.v1.Registered.$Shape|null;
              loggedIn?: realmforge.v1.LoggedIn.$Shape|null;
              loggedOut?: realmforge.v1.LoggedOut.$Shape|null;
              characterList?: realmforge.v1.CharacterList.$Shape|null;
              characterCreated?: realmforge.v1.CharacterCreated.$Shape|null;
              characterDeleted?: realmforge.v1.CharacterDeleted.$Shape|null;
              enteredWorld?: realmforge.v1.EnteredWorld.$Shape|null;
              worldFrame?: realmforge.v1.WorldFrame.$Shape|null;
              chatSent?: realmforge.v1.ChatSent.$Shape|null;
              chatMessage?: realmforge.v1.ChatMessage.$Shape|null;
              partyInviteSent?: realmforge.v1.PartyInviteSent.$Shape|null;
              partyResponded?: realmforge.v1.PartyResponded.$Shape|null;
              partyLeft?: realmforge.v1.PartyLeft.$Shape|null;
              partyKicked?: realmforge.v1.PartyKicked.$Shape|null;
              partyPromoted?: realmforge.v1.PartyPromoted.$Shape|null;
              partyInvitation?: realmforge.v1.PartyInvitation.$Shape|null;
              partyState?: realmforge.v1.PartyState.$Shape|null;
              guildCreated?: realmforge.v1.GuildCreated.$Shape|null;
              guildInviteSent?: realmforge.v1.GuildInviteSent.$Shape|null;
              guildResponded?: realmforge.v1.GuildResponded.$Shape|null;
              guildLeft?: realmforge.v1.GuildLeft.$Shape|null;
              guildKicked?: realmforge.v1.GuildKicked.$Shape|null;
              guildRankSet?: realmforge.v1.GuildRankSet.$Shape|null;
              guildDisbanded?: realmforge.v1.GuildDisbanded.$Shape|null;
              guildInvitation?: realmforge.v1.GuildInvitation.$Shape|null;
              guildState?: realmforge.v1.GuildState.$Shape|null;
              targetSelected?: realmforge.v1.TargetSelected.$Shape|null;
              skillCast?: realmforge.v1.SkillCast.$Shape|null;
              autoAttackSet?: realmforge.v1.AutoAttackSet.$Shape|null;
              spiritReleased?: realmforge.v1.SpiritReleased.$Shape|null;
              inventoryState?: realmforge.v1.InventoryState.$Shape|null;
              itemMoved?: realmforge.v1.ItemMoved.$Shape|null;
              stackSplit?: realmforge.v1.StackSplit.$Shape|null;
              itemEquipped?: realmforge.v1.ItemEquipped.$Shape|null;
              itemUnequipped?: realmforge.v1.ItemUnequipped.$Shape|null;
              itemDestroyed?: realmforge.v1.ItemDestroyed.$Shape|null;
              vendorStock?: realmforge.v1.VendorStock.$Shape|null;
              vendorBought?: realmforge.v1.VendorBought.$Shape|null;
              vendorSold?: realmforge.v1.VendorSold.$Shape|null;
              lootReceived?: realmforge.v1.LootReceived.$Shape|null;
              tradeRequested?: realmforge.v1.TradeRequested.$Shape|null;
              tradeInvitation?: realmforge.v1.TradeInvitation.$Shape|null;
              tradeResponded?: realmforge.v1.TradeResponded.$Shape|null;
              tradeOfferSet?: realmforge.v1.TradeOfferSet.$Shape|null;
              tradeConfirmed?: realmforge.v1.TradeConfirmed.$Shape|null;
              tradeCancelled?: realmforge.v1.TradeCancelled.$Shape|null;
              tradeState?: realmforge.v1.TradeState.$Shape|null;
              tradeEnded?: realmforge.v1.TradeEnded.$Shape|null;
              sanctionNotice?: realmforge.v1.SanctionNotice.$Shape|null;
              serverNotice?: realmforge.v1.ServerNotice.$Shape|null;
              datagramChannel?: realmforge.v1.DatagramChannel.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "error"; error: realmforge.v1.Error.$Shape; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "welcome"; error?: null; welcome: realmforge.v1.Welcome.$Shape; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "ping"; error?: null; welcome?: null; ping: realmforge.v1.Ping.$Shape; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "pong"; error?: null; welcome?: null; ping?: null; pong: realmforge.v1.Pong.$Shape; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "disconnect"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect: realmforge.v1.Disconnect.$Shape; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "registered"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered: realmforge.v1.Registered.$Shape; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "loggedIn"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn: realmforge.v1.LoggedIn.$Shape; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "loggedOut"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut: realmforge.v1.LoggedOut.$Shape; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "characterList"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList: realmforge.v1.CharacterList.$Shape; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "characterCreated"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated: realmforge.v1.CharacterCreated.$Shape; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "characterDeleted"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted: realmforge.v1.CharacterDeleted.$Shape; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "enteredWorld"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld: realmforge.v1.EnteredWorld.$Shape; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "worldFrame"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame: realmforge.v1.WorldFrame.$Shape; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "chatSent"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent: realmforge.v1.ChatSent.$Shape; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "chatMessage"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage: realmforge.v1.ChatMessage.$Shape; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyInviteSent"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent: realmforge.v1.PartyInviteSent.$Shape; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyResponded"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded: realmforge.v1.PartyResponded.$Shape; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyLeft"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft: realmforge.v1.PartyLeft.$Shape; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyKicked"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked: realmforge.v1.PartyKicked.$Shape; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyPromoted"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted: realmforge.v1.PartyPromoted.$Shape; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyInvitation"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation: realmforge.v1.PartyInvitation.$Shape; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "partyState"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState: realmforge.v1.PartyState.$Shape; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildCreated"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated: realmforge.v1.GuildCreated.$Shape; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildInviteSent"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent: realmforge.v1.GuildInviteSent.$Shape; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildResponded"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded: realmforge.v1.GuildResponded.$Shape; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildLeft"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft: realmforge.v1.GuildLeft.$Shape; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildKicked"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked: realmforge.v1.GuildKicked.$Shape; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildRankSet"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet: realmforge.v1.GuildRankSet.$Shape; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildDisbanded"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded: realmforge.v1.GuildDisbanded.$Shape; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildInvitation"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation: realmforge.v1.GuildInvitation.$Shape; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "guildState"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState: realmforge.v1.GuildState.$Shape; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "targetSelected"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected: realmforge.v1.TargetSelected.$Shape; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "skillCast"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast: realmforge.v1.SkillCast.$Shape; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "autoAttackSet"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet: realmforge.v1.AutoAttackSet.$Shape; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "spiritReleased"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased: realmforge.v1.SpiritReleased.$Shape; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "inventoryState"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState: realmforge.v1.InventoryState.$Shape; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "itemMoved"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved: realmforge.v1.ItemMoved.$Shape; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "stackSplit"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit: realmforge.v1.StackSplit.$Shape; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "itemEquipped"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped: realmforge.v1.ItemEquipped.$Shape; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "itemUnequipped"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped: realmforge.v1.ItemUnequipped.$Shape; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "itemDestroyed"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed: realmforge.v1.ItemDestroyed.$Shape; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "vendorStock"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock: realmforge.v1.VendorStock.$Shape; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "vendorBought"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought: realmforge.v1.VendorBought.$Shape; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "vendorSold"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold: realmforge.v1.VendorSold.$Shape; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "lootReceived"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived: realmforge.v1.LootReceived.$Shape; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeRequested"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested: realmforge.v1.TradeRequested.$Shape; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeInvitation"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation: realmforge.v1.TradeInvitation.$Shape; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeResponded"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded: realmforge.v1.TradeResponded.$Shape; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeOfferSet"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet: realmforge.v1.TradeOfferSet.$Shape; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeConfirmed"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed: realmforge.v1.TradeConfirmed.$Shape; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeCancelled"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled: realmforge.v1.TradeCancelled.$Shape; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeState"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState: realmforge.v1.TradeState.$Shape; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "tradeEnded"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded: realmforge.v1.TradeEnded.$Shape; sanctionNotice?: null; serverNotice?: null; datagramChannel?: null }|{ payload?: "sanctionNotice"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice: realmforge.v1.SanctionNotice.$Shape; serverNotice?: null; datagramChannel?: null }|{ payload?: "serverNotice"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice: realmforge.v1.ServerNotice.$Shape; datagramChannel?: null }|{ payload?: "datagramChannel"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null; partyInviteSent?: null; partyResponded?: null; partyLeft?: null; partyKicked?: null; partyPromoted?: null; partyInvitation?: null; partyState?: null; guildCreated?: null; guildInviteSent?: null; guildResponded?: null; guildLeft?: null; guildKicked?: null; guildRankSet?: null; guildDisbanded?: null; guildInvitation?: null; guildState?: null; targetSelected?: null; skillCast?: null; autoAttackSet?: null; spiritReleased?: null; inventoryState?: null; itemMoved?: null; stackSplit?: null; itemEquipped?: null; itemUnequipped?: null; itemDestroyed?: null; vendorStock?: null; vendorBought?: null; vendorSold?: null; lootReceived?: null; tradeRequested?: null; tradeInvitation?: null; tradeResponded?: null; tradeOfferSet?: null; tradeConfirmed?: null; tradeCancelled?: null; tradeState?: null; tradeEnded?: null; sanctionNotice?: null; serverNotice?: null; datagramChannel: realmforge.v1.DatagramChannel.$Shape })
            );
        }

        /** SanctionKind enum. */
        enum SanctionKind {

            /** SANCTION_KIND_UNSPECIFIED value */
            SANCTION_KIND_UNSPECIFIED = 0,

            /** SANCTION_KIND_WARN value */
            SANCTION_KIND_WARN = 1,

            /** SANCTION_KIND_MUTE value */
            SANCTION_KIND_MUTE = 2,

            /** SANCTION_KIND_KICK value */
            SANCTION_KIND_KICK = 3,

            /** SANCTION_KIND_BAN value */
            SANCTION_KIND_BAN = 4
        }

        /**
         * Properties of a SanctionNotice.
         * @deprecated Use realmforge.v1.SanctionNotice.$Properties instead.
         */
        interface ISanctionNotice extends realmforge.v1.SanctionNotice.$Properties {
        }

        /** Represents a SanctionNotice. */
        class SanctionNotice {

            /**
             * Constructs a new SanctionNotice.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.SanctionNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SanctionNotice kind. */
            kind: realmforge.v1.SanctionKind;

            /** SanctionNotice reason. */
            reason: string;

            /** SanctionNotice untilMs. */
            untilMs: number;

            /**
             * Creates a new SanctionNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SanctionNotice instance
             */
            static create(properties: realmforge.v1.SanctionNotice.$Shape): realmforge.v1.SanctionNotice & realmforge.v1.SanctionNotice.$Shape;
            static create(properties?: realmforge.v1.SanctionNotice.$Properties): realmforge.v1.SanctionNotice;

            /**
             * Encodes the specified SanctionNotice message. Does not implicitly {@link realmforge.v1.SanctionNotice.verify|verify} messages.
             * @param message SanctionNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.SanctionNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SanctionNotice message, length delimited. Does not implicitly {@link realmforge.v1.SanctionNotice.verify|verify} messages.
             * @param message SanctionNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.SanctionNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SanctionNotice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.SanctionNotice & realmforge.v1.SanctionNotice.$Shape} SanctionNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.SanctionNotice & realmforge.v1.SanctionNotice.$Shape;

            /**
             * Decodes a SanctionNotice message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.SanctionNotice & realmforge.v1.SanctionNotice.$Shape} SanctionNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.SanctionNotice & realmforge.v1.SanctionNotice.$Shape;

            /**
             * Verifies a SanctionNotice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SanctionNotice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SanctionNotice
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.SanctionNotice;

            /**
             * Creates a plain object from a SanctionNotice message. Also converts values to other types if specified.
             * @param message SanctionNotice
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.SanctionNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SanctionNotice to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SanctionNotice {

            /** Properties of a SanctionNotice. */
            interface $Properties {

                /** SanctionNotice kind */
                kind?: (realmforge.v1.SanctionKind|null);

                /** SanctionNotice reason */
                reason?: (string|null);

                /** SanctionNotice untilMs */
                untilMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SanctionNotice. */
            type $Shape = realmforge.v1.SanctionNotice.$Properties;
        }

        /**
         * Properties of a Hello.
         * @deprecated Use realmforge.v1.Hello.$Properties instead.
         */
        interface IHello extends realmforge.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello clientName. */
            clientName: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: realmforge.v1.Hello.$Shape): realmforge.v1.Hello & realmforge.v1.Hello.$Shape;
            static create(properties?: realmforge.v1.Hello.$Properties): realmforge.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link realmforge.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link realmforge.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Hello & realmforge.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Hello & realmforge.v1.Hello.$Shape;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Hello & realmforge.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Hello & realmforge.v1.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello clientName */
                clientName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = realmforge.v1.Hello.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use realmforge.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends realmforge.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome protocolVersion. */
            protocolVersion: number;

            /** Welcome tickRateHz. */
            tickRateHz: number;

            /** Welcome serverName. */
            serverName: string;

            /** Welcome heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** Welcome idleTimeoutMs. */
            idleTimeoutMs: number;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: realmforge.v1.Welcome.$Shape): realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape;
            static create(properties?: realmforge.v1.Welcome.$Properties): realmforge.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link realmforge.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link realmforge.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape;

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Welcome & realmforge.v1.Welcome.$Shape;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome protocolVersion */
                protocolVersion?: (number|null);

                /** Welcome tickRateHz */
                tickRateHz?: (number|null);

                /** Welcome serverName */
                serverName?: (string|null);

                /** Welcome heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** Welcome idleTimeoutMs */
                idleTimeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = realmforge.v1.Welcome.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use realmforge.v1.Ping.$Properties instead.
         */
        interface IPing extends realmforge.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping nonce. */
            nonce: number;

            /** Ping sentAtMs. */
            sentAtMs: number;

            /** Ping payload. */
            payload: Uint8Array;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: realmforge.v1.Ping.$Shape): realmforge.v1.Ping & realmforge.v1.Ping.$Shape;
            static create(properties?: realmforge.v1.Ping.$Properties): realmforge.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link realmforge.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link realmforge.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Ping & realmforge.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Ping & realmforge.v1.Ping.$Shape;

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Ping & realmforge.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Ping & realmforge.v1.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping nonce */
                nonce?: (number|null);

                /** Ping sentAtMs */
                sentAtMs?: (number|null);

                /** Ping payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = realmforge.v1.Ping.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use realmforge.v1.Pong.$Properties instead.
         */
        interface IPong extends realmforge.v1.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong nonce. */
            nonce: number;

            /** Pong sentAtMs. */
            sentAtMs: number;

            /** Pong payload. */
            payload: Uint8Array;

            /** Pong repliedAtMs. */
            repliedAtMs: number;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: realmforge.v1.Pong.$Shape): realmforge.v1.Pong & realmforge.v1.Pong.$Shape;
            static create(properties?: realmforge.v1.Pong.$Properties): realmforge.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link realmforge.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link realmforge.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Pong & realmforge.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Pong & realmforge.v1.Pong.$Shape;

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Pong & realmforge.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Pong & realmforge.v1.Pong.$Shape;

            /**
             * Verifies a Pong message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pong
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param message Pong
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong nonce */
                nonce?: (number|null);

                /** Pong sentAtMs */
                sentAtMs?: (number|null);

                /** Pong payload */
                payload?: (Uint8Array|null);

                /** Pong repliedAtMs */
                repliedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = realmforge.v1.Pong.$Properties;
        }

        /**
         * Properties of a Disconnect.
         * @deprecated Use realmforge.v1.Disconnect.$Properties instead.
         */
        interface IDisconnect extends realmforge.v1.Disconnect.$Properties {
        }

        /** Represents a Disconnect. */
        class Disconnect {

            /**
             * Constructs a new Disconnect.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Disconnect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Disconnect reason. */
            reason: realmforge.v1.ErrorCode;

            /** Disconnect message. */
            message: string;

            /**
             * Creates a new Disconnect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Disconnect instance
             */
            static create(properties: realmforge.v1.Disconnect.$Shape): realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape;
            static create(properties?: realmforge.v1.Disconnect.$Properties): realmforge.v1.Disconnect;

            /**
             * Encodes the specified Disconnect message. Does not implicitly {@link realmforge.v1.Disconnect.verify|verify} messages.
             * @param message Disconnect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Disconnect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Disconnect message, length delimited. Does not implicitly {@link realmforge.v1.Disconnect.verify|verify} messages.
             * @param message Disconnect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Disconnect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Disconnect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape;

            /**
             * Decodes a Disconnect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Disconnect & realmforge.v1.Disconnect.$Shape;

            /**
             * Verifies a Disconnect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Disconnect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Disconnect
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Disconnect;

            /**
             * Creates a plain object from a Disconnect message. Also converts values to other types if specified.
             * @param message Disconnect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Disconnect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Disconnect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Disconnect {

            /** Properties of a Disconnect. */
            interface $Properties {

                /** Disconnect reason */
                reason?: (realmforge.v1.ErrorCode|null);

                /** Disconnect message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Disconnect. */
            type $Shape = realmforge.v1.Disconnect.$Properties;
        }

        /**
         * Properties of a Logout.
         * @deprecated Use realmforge.v1.Logout.$Properties instead.
         */
        interface ILogout extends realmforge.v1.Logout.$Properties {
        }

        /** Represents a Logout. */
        class Logout {

            /**
             * Constructs a new Logout.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.Logout.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Logout instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Logout instance
             */
            static create(properties: realmforge.v1.Logout.$Shape): realmforge.v1.Logout & realmforge.v1.Logout.$Shape;
            static create(properties?: realmforge.v1.Logout.$Properties): realmforge.v1.Logout;

            /**
             * Encodes the specified Logout message. Does not implicitly {@link realmforge.v1.Logout.verify|verify} messages.
             * @param message Logout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Logout message, length delimited. Does not implicitly {@link realmforge.v1.Logout.verify|verify} messages.
             * @param message Logout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Logout message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.Logout & realmforge.v1.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.Logout & realmforge.v1.Logout.$Shape;

            /**
             * Decodes a Logout message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.Logout & realmforge.v1.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.Logout & realmforge.v1.Logout.$Shape;

            /**
             * Verifies a Logout message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Logout message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Logout
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.Logout;

            /**
             * Creates a plain object from a Logout message. Also converts values to other types if specified.
             * @param message Logout
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.Logout, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Logout to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Logout {

            /** Properties of a Logout. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Logout. */
            type $Shape = realmforge.v1.Logout.$Properties;
        }

        /**
         * Properties of a LoggedOut.
         * @deprecated Use realmforge.v1.LoggedOut.$Properties instead.
         */
        interface ILoggedOut extends realmforge.v1.LoggedOut.$Properties {
        }

        /** Represents a LoggedOut. */
        class LoggedOut {

            /**
             * Constructs a new LoggedOut.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.LoggedOut.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new LoggedOut instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoggedOut instance
             */
            static create(properties: realmforge.v1.LoggedOut.$Shape): realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape;
            static create(properties?: realmforge.v1.LoggedOut.$Properties): realmforge.v1.LoggedOut;

            /**
             * Encodes the specified LoggedOut message. Does not implicitly {@link realmforge.v1.LoggedOut.verify|verify} messages.
             * @param message LoggedOut message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.LoggedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoggedOut message, length delimited. Does not implicitly {@link realmforge.v1.LoggedOut.verify|verify} messages.
             * @param message LoggedOut message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.LoggedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoggedOut message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape} LoggedOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape;

            /**
             * Decodes a LoggedOut message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape} LoggedOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.LoggedOut & realmforge.v1.LoggedOut.$Shape;

            /**
             * Verifies a LoggedOut message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoggedOut message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoggedOut
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.LoggedOut;

            /**
             * Creates a plain object from a LoggedOut message. Also converts values to other types if specified.
             * @param message LoggedOut
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.LoggedOut, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoggedOut to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoggedOut {

            /** Properties of a LoggedOut. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoggedOut. */
            type $Shape = realmforge.v1.LoggedOut.$Properties;
        }

        /**
         * Properties of a PartyInvite.
         * @deprecated Use realmforge.v1.PartyInvite.$Properties instead.
         */
        interface IPartyInvite extends realmforge.v1.PartyInvite.$Properties {
        }

        /** Represents a PartyInvite. */
        class PartyInvite {

            /**
             * Constructs a new PartyInvite.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyInvite.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyInvite characterName. */
            characterName: string;

            /**
             * Creates a new PartyInvite instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyInvite instance
             */
            static create(properties: realmforge.v1.PartyInvite.$Shape): realmforge.v1.PartyInvite & realmforge.v1.PartyInvite.$Shape;
            static create(properties?: realmforge.v1.PartyInvite.$Properties): realmforge.v1.PartyInvite;

            /**
             * Encodes the specified PartyInvite message. Does not implicitly {@link realmforge.v1.PartyInvite.verify|verify} messages.
             * @param message PartyInvite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyInvite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyInvite message, length delimited. Does not implicitly {@link realmforge.v1.PartyInvite.verify|verify} messages.
             * @param message PartyInvite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyInvite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyInvite message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyInvite & realmforge.v1.PartyInvite.$Shape} PartyInvite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyInvite & realmforge.v1.PartyInvite.$Shape;

            /**
             * Decodes a PartyInvite message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyInvite & realmforge.v1.PartyInvite.$Shape} PartyInvite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyInvite & realmforge.v1.PartyInvite.$Shape;

            /**
             * Verifies a PartyInvite message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyInvite message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyInvite
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyInvite;

            /**
             * Creates a plain object from a PartyInvite message. Also converts values to other types if specified.
             * @param message PartyInvite
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyInvite, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyInvite to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyInvite {

            /** Properties of a PartyInvite. */
            interface $Properties {

                /** PartyInvite characterName */
                characterName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyInvite. */
            type $Shape = realmforge.v1.PartyInvite.$Properties;
        }

        /**
         * Properties of a PartyInviteSent.
         * @deprecated Use realmforge.v1.PartyInviteSent.$Properties instead.
         */
        interface IPartyInviteSent extends realmforge.v1.PartyInviteSent.$Properties {
        }

        /** Represents a PartyInviteSent. */
        class PartyInviteSent {

            /**
             * Constructs a new PartyInviteSent.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyInviteSent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyInviteSent characterId. */
            characterId: string;

            /** PartyInviteSent characterName. */
            characterName: string;

            /** PartyInviteSent expiresAtMs. */
            expiresAtMs: number;

            /**
             * Creates a new PartyInviteSent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyInviteSent instance
             */
            static create(properties: realmforge.v1.PartyInviteSent.$Shape): realmforge.v1.PartyInviteSent & realmforge.v1.PartyInviteSent.$Shape;
            static create(properties?: realmforge.v1.PartyInviteSent.$Properties): realmforge.v1.PartyInviteSent;

            /**
             * Encodes the specified PartyInviteSent message. Does not implicitly {@link realmforge.v1.PartyInviteSent.verify|verify} messages.
             * @param message PartyInviteSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyInviteSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyInviteSent message, length delimited. Does not implicitly {@link realmforge.v1.PartyInviteSent.verify|verify} messages.
             * @param message PartyInviteSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyInviteSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyInviteSent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyInviteSent & realmforge.v1.PartyInviteSent.$Shape} PartyInviteSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyInviteSent & realmforge.v1.PartyInviteSent.$Shape;

            /**
             * Decodes a PartyInviteSent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyInviteSent & realmforge.v1.PartyInviteSent.$Shape} PartyInviteSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyInviteSent & realmforge.v1.PartyInviteSent.$Shape;

            /**
             * Verifies a PartyInviteSent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyInviteSent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyInviteSent
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyInviteSent;

            /**
             * Creates a plain object from a PartyInviteSent message. Also converts values to other types if specified.
             * @param message PartyInviteSent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyInviteSent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyInviteSent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyInviteSent {

            /** Properties of a PartyInviteSent. */
            interface $Properties {

                /** PartyInviteSent characterId */
                characterId?: (string|null);

                /** PartyInviteSent characterName */
                characterName?: (string|null);

                /** PartyInviteSent expiresAtMs */
                expiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyInviteSent. */
            type $Shape = realmforge.v1.PartyInviteSent.$Properties;
        }

        /**
         * Properties of a PartyRespond.
         * @deprecated Use realmforge.v1.PartyRespond.$Properties instead.
         */
        interface IPartyRespond extends realmforge.v1.PartyRespond.$Properties {
        }

        /** Represents a PartyRespond. */
        class PartyRespond {

            /**
             * Constructs a new PartyRespond.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyRespond.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyRespond inviterCharacterId. */
            inviterCharacterId: string;

            /** PartyRespond accept. */
            accept: boolean;

            /**
             * Creates a new PartyRespond instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyRespond instance
             */
            static create(properties: realmforge.v1.PartyRespond.$Shape): realmforge.v1.PartyRespond & realmforge.v1.PartyRespond.$Shape;
            static create(properties?: realmforge.v1.PartyRespond.$Properties): realmforge.v1.PartyRespond;

            /**
             * Encodes the specified PartyRespond message. Does not implicitly {@link realmforge.v1.PartyRespond.verify|verify} messages.
             * @param message PartyRespond message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyRespond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyRespond message, length delimited. Does not implicitly {@link realmforge.v1.PartyRespond.verify|verify} messages.
             * @param message PartyRespond message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyRespond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyRespond message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyRespond & realmforge.v1.PartyRespond.$Shape} PartyRespond
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyRespond & realmforge.v1.PartyRespond.$Shape;

            /**
             * Decodes a PartyRespond message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyRespond & realmforge.v1.PartyRespond.$Shape} PartyRespond
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyRespond & realmforge.v1.PartyRespond.$Shape;

            /**
             * Verifies a PartyRespond message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyRespond message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyRespond
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyRespond;

            /**
             * Creates a plain object from a PartyRespond message. Also converts values to other types if specified.
             * @param message PartyRespond
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyRespond, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyRespond to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyRespond {

            /** Properties of a PartyRespond. */
            interface $Properties {

                /** PartyRespond inviterCharacterId */
                inviterCharacterId?: (string|null);

                /** PartyRespond accept */
                accept?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyRespond. */
            type $Shape = realmforge.v1.PartyRespond.$Properties;
        }

        /**
         * Properties of a PartyResponded.
         * @deprecated Use realmforge.v1.PartyResponded.$Properties instead.
         */
        interface IPartyResponded extends realmforge.v1.PartyResponded.$Properties {
        }

        /** Represents a PartyResponded. */
        class PartyResponded {

            /**
             * Constructs a new PartyResponded.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyResponded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyResponded joined. */
            joined: boolean;

            /**
             * Creates a new PartyResponded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyResponded instance
             */
            static create(properties: realmforge.v1.PartyResponded.$Shape): realmforge.v1.PartyResponded & realmforge.v1.PartyResponded.$Shape;
            static create(properties?: realmforge.v1.PartyResponded.$Properties): realmforge.v1.PartyResponded;

            /**
             * Encodes the specified PartyResponded message. Does not implicitly {@link realmforge.v1.PartyResponded.verify|verify} messages.
             * @param message PartyResponded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyResponded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyResponded message, length delimited. Does not implicitly {@link realmforge.v1.PartyResponded.verify|verify} messages.
             * @param message PartyResponded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyResponded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyResponded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyResponded & realmforge.v1.PartyResponded.$Shape} PartyResponded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyResponded & realmforge.v1.PartyResponded.$Shape;

            /**
             * Decodes a PartyResponded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyResponded & realmforge.v1.PartyResponded.$Shape} PartyResponded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyResponded & realmforge.v1.PartyResponded.$Shape;

            /**
             * Verifies a PartyResponded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyResponded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyResponded
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyResponded;

            /**
             * Creates a plain object from a PartyResponded message. Also converts values to other types if specified.
             * @param message PartyResponded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyResponded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyResponded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyResponded {

            /** Properties of a PartyResponded. */
            interface $Properties {

                /** PartyResponded joined */
                joined?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyResponded. */
            type $Shape = realmforge.v1.PartyResponded.$Properties;
        }

        /**
         * Properties of a PartyLeave.
         * @deprecated Use realmforge.v1.PartyLeave.$Properties instead.
         */
        interface IPartyLeave extends realmforge.v1.PartyLeave.$Properties {
        }

        /** Represents a PartyLeave. */
        class PartyLeave {

            /**
             * Constructs a new PartyLeave.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyLeave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PartyLeave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyLeave instance
             */
            static create(properties: realmforge.v1.PartyLeave.$Shape): realmforge.v1.PartyLeave & realmforge.v1.PartyLeave.$Shape;
            static create(properties?: realmforge.v1.PartyLeave.$Properties): realmforge.v1.PartyLeave;

            /**
             * Encodes the specified PartyLeave message. Does not implicitly {@link realmforge.v1.PartyLeave.verify|verify} messages.
             * @param message PartyLeave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyLeave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyLeave message, length delimited. Does not implicitly {@link realmforge.v1.PartyLeave.verify|verify} messages.
             * @param message PartyLeave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyLeave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyLeave message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyLeave & realmforge.v1.PartyLeave.$Shape} PartyLeave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyLeave & realmforge.v1.PartyLeave.$Shape;

            /**
             * Decodes a PartyLeave message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyLeave & realmforge.v1.PartyLeave.$Shape} PartyLeave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyLeave & realmforge.v1.PartyLeave.$Shape;

            /**
             * Verifies a PartyLeave message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyLeave message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyLeave
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyLeave;

            /**
             * Creates a plain object from a PartyLeave message. Also converts values to other types if specified.
             * @param message PartyLeave
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyLeave, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyLeave to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyLeave {

            /** Properties of a PartyLeave. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyLeave. */
            type $Shape = realmforge.v1.PartyLeave.$Properties;
        }

        /**
         * Properties of a PartyLeft.
         * @deprecated Use realmforge.v1.PartyLeft.$Properties instead.
         */
        interface IPartyLeft extends realmforge.v1.PartyLeft.$Properties {
        }

        /** Represents a PartyLeft. */
        class PartyLeft {

            /**
             * Constructs a new PartyLeft.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyLeft.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PartyLeft instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyLeft instance
             */
            static create(properties: realmforge.v1.PartyLeft.$Shape): realmforge.v1.PartyLeft & realmforge.v1.PartyLeft.$Shape;
            static create(properties?: realmforge.v1.PartyLeft.$Properties): realmforge.v1.PartyLeft;

            /**
             * Encodes the specified PartyLeft message. Does not implicitly {@link realmforge.v1.PartyLeft.verify|verify} messages.
             * @param message PartyLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyLeft message, length delimited. Does not implicitly {@link realmforge.v1.PartyLeft.verify|verify} messages.
             * @param message PartyLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyLeft message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyLeft & realmforge.v1.PartyLeft.$Shape} PartyLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyLeft & realmforge.v1.PartyLeft.$Shape;

            /**
             * Decodes a PartyLeft message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyLeft & realmforge.v1.PartyLeft.$Shape} PartyLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyLeft & realmforge.v1.PartyLeft.$Shape;

            /**
             * Verifies a PartyLeft message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyLeft message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyLeft
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyLeft;

            /**
             * Creates a plain object from a PartyLeft message. Also converts values to other types if specified.
             * @param message PartyLeft
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyLeft, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyLeft to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyLeft {

            /** Properties of a PartyLeft. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyLeft. */
            type $Shape = realmforge.v1.PartyLeft.$Properties;
        }

        /**
         * Properties of a PartyKick.
         * @deprecated Use realmforge.v1.PartyKick.$Properties instead.
         */
        interface IPartyKick extends realmforge.v1.PartyKick.$Properties {
        }

        /** Represents a PartyKick. */
        class PartyKick {

            /**
             * Constructs a new PartyKick.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyKick.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyKick characterId. */
            characterId: string;

            /**
             * Creates a new PartyKick instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyKick instance
             */
            static create(properties: realmforge.v1.PartyKick.$Shape): realmforge.v1.PartyKick & realmforge.v1.PartyKick.$Shape;
            static create(properties?: realmforge.v1.PartyKick.$Properties): realmforge.v1.PartyKick;

            /**
             * Encodes the specified PartyKick message. Does not implicitly {@link realmforge.v1.PartyKick.verify|verify} messages.
             * @param message PartyKick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyKick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyKick message, length delimited. Does not implicitly {@link realmforge.v1.PartyKick.verify|verify} messages.
             * @param message PartyKick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyKick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyKick message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyKick & realmforge.v1.PartyKick.$Shape} PartyKick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyKick & realmforge.v1.PartyKick.$Shape;

            /**
             * Decodes a PartyKick message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyKick & realmforge.v1.PartyKick.$Shape} PartyKick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyKick & realmforge.v1.PartyKick.$Shape;

            /**
             * Verifies a PartyKick message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyKick message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyKick
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyKick;

            /**
             * Creates a plain object from a PartyKick message. Also converts values to other types if specified.
             * @param message PartyKick
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyKick, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyKick to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyKick {

            /** Properties of a PartyKick. */
            interface $Properties {

                /** PartyKick characterId */
                characterId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyKick. */
            type $Shape = realmforge.v1.PartyKick.$Properties;
        }

        /**
         * Properties of a PartyKicked.
         * @deprecated Use realmforge.v1.PartyKicked.$Properties instead.
         */
        interface IPartyKicked extends realmforge.v1.PartyKicked.$Properties {
        }

        /** Represents a PartyKicked. */
        class PartyKicked {

            /**
             * Constructs a new PartyKicked.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyKicked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PartyKicked instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyKicked instance
             */
            static create(properties: realmforge.v1.PartyKicked.$Shape): realmforge.v1.PartyKicked & realmforge.v1.PartyKicked.$Shape;
            static create(properties?: realmforge.v1.PartyKicked.$Properties): realmforge.v1.PartyKicked;

            /**
             * Encodes the specified PartyKicked message. Does not implicitly {@link realmforge.v1.PartyKicked.verify|verify} messages.
             * @param message PartyKicked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyKicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyKicked message, length delimited. Does not implicitly {@link realmforge.v1.PartyKicked.verify|verify} messages.
             * @param message PartyKicked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyKicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyKicked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyKicked & realmforge.v1.PartyKicked.$Shape} PartyKicked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyKicked & realmforge.v1.PartyKicked.$Shape;

            /**
             * Decodes a PartyKicked message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyKicked & realmforge.v1.PartyKicked.$Shape} PartyKicked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyKicked & realmforge.v1.PartyKicked.$Shape;

            /**
             * Verifies a PartyKicked message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyKicked message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyKicked
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyKicked;

            /**
             * Creates a plain object from a PartyKicked message. Also converts values to other types if specified.
             * @param message PartyKicked
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyKicked, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyKicked to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyKicked {

            /** Properties of a PartyKicked. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyKicked. */
            type $Shape = realmforge.v1.PartyKicked.$Properties;
        }

        /**
         * Properties of a PartyPromote.
         * @deprecated Use realmforge.v1.PartyPromote.$Properties instead.
         */
        interface IPartyPromote extends realmforge.v1.PartyPromote.$Properties {
        }

        /** Represents a PartyPromote. */
        class PartyPromote {

            /**
             * Constructs a new PartyPromote.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyPromote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyPromote characterId. */
            characterId: string;

            /**
             * Creates a new PartyPromote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyPromote instance
             */
            static create(properties: realmforge.v1.PartyPromote.$Shape): realmforge.v1.PartyPromote & realmforge.v1.PartyPromote.$Shape;
            static create(properties?: realmforge.v1.PartyPromote.$Properties): realmforge.v1.PartyPromote;

            /**
             * Encodes the specified PartyPromote message. Does not implicitly {@link realmforge.v1.PartyPromote.verify|verify} messages.
             * @param message PartyPromote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyPromote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyPromote message, length delimited. Does not implicitly {@link realmforge.v1.PartyPromote.verify|verify} messages.
             * @param message PartyPromote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyPromote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyPromote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyPromote & realmforge.v1.PartyPromote.$Shape} PartyPromote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyPromote & realmforge.v1.PartyPromote.$Shape;

            /**
             * Decodes a PartyPromote message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyPromote & realmforge.v1.PartyPromote.$Shape} PartyPromote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyPromote & realmforge.v1.PartyPromote.$Shape;

            /**
             * Verifies a PartyPromote message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyPromote message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyPromote
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyPromote;

            /**
             * Creates a plain object from a PartyPromote message. Also converts values to other types if specified.
             * @param message PartyPromote
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyPromote, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyPromote to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyPromote {

            /** Properties of a PartyPromote. */
            interface $Properties {

                /** PartyPromote characterId */
                characterId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyPromote. */
            type $Shape = realmforge.v1.PartyPromote.$Properties;
        }

        /**
         * Properties of a PartyPromoted.
         * @deprecated Use realmforge.v1.PartyPromoted.$Properties instead.
         */
        interface IPartyPromoted extends realmforge.v1.PartyPromoted.$Properties {
        }

        /** Represents a PartyPromoted. */
        class PartyPromoted {

            /**
             * Constructs a new PartyPromoted.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyPromoted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PartyPromoted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyPromoted instance
             */
            static create(properties: realmforge.v1.PartyPromoted.$Shape): realmforge.v1.PartyPromoted & realmforge.v1.PartyPromoted.$Shape;
            static create(properties?: realmforge.v1.PartyPromoted.$Properties): realmforge.v1.PartyPromoted;

            /**
             * Encodes the specified PartyPromoted message. Does not implicitly {@link realmforge.v1.PartyPromoted.verify|verify} messages.
             * @param message PartyPromoted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyPromoted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyPromoted message, length delimited. Does not implicitly {@link realmforge.v1.PartyPromoted.verify|verify} messages.
             * @param message PartyPromoted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyPromoted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyPromoted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyPromoted & realmforge.v1.PartyPromoted.$Shape} PartyPromoted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyPromoted & realmforge.v1.PartyPromoted.$Shape;

            /**
             * Decodes a PartyPromoted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyPromoted & realmforge.v1.PartyPromoted.$Shape} PartyPromoted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyPromoted & realmforge.v1.PartyPromoted.$Shape;

            /**
             * Verifies a PartyPromoted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyPromoted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyPromoted
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyPromoted;

            /**
             * Creates a plain object from a PartyPromoted message. Also converts values to other types if specified.
             * @param message PartyPromoted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyPromoted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyPromoted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyPromoted {

            /** Properties of a PartyPromoted. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyPromoted. */
            type $Shape = realmforge.v1.PartyPromoted.$Properties;
        }

        /**
         * Properties of a PartyInvitation.
         * @deprecated Use realmforge.v1.PartyInvitation.$Properties instead.
         */
        interface IPartyInvitation extends realmforge.v1.PartyInvitation.$Properties {
        }

        /** Represents a PartyInvitation. */
        class PartyInvitation {

            /**
             * Constructs a new PartyInvitation.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyInvitation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyInvitation inviterCharacterId. */
            inviterCharacterId: string;

            /** PartyInvitation inviterName. */
            inviterName: string;

            /** PartyInvitation expiresAtMs. */
            expiresAtMs: number;

            /** PartyInvitation memberCount. */
            memberCount: number;

            /**
             * Creates a new PartyInvitation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyInvitation instance
             */
            static create(properties: realmforge.v1.PartyInvitation.$Shape): realmforge.v1.PartyInvitation & realmforge.v1.PartyInvitation.$Shape;
            static create(properties?: realmforge.v1.PartyInvitation.$Properties): realmforge.v1.PartyInvitation;

            /**
             * Encodes the specified PartyInvitation message. Does not implicitly {@link realmforge.v1.PartyInvitation.verify|verify} messages.
             * @param message PartyInvitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyInvitation message, length delimited. Does not implicitly {@link realmforge.v1.PartyInvitation.verify|verify} messages.
             * @param message PartyInvitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyInvitation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyInvitation & realmforge.v1.PartyInvitation.$Shape} PartyInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyInvitation & realmforge.v1.PartyInvitation.$Shape;

            /**
             * Decodes a PartyInvitation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyInvitation & realmforge.v1.PartyInvitation.$Shape} PartyInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyInvitation & realmforge.v1.PartyInvitation.$Shape;

            /**
             * Verifies a PartyInvitation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyInvitation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyInvitation
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyInvitation;

            /**
             * Creates a plain object from a PartyInvitation message. Also converts values to other types if specified.
             * @param message PartyInvitation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyInvitation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyInvitation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyInvitation {

            /** Properties of a PartyInvitation. */
            interface $Properties {

                /** PartyInvitation inviterCharacterId */
                inviterCharacterId?: (string|null);

                /** PartyInvitation inviterName */
                inviterName?: (string|null);

                /** PartyInvitation expiresAtMs */
                expiresAtMs?: (number|null);

                /** PartyInvitation memberCount */
                memberCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyInvitation. */
            type $Shape = realmforge.v1.PartyInvitation.$Properties;
        }

        /**
         * Properties of a PartyMember.
         * @deprecated Use realmforge.v1.PartyMember.$Properties instead.
         */
        interface IPartyMember extends realmforge.v1.PartyMember.$Properties {
        }

        /** Represents a PartyMember. */
        class PartyMember {

            /**
             * Constructs a new PartyMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyMember characterId. */
            characterId: string;

            /** PartyMember name. */
            name: string;

            /** PartyMember level. */
            level: number;

            /** PartyMember hitPoints. */
            hitPoints: number;

            /** PartyMember maxHitPoints. */
            maxHitPoints: number;

            /** PartyMember zone. */
            zone: string;

            /** PartyMember online. */
            online: boolean;

            /** PartyMember leader. */
            leader: boolean;

            /** PartyMember class. */
            class: realmforge.v1.CharacterClass;

            /**
             * Creates a new PartyMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyMember instance
             */
            static create(properties: realmforge.v1.PartyMember.$Shape): realmforge.v1.PartyMember & realmforge.v1.PartyMember.$Shape;
            static create(properties?: realmforge.v1.PartyMember.$Properties): realmforge.v1.PartyMember;

            /**
             * Encodes the specified PartyMember message. Does not implicitly {@link realmforge.v1.PartyMember.verify|verify} messages.
             * @param message PartyMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyMember message, length delimited. Does not implicitly {@link realmforge.v1.PartyMember.verify|verify} messages.
             * @param message PartyMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyMember & realmforge.v1.PartyMember.$Shape} PartyMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyMember & realmforge.v1.PartyMember.$Shape;

            /**
             * Decodes a PartyMember message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyMember & realmforge.v1.PartyMember.$Shape} PartyMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyMember & realmforge.v1.PartyMember.$Shape;

            /**
             * Verifies a PartyMember message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyMember message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyMember
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyMember;

            /**
             * Creates a plain object from a PartyMember message. Also converts values to other types if specified.
             * @param message PartyMember
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyMember {

            /** Properties of a PartyMember. */
            interface $Properties {

                /** PartyMember characterId */
                characterId?: (string|null);

                /** PartyMember name */
                name?: (string|null);

                /** PartyMember level */
                level?: (number|null);

                /** PartyMember hitPoints */
                hitPoints?: (number|null);

                /** PartyMember maxHitPoints */
                maxHitPoints?: (number|null);

                /** PartyMember zone */
                zone?: (string|null);

                /** PartyMember online */
                online?: (boolean|null);

                /** PartyMember leader */
                leader?: (boolean|null);

                /** PartyMember class */
                "class"?: (realmforge.v1.CharacterClass|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyMember. */
            type $Shape = realmforge.v1.PartyMember.$Properties;
        }

        /**
         * Properties of a PartyState.
         * @deprecated Use realmforge.v1.PartyState.$Properties instead.
         */
        interface IPartyState extends realmforge.v1.PartyState.$Properties {
        }

        /** Represents a PartyState. */
        class PartyState {

            /**
             * Constructs a new PartyState.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.PartyState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartyState partyId. */
            partyId: string;

            /** PartyState members. */
            members: realmforge.v1.PartyMember.$Properties[];

            /**
             * Creates a new PartyState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartyState instance
             */
            static create(properties: realmforge.v1.PartyState.$Shape): realmforge.v1.PartyState & realmforge.v1.PartyState.$Shape;
            static create(properties?: realmforge.v1.PartyState.$Properties): realmforge.v1.PartyState;

            /**
             * Encodes the specified PartyState message. Does not implicitly {@link realmforge.v1.PartyState.verify|verify} messages.
             * @param message PartyState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.PartyState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartyState message, length delimited. Does not implicitly {@link realmforge.v1.PartyState.verify|verify} messages.
             * @param message PartyState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.PartyState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartyState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.PartyState & realmforge.v1.PartyState.$Shape} PartyState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.PartyState & realmforge.v1.PartyState.$Shape;

            /**
             * Decodes a PartyState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.PartyState & realmforge.v1.PartyState.$Shape} PartyState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.PartyState & realmforge.v1.PartyState.$Shape;

            /**
             * Verifies a PartyState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PartyState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartyState
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.PartyState;

            /**
             * Creates a plain object from a PartyState message. Also converts values to other types if specified.
             * @param message PartyState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.PartyState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartyState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PartyState {

            /** Properties of a PartyState. */
            interface $Properties {

                /** PartyState partyId */
                partyId?: (string|null);

                /** PartyState members */
                members?: (realmforge.v1.PartyMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartyState. */
            type $Shape = realmforge.v1.PartyState.$Properties;
        }

        /** GuildRank enum. */
        enum GuildRank {

            /** GUILD_RANK_UNSPECIFIED value */
            GUILD_RANK_UNSPECIFIED = 0,

            /** GUILD_RANK_MASTER value */
            GUILD_RANK_MASTER = 1,

            /** GUILD_RANK_OFFICER value */
            GUILD_RANK_OFFICER = 2,

            /** GUILD_RANK_MEMBER value */
            GUILD_RANK_MEMBER = 3,

            /** GUILD_RANK_INITIATE value */
            GUILD_RANK_INITIATE = 4
        }

        /**
         * Properties of a GuildCreate.
         * @deprecated Use realmforge.v1.GuildCreate.$Properties instead.
         */
        interface IGuildCreate extends realmforge.v1.GuildCreate.$Properties {
        }

        /** Represents a GuildCreate. */
        class GuildCreate {

            /**
             * Constructs a new GuildCreate.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildCreate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildCreate name. */
            name: string;

            /**
             * Creates a new GuildCreate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildCreate instance
             */
            static create(properties: realmforge.v1.GuildCreate.$Shape): realmforge.v1.GuildCreate & realmforge.v1.GuildCreate.$Shape;
            static create(properties?: realmforge.v1.GuildCreate.$Properties): realmforge.v1.GuildCreate;

            /**
             * Encodes the specified GuildCreate message. Does not implicitly {@link realmforge.v1.GuildCreate.verify|verify} messages.
             * @param message GuildCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildCreate message, length delimited. Does not implicitly {@link realmforge.v1.GuildCreate.verify|verify} messages.
             * @param message GuildCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildCreate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildCreate & realmforge.v1.GuildCreate.$Shape} GuildCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildCreate & realmforge.v1.GuildCreate.$Shape;

            /**
             * Decodes a GuildCreate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildCreate & realmforge.v1.GuildCreate.$Shape} GuildCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildCreate & realmforge.v1.GuildCreate.$Shape;

            /**
             * Verifies a GuildCreate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildCreate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildCreate
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildCreate;

            /**
             * Creates a plain object from a GuildCreate message. Also converts values to other types if specified.
             * @param message GuildCreate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildCreate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildCreate {

            /** Properties of a GuildCreate. */
            interface $Properties {

                /** GuildCreate name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildCreate. */
            type $Shape = realmforge.v1.GuildCreate.$Properties;
        }

        /**
         * Properties of a GuildCreated.
         * @deprecated Use realmforge.v1.GuildCreated.$Properties instead.
         */
        interface IGuildCreated extends realmforge.v1.GuildCreated.$Properties {
        }

        /** Represents a GuildCreated. */
        class GuildCreated {

            /**
             * Constructs a new GuildCreated.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildCreated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildCreated guildId. */
            guildId: string;

            /** GuildCreated name. */
            name: string;

            /**
             * Creates a new GuildCreated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildCreated instance
             */
            static create(properties: realmforge.v1.GuildCreated.$Shape): realmforge.v1.GuildCreated & realmforge.v1.GuildCreated.$Shape;
            static create(properties?: realmforge.v1.GuildCreated.$Properties): realmforge.v1.GuildCreated;

            /**
             * Encodes the specified GuildCreated message. Does not implicitly {@link realmforge.v1.GuildCreated.verify|verify} messages.
             * @param message GuildCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildCreated message, length delimited. Does not implicitly {@link realmforge.v1.GuildCreated.verify|verify} messages.
             * @param message GuildCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildCreated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildCreated & realmforge.v1.GuildCreated.$Shape} GuildCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildCreated & realmforge.v1.GuildCreated.$Shape;

            /**
             * Decodes a GuildCreated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildCreated & realmforge.v1.GuildCreated.$Shape} GuildCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildCreated & realmforge.v1.GuildCreated.$Shape;

            /**
             * Verifies a GuildCreated message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildCreated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildCreated
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildCreated;

            /**
             * Creates a plain object from a GuildCreated message. Also converts values to other types if specified.
             * @param message GuildCreated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildCreated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildCreated {

            /** Properties of a GuildCreated. */
            interface $Properties {

                /** GuildCreated guildId */
                guildId?: (string|null);

                /** GuildCreated name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildCreated. */
            type $Shape = realmforge.v1.GuildCreated.$Properties;
        }

        /**
         * Properties of a GuildInvite.
         * @deprecated Use realmforge.v1.GuildInvite.$Properties instead.
         */
        interface IGuildInvite extends realmforge.v1.GuildInvite.$Properties {
        }

        /** Represents a GuildInvite. */
        class GuildInvite {

            /**
             * Constructs a new GuildInvite.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildInvite.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildInvite characterName. */
            characterName: string;

            /**
             * Creates a new GuildInvite instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildInvite instance
             */
            static create(properties: realmforge.v1.GuildInvite.$Shape): realmforge.v1.GuildInvite & realmforge.v1.GuildInvite.$Shape;
            static create(properties?: realmforge.v1.GuildInvite.$Properties): realmforge.v1.GuildInvite;

            /**
             * Encodes the specified GuildInvite message. Does not implicitly {@link realmforge.v1.GuildInvite.verify|verify} messages.
             * @param message GuildInvite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildInvite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildInvite message, length delimited. Does not implicitly {@link realmforge.v1.GuildInvite.verify|verify} messages.
             * @param message GuildInvite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildInvite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildInvite message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildInvite & realmforge.v1.GuildInvite.$Shape} GuildInvite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildInvite & realmforge.v1.GuildInvite.$Shape;

            /**
             * Decodes a GuildInvite message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildInvite & realmforge.v1.GuildInvite.$Shape} GuildInvite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildInvite & realmforge.v1.GuildInvite.$Shape;

            /**
             * Verifies a GuildInvite message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildInvite message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildInvite
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildInvite;

            /**
             * Creates a plain object from a GuildInvite message. Also converts values to other types if specified.
             * @param message GuildInvite
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildInvite, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildInvite to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildInvite {

            /** Properties of a GuildInvite. */
            interface $Properties {

                /** GuildInvite characterName */
                characterName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildInvite. */
            type $Shape = realmforge.v1.GuildInvite.$Properties;
        }

        /**
         * Properties of a GuildInviteSent.
         * @deprecated Use realmforge.v1.GuildInviteSent.$Properties instead.
         */
        interface IGuildInviteSent extends realmforge.v1.GuildInviteSent.$Properties {
        }

        /** Represents a GuildInviteSent. */
        class GuildInviteSent {

            /**
             * Constructs a new GuildInviteSent.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildInviteSent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildInviteSent characterId. */
            characterId: string;

            /** GuildInviteSent characterName. */
            characterName: string;

            /** GuildInviteSent expiresAtMs. */
            expiresAtMs: number;

            /**
             * Creates a new GuildInviteSent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildInviteSent instance
             */
            static create(properties: realmforge.v1.GuildInviteSent.$Shape): realmforge.v1.GuildInviteSent & realmforge.v1.GuildInviteSent.$Shape;
            static create(properties?: realmforge.v1.GuildInviteSent.$Properties): realmforge.v1.GuildInviteSent;

            /**
             * Encodes the specified GuildInviteSent message. Does not implicitly {@link realmforge.v1.GuildInviteSent.verify|verify} messages.
             * @param message GuildInviteSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildInviteSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildInviteSent message, length delimited. Does not implicitly {@link realmforge.v1.GuildInviteSent.verify|verify} messages.
             * @param message GuildInviteSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildInviteSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildInviteSent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildInviteSent & realmforge.v1.GuildInviteSent.$Shape} GuildInviteSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildInviteSent & realmforge.v1.GuildInviteSent.$Shape;

            /**
             * Decodes a GuildInviteSent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildInviteSent & realmforge.v1.GuildInviteSent.$Shape} GuildInviteSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildInviteSent & realmforge.v1.GuildInviteSent.$Shape;

            /**
             * Verifies a GuildInviteSent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildInviteSent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildInviteSent
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildInviteSent;

            /**
             * Creates a plain object from a GuildInviteSent message. Also converts values to other types if specified.
             * @param message GuildInviteSent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildInviteSent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildInviteSent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildInviteSent {

            /** Properties of a GuildInviteSent. */
            interface $Properties {

                /** GuildInviteSent characterId */
                characterId?: (string|null);

                /** GuildInviteSent characterName */
                characterName?: (string|null);

                /** GuildInviteSent expiresAtMs */
                expiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildInviteSent. */
            type $Shape = realmforge.v1.GuildInviteSent.$Properties;
        }

        /**
         * Properties of a GuildRespond.
         * @deprecated Use realmforge.v1.GuildRespond.$Properties instead.
         */
        interface IGuildRespond extends realmforge.v1.GuildRespond.$Properties {
        }

        /** Represents a GuildRespond. */
        class GuildRespond {

            /**
             * Constructs a new GuildRespond.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildRespond.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildRespond guildId. */
            guildId: string;

            /** GuildRespond accept. */
            accept: boolean;

            /**
             * Creates a new GuildRespond instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildRespond instance
             */
            static create(properties: realmforge.v1.GuildRespond.$Shape): realmforge.v1.GuildRespond & realmforge.v1.GuildRespond.$Shape;
            static create(properties?: realmforge.v1.GuildRespond.$Properties): realmforge.v1.GuildRespond;

            /**
             * Encodes the specified GuildRespond message. Does not implicitly {@link realmforge.v1.GuildRespond.verify|verify} messages.
             * @param message GuildRespond message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildRespond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildRespond message, length delimited. Does not implicitly {@link realmforge.v1.GuildRespond.verify|verify} messages.
             * @param message GuildRespond message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildRespond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildRespond message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildRespond & realmforge.v1.GuildRespond.$Shape} GuildRespond
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildRespond & realmforge.v1.GuildRespond.$Shape;

            /**
             * Decodes a GuildRespond message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildRespond & realmforge.v1.GuildRespond.$Shape} GuildRespond
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildRespond & realmforge.v1.GuildRespond.$Shape;

            /**
             * Verifies a GuildRespond message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildRespond message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildRespond
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildRespond;

            /**
             * Creates a plain object from a GuildRespond message. Also converts values to other types if specified.
             * @param message GuildRespond
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildRespond, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildRespond to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildRespond {

            /** Properties of a GuildRespond. */
            interface $Properties {

                /** GuildRespond guildId */
                guildId?: (string|null);

                /** GuildRespond accept */
                accept?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildRespond. */
            type $Shape = realmforge.v1.GuildRespond.$Properties;
        }

        /**
         * Properties of a GuildResponded.
         * @deprecated Use realmforge.v1.GuildResponded.$Properties instead.
         */
        interface IGuildResponded extends realmforge.v1.GuildResponded.$Properties {
        }

        /** Represents a GuildResponded. */
        class GuildResponded {

            /**
             * Constructs a new GuildResponded.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildResponded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildResponded joined. */
            joined: boolean;

            /**
             * Creates a new GuildResponded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildResponded instance
             */
            static create(properties: realmforge.v1.GuildResponded.$Shape): realmforge.v1.GuildResponded & realmforge.v1.GuildResponded.$Shape;
            static create(properties?: realmforge.v1.GuildResponded.$Properties): realmforge.v1.GuildResponded;

            /**
             * Encodes the specified GuildResponded message. Does not implicitly {@link realmforge.v1.GuildResponded.verify|verify} messages.
             * @param message GuildResponded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildResponded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildResponded message, length delimited. Does not implicitly {@link realmforge.v1.GuildResponded.verify|verify} messages.
             * @param message GuildResponded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildResponded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildResponded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildResponded & realmforge.v1.GuildResponded.$Shape} GuildResponded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildResponded & realmforge.v1.GuildResponded.$Shape;

            /**
             * Decodes a GuildResponded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildResponded & realmforge.v1.GuildResponded.$Shape} GuildResponded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildResponded & realmforge.v1.GuildResponded.$Shape;

            /**
             * Verifies a GuildResponded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildResponded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildResponded
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildResponded;

            /**
             * Creates a plain object from a GuildResponded message. Also converts values to other types if specified.
             * @param message GuildResponded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildResponded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildResponded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildResponded {

            /** Properties of a GuildResponded. */
            interface $Properties {

                /** GuildResponded joined */
                joined?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildResponded. */
            type $Shape = realmforge.v1.GuildResponded.$Properties;
        }

        /**
         * Properties of a GuildLeave.
         * @deprecated Use realmforge.v1.GuildLeave.$Properties instead.
         */
        interface IGuildLeave extends realmforge.v1.GuildLeave.$Properties {
        }

        /** Represents a GuildLeave. */
        class GuildLeave {

            /**
             * Constructs a new GuildLeave.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildLeave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GuildLeave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildLeave instance
             */
            static create(properties: realmforge.v1.GuildLeave.$Shape): realmforge.v1.GuildLeave & realmforge.v1.GuildLeave.$Shape;
            static create(properties?: realmforge.v1.GuildLeave.$Properties): realmforge.v1.GuildLeave;

            /**
             * Encodes the specified GuildLeave message. Does not implicitly {@link realmforge.v1.GuildLeave.verify|verify} messages.
             * @param message GuildLeave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildLeave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildLeave message, length delimited. Does not implicitly {@link realmforge.v1.GuildLeave.verify|verify} messages.
             * @param message GuildLeave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildLeave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildLeave message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildLeave & realmforge.v1.GuildLeave.$Shape} GuildLeave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildLeave & realmforge.v1.GuildLeave.$Shape;

            /**
             * Decodes a GuildLeave message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildLeave & realmforge.v1.GuildLeave.$Shape} GuildLeave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildLeave & realmforge.v1.GuildLeave.$Shape;

            /**
             * Verifies a GuildLeave message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildLeave message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildLeave
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildLeave;

            /**
             * Creates a plain object from a GuildLeave message. Also converts values to other types if specified.
             * @param message GuildLeave
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildLeave, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildLeave to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildLeave {

            /** Properties of a GuildLeave. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildLeave. */
            type $Shape = realmforge.v1.GuildLeave.$Properties;
        }

        /**
         * Properties of a GuildLeft.
         * @deprecated Use realmforge.v1.GuildLeft.$Properties instead.
         */
        interface IGuildLeft extends realmforge.v1.GuildLeft.$Properties {
        }

        /** Represents a GuildLeft. */
        class GuildLeft {

            /**
             * Constructs a new GuildLeft.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildLeft.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GuildLeft instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildLeft instance
             */
            static create(properties: realmforge.v1.GuildLeft.$Shape): realmforge.v1.GuildLeft & realmforge.v1.GuildLeft.$Shape;
            static create(properties?: realmforge.v1.GuildLeft.$Properties): realmforge.v1.GuildLeft;

            /**
             * Encodes the specified GuildLeft message. Does not implicitly {@link realmforge.v1.GuildLeft.verify|verify} messages.
             * @param message GuildLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildLeft message, length delimited. Does not implicitly {@link realmforge.v1.GuildLeft.verify|verify} messages.
             * @param message GuildLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildLeft message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildLeft & realmforge.v1.GuildLeft.$Shape} GuildLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildLeft & realmforge.v1.GuildLeft.$Shape;

            /**
             * Decodes a GuildLeft message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildLeft & realmforge.v1.GuildLeft.$Shape} GuildLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildLeft & realmforge.v1.GuildLeft.$Shape;

            /**
             * Verifies a GuildLeft message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildLeft message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildLeft
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildLeft;

            /**
             * Creates a plain object from a GuildLeft message. Also converts values to other types if specified.
             * @param message GuildLeft
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildLeft, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildLeft to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildLeft {

            /** Properties of a GuildLeft. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildLeft. */
            type $Shape = realmforge.v1.GuildLeft.$Properties;
        }

        /**
         * Properties of a GuildKick.
         * @deprecated Use realmforge.v1.GuildKick.$Properties instead.
         */
        interface IGuildKick extends realmforge.v1.GuildKick.$Properties {
        }

        /** Represents a GuildKick. */
        class GuildKick {

            /**
             * Constructs a new GuildKick.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildKick.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildKick characterId. */
            characterId: string;

            /**
             * Creates a new GuildKick instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildKick instance
             */
            static create(properties: realmforge.v1.GuildKick.$Shape): realmforge.v1.GuildKick & realmforge.v1.GuildKick.$Shape;
            static create(properties?: realmforge.v1.GuildKick.$Properties): realmforge.v1.GuildKick;

            /**
             * Encodes the specified GuildKick message. Does not implicitly {@link realmforge.v1.GuildKick.verify|verify} messages.
             * @param message GuildKick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildKick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildKick message, length delimited. Does not implicitly {@link realmforge.v1.GuildKick.verify|verify} messages.
             * @param message GuildKick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildKick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildKick message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildKick & realmforge.v1.GuildKick.$Shape} GuildKick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildKick & realmforge.v1.GuildKick.$Shape;

            /**
             * Decodes a GuildKick message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildKick & realmforge.v1.GuildKick.$Shape} GuildKick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildKick & realmforge.v1.GuildKick.$Shape;

            /**
             * Verifies a GuildKick message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildKick message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildKick
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildKick;

            /**
             * Creates a plain object from a GuildKick message. Also converts values to other types if specified.
             * @param message GuildKick
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildKick, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildKick to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildKick {

            /** Properties of a GuildKick. */
            interface $Properties {

                /** GuildKick characterId */
                characterId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildKick. */
            type $Shape = realmforge.v1.GuildKick.$Properties;
        }

        /**
         * Properties of a GuildKicked.
         * @deprecated Use realmforge.v1.GuildKicked.$Properties instead.
         */
        interface IGuildKicked extends realmforge.v1.GuildKicked.$Properties {
        }

        /** Represents a GuildKicked. */
        class GuildKicked {

            /**
             * Constructs a new GuildKicked.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildKicked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GuildKicked instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildKicked instance
             */
            static create(properties: realmforge.v1.GuildKicked.$Shape): realmforge.v1.GuildKicked & realmforge.v1.GuildKicked.$Shape;
            static create(properties?: realmforge.v1.GuildKicked.$Properties): realmforge.v1.GuildKicked;

            /**
             * Encodes the specified GuildKicked message. Does not implicitly {@link realmforge.v1.GuildKicked.verify|verify} messages.
             * @param message GuildKicked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildKicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildKicked message, length delimited. Does not implicitly {@link realmforge.v1.GuildKicked.verify|verify} messages.
             * @param message GuildKicked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildKicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildKicked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildKicked & realmforge.v1.GuildKicked.$Shape} GuildKicked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildKicked & realmforge.v1.GuildKicked.$Shape;

            /**
             * Decodes a GuildKicked message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildKicked & realmforge.v1.GuildKicked.$Shape} GuildKicked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildKicked & realmforge.v1.GuildKicked.$Shape;

            /**
             * Verifies a GuildKicked message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildKicked message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildKicked
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildKicked;

            /**
             * Creates a plain object from a GuildKicked message. Also converts values to other types if specified.
             * @param message GuildKicked
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildKicked, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildKicked to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildKicked {

            /** Properties of a GuildKicked. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildKicked. */
            type $Shape = realmforge.v1.GuildKicked.$Properties;
        }

        /**
         * Properties of a GuildSetRank.
         * @deprecated Use realmforge.v1.GuildSetRank.$Properties instead.
         */
        interface IGuildSetRank extends realmforge.v1.GuildSetRank.$Properties {
        }

        /** Represents a GuildSetRank. */
        class GuildSetRank {

            /**
             * Constructs a new GuildSetRank.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildSetRank.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildSetRank characterId. */
            characterId: string;

            /** GuildSetRank rank. */
            rank: realmforge.v1.GuildRank;

            /**
             * Creates a new GuildSetRank instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildSetRank instance
             */
            static create(properties: realmforge.v1.GuildSetRank.$Shape): realmforge.v1.GuildSetRank & realmforge.v1.GuildSetRank.$Shape;
            static create(properties?: realmforge.v1.GuildSetRank.$Properties): realmforge.v1.GuildSetRank;

            /**
             * Encodes the specified GuildSetRank message. Does not implicitly {@link realmforge.v1.GuildSetRank.verify|verify} messages.
             * @param message GuildSetRank message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildSetRank.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildSetRank message, length delimited. Does not implicitly {@link realmforge.v1.GuildSetRank.verify|verify} messages.
             * @param message GuildSetRank message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildSetRank.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildSetRank message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildSetRank & realmforge.v1.GuildSetRank.$Shape} GuildSetRank
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildSetRank & realmforge.v1.GuildSetRank.$Shape;

            /**
             * Decodes a GuildSetRank message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildSetRank & realmforge.v1.GuildSetRank.$Shape} GuildSetRank
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildSetRank & realmforge.v1.GuildSetRank.$Shape;

            /**
             * Verifies a GuildSetRank message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildSetRank message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildSetRank
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildSetRank;

            /**
             * Creates a plain object from a GuildSetRank message. Also converts values to other types if specified.
             * @param message GuildSetRank
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildSetRank, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildSetRank to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildSetRank {

            /** Properties of a GuildSetRank. */
            interface $Properties {

                /** GuildSetRank characterId */
                characterId?: (string|null);

                /** GuildSetRank rank */
                rank?: (realmforge.v1.GuildRank|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildSetRank. */
            type $Shape = realmforge.v1.GuildSetRank.$Properties;
        }

        /**
         * Properties of a GuildRankSet.
         * @deprecated Use realmforge.v1.GuildRankSet.$Properties instead.
         */
        interface IGuildRankSet extends realmforge.v1.GuildRankSet.$Properties {
        }

        /** Represents a GuildRankSet. */
        class GuildRankSet {

            /**
             * Constructs a new GuildRankSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildRankSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GuildRankSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildRankSet instance
             */
            static create(properties: realmforge.v1.GuildRankSet.$Shape): realmforge.v1.GuildRankSet & realmforge.v1.GuildRankSet.$Shape;
            static create(properties?: realmforge.v1.GuildRankSet.$Properties): realmforge.v1.GuildRankSet;

            /**
             * Encodes the specified GuildRankSet message. Does not implicitly {@link realmforge.v1.GuildRankSet.verify|verify} messages.
             * @param message GuildRankSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildRankSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildRankSet message, length delimited. Does not implicitly {@link realmforge.v1.GuildRankSet.verify|verify} messages.
             * @param message GuildRankSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildRankSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildRankSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildRankSet & realmforge.v1.GuildRankSet.$Shape} GuildRankSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildRankSet & realmforge.v1.GuildRankSet.$Shape;

            /**
             * Decodes a GuildRankSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildRankSet & realmforge.v1.GuildRankSet.$Shape} GuildRankSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildRankSet & realmforge.v1.GuildRankSet.$Shape;

            /**
             * Verifies a GuildRankSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildRankSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildRankSet
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildRankSet;

            /**
             * Creates a plain object from a GuildRankSet message. Also converts values to other types if specified.
             * @param message GuildRankSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildRankSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildRankSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildRankSet {

            /** Properties of a GuildRankSet. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildRankSet. */
            type $Shape = realmforge.v1.GuildRankSet.$Properties;
        }

        /**
         * Properties of a GuildDisband.
         * @deprecated Use realmforge.v1.GuildDisband.$Properties instead.
         */
        interface IGuildDisband extends realmforge.v1.GuildDisband.$Properties {
        }

        /** Represents a GuildDisband. */
        class GuildDisband {

            /**
             * Constructs a new GuildDisband.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildDisband.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GuildDisband instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildDisband instance
             */
            static create(properties: realmforge.v1.GuildDisband.$Shape): realmforge.v1.GuildDisband & realmforge.v1.GuildDisband.$Shape;
            static create(properties?: realmforge.v1.GuildDisband.$Properties): realmforge.v1.GuildDisband;

            /**
             * Encodes the specified GuildDisband message. Does not implicitly {@link realmforge.v1.GuildDisband.verify|verify} messages.
             * @param message GuildDisband message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildDisband.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildDisband message, length delimited. Does not implicitly {@link realmforge.v1.GuildDisband.verify|verify} messages.
             * @param message GuildDisband message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildDisband.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildDisband message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildDisband & realmforge.v1.GuildDisband.$Shape} GuildDisband
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildDisband & realmforge.v1.GuildDisband.$Shape;

            /**
             * Decodes a GuildDisband message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildDisband & realmforge.v1.GuildDisband.$Shape} GuildDisband
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildDisband & realmforge.v1.GuildDisband.$Shape;

            /**
             * Verifies a GuildDisband message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildDisband message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildDisband
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildDisband;

            /**
             * Creates a plain object from a GuildDisband message. Also converts values to other types if specified.
             * @param message GuildDisband
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildDisband, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildDisband to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildDisband {

            /** Properties of a GuildDisband. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildDisband. */
            type $Shape = realmforge.v1.GuildDisband.$Properties;
        }

        /**
         * Properties of a GuildDisbanded.
         * @deprecated Use realmforge.v1.GuildDisbanded.$Properties instead.
         */
        interface IGuildDisbanded extends realmforge.v1.GuildDisbanded.$Properties {
        }

        /** Represents a GuildDisbanded. */
        class GuildDisbanded {

            /**
             * Constructs a new GuildDisbanded.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildDisbanded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GuildDisbanded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildDisbanded instance
             */
            static create(properties: realmforge.v1.GuildDisbanded.$Shape): realmforge.v1.GuildDisbanded & realmforge.v1.GuildDisbanded.$Shape;
            static create(properties?: realmforge.v1.GuildDisbanded.$Properties): realmforge.v1.GuildDisbanded;

            /**
             * Encodes the specified GuildDisbanded message. Does not implicitly {@link realmforge.v1.GuildDisbanded.verify|verify} messages.
             * @param message GuildDisbanded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildDisbanded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildDisbanded message, length delimited. Does not implicitly {@link realmforge.v1.GuildDisbanded.verify|verify} messages.
             * @param message GuildDisbanded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildDisbanded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildDisbanded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildDisbanded & realmforge.v1.GuildDisbanded.$Shape} GuildDisbanded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildDisbanded & realmforge.v1.GuildDisbanded.$Shape;

            /**
             * Decodes a GuildDisbanded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildDisbanded & realmforge.v1.GuildDisbanded.$Shape} GuildDisbanded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildDisbanded & realmforge.v1.GuildDisbanded.$Shape;

            /**
             * Verifies a GuildDisbanded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildDisbanded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildDisbanded
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildDisbanded;

            /**
             * Creates a plain object from a GuildDisbanded message. Also converts values to other types if specified.
             * @param message GuildDisbanded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildDisbanded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildDisbanded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildDisbanded {

            /** Properties of a GuildDisbanded. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildDisbanded. */
            type $Shape = realmforge.v1.GuildDisbanded.$Properties;
        }

        /**
         * Properties of a GuildInvitation.
         * @deprecated Use realmforge.v1.GuildInvitation.$Properties instead.
         */
        interface IGuildInvitation extends realmforge.v1.GuildInvitation.$Properties {
        }

        /** Represents a GuildInvitation. */
        class GuildInvitation {

            /**
             * Constructs a new GuildInvitation.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildInvitation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildInvitation guildId. */
            guildId: string;

            /** GuildInvitation guildName. */
            guildName: string;

            /** GuildInvitation inviterCharacterId. */
            inviterCharacterId: string;

            /** GuildInvitation inviterName. */
            inviterName: string;

            /** GuildInvitation expiresAtMs. */
            expiresAtMs: number;

            /**
             * Creates a new GuildInvitation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildInvitation instance
             */
            static create(properties: realmforge.v1.GuildInvitation.$Shape): realmforge.v1.GuildInvitation & realmforge.v1.GuildInvitation.$Shape;
            static create(properties?: realmforge.v1.GuildInvitation.$Properties): realmforge.v1.GuildInvitation;

            /**
             * Encodes the specified GuildInvitation message. Does not implicitly {@link realmforge.v1.GuildInvitation.verify|verify} messages.
             * @param message GuildInvitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildInvitation message, length delimited. Does not implicitly {@link realmforge.v1.GuildInvitation.verify|verify} messages.
             * @param message GuildInvitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildInvitation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildInvitation & realmforge.v1.GuildInvitation.$Shape} GuildInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildInvitation & realmforge.v1.GuildInvitation.$Shape;

            /**
             * Decodes a GuildInvitation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildInvitation & realmforge.v1.GuildInvitation.$Shape} GuildInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildInvitation & realmforge.v1.GuildInvitation.$Shape;

            /**
             * Verifies a GuildInvitation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildInvitation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildInvitation
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildInvitation;

            /**
             * Creates a plain object from a GuildInvitation message. Also converts values to other types if specified.
             * @param message GuildInvitation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildInvitation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildInvitation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildInvitation {

            /** Properties of a GuildInvitation. */
            interface $Properties {

                /** GuildInvitation guildId */
                guildId?: (string|null);

                /** GuildInvitation guildName */
                guildName?: (string|null);

                /** GuildInvitation inviterCharacterId */
                inviterCharacterId?: (string|null);

                /** GuildInvitation inviterName */
                inviterName?: (string|null);

                /** GuildInvitation expiresAtMs */
                expiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildInvitation. */
            type $Shape = realmforge.v1.GuildInvitation.$Properties;
        }

        /**
         * Properties of a GuildMember.
         * @deprecated Use realmforge.v1.GuildMember.$Properties instead.
         */
        interface IGuildMember extends realmforge.v1.GuildMember.$Properties {
        }

        /** Represents a GuildMember. */
        class GuildMember {

            /**
             * Constructs a new GuildMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildMember characterId. */
            characterId: string;

            /** GuildMember name. */
            name: string;

            /** GuildMember rank. */
            rank: realmforge.v1.GuildRank;

            /** GuildMember online. */
            online: boolean;

            /** GuildMember level. */
            level: number;

            /** GuildMember joinedAtMs. */
            joinedAtMs: number;

            /**
             * Creates a new GuildMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildMember instance
             */
            static create(properties: realmforge.v1.GuildMember.$Shape): realmforge.v1.GuildMember & realmforge.v1.GuildMember.$Shape;
            static create(properties?: realmforge.v1.GuildMember.$Properties): realmforge.v1.GuildMember;

            /**
             * Encodes the specified GuildMember message. Does not implicitly {@link realmforge.v1.GuildMember.verify|verify} messages.
             * @param message GuildMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildMember message, length delimited. Does not implicitly {@link realmforge.v1.GuildMember.verify|verify} messages.
             * @param message GuildMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildMember & realmforge.v1.GuildMember.$Shape} GuildMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildMember & realmforge.v1.GuildMember.$Shape;

            /**
             * Decodes a GuildMember message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildMember & realmforge.v1.GuildMember.$Shape} GuildMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildMember & realmforge.v1.GuildMember.$Shape;

            /**
             * Verifies a GuildMember message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildMember message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildMember
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildMember;

            /**
             * Creates a plain object from a GuildMember message. Also converts values to other types if specified.
             * @param message GuildMember
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildMember {

            /** Properties of a GuildMember. */
            interface $Properties {

                /** GuildMember characterId */
                characterId?: (string|null);

                /** GuildMember name */
                name?: (string|null);

                /** GuildMember rank */
                rank?: (realmforge.v1.GuildRank|null);

                /** GuildMember online */
                online?: (boolean|null);

                /** GuildMember level */
                level?: (number|null);

                /** GuildMember joinedAtMs */
                joinedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildMember. */
            type $Shape = realmforge.v1.GuildMember.$Properties;
        }

        /**
         * Properties of a GuildState.
         * @deprecated Use realmforge.v1.GuildState.$Properties instead.
         */
        interface IGuildState extends realmforge.v1.GuildState.$Properties {
        }

        /** Represents a GuildState. */
        class GuildState {

            /**
             * Constructs a new GuildState.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.GuildState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GuildState guildId. */
            guildId: string;

            /** GuildState name. */
            name: string;

            /** GuildState createdAtMs. */
            createdAtMs: number;

            /** GuildState members. */
            members: realmforge.v1.GuildMember.$Properties[];

            /**
             * Creates a new GuildState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GuildState instance
             */
            static create(properties: realmforge.v1.GuildState.$Shape): realmforge.v1.GuildState & realmforge.v1.GuildState.$Shape;
            static create(properties?: realmforge.v1.GuildState.$Properties): realmforge.v1.GuildState;

            /**
             * Encodes the specified GuildState message. Does not implicitly {@link realmforge.v1.GuildState.verify|verify} messages.
             * @param message GuildState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.GuildState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GuildState message, length delimited. Does not implicitly {@link realmforge.v1.GuildState.verify|verify} messages.
             * @param message GuildState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.GuildState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GuildState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.GuildState & realmforge.v1.GuildState.$Shape} GuildState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.GuildState & realmforge.v1.GuildState.$Shape;

            /**
             * Decodes a GuildState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.GuildState & realmforge.v1.GuildState.$Shape} GuildState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.GuildState & realmforge.v1.GuildState.$Shape;

            /**
             * Verifies a GuildState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GuildState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GuildState
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.GuildState;

            /**
             * Creates a plain object from a GuildState message. Also converts values to other types if specified.
             * @param message GuildState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.GuildState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GuildState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GuildState {

            /** Properties of a GuildState. */
            interface $Properties {

                /** GuildState guildId */
                guildId?: (string|null);

                /** GuildState name */
                name?: (string|null);

                /** GuildState createdAtMs */
                createdAtMs?: (number|null);

                /** GuildState members */
                members?: (realmforge.v1.GuildMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GuildState. */
            type $Shape = realmforge.v1.GuildState.$Properties;
        }

        /** TradeEndReason enum. */
        enum TradeEndReason {

            /** TRADE_END_REASON_UNSPECIFIED value */
            TRADE_END_REASON_UNSPECIFIED = 0,

            /** TRADE_END_REASON_COMPLETED value */
            TRADE_END_REASON_COMPLETED = 1,

            /** TRADE_END_REASON_CANCELLED value */
            TRADE_END_REASON_CANCELLED = 2,

            /** TRADE_END_REASON_LEFT value */
            TRADE_END_REASON_LEFT = 3,

            /** TRADE_END_REASON_OUT_OF_RANGE value */
            TRADE_END_REASON_OUT_OF_RANGE = 4,

            /** TRADE_END_REASON_DIED value */
            TRADE_END_REASON_DIED = 5,

            /** TRADE_END_REASON_FAILED value */
            TRADE_END_REASON_FAILED = 6,

            /** TRADE_END_REASON_DECLINED value */
            TRADE_END_REASON_DECLINED = 7
        }

        /**
         * Properties of a TradeRequest.
         * @deprecated Use realmforge.v1.TradeRequest.$Properties instead.
         */
        interface ITradeRequest extends realmforge.v1.TradeRequest.$Properties {
        }

        /** Represents a TradeRequest. */
        class TradeRequest {

            /**
             * Constructs a new TradeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeRequest characterId. */
            characterId: string;

            /** TradeRequest characterName. */
            characterName: string;

            /**
             * Creates a new TradeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeRequest instance
             */
            static create(properties: realmforge.v1.TradeRequest.$Shape): realmforge.v1.TradeRequest & realmforge.v1.TradeRequest.$Shape;
            static create(properties?: realmforge.v1.TradeRequest.$Properties): realmforge.v1.TradeRequest;

            /**
             * Encodes the specified TradeRequest message. Does not implicitly {@link realmforge.v1.TradeRequest.verify|verify} messages.
             * @param message TradeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeRequest message, length delimited. Does not implicitly {@link realmforge.v1.TradeRequest.verify|verify} messages.
             * @param message TradeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeRequest & realmforge.v1.TradeRequest.$Shape} TradeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeRequest & realmforge.v1.TradeRequest.$Shape;

            /**
             * Decodes a TradeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeRequest & realmforge.v1.TradeRequest.$Shape} TradeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeRequest & realmforge.v1.TradeRequest.$Shape;

            /**
             * Verifies a TradeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeRequest
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeRequest;

            /**
             * Creates a plain object from a TradeRequest message. Also converts values to other types if specified.
             * @param message TradeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeRequest {

            /** Properties of a TradeRequest. */
            interface $Properties {

                /** TradeRequest characterId */
                characterId?: (string|null);

                /** TradeRequest characterName */
                characterName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeRequest. */
            type $Shape = realmforge.v1.TradeRequest.$Properties;
        }

        /**
         * Properties of a TradeRequested.
         * @deprecated Use realmforge.v1.TradeRequested.$Properties instead.
         */
        interface ITradeRequested extends realmforge.v1.TradeRequested.$Properties {
        }

        /** Represents a TradeRequested. */
        class TradeRequested {

            /**
             * Constructs a new TradeRequested.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeRequested.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeRequested tradeId. */
            tradeId: string;

            /** TradeRequested expiresAtMs. */
            expiresAtMs: number;

            /**
             * Creates a new TradeRequested instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeRequested instance
             */
            static create(properties: realmforge.v1.TradeRequested.$Shape): realmforge.v1.TradeRequested & realmforge.v1.TradeRequested.$Shape;
            static create(properties?: realmforge.v1.TradeRequested.$Properties): realmforge.v1.TradeRequested;

            /**
             * Encodes the specified TradeRequested message. Does not implicitly {@link realmforge.v1.TradeRequested.verify|verify} messages.
             * @param message TradeRequested message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeRequested message, length delimited. Does not implicitly {@link realmforge.v1.TradeRequested.verify|verify} messages.
             * @param message TradeRequested message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeRequested message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeRequested & realmforge.v1.TradeRequested.$Shape} TradeRequested
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeRequested & realmforge.v1.TradeRequested.$Shape;

            /**
             * Decodes a TradeRequested message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeRequested & realmforge.v1.TradeRequested.$Shape} TradeRequested
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeRequested & realmforge.v1.TradeRequested.$Shape;

            /**
             * Verifies a TradeRequested message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeRequested message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeRequested
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeRequested;

            /**
             * Creates a plain object from a TradeRequested message. Also converts values to other types if specified.
             * @param message TradeRequested
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeRequested to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeRequested {

            /** Properties of a TradeRequested. */
            interface $Properties {

                /** TradeRequested tradeId */
                tradeId?: (string|null);

                /** TradeRequested expiresAtMs */
                expiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeRequested. */
            type $Shape = realmforge.v1.TradeRequested.$Properties;
        }

        /**
         * Properties of a TradeInvitation.
         * @deprecated Use realmforge.v1.TradeInvitation.$Properties instead.
         */
        interface ITradeInvitation extends realmforge.v1.TradeInvitation.$Properties {
        }

        /** Represents a TradeInvitation. */
        class TradeInvitation {

            /**
             * Constructs a new TradeInvitation.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeInvitation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeInvitation tradeId. */
            tradeId: string;

            /** TradeInvitation requesterCharacterId. */
            requesterCharacterId: string;

            /** TradeInvitation requesterName. */
            requesterName: string;

            /** TradeInvitation expiresAtMs. */
            expiresAtMs: number;

            /**
             * Creates a new TradeInvitation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeInvitation instance
             */
            static create(properties: realmforge.v1.TradeInvitation.$Shape): realmforge.v1.TradeInvitation & realmforge.v1.TradeInvitation.$Shape;
            static create(properties?: realmforge.v1.TradeInvitation.$Properties): realmforge.v1.TradeInvitation;

            /**
             * Encodes the specified TradeInvitation message. Does not implicitly {@link realmforge.v1.TradeInvitation.verify|verify} messages.
             * @param message TradeInvitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeInvitation message, length delimited. Does not implicitly {@link realmforge.v1.TradeInvitation.verify|verify} messages.
             * @param message TradeInvitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeInvitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeInvitation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeInvitation & realmforge.v1.TradeInvitation.$Shape} TradeInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeInvitation & realmforge.v1.TradeInvitation.$Shape;

            /**
             * Decodes a TradeInvitation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeInvitation & realmforge.v1.TradeInvitation.$Shape} TradeInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeInvitation & realmforge.v1.TradeInvitation.$Shape;

            /**
             * Verifies a TradeInvitation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeInvitation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeInvitation
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeInvitation;

            /**
             * Creates a plain object from a TradeInvitation message. Also converts values to other types if specified.
             * @param message TradeInvitation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeInvitation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeInvitation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeInvitation {

            /** Properties of a TradeInvitation. */
            interface $Properties {

                /** TradeInvitation tradeId */
                tradeId?: (string|null);

                /** TradeInvitation requesterCharacterId */
                requesterCharacterId?: (string|null);

                /** TradeInvitation requesterName */
                requesterName?: (string|null);

                /** TradeInvitation expiresAtMs */
                expiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeInvitation. */
            type $Shape = realmforge.v1.TradeInvitation.$Properties;
        }

        /**
         * Properties of a TradeRespond.
         * @deprecated Use realmforge.v1.TradeRespond.$Properties instead.
         */
        interface ITradeRespond extends realmforge.v1.TradeRespond.$Properties {
        }

        /** Represents a TradeRespond. */
        class TradeRespond {

            /**
             * Constructs a new TradeRespond.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeRespond.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeRespond tradeId. */
            tradeId: string;

            /** TradeRespond accept. */
            accept: boolean;

            /**
             * Creates a new TradeRespond instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeRespond instance
             */
            static create(properties: realmforge.v1.TradeRespond.$Shape): realmforge.v1.TradeRespond & realmforge.v1.TradeRespond.$Shape;
            static create(properties?: realmforge.v1.TradeRespond.$Properties): realmforge.v1.TradeRespond;

            /**
             * Encodes the specified TradeRespond message. Does not implicitly {@link realmforge.v1.TradeRespond.verify|verify} messages.
             * @param message TradeRespond message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeRespond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeRespond message, length delimited. Does not implicitly {@link realmforge.v1.TradeRespond.verify|verify} messages.
             * @param message TradeRespond message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeRespond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeRespond message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeRespond & realmforge.v1.TradeRespond.$Shape} TradeRespond
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeRespond & realmforge.v1.TradeRespond.$Shape;

            /**
             * Decodes a TradeRespond message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeRespond & realmforge.v1.TradeRespond.$Shape} TradeRespond
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeRespond & realmforge.v1.TradeRespond.$Shape;

            /**
             * Verifies a TradeRespond message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeRespond message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeRespond
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeRespond;

            /**
             * Creates a plain object from a TradeRespond message. Also converts values to other types if specified.
             * @param message TradeRespond
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeRespond, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeRespond to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeRespond {

            /** Properties of a TradeRespond. */
            interface $Properties {

                /** TradeRespond tradeId */
                tradeId?: (string|null);

                /** TradeRespond accept */
                accept?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeRespond. */
            type $Shape = realmforge.v1.TradeRespond.$Properties;
        }

        /**
         * Properties of a TradeResponded.
         * @deprecated Use realmforge.v1.TradeResponded.$Properties instead.
         */
        interface ITradeResponded extends realmforge.v1.TradeResponded.$Properties {
        }

        /** Represents a TradeResponded. */
        class TradeResponded {

            /**
             * Constructs a new TradeResponded.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeResponded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeResponded opened. */
            opened: boolean;

            /**
             * Creates a new TradeResponded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeResponded instance
             */
            static create(properties: realmforge.v1.TradeResponded.$Shape): realmforge.v1.TradeResponded & realmforge.v1.TradeResponded.$Shape;
            static create(properties?: realmforge.v1.TradeResponded.$Properties): realmforge.v1.TradeResponded;

            /**
             * Encodes the specified TradeResponded message. Does not implicitly {@link realmforge.v1.TradeResponded.verify|verify} messages.
             * @param message TradeResponded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeResponded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeResponded message, length delimited. Does not implicitly {@link realmforge.v1.TradeResponded.verify|verify} messages.
             * @param message TradeResponded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeResponded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeResponded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeResponded & realmforge.v1.TradeResponded.$Shape} TradeResponded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeResponded & realmforge.v1.TradeResponded.$Shape;

            /**
             * Decodes a TradeResponded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeResponded & realmforge.v1.TradeResponded.$Shape} TradeResponded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeResponded & realmforge.v1.TradeResponded.$Shape;

            /**
             * Verifies a TradeResponded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeResponded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeResponded
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeResponded;

            /**
             * Creates a plain object from a TradeResponded message. Also converts values to other types if specified.
             * @param message TradeResponded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeResponded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeResponded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeResponded {

            /** Properties of a TradeResponded. */
            interface $Properties {

                /** TradeResponded opened */
                opened?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeResponded. */
            type $Shape = realmforge.v1.TradeResponded.$Properties;
        }

        /**
         * Properties of a TradeOffer.
         * @deprecated Use realmforge.v1.TradeOffer.$Properties instead.
         */
        interface ITradeOffer extends realmforge.v1.TradeOffer.$Properties {
        }

        /** Represents a TradeOffer. */
        class TradeOffer {

            /**
             * Constructs a new TradeOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeOffer items. */
            items: realmforge.v1.ItemStack.$Properties[];

            /** TradeOffer gold. */
            gold: number;

            /**
             * Creates a new TradeOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeOffer instance
             */
            static create(properties: realmforge.v1.TradeOffer.$Shape): realmforge.v1.TradeOffer & realmforge.v1.TradeOffer.$Shape;
            static create(properties?: realmforge.v1.TradeOffer.$Properties): realmforge.v1.TradeOffer;

            /**
             * Encodes the specified TradeOffer message. Does not implicitly {@link realmforge.v1.TradeOffer.verify|verify} messages.
             * @param message TradeOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeOffer message, length delimited. Does not implicitly {@link realmforge.v1.TradeOffer.verify|verify} messages.
             * @param message TradeOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeOffer & realmforge.v1.TradeOffer.$Shape} TradeOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeOffer & realmforge.v1.TradeOffer.$Shape;

            /**
             * Decodes a TradeOffer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeOffer & realmforge.v1.TradeOffer.$Shape} TradeOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeOffer & realmforge.v1.TradeOffer.$Shape;

            /**
             * Verifies a TradeOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeOffer
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeOffer;

            /**
             * Creates a plain object from a TradeOffer message. Also converts values to other types if specified.
             * @param message TradeOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeOffer {

            /** Properties of a TradeOffer. */
            interface $Properties {

                /** TradeOffer items */
                items?: (realmforge.v1.ItemStack.$Properties[]|null);

                /** TradeOffer gold */
                gold?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeOffer. */
            type $Shape = realmforge.v1.TradeOffer.$Properties;
        }

        /**
         * Properties of a TradeSetOffer.
         * @deprecated Use realmforge.v1.TradeSetOffer.$Properties instead.
         */
        interface ITradeSetOffer extends realmforge.v1.TradeSetOffer.$Properties {
        }

        /** Represents a TradeSetOffer. */
        class TradeSetOffer {

            /**
             * Constructs a new TradeSetOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeSetOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeSetOffer tradeId. */
            tradeId: string;

            /** TradeSetOffer itemIds. */
            itemIds: string[];

            /** TradeSetOffer gold. */
            gold: number;

            /**
             * Creates a new TradeSetOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeSetOffer instance
             */
            static create(properties: realmforge.v1.TradeSetOffer.$Shape): realmforge.v1.TradeSetOffer & realmforge.v1.TradeSetOffer.$Shape;
            static create(properties?: realmforge.v1.TradeSetOffer.$Properties): realmforge.v1.TradeSetOffer;

            /**
             * Encodes the specified TradeSetOffer message. Does not implicitly {@link realmforge.v1.TradeSetOffer.verify|verify} messages.
             * @param message TradeSetOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeSetOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeSetOffer message, length delimited. Does not implicitly {@link realmforge.v1.TradeSetOffer.verify|verify} messages.
             * @param message TradeSetOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeSetOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeSetOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeSetOffer & realmforge.v1.TradeSetOffer.$Shape} TradeSetOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeSetOffer & realmforge.v1.TradeSetOffer.$Shape;

            /**
             * Decodes a TradeSetOffer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeSetOffer & realmforge.v1.TradeSetOffer.$Shape} TradeSetOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeSetOffer & realmforge.v1.TradeSetOffer.$Shape;

            /**
             * Verifies a TradeSetOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeSetOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeSetOffer
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeSetOffer;

            /**
             * Creates a plain object from a TradeSetOffer message. Also converts values to other types if specified.
             * @param message TradeSetOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeSetOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeSetOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeSetOffer {

            /** Properties of a TradeSetOffer. */
            interface $Properties {

                /** TradeSetOffer tradeId */
                tradeId?: (string|null);

                /** TradeSetOffer itemIds */
                itemIds?: (string[]|null);

                /** TradeSetOffer gold */
                gold?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeSetOffer. */
            type $Shape = realmforge.v1.TradeSetOffer.$Properties;
        }

        /**
         * Properties of a TradeOfferSet.
         * @deprecated Use realmforge.v1.TradeOfferSet.$Properties instead.
         */
        interface ITradeOfferSet extends realmforge.v1.TradeOfferSet.$Properties {
        }

        /** Represents a TradeOfferSet. */
        class TradeOfferSet {

            /**
             * Constructs a new TradeOfferSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeOfferSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeOfferSet revision. */
            revision: number;

            /**
             * Creates a new TradeOfferSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeOfferSet instance
             */
            static create(properties: realmforge.v1.TradeOfferSet.$Shape): realmforge.v1.TradeOfferSet & realmforge.v1.TradeOfferSet.$Shape;
            static create(properties?: realmforge.v1.TradeOfferSet.$Properties): realmforge.v1.TradeOfferSet;

            /**
             * Encodes the specified TradeOfferSet message. Does not implicitly {@link realmforge.v1.TradeOfferSet.verify|verify} messages.
             * @param message TradeOfferSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeOfferSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeOfferSet message, length delimited. Does not implicitly {@link realmforge.v1.TradeOfferSet.verify|verify} messages.
             * @param message TradeOfferSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeOfferSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeOfferSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeOfferSet & realmforge.v1.TradeOfferSet.$Shape} TradeOfferSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeOfferSet & realmforge.v1.TradeOfferSet.$Shape;

            /**
             * Decodes a TradeOfferSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeOfferSet & realmforge.v1.TradeOfferSet.$Shape} TradeOfferSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeOfferSet & realmforge.v1.TradeOfferSet.$Shape;

            /**
             * Verifies a TradeOfferSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeOfferSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeOfferSet
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeOfferSet;

            /**
             * Creates a plain object from a TradeOfferSet message. Also converts values to other types if specified.
             * @param message TradeOfferSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeOfferSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeOfferSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeOfferSet {

            /** Properties of a TradeOfferSet. */
            interface $Properties {

                /** TradeOfferSet revision */
                revision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeOfferSet. */
            type $Shape = realmforge.v1.TradeOfferSet.$Properties;
        }

        /**
         * Properties of a TradeConfirm.
         * @deprecated Use realmforge.v1.TradeConfirm.$Properties instead.
         */
        interface ITradeConfirm extends realmforge.v1.TradeConfirm.$Properties {
        }

        /** Represents a TradeConfirm. */
        class TradeConfirm {

            /**
             * Constructs a new TradeConfirm.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeConfirm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeConfirm tradeId. */
            tradeId: string;

            /** TradeConfirm revision. */
            revision: number;

            /**
             * Creates a new TradeConfirm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeConfirm instance
             */
            static create(properties: realmforge.v1.TradeConfirm.$Shape): realmforge.v1.TradeConfirm & realmforge.v1.TradeConfirm.$Shape;
            static create(properties?: realmforge.v1.TradeConfirm.$Properties): realmforge.v1.TradeConfirm;

            /**
             * Encodes the specified TradeConfirm message. Does not implicitly {@link realmforge.v1.TradeConfirm.verify|verify} messages.
             * @param message TradeConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeConfirm message, length delimited. Does not implicitly {@link realmforge.v1.TradeConfirm.verify|verify} messages.
             * @param message TradeConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeConfirm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeConfirm & realmforge.v1.TradeConfirm.$Shape} TradeConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeConfirm & realmforge.v1.TradeConfirm.$Shape;

            /**
             * Decodes a TradeConfirm message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeConfirm & realmforge.v1.TradeConfirm.$Shape} TradeConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeConfirm & realmforge.v1.TradeConfirm.$Shape;

            /**
             * Verifies a TradeConfirm message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeConfirm message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeConfirm
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeConfirm;

            /**
             * Creates a plain object from a TradeConfirm message. Also converts values to other types if specified.
             * @param message TradeConfirm
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeConfirm, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeConfirm to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeConfirm {

            /** Properties of a TradeConfirm. */
            interface $Properties {

                /** TradeConfirm tradeId */
                tradeId?: (string|null);

                /** TradeConfirm revision */
                revision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeConfirm. */
            type $Shape = realmforge.v1.TradeConfirm.$Properties;
        }

        /**
         * Properties of a TradeConfirmed.
         * @deprecated Use realmforge.v1.TradeConfirmed.$Properties instead.
         */
        interface ITradeConfirmed extends realmforge.v1.TradeConfirmed.$Properties {
        }

        /** Represents a TradeConfirmed. */
        class TradeConfirmed {

            /**
             * Constructs a new TradeConfirmed.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeConfirmed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeConfirmed completed. */
            completed: boolean;

            /**
             * Creates a new TradeConfirmed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeConfirmed instance
             */
            static create(properties: realmforge.v1.TradeConfirmed.$Shape): realmforge.v1.TradeConfirmed & realmforge.v1.TradeConfirmed.$Shape;
            static create(properties?: realmforge.v1.TradeConfirmed.$Properties): realmforge.v1.TradeConfirmed;

            /**
             * Encodes the specified TradeConfirmed message. Does not implicitly {@link realmforge.v1.TradeConfirmed.verify|verify} messages.
             * @param message TradeConfirmed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeConfirmed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeConfirmed message, length delimited. Does not implicitly {@link realmforge.v1.TradeConfirmed.verify|verify} messages.
             * @param message TradeConfirmed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeConfirmed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeConfirmed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeConfirmed & realmforge.v1.TradeConfirmed.$Shape} TradeConfirmed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeConfirmed & realmforge.v1.TradeConfirmed.$Shape;

            /**
             * Decodes a TradeConfirmed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeConfirmed & realmforge.v1.TradeConfirmed.$Shape} TradeConfirmed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeConfirmed & realmforge.v1.TradeConfirmed.$Shape;

            /**
             * Verifies a TradeConfirmed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeConfirmed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeConfirmed
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeConfirmed;

            /**
             * Creates a plain object from a TradeConfirmed message. Also converts values to other types if specified.
             * @param message TradeConfirmed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeConfirmed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeConfirmed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeConfirmed {

            /** Properties of a TradeConfirmed. */
            interface $Properties {

                /** TradeConfirmed completed */
                completed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeConfirmed. */
            type $Shape = realmforge.v1.TradeConfirmed.$Properties;
        }

        /**
         * Properties of a TradeCancel.
         * @deprecated Use realmforge.v1.TradeCancel.$Properties instead.
         */
        interface ITradeCancel extends realmforge.v1.TradeCancel.$Properties {
        }

        /** Represents a TradeCancel. */
        class TradeCancel {

            /**
             * Constructs a new TradeCancel.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeCancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeCancel tradeId. */
            tradeId: string;

            /**
             * Creates a new TradeCancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeCancel instance
             */
            static create(properties: realmforge.v1.TradeCancel.$Shape): realmforge.v1.TradeCancel & realmforge.v1.TradeCancel.$Shape;
            static create(properties?: realmforge.v1.TradeCancel.$Properties): realmforge.v1.TradeCancel;

            /**
             * Encodes the specified TradeCancel message. Does not implicitly {@link realmforge.v1.TradeCancel.verify|verify} messages.
             * @param message TradeCancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeCancel message, length delimited. Does not implicitly {@link realmforge.v1.TradeCancel.verify|verify} messages.
             * @param message TradeCancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeCancel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeCancel & realmforge.v1.TradeCancel.$Shape} TradeCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeCancel & realmforge.v1.TradeCancel.$Shape;

            /**
             * Decodes a TradeCancel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeCancel & realmforge.v1.TradeCancel.$Shape} TradeCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeCancel & realmforge.v1.TradeCancel.$Shape;

            /**
             * Verifies a TradeCancel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeCancel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeCancel
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeCancel;

            /**
             * Creates a plain object from a TradeCancel message. Also converts values to other types if specified.
             * @param message TradeCancel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeCancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeCancel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeCancel {

            /** Properties of a TradeCancel. */
            interface $Properties {

                /** TradeCancel tradeId */
                tradeId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeCancel. */
            type $Shape = realmforge.v1.TradeCancel.$Properties;
        }

        /**
         * Properties of a TradeCancelled.
         * @deprecated Use realmforge.v1.TradeCancelled.$Properties instead.
         */
        interface ITradeCancelled extends realmforge.v1.TradeCancelled.$Properties {
        }

        /** Represents a TradeCancelled. */
        class TradeCancelled {

            /**
             * Constructs a new TradeCancelled.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeCancelled.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new TradeCancelled instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeCancelled instance
             */
            static create(properties: realmforge.v1.TradeCancelled.$Shape): realmforge.v1.TradeCancelled & realmforge.v1.TradeCancelled.$Shape;
            static create(properties?: realmforge.v1.TradeCancelled.$Properties): realmforge.v1.TradeCancelled;

            /**
             * Encodes the specified TradeCancelled message. Does not implicitly {@link realmforge.v1.TradeCancelled.verify|verify} messages.
             * @param message TradeCancelled message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeCancelled message, length delimited. Does not implicitly {@link realmforge.v1.TradeCancelled.verify|verify} messages.
             * @param message TradeCancelled message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeCancelled message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeCancelled & realmforge.v1.TradeCancelled.$Shape} TradeCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeCancelled & realmforge.v1.TradeCancelled.$Shape;

            /**
             * Decodes a TradeCancelled message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeCancelled & realmforge.v1.TradeCancelled.$Shape} TradeCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeCancelled & realmforge.v1.TradeCancelled.$Shape;

            /**
             * Verifies a TradeCancelled message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeCancelled message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeCancelled
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeCancelled;

            /**
             * Creates a plain object from a TradeCancelled message. Also converts values to other types if specified.
             * @param message TradeCancelled
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeCancelled, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeCancelled to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeCancelled {

            /** Properties of a TradeCancelled. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeCancelled. */
            type $Shape = realmforge.v1.TradeCancelled.$Properties;
        }

        /**
         * Properties of a TradeState.
         * @deprecated Use realmforge.v1.TradeState.$Properties instead.
         */
        interface ITradeState extends realmforge.v1.TradeState.$Properties {
        }

        /** Represents a TradeState. */
        class TradeState {

            /**
             * Constructs a new TradeState.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeState tradeId. */
            tradeId: string;

            /** TradeState partnerCharacterId. */
            partnerCharacterId: string;

            /** TradeState partnerName. */
            partnerName: string;

            /** TradeState myOffer. */
            myOffer?: (realmforge.v1.TradeOffer.$Properties|null);

            /** TradeState theirOffer. */
            theirOffer?: (realmforge.v1.TradeOffer.$Properties|null);

            /** TradeState iConfirmed. */
            iConfirmed: boolean;

            /** TradeState theyConfirmed. */
            theyConfirmed: boolean;

            /** TradeState revision. */
            revision: number;

            /**
             * Creates a new TradeState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeState instance
             */
            static create(properties: realmforge.v1.TradeState.$Shape): realmforge.v1.TradeState & realmforge.v1.TradeState.$Shape;
            static create(properties?: realmforge.v1.TradeState.$Properties): realmforge.v1.TradeState;

            /**
             * Encodes the specified TradeState message. Does not implicitly {@link realmforge.v1.TradeState.verify|verify} messages.
             * @param message TradeState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeState message, length delimited. Does not implicitly {@link realmforge.v1.TradeState.verify|verify} messages.
             * @param message TradeState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeState & realmforge.v1.TradeState.$Shape} TradeState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeState & realmforge.v1.TradeState.$Shape;

            /**
             * Decodes a TradeState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeState & realmforge.v1.TradeState.$Shape} TradeState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeState & realmforge.v1.TradeState.$Shape;

            /**
             * Verifies a TradeState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeState
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeState;

            /**
             * Creates a plain object from a TradeState message. Also converts values to other types if specified.
             * @param message TradeState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeState {

            /** Properties of a TradeState. */
            interface $Properties {

                /** TradeState tradeId */
                tradeId?: (string|null);

                /** TradeState partnerCharacterId */
                partnerCharacterId?: (string|null);

                /** TradeState partnerName */
                partnerName?: (string|null);

                /** TradeState myOffer */
                myOffer?: (realmforge.v1.TradeOffer.$Properties|null);

                /** TradeState theirOffer */
                theirOffer?: (realmforge.v1.TradeOffer.$Properties|null);

                /** TradeState iConfirmed */
                iConfirmed?: (boolean|null);

                /** TradeState theyConfirmed */
                theyConfirmed?: (boolean|null);

                /** TradeState revision */
                revision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeState. */
            type $Shape = realmforge.v1.TradeState.$Properties;
        }

        /**
         * Properties of a TradeEnded.
         * @deprecated Use realmforge.v1.TradeEnded.$Properties instead.
         */
        interface ITradeEnded extends realmforge.v1.TradeEnded.$Properties {
        }

        /** Represents a TradeEnded. */
        class TradeEnded {

            /**
             * Constructs a new TradeEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.TradeEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TradeEnded tradeId. */
            tradeId: string;

            /** TradeEnded reason. */
            reason: realmforge.v1.TradeEndReason;

            /**
             * Creates a new TradeEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeEnded instance
             */
            static create(properties: realmforge.v1.TradeEnded.$Shape): realmforge.v1.TradeEnded & realmforge.v1.TradeEnded.$Shape;
            static create(properties?: realmforge.v1.TradeEnded.$Properties): realmforge.v1.TradeEnded;

            /**
             * Encodes the specified TradeEnded message. Does not implicitly {@link realmforge.v1.TradeEnded.verify|verify} messages.
             * @param message TradeEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.TradeEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeEnded message, length delimited. Does not implicitly {@link realmforge.v1.TradeEnded.verify|verify} messages.
             * @param message TradeEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.TradeEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.TradeEnded & realmforge.v1.TradeEnded.$Shape} TradeEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.TradeEnded & realmforge.v1.TradeEnded.$Shape;

            /**
             * Decodes a TradeEnded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.TradeEnded & realmforge.v1.TradeEnded.$Shape} TradeEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.TradeEnded & realmforge.v1.TradeEnded.$Shape;

            /**
             * Verifies a TradeEnded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeEnded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeEnded
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.TradeEnded;

            /**
             * Creates a plain object from a TradeEnded message. Also converts values to other types if specified.
             * @param message TradeEnded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.TradeEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeEnded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TradeEnded {

            /** Properties of a TradeEnded. */
            interface $Properties {

                /** TradeEnded tradeId */
                tradeId?: (string|null);

                /** TradeEnded reason */
                reason?: (realmforge.v1.TradeEndReason|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TradeEnded. */
            type $Shape = realmforge.v1.TradeEnded.$Properties;
        }

        /**
         * Properties of a MoveInput.
         * @deprecated Use realmforge.v1.MoveInput.$Properties instead.
         */
        interface IMoveInput extends realmforge.v1.MoveInput.$Properties {
        }

        /** Represents a MoveInput. */
        class MoveInput {

            /**
             * Constructs a new MoveInput.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.MoveInput.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MoveInput sequence. */
            sequence: number;

            /** MoveInput directionX. */
            directionX: number;

            /** MoveInput directionY. */
            directionY: number;

            /** MoveInput target. */
            target?: (realmforge.v1.Position.$Properties|null);

            /** MoveInput clientTimeMs. */
            clientTimeMs: number;

            /**
             * Creates a new MoveInput instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MoveInput instance
             */
            static create(properties: realmforge.v1.MoveInput.$Shape): realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape;
            static create(properties?: realmforge.v1.MoveInput.$Properties): realmforge.v1.MoveInput;

            /**
             * Encodes the specified MoveInput message. Does not implicitly {@link realmforge.v1.MoveInput.verify|verify} messages.
             * @param message MoveInput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.MoveInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MoveInput message, length delimited. Does not implicitly {@link realmforge.v1.MoveInput.verify|verify} messages.
             * @param message MoveInput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.MoveInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MoveInput message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape} MoveInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape;

            /**
             * Decodes a MoveInput message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape} MoveInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.MoveInput & realmforge.v1.MoveInput.$Shape;

            /**
             * Verifies a MoveInput message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MoveInput message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MoveInput
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.MoveInput;

            /**
             * Creates a plain object from a MoveInput message. Also converts values to other types if specified.
             * @param message MoveInput
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.MoveInput, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MoveInput to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MoveInput {

            /** Properties of a MoveInput. */
            interface $Properties {

                /** MoveInput sequence */
                sequence?: (number|null);

                /** MoveInput directionX */
                directionX?: (number|null);

                /** MoveInput directionY */
                directionY?: (number|null);

                /** MoveInput target */
                target?: (realmforge.v1.Position.$Properties|null);

                /** MoveInput clientTimeMs */
                clientTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MoveInput. */
            type $Shape = realmforge.v1.MoveInput.$Properties;
        }

        /** EntityKind enum. */
        enum EntityKind {

            /** ENTITY_KIND_UNSPECIFIED value */
            ENTITY_KIND_UNSPECIFIED = 0,

            /** ENTITY_KIND_PLAYER value */
            ENTITY_KIND_PLAYER = 1,

            /** ENTITY_KIND_NPC value */
            ENTITY_KIND_NPC = 2
        }

        /**
         * Properties of an EntityEnter.
         * @deprecated Use realmforge.v1.EntityEnter.$Properties instead.
         */
        interface IEntityEnter extends realmforge.v1.EntityEnter.$Properties {
        }

        /** Represents an EntityEnter. */
        class EntityEnter {

            /**
             * Constructs a new EntityEnter.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.EntityEnter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityEnter entityId. */
            entityId: number;

            /** EntityEnter kind. */
            kind: realmforge.v1.EntityKind;

            /** EntityEnter name. */
            name: string;

            /** EntityEnter x. */
            x: number;

            /** EntityEnter y. */
            y: number;

            /** EntityEnter hitPoints. */
            hitPoints: number;

            /** EntityEnter maxHitPoints. */
            maxHitPoints: number;

            /** EntityEnter class. */
            class: realmforge.v1.CharacterClass;

            /** EntityEnter level. */
            level: number;

            /** EntityEnter resource. */
            resource: number;

            /** EntityEnter maxResource. */
            maxResource: number;

            /** EntityEnter targetEntityId. */
            targetEntityId: number;

            /** EntityEnter castSkillId. */
            castSkillId: number;

            /** EntityEnter castStartTick. */
            castStartTick: number;

            /** EntityEnter castEndTick. */
            castEndTick: number;

            /** EntityEnter dead. */
            dead: boolean;

            /** EntityEnter auras. */
            auras: number[];

            /**
             * Creates a new EntityEnter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityEnter instance
             */
            static create(properties: realmforge.v1.EntityEnter.$Shape): realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape;
            static create(properties?: realmforge.v1.EntityEnter.$Properties): realmforge.v1.EntityEnter;

            /**
             * Encodes the specified EntityEnter message. Does not implicitly {@link realmforge.v1.EntityEnter.verify|verify} messages.
             * @param message EntityEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.EntityEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityEnter message, length delimited. Does not implicitly {@link realmforge.v1.EntityEnter.verify|verify} messages.
             * @param message EntityEnter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.EntityEnter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityEnter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape} EntityEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape;

            /**
             * Decodes an EntityEnter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape} EntityEnter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.EntityEnter & realmforge.v1.EntityEnter.$Shape;

            /**
             * Verifies an EntityEnter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityEnter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityEnter
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.EntityEnter;

            /**
             * Creates a plain object from an EntityEnter message. Also converts values to other types if specified.
             * @param message EntityEnter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.EntityEnter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityEnter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EntityEnter {

            /** Properties of an EntityEnter. */
            interface $Properties {

                /** EntityEnter entityId */
                entityId?: (number|null);

                /** EntityEnter kind */
                kind?: (realmforge.v1.EntityKind|null);

                /** EntityEnter name */
                name?: (string|null);

                /** EntityEnter x */
                x?: (number|null);

                /** EntityEnter y */
                y?: (number|null);

                /** EntityEnter hitPoints */
                hitPoints?: (number|null);

                /** EntityEnter maxHitPoints */
                maxHitPoints?: (number|null);

                /** EntityEnter class */
                "class"?: (realmforge.v1.CharacterClass|null);

                /** EntityEnter level */
                level?: (number|null);

                /** EntityEnter resource */
                resource?: (number|null);

                /** EntityEnter maxResource */
                maxResource?: (number|null);

                /** EntityEnter targetEntityId */
                targetEntityId?: (number|null);

                /** EntityEnter castSkillId */
                castSkillId?: (number|null);

                /** EntityEnter castStartTick */
                castStartTick?: (number|null);

                /** EntityEnter castEndTick */
                castEndTick?: (number|null);

                /** EntityEnter dead */
                dead?: (boolean|null);

                /** EntityEnter auras */
                auras?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityEnter. */
            type $Shape = realmforge.v1.EntityEnter.$Properties;
        }

        /**
         * Properties of an AuraList.
         * @deprecated Use realmforge.v1.AuraList.$Properties instead.
         */
        interface IAuraList extends realmforge.v1.AuraList.$Properties {
        }

        /** Represents an AuraList. */
        class AuraList {

            /**
             * Constructs a new AuraList.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.AuraList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuraList ids. */
            ids: number[];

            /**
             * Creates a new AuraList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuraList instance
             */
            static create(properties: realmforge.v1.AuraList.$Shape): realmforge.v1.AuraList & realmforge.v1.AuraList.$Shape;
            static create(properties?: realmforge.v1.AuraList.$Properties): realmforge.v1.AuraList;

            /**
             * Encodes the specified AuraList message. Does not implicitly {@link realmforge.v1.AuraList.verify|verify} messages.
             * @param message AuraList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.AuraList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AuraList message, length delimited. Does not implicitly {@link realmforge.v1.AuraList.verify|verify} messages.
             * @param message AuraList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.AuraList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuraList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.AuraList & realmforge.v1.AuraList.$Shape} AuraList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.AuraList & realmforge.v1.AuraList.$Shape;

            /**
             * Decodes an AuraList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.AuraList & realmforge.v1.AuraList.$Shape} AuraList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.AuraList & realmforge.v1.AuraList.$Shape;

            /**
             * Verifies an AuraList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuraList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuraList
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.AuraList;

            /**
             * Creates a plain object from an AuraList message. Also converts values to other types if specified.
             * @param message AuraList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.AuraList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuraList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AuraList {

            /** Properties of an AuraList. */
            interface $Properties {

                /** AuraList ids */
                ids?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuraList. */
            type $Shape = realmforge.v1.AuraList.$Properties;
        }

        /**
         * Properties of an EntityUpdate.
         * @deprecated Use realmforge.v1.EntityUpdate.$Properties instead.
         */
        interface IEntityUpdate extends realmforge.v1.EntityUpdate.$Properties {
        }

        /** Represents an EntityUpdate. */
        class EntityUpdate {

            /**
             * Constructs a new EntityUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.EntityUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntityUpdate entityId. */
            entityId: number;

            /** EntityUpdate x. */
            x?: (number|null);

            /** EntityUpdate y. */
            y?: (number|null);

            /** EntityUpdate hitPoints. */
            hitPoints?: (number|null);

            /** EntityUpdate maxHitPoints. */
            maxHitPoints?: (number|null);

            /** EntityUpdate level. */
            level?: (number|null);

            /** EntityUpdate resource. */
            resource?: (number|null);

            /** EntityUpdate maxResource. */
            maxResource?: (number|null);

            /** EntityUpdate targetEntityId. */
            targetEntityId?: (number|null);

            /** EntityUpdate castSkillId. */
            castSkillId?: (number|null);

            /** EntityUpdate castStartTick. */
            castStartTick?: (number|null);

            /** EntityUpdate castEndTick. */
            castEndTick?: (number|null);

            /** EntityUpdate dead. */
            dead?: (boolean|null);

            /** EntityUpdate auras. */
            auras?: (realmforge.v1.AuraList.$Properties|null);

            /**
             * Creates a new EntityUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntityUpdate instance
             */
            static create(properties: realmforge.v1.EntityUpdate.$Shape): realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape;
            static create(properties?: realmforge.v1.EntityUpdate.$Properties): realmforge.v1.EntityUpdate;

            /**
             * Encodes the specified EntityUpdate message. Does not implicitly {@link realmforge.v1.EntityUpdate.verify|verify} messages.
             * @param message EntityUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.EntityUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EntityUpdate message, length delimited. Does not implicitly {@link realmforge.v1.EntityUpdate.verify|verify} messages.
             * @param message EntityUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.EntityUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntityUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape} EntityUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape;

            /**
             * Decodes an EntityUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape} EntityUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.EntityUpdate & realmforge.v1.EntityUpdate.$Shape;

            /**
             * Verifies an EntityUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EntityUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EntityUpdate
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.EntityUpdate;

            /**
             * Creates a plain object from an EntityUpdate message. Also converts values to other types if specified.
             * @param message EntityUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.EntityUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EntityUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EntityUpdate {

            /** Properties of an EntityUpdate. */
            interface $Properties {

                /** EntityUpdate entityId */
                entityId?: (number|null);

                /** EntityUpdate x */
                x?: (number|null);

                /** EntityUpdate y */
                y?: (number|null);

                /** EntityUpdate hitPoints */
                hitPoints?: (number|null);

                /** EntityUpdate maxHitPoints */
                maxHitPoints?: (number|null);

                /** EntityUpdate level */
                level?: (number|null);

                /** EntityUpdate resource */
                resource?: (number|null);

                /** EntityUpdate maxResource */
                maxResource?: (number|null);

                /** EntityUpdate targetEntityId */
                targetEntityId?: (number|null);

                /** EntityUpdate castSkillId */
                castSkillId?: (number|null);

                /** EntityUpdate castStartTick */
                castStartTick?: (number|null);

                /** EntityUpdate castEndTick */
                castEndTick?: (number|null);

                /** EntityUpdate dead */
                dead?: (boolean|null);

                /** EntityUpdate auras */
                auras?: (realmforge.v1.AuraList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityUpdate. */
            type $Shape = realmforge.v1.EntityUpdate.$Properties;
        }

        /**
         * Properties of a WorldFrame.
         * @deprecated Use realmforge.v1.WorldFrame.$Properties instead.
         */
        interface IWorldFrame extends realmforge.v1.WorldFrame.$Properties {
        }

        /** Represents a WorldFrame. */
        class WorldFrame {

            /**
             * Constructs a new WorldFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: realmforge.v1.WorldFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorldFrame tick. */
            tick: number;

            /** WorldFrame ackSequence. */
            ackSequence: number;

            /** WorldFrame reset. */
            reset: boolean;

            /** WorldFrame zone. */
            zone: string;

            /** WorldFrame selfEntityId. */
            selfEntityId: number;

            /** WorldFrame enters. */
            enters: realmforge.v1.EntityEnter.$Properties[];

            /** WorldFrame updates. */
            updates: realmforge.v1.EntityUpdate.$Properties[];

            /** WorldFrame leaves. */
            leaves: number[];

            /** WorldFrame events. */
            events: realmforge.v1.CombatEvent.$Properties[];

            /**
             * Creates a new WorldFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorldFrame instance
             */
            static create(properties: realmforge.v1.WorldFrame.$Shape): realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape;
            static create(properties?: realmforge.v1.WorldFrame.$Properties): realmforge.v1.WorldFrame;

            /**
             * Encodes the specified WorldFrame message. Does not implicitly {@link realmforge.v1.WorldFrame.verify|verify} messages.
             * @param message WorldFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: realmforge.v1.WorldFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorldFrame message, length delimited. Does not implicitly {@link realmforge.v1.WorldFrame.verify|verify} messages.
             * @param message WorldFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: realmforge.v1.WorldFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorldFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape} WorldFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape;

            /**
             * Decodes a WorldFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape} WorldFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): realmforge.v1.WorldFrame & realmforge.v1.WorldFrame.$Shape;

            /**
             * Verifies a WorldFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorldFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorldFrame
             */
            static fromObject(object: { [k: string]: any }): realmforge.v1.WorldFrame;

            /**
             * Creates a plain object from a WorldFrame message. Also converts values to other types if specified.
             * @param message WorldFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: realmforge.v1.WorldFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorldFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace WorldFrame {

            /** Properties of a WorldFrame. */
            interface $Properties {

                /** WorldFrame tick */
                tick?: (number|null);

                /** WorldFrame ackSequence */
                ackSequence?: (number|null);

                /** WorldFrame reset */
                reset?: (boolean|null);

                /** WorldFrame zone */
                zone?: (string|null);

                /** WorldFrame selfEntityId */
                selfEntityId?: (number|null);

                /** WorldFrame enters */
                enters?: (realmforge.v1.EntityEnter.$Properties[]|null);

                /** WorldFrame updates */
                updates?: (realmforge.v1.EntityUpdate.$Properties[]|null);

                /** WorldFrame leaves */
                leaves?: (number[]|null);

                /** WorldFrame events */
                events?: (realmforge.v1.CombatEvent.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorldFrame. */
            type $Shape = realmforge.v1.WorldFrame.$Properties;
        }
    }
}
