// A browser flow signs in, waits on the real stack and takes screenshots: more than Jest's 5 s.
jest.setTimeout(90_000);
