package dev.liaison.client;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InteractionRepository extends MongoRepository<Interaction, String> {
}
