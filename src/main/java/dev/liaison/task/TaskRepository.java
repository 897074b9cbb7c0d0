package dev.liaison.task;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TaskRepository extends MongoRepository<Task, String> {

    List<Task> findByTeamIdAndAssigneeIdAndStatus(String teamId, String assigneeId, Task.TaskStatus status);
}
