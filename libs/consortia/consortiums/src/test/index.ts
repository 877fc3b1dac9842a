export { DirectoryFixture, type TestPerson } from './directory-fixture';
