/**
 * The re-audit cycle: the figures of every wave (stored once per analysis), a client's waves in date order, the
 * trend over them, key drivers, and which clients are due for their next wave.
 */
package eu.serviceaudit.advisor.waves;
