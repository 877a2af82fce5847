/**
 * Entry point of the local Discord API emulator used by end-to-end tests.
 * The implementation lives in ./discord-emulator/ (rest, gateway, interactions, limits, ...).
 */
export * from './discord-emulator/index.js';
