/**
 * Admission control: a cap on the size of one audit and a bound on the analyses and imports running at once, so that
 * load is answered with 503 and Retry-After instead of exhausting the heap.
 */
@NamedInterface("admission")
package eu.serviceaudit.advisor.system.admission;

import org.springframework.modulith.NamedInterface;
