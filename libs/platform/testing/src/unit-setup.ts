// Unit tests run on a fixed clock zone so date arithmetic reads the same everywhere.
process.env.TZ = 'UTC';
