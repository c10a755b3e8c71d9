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

            /** ERROR_CODE_INVALID_ARGUMENT value */
            ERROR_CODE_INVALID_ARGUMENT = 200,

            /** ERROR_CODE_UNEXPECTED_MESSAGE value */
            ERROR_CODE_UNEXPECTED_MESSAGE = 201,

            /** ERROR_CODE_NOT_AUTHENTICATED value */
            ERROR_CODE_NOT_AUTHENTICATED = 202,

            /** ERROR_CODE_ALREADY_AUTHENTICATED value */
            ERROR_CODE_ALREADY_AUTHENTICATED = 203,

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
            ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE = 603
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

            /** ClientMessage payload. */
            payload?: ("hello"|"ping"|"pong"|"register"|"login"|"resume"|"logout"|"listCharacters"|"createCharacter"|"deleteCharacter"|"enterWorld"|"moveInput"|"sendChat");

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

                /** ClientMessage payload */
                payload?: ("hello"|"ping"|"pong"|"register"|"login"|"resume"|"logout"|"listCharacters"|"createCharacter"|"deleteCharacter"|"enterWorld"|"moveInput"|"sendChat");

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
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "hello"; hello: realmforge.v1.Hello.$Shape; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "ping"; hello?: null; ping: realmforge.v1.Ping.$Shape; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "pong"; hello?: null; ping?: null; pong: realmforge.v1.Pong.$Shape; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "register"; hello?: null; ping?: null; pong?: null; register: realmforge.v1.Register.$Shape; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "login"; hello?: null; ping?: null; pong?: null; register?: null; login: realmforge.v1.Login.$Shape; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "resume"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume: realmforge.v1.Resume.$Shape; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "logout"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout: realmforge.v1.Logout.$Shape; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "listCharacters"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters: realmforge.v1.ListCharacters.$Shape; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "createCharacter"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter: realmforge.v1.CreateCharacter.$Shape; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "deleteCharacter"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter: realmforge.v1.DeleteCharacter.$Shape; enterWorld?: null; moveInput?: null; sendChat?: null }|{ payload?: "enterWorld"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld: realmforge.v1.EnterWorld.$Shape; moveInput?: null; sendChat?: null }|{ payload?: "moveInput"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput: realmforge.v1.MoveInput.$Shape; sendChat?: null }|{ payload?: "sendChat"; hello?: null; ping?: null; pong?: null; register?: null; login?: null; resume?: null; logout?: null; listCharacters?: null; createCharacter?: null; deleteCharacter?: null; enterWorld?: null; moveInput?: null; sendChat: realmforge.v1.SendChat.$Shape })
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

            /** ServerMessage payload. */
            payload?: ("error"|"welcome"|"ping"|"pong"|"disconnect"|"registered"|"loggedIn"|"loggedOut"|"characterList"|"characterCreated"|"characterDeleted"|"enteredWorld"|"worldFrame"|"chatSent"|"chatMessage");

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

                /** ServerMessage payload */
                payload?: ("error"|"welcome"|"ping"|"pong"|"disconnect"|"registered"|"loggedIn"|"loggedOut"|"characterList"|"characterCreated"|"characterDeleted"|"enteredWorld"|"worldFrame"|"chatSent"|"chatMessage");

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
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "error"; error: realmforge.v1.Error.$Shape; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "welcome"; error?: null; welcome: realmforge.v1.Welcome.$Shape; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "ping"; error?: null; welcome?: null; ping: realmforge.v1.Ping.$Shape; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "pong"; error?: null; welcome?: null; ping?: null; pong: realmforge.v1.Pong.$Shape; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "disconnect"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect: realmforge.v1.Disconnect.$Shape; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "registered"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered: realmforge.v1.Registered.$Shape; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "loggedIn"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn: realmforge.v1.LoggedIn.$Shape; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "loggedOut"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut: realmforge.v1.LoggedOut.$Shape; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "characterList"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList: realmforge.v1.CharacterList.$Shape; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "characterCreated"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated: realmforge.v1.CharacterCreated.$Shape; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "characterDeleted"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted: realmforge.v1.CharacterDeleted.$Shape; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "enteredWorld"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld: realmforge.v1.EnteredWorld.$Shape; worldFrame?: null; chatSent?: null; chatMessage?: null }|{ payload?: "worldFrame"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame: realmforge.v1.WorldFrame.$Shape; chatSent?: null; chatMessage?: null }|{ payload?: "chatSent"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent: realmforge.v1.ChatSent.$Shape; chatMessage?: null }|{ payload?: "chatMessage"; error?: null; welcome?: null; ping?: null; pong?: null; disconnect?: null; registered?: null; loggedIn?: null; loggedOut?: null; characterList?: null; characterCreated?: null; characterDeleted?: null; enteredWorld?: null; worldFrame?: null; chatSent?: null; chatMessage: realmforge.v1.ChatMessage.$Shape })
            );
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntityEnter. */
            type $Shape = realmforge.v1.EntityEnter.$Properties;
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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorldFrame. */
            type $Shape = realmforge.v1.WorldFrame.$Properties;
        }
    }
}
