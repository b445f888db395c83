import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  plugins: [
    // Tell Vue that <dispute-calculator> is a custom element, not a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "dispute-calculator" } } }),
  ],
});
