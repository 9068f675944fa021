package org.ortak.agreements;

import org.ortak.OrtakTest;

/** Agreements on the embedded default, H2. */
@OrtakTest
class H2AgreementTests extends AgreementScenarios {

}
