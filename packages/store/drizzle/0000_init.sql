CREATE TABLE `attempts` (
	`id` integer PRIMARY KEY NOT NULL,
	`puzzle_id` integer NOT NULL,
	`round_id` text NOT NULL,
	`solution` text NOT NULL,
	`solution_hash` text NOT NULL,
	`status` text NOT NULL,
	`answer` text,
	`solve_ms` real,
	`check_ms` real,
	`error` text,
	`model` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`puzzle_id`) REFERENCES `puzzles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attempts_status_check" CHECK("status" in ('verified', 'wrong_answer', 'timeout', 'memory', 'error', 'invalid'))
);
--> statement-breakpoint
CREATE INDEX `attempts_round_status_idx` ON `attempts` (`round_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `attempts_puzzle_solution_unique` ON `attempts` (`puzzle_id`,`solution_hash`);--> statement-breakpoint
CREATE TABLE `exports` (
	`id` integer PRIMARY KEY NOT NULL,
	`iteration_id` integer NOT NULL,
	`dir` text NOT NULL,
	`format` text NOT NULL,
	`options` text NOT NULL,
	`counts` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`iteration_id`) REFERENCES `iterations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `exports_iteration_idx` ON `exports` (`iteration_id`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY NOT NULL,
	`iteration_id` integer,
	`model` text NOT NULL,
	`split` text NOT NULL,
	`attempts` integer NOT NULL,
	`results` text NOT NULL,
	`counts` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`iteration_id`) REFERENCES `iterations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluations_iteration_idx` ON `evaluations` (`iteration_id`);--> statement-breakpoint
CREATE TABLE `iterations` (
	`id` integer PRIMARY KEY NOT NULL,
	`model` text NOT NULL,
	`parent` integer,
	`train_dir` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`parent`) REFERENCES `iterations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `model_calls` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text,
	`round_id` text,
	`kind` text NOT NULL,
	`model` text NOT NULL,
	`latency_ms` real NOT NULL,
	`prompt_tokens` integer DEFAULT 0 NOT NULL,
	`completion_tokens` integer DEFAULT 0 NOT NULL,
	`error` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "model_calls_kind_check" CHECK("kind" in ('generate', 'solve', 'eval'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_calls_key_unique` ON `model_calls` (`key`);--> statement-breakpoint
CREATE INDEX `model_calls_round_idx` ON `model_calls` (`round_id`);--> statement-breakpoint
CREATE TABLE `puzzles` (
	`id` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL,
	`source` text NOT NULL,
	`solution` text,
	`origin` text NOT NULL,
	`seed_id` text,
	`round_id` text,
	`model` text,
	`few_shot_ids` text NOT NULL,
	`answer_type` text NOT NULL,
	`domain` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "puzzles_origin_check" CHECK("origin" in ('seed', 'generated'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `puzzles_hash_unique` ON `puzzles` (`hash`);--> statement-breakpoint
CREATE INDEX `puzzles_round_idx` ON `puzzles` (`round_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`iteration_id` integer NOT NULL,
	`model` text NOT NULL,
	`config` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`error` text,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`iteration_id`) REFERENCES `iterations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rounds_status_check" CHECK("status" in ('pending', 'running', 'done', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `rounds_iteration_idx` ON `rounds` (`iteration_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
