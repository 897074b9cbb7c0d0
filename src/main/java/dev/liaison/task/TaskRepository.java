package dev.liaison.task;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TaskRepository extends MongoRepository<Task, String> {
}
