/**
 * Snapshots of the rules/ and knowledge-base/ folders, from disk or from the copy packaged in the jar.
 */
@NamedInterface("content")
package eu.serviceaudit.advisor.system.content;

import org.springframework.modulith.NamedInterface;
