package org.ortak.indicators;

/**
 * A target's traffic light: on track, behind, far behind, achieved, or not yet measured.
 * See {@link Progress#light}.
 */
public enum Light {

	GREEN, AMBER, RED, ACHIEVED, NONE

}
