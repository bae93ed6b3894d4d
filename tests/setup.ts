// Unit tests call code that speaks to readers (t()): register the server's interface strings, English by default.
import '../src/i18n/server.ts';
