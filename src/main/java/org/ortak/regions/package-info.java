/**
 * Regions: the hierarchy country → province/voivodeship → district/municipality that
 * organizations, events and projects are placed in. Other modules refer to a region by
 * its public id and ask {@link org.ortak.regions.Regions} for names and sub-regions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package org.ortak.regions;
