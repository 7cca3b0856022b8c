CREATE TABLE `failures` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`round_id` text NOT NULL,
	`stage` text NOT NULL,
	`puzzle_hash` text,
	`model` text,
	`message` text NOT NULL,
	`attempts_made` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "failures_stage_check" CHECK("stage" in ('generate', 'solve', 'verify', 'persist', 'round'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `failures_key_unique` ON `failures` (`key`);--> statement-breakpoint
CREATE INDEX `failures_round_idx` ON `failures` (`round_id`);--> statement-breakpoint
ALTER TABLE `rounds` ADD `counts` text;