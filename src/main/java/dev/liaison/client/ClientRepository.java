package dev.liaison.client;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClientRepository extends MongoRepository<Client, String> {

    List<Client> findByTeamId(String teamId);

    List<Client> findByTeamIdAndChannelIds(String teamId, String channelId);
}
