package org.ortak.projects;

import org.ortak.OrtakTest;

/** Projects and their computed results on the embedded default, H2. */
@OrtakTest
class H2ProjectTests extends ProjectScenarios {

}
