// @ts-check
// The repository's lint rules for bench/colyseus, which the root config leaves out because its
// dependencies (Colyseus) are installed here, apart from the engine: `npm run lint:peer`.
export { default } from '../../eslint.config.js';
