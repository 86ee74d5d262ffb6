// pnpm 12 does not pass ~/.npmrc's nodedir to install scripts; node-gyp (better-sqlite3) needs it.
module.exports = {
  hooks: {
    updateConfig(config) {
      config.extraEnv = { ...config.extraEnv, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' };
      return config;
    },
  },
};
