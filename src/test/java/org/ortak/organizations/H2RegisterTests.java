package org.ortak.organizations;

import org.ortak.OrtakTest;

/**
 * The register on the embedded default, H2.
 */
@OrtakTest
class H2RegisterTests extends SearchScenarios {

}
