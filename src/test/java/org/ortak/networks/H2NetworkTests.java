package org.ortak.networks;

import org.ortak.OrtakTest;

/** Networks on the embedded default, H2. */
@OrtakTest
class H2NetworkTests extends NetworkScenarios {

}
