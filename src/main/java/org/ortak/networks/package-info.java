/**
 * Networks: platforms, cooperative unions and federations, thematic groups, councils and
 * partnerships, with their purpose in any of the five languages, their road map, their
 * coordinators, and their members (organizations of the register and persons) with roles
 * and dates. A network may be embodied by an organization of the register (a union is
 * both), and membership is inherited through it along the chain. Organizations, people,
 * regions and events are referred to by their public ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Networks")
package org.ortak.networks;
