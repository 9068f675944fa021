/**
 * Projects: what an organization carries out with its partners, for a funder under the
 * codes of the funder's programme (programme, priority axis, action, sub-action), with a
 * budget in a currency and a co-financing share, a period, target regions and target
 * groups (each with its planned size and who is in it), the programme of a plan it serves
 * and the network it is a joint project of. Its activities are events of the events
 * module, counted planned and held, never typed; its participants are the people who came
 * to them, each counted once. Its expected results are targets of indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.ortak.projects;
