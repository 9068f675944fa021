package org.ortak.events;

import org.ortak.OrtakTest;

/**
 * Events on the embedded default, H2.
 */
@OrtakTest
class H2EventTests extends EventScenarios {

}
