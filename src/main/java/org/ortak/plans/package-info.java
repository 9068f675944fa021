/**
 * Plans: a strategy, programme and action hierarchy (up to four levels) adopted by a
 * document, each item with its code, titles in the languages it is written in, period,
 * status and responsible organizations (lead and supporting agencies, each with its
 * duty). A plan's page shows its tree with progress rolled up from the indicators
 * attached to its items and from the status of its actions. Organizations are referred to
 * by their public ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package org.ortak.plans;
