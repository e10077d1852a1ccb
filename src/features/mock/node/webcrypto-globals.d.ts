// The shared modules name WebCrypto's types as the DOM library does (`CryptoKey`, `JsonWebKey`…).
// Node has the same API without the DOM library; these aliases give its types those global names.
// Only `src/features/mock/node/tsconfig.json` includes this file: next to the DOM library it would clash.
type CryptoKey = import('node:crypto').webcrypto.CryptoKey;
type CryptoKeyPair = import('node:crypto').webcrypto.CryptoKeyPair;
type JsonWebKey = import('node:crypto').webcrypto.JsonWebKey;
type EcKeyAlgorithm = import('node:crypto').webcrypto.EcKeyAlgorithm;
