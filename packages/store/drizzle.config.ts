/** drizzle-kit's configuration: migrations are generated from the schema into `drizzle/`. */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./src/schema.ts",
  out: "./drizzle",
});
