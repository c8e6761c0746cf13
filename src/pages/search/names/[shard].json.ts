import { nameShardPaths, nameShardResponse } from '../../../data/name-shards.ts';

export const getStaticPaths = () => nameShardPaths('zh');
export const GET = nameShardResponse;
