import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../svg-tab-index';

// Testing Library unmounts by itself only where the test runner's globals are on; here each test ends clean.
afterEach(cleanup);
