import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor default to 1 s, which a loaded 2-core CI machine exceeds while jsdom renders a whole screen;
// a screen that never shows what is awaited still fails, 5 s later.
configure({ asyncUtilTimeout: 5000 });
