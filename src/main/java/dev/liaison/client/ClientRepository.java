package dev.liaison.client;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClientRepository extends MongoRepository<Client, String> {

    Optional<Client> findByIdAndTeamId(String id, String teamId);

    List<Client> findByTeamId(String teamId);

    List<Client> findByTeamIdAndOwnerId(String teamId, String ownerId);

    List<Client> findByTeamIdAndChannelIds(String teamId, String channelId);
}
