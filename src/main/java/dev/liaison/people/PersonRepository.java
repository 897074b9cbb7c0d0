package dev.liaison.people;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PersonRepository extends MongoRepository<Person, String> {
    List<Person> findByTeamId(String teamId);
}
