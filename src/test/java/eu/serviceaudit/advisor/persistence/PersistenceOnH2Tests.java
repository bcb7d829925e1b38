package eu.serviceaudit.advisor.persistence;

/** The persistence scenarios on the embedded H2 file database, the default store. */
class PersistenceOnH2Tests extends PersistenceScenarios {

}
